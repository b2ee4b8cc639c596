/**
 * Validates the whole content folder before a build, with the schemas the
 * site itself uses (src/lib/schemas.ts), and reports every problem at once,
 * in Vietnamese, as `file:line: trường "field": what is expected`.
 *
 * It catches what Astro's own pass reports poorly or not at all: a front
 * matter block that is never closed, YAML errors with their line, photo
 * paths that do not exist, impossible dates such as 2024-02-30 (which YAML
 * would silently roll over to 1 March), and two files publishing at one URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml, CORE_SCHEMA } from 'js-yaml';
import { z } from 'astro/zod';
import { articleSchema, noticeSchema, pageSchema, type SiteConfig } from './schemas.ts';
import { loadSiteConfig } from './site-config.ts';
import { ContentError, fieldName } from './content-errors.ts';
import { COLLECTION_DIRS, entryId } from './content-paths.ts';

export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  return `${where}${p.field ? `trường "${p.field}": ` : ''}${p.message}`;
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

/** Split a Markdown file into its YAML front matter and body. */
export function splitFrontmatter(source: string): { yaml: string; bodyLine: number } | { error: string; line?: number } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { error: 'thiếu phần thông tin đầu bài (front matter): tệp phải bắt đầu bằng một dòng ---, tiếp theo là các trường, rồi một dòng --- để đóng', line: 1 };
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) {
    return { error: 'phần thông tin đầu bài (front matter) mở bằng --- ở dòng 1 nhưng chưa được đóng: hãy thêm một dòng --- sau trường cuối cùng', line: 1 };
  }
  return { yaml: lines.slice(1, end).join('\n'), bodyLine: end + 2 };
}

/** The line (1-based, in the file) where a top-level front-matter key is written. */
function lineOf(yaml: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const i = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 2;
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.toLowerCase().endsWith('.md'))
    .map((file) => file.replace(/\\/g, '/'))
    .sort();
}

/** Stand-in for Astro's `image()`: a path relative to the Markdown file that must be an existing photo. */
function imageField(file: string) {
  return () =>
    z.string({ error: 'cần đường dẫn tới tệp ảnh, ví dụ ./anh-bia.jpg' }).superRefine((src, ctx) => {
      const target = path.resolve(path.dirname(file), src);
      if (!IMAGE_EXTENSIONS.test(src)) {
        ctx.addIssue({ code: 'custom', message: `«${src}» không phải tệp ảnh; dùng ảnh .jpg, .png hoặc .webp` });
      } else if (!fs.existsSync(target)) {
        ctx.addIssue({ code: 'custom', message: `không tìm thấy tệp ảnh «${src}»; hãy đặt ảnh cạnh tệp index.md của bài và ghi đúng tên (phân biệt chữ hoa, chữ thường)` });
      }
    });
}

/** Attachments must exist beside their notice. */
function checkAttachments(file: string, data: Record<string, unknown>, yaml: string, report: (p: Omit<Problem, 'file'>) => void) {
  const attachments = Array.isArray(data.attachments) ? data.attachments : [];
  attachments.forEach((attachment, i) => {
    const target = (attachment as { file?: unknown })?.file;
    if (typeof target === 'string' && !fs.existsSync(path.resolve(path.dirname(file), target))) {
      report({ line: lineOf(yaml, 'attachments'), field: `attachments[${i}].file`, message: `không tìm thấy tệp đính kèm «${target}»; hãy đặt tệp cạnh tệp .md của thông báo` });
    }
  });
}

/** Refuse dates written with a time zone: every time in front matter is Vietnam time. */
function checkDateZones(data: Record<string, unknown>, yaml: string, report: (p: Omit<Problem, 'file'>) => void) {
  for (const key of ['date', 'updated', 'validUntil']) {
    const value = data[key];
    if (typeof value === 'string' && /(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim()) && /\d{1,2}:\d{2}/.test(value)) {
      report({ line: lineOf(yaml, key), field: key, message: `«${value}» có ghi múi giờ; hãy bỏ phần múi giờ, mọi giờ đều là giờ Việt Nam (ví dụ 2024-03-17 08:30)` });
    }
  }
}

export function validateContent(root: string, cwd = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const shown = (file: string) => path.relative(cwd, file) || file;
  let site: SiteConfig;
  try {
    site = loadSiteConfig(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((message) => ({ file: '', message }));
  }
  const categorySlugs = site.categories.map((category) => category.slug);

  for (const collection of Object.keys(COLLECTION_DIRS) as (keyof typeof COLLECTION_DIRS)[]) {
    const base = path.join(root, COLLECTION_DIRS[collection]);
    const owners = new Map<string, string>();
    for (const relative of markdownFiles(base)) {
      const file = path.join(base, relative);
      const report = (p: Omit<Problem, 'file'>) => problems.push({ file: shown(file), ...p });

      const id = entryId(relative);
      const owner = owners.get(id);
      if (owner) report({ message: `trùng địa chỉ với ${shown(owner)}: cả hai sẽ đăng tại cùng một URL «${id}»; hãy đổi tên thư mục hoặc tệp của một trong hai` });
      else owners.set(id, file);
      if (!id) report({ message: 'tên tệp không tạo được địa chỉ URL; hãy đặt tên bằng chữ không dấu, ví dụ ten-bai-viet.md' });

      const split = splitFrontmatter(fs.readFileSync(file, 'utf8'));
      if ('error' in split) {
        report({ line: split.line, message: split.error });
        continue;
      }
      let data: unknown;
      try {
        data = parseYaml(split.yaml, { schema: CORE_SCHEMA }) ?? {};
      } catch (error) {
        const mark = (error as { mark?: { line: number } }).mark;
        const reason = (error as { reason?: string }).reason ?? (error as Error).message;
        report({ line: mark ? mark.line + 2 : undefined, message: `YAML không hợp lệ trong phần thông tin đầu bài (${reason}); kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề` });
        continue;
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        report({ line: 2, message: 'phần thông tin đầu bài phải là các dòng dạng "trường: giá trị"' });
        continue;
      }
      const record = data as Record<string, unknown>;
      const schema =
        collection === 'articles' ? articleSchema(imageField(file), categorySlugs) : collection === 'notices' ? noticeSchema : pageSchema;
      const result = schema.safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues) {
          report({ line: lineOf(split.yaml, issue.path[0]), field: fieldName(issue.path), message: issue.message });
        }
      }
      checkDateZones(record, split.yaml, report);
      if (collection === 'notices') checkAttachments(file, record, split.yaml, report);
    }
  }
  return problems;
}
