/**
 * The unit's identity, read from `content/site.yaml` and validated once.
 * A wrong or missing value stops the build with a message naming the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { siteSchema, type SiteConfig } from './schemas.ts';
import { formatIssues, ContentError } from './content-errors.ts';
import { contentDir } from './content-paths.ts';
import { readContentTextOrThrow } from './text-encoding.ts';

export const SITE_FILE = 'site.yaml';

export function loadSiteConfig(dir = contentDir()): SiteConfig {
  const file = path.join(dir, SITE_FILE);
  const shown = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = parseYaml(readContentTextOrThrow(file, shown));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp thông tin đơn vị' : `YAML không hợp lệ: ${(error as Error).message}`;
    throw new ContentError([`${shown}: ${reason}`]);
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) throw new ContentError(formatIssues(shown, result.error.issues));
  const emblem = path.resolve(dir, result.data.emblem);
  if (!fs.existsSync(emblem)) {
    throw new ContentError([`${shown}: trường "emblem": không tìm thấy tệp ${result.data.emblem} (đường dẫn tính từ thư mục content/)`]);
  }
  return result.data;
}
