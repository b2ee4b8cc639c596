/**
 * The unit's identity, read from `content/site.yaml` and validated once.
 * A wrong or missing value stops the build with a message naming the line
 * and the field; the emblem must be a file of the content folder
 * (content-files.ts) and, as an SVG, hold nothing active (file-signature.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { siteSchema, type SiteConfig } from '../model/schemas/index.ts';
import { ContentError, fieldName } from './content-errors.ts';
import { contentDir } from '../config/content-folder.ts';
import { resolveContentFile } from './content-files.ts';
import { svgProblem } from './file-signature.ts';
import { lineOfPath, yamlProblem } from './yaml-lines.ts';
import { readContentTextOrThrow } from './text-encoding.ts';

export const SITE_FILE = 'site.yaml';

export function loadSiteConfig(dir = contentDir()): SiteConfig {
  const file = path.join(dir, SITE_FILE);
  const shown = path.relative(process.cwd(), file) || file;
  // `lineOfPath` counts the first YAML line as the file's line 2 (front matter follows a --- line); site.yaml has none.
  const at = (line: number | undefined) => (line === undefined ? shown : `${shown}:${line - 1}`);
  if (!fs.existsSync(file)) throw new ContentError([`${shown}: không tìm thấy tệp thông tin đơn vị`]);
  // Bytes that are not UTF-8, or text pasted in TCVN3 or VNI, stop here with the command that converts them (text-encoding.ts).
  const text = readContentTextOrThrow(file, shown);
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const problem = yamlProblem(error, text, 1, 'tệp site.yaml');
    throw new ContentError([`${problem.line ? `${shown}:${problem.line}` : shown}: ${problem.message}`]);
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          const messages = issue.message.split('\n');
          return issue.keys.map((key, i) => `${at(lineOfPath(text, [...issue.path, key]))}: trường "${fieldName([...issue.path, key])}": ${messages[i] ?? issue.message}`);
        }
        const field = fieldName(issue.path);
        return [`${at(lineOfPath(text, issue.path))}: ${field ? `trường "${field}": ` : ''}${issue.message}`];
      }),
    );
  }
  const emblem = resolveContentFile(dir, null, result.data.emblem);
  const emblemAt = at(lineOfPath(text, ['emblem']));
  if (!emblem.ok) throw new ContentError([`${emblemAt}: trường "emblem": ${emblem.message} (đường dẫn tính từ thư mục content/)`]);
  if (/\.svg$/i.test(emblem.path)) {
    const problem = svgProblem(fs.readFileSync(emblem.path, 'utf8'));
    if (problem) throw new ContentError([`${emblemAt}: trường "emblem": ${problem}`]);
  }
  return result.data;
}
