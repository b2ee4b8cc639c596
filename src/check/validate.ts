/**
 * Validates the whole content folder before a build, with the schemas the
 * site itself uses (src/model/schemas/index.ts), and reports every problem at once,
 * in Vietnamese, as `file:line: trường "field": what is expected`.
 *
 * It catches what Astro's own pass reports poorly or not at all: a front
 * matter block that is never closed, YAML errors with their line, photo
 * paths that do not exist, impossible dates such as 2024-02-30 (which YAML
 * would silently roll over to 1 March), two files publishing at one URL,
 * documents whose files are missing, and work-schedule week files that share
 * a day (impossible times and entries outside their week are schema rules).
 * `validateAll` adds the photo checks: alt text of photos in bodies, album
 * folders holding photos that no caption describes, and every photo file
 * read to its end (src/check/photo-check.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml, CORE_SCHEMA } from 'js-yaml';
import { z } from 'astro/zod';
import { albumSchema, articleSchema, BODY_LENGTH, documentSchema, noticeSchema, pageSchema, scheduleSchema, type SiteConfig } from '../model/schemas/index.ts';
import { findOverlaps, type WeekSpan } from '../model/schedule.ts';
import { lineOfPath, yamlProblem } from '../files/yaml-lines.ts';
import { loadSiteConfig } from '../files/site-file.ts';
import { ContentError, fieldName } from '../files/content-errors.ts';
import { COLLECTION_DIRS } from '../config/content-folder.ts';
import { entryId } from '../model/slugify.ts';
import { markdownFiles } from '../files/markdown-files.ts';
import { PHOTO_EXTENSIONS } from '../model/photos.ts';
import { galleryMarkerLines, isLocalPhoto, GALLERY_MARKER } from '../markdown/photos.ts';
import { checkPhotoFiles } from './photo-check.ts';
import { checkBodies, PAGES_DIR, readBody, type BodyReading, type EntryBody } from './editorial.ts';
import { CheckCache, Probe } from '../build/check-cache.ts';
import { portalCacheDir } from '../config/cache-dir.ts';
import { contentFileKind, resolveContentFile } from '../files/content-files.ts';
import { checkAttachmentFiles } from '../files/file-signature.ts';
import { routeCollisions, siteRoutes, type RoutedEntry, type RoutedFile } from './route-table.ts';
import { paths } from '../config/routes.ts';
import { SITE_FILE } from '../files/site-file.ts';
import { INVISIBLE, visible } from '../model/schemas/rules.ts';
import { decodeContent } from '../files/text-encoding.ts';
import { oldAddressKey } from '../model/old-addresses.ts';
import { PLACEHOLDER, placeholderPaths } from '../model/placeholders.ts';

export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** The check's verdict as an editor reads it: every problem on a line, or the all-clear. */
export function problemsReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  return [
    `✗ Nội dung có ${problems.length} lỗi, cần sửa trước khi đăng:\n`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
    '\nHướng dẫn sửa lỗi: docs/huong-dan-bien-tap.md',
  ].join('\n');
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  return `${where}${p.field ? `trường "${p.field}": ` : ''}${p.message}`;
}

/** A photo used by an entry: where it is written, and the file it names. */
export interface PhotoUse {
  file: string;
  line?: number;
  field: string;
  /** Absolute path of the photo file. */
  photo: string;
  /** The path as the editor wrote it. */
  src: string;
}

/** A photo path of the front matter, resolved (what the stand-in for `image()` turns a valid path into). */
class PhotoRef {
  readonly photo: string;
  readonly src: string;
  constructor(photo: string, src: string) {
    this.photo = photo;
    this.src = src;
  }
}

/** Every photo reference in parsed front matter, with its field path. */
function photoRefs(value: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; ref: PhotoRef }[] {
  if (value instanceof PhotoRef) return [{ path: at, ref: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => photoRefs(item, [...at, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([key, item]) => photoRefs(item, [...at, key]));
  return [];
}

const notAPhoto = (src: string) =>
  /\.hei[cf]$/i.test(src)
    ? `«${src}» là ảnh HEIC (định dạng của iPhone), trang chưa hiển thị được; hãy chuyển ảnh sang JPEG (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất)`
    : `«${src}» không phải tệp ảnh; dùng ảnh .jpg, .png hoặc .webp`;

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

/** The line (1-based, in the file) where `value` is written under the top-level `key`, else the key's line. */
function lineOfValue(yaml: string, key: PropertyKey | undefined, value: string): number | undefined {
  const keyLine = lineOf(yaml, key);
  if (keyLine === undefined) return undefined;
  const i = yaml.split('\n').findIndex((line, n) => n + 2 >= keyLine && line.includes(value));
  return i < 0 ? keyLine : i + 2;
}

/** The line (1-based, in the file) where a top-level front-matter key is written. */
function lineOf(yaml: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const i = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 2;
}

/** The entry being validated: the schemas are built once per collection and read it while parsing. */
interface CurrentEntry {
  /** The content folder. */
  root: string;
  file: string;
  seen: PhotoRef[];
  probe: Probe;
}

const missingPhoto = (src: string) => `không tìm thấy tệp ảnh «${src}»; hãy đặt ảnh cạnh tệp .md của bài và ghi đúng tên (phân biệt chữ hoa, chữ thường)`;

/**
 * Stand-in for Astro's `image()`: a path relative to the Markdown file that
 * must be an existing photo. Existing photos are also added to `seen`, so
 * that their files are checked even when another field of the entry is wrong.
 */
function imageField(entry: CurrentEntry) {
  return () =>
    z
      .string({ error: 'cần đường dẫn tới tệp ảnh, ví dụ ./anh-bia.jpg' })
      .superRefine((src, ctx) => {
        if (!PHOTO_EXTENSIONS.test(src)) {
          ctx.addIssue({ code: 'custom', message: notAPhoto(src) });
          return;
        }
        const resolved = resolveContentFile(entry.root, entry.file, src, entry.probe.fileKind);
        if (!resolved.ok) ctx.addIssue({ code: 'custom', message: resolved.kind === 'missing' ? missingPhoto(src) : resolved.message });
      })
      .transform((src) => {
        const resolved = resolveContentFile(entry.root, entry.file, src, entry.probe.fileKind);
        const ref = new PhotoRef(resolved.ok ? resolved.path : src, src);
        if (resolved.ok) entry.seen.push(ref);
        return ref;
      });
}

type Report = (p: Omit<Problem, 'file'>) => void;

/**
 * Photos written in the body: each needs alt text and a file beside the
 * Markdown; `::gallery` needs a gallery to place.
 */
function checkBody(
  root: string,
  file: string,
  body: string,
  bodyLine: number,
  reading: BodyReading,
  hasGallery: boolean,
  isArticle: boolean,
  probe: Probe,
  report: Report,
  use: (line: number, src: string, photo: string) => void,
) {
  for (const photo of reading.photos) {
    const { line } = photo;
    const field = 'nội dung';
    if (!isLocalPhoto(photo.src)) {
      report({ line, field, message: `ảnh «${photo.src}» không nằm cạnh bài; hãy tải ảnh về, đặt tệp cạnh tệp .md rồi ghi ![mô tả ảnh](./ten-anh.jpg "chú thích")` });
      continue;
    }
    if (!photo.alt) {
      report({
        line,
        field,
        message: `ảnh «${photo.src}» chưa có mô tả cho người khiếm thị: hãy viết mô tả trong ngoặc vuông, ví dụ ![Toàn cảnh hội nghị](${photo.src} "Chú thích ảnh")`,
      });
    }
    if (!PHOTO_EXTENSIONS.test(photo.src)) {
      report({ line, field, message: notAPhoto(photo.src) });
      continue;
    }
    let written: string;
    try {
      written = decodeURI(photo.src);
    } catch {
      written = photo.src;
    }
    const resolved = resolveContentFile(root, file, written, probe.fileKind);
    if (!resolved.ok) report({ line, field, message: resolved.kind === 'missing' ? missingPhoto(photo.src) : resolved.message });
    else use(line, photo.src, resolved.path);
  }
  galleryMarkerLines(body).forEach((markerLine, i) => {
    const line = bodyLine + markerLine - 1;
    if (!isArticle) report({ line, field: 'nội dung', message: `dòng ${GALLERY_MARKER} chỉ dùng trong bài viết (tin tức) có bộ ảnh gallery; hãy xóa dòng này` });
    else if (!hasGallery)
      report({
        line,
        field: 'nội dung',
        message: `có dòng ${GALLERY_MARKER} nhưng bài chưa có ảnh nào trong gallery; hãy thêm gallery vào phần thông tin đầu bài hoặc xóa dòng này`,
      });
    else if (i > 0) report({ line, field: 'nội dung', message: `bộ ảnh chỉ đặt được một lần; hãy giữ một dòng ${GALLERY_MARKER}` });
  });
}

/** An album kept as a folder: every photo in it must be listed in `photos`, with its caption. */
function checkAlbumFolder(file: string, listed: Set<string>, yaml: string, probe: Probe, report: Report) {
  if (!/^index\.md$/i.test(path.basename(file))) return;
  const folder = path.dirname(file);
  for (const name of probe.list(folder)) {
    const photo = path.join(folder, name);
    if (!PHOTO_EXTENSIONS.test(name) || listed.has(photo)) continue;
    report({
      line: lineOf(yaml, 'photos'),
      field: 'photos',
      message: `ảnh «${name}» nằm trong thư mục album nhưng chưa có trong photos: hãy thêm «- src: ./${name}» kèm caption (chú thích), hoặc xóa tệp ảnh khỏi thư mục`,
    });
  }
}

/** A file attached to an entry (attachments, a document's files), found beside its Markdown. */
export interface FileUse {
  line?: number;
  field: string;
  /** The path as the editor wrote it. */
  written: string;
  /** Absolute path of the file. */
  path: string;
}

/** The fields that list files attached to an entry, by collection, and where those files are published. */
const FILE_FIELDS: Partial<Record<Collection, { field: string; urlOf: (id: string, file: string) => string; noun: string; missing: string }>> = {
  articles: {
    field: 'attachments',
    urlOf: paths.articleFile,
    noun: 'tệp đính kèm',
    missing: 'hãy đặt tệp cạnh tệp index.md của bài và ghi đúng tên, phân biệt chữ hoa, chữ thường',
  },
  notices: { field: 'attachments', urlOf: paths.attachment, noun: 'tệp đính kèm', missing: 'hãy đặt tệp cạnh tệp .md của thông báo' },
  documents: {
    field: 'files',
    urlOf: paths.documentFile,
    noun: 'tệp văn bản',
    missing: 'hãy đặt tệp cạnh tệp index.md của văn bản (cùng thư mục) và ghi đúng tên, phân biệt chữ hoa, chữ thường',
  },
};

/** Files listed by an entry must be regular files beside it, inside the content folder (content-files.ts). */
function checkEntryFiles(root: string, file: string, collection: Collection, data: Record<string, unknown>, yaml: string, probe: Probe, report: Report): FileUse[] {
  const rule = FILE_FIELDS[collection];
  const list = rule && Array.isArray(data[rule.field]) ? (data[rule.field] as unknown[]) : [];
  const uses: FileUse[] = [];
  list.forEach((item, i) => {
    const written = (item as { file?: unknown })?.file;
    if (typeof written !== 'string') return;
    const field = `${rule!.field}[${i}].file`;
    const line = lineOfPath(yaml, [rule!.field, i, 'file']) ?? lineOf(yaml, rule!.field);
    const resolved = resolveContentFile(root, file, written, probe.fileKind);
    if (resolved.ok) uses.push({ line, field, written, path: resolved.path });
    else report({ line, field, message: resolved.kind === 'missing' ? `không tìm thấy ${rule!.noun} «${written}»; ${rule!.missing}` : resolved.message });
  });
  return uses;
}

/** Every day belongs to at most one week file: overlapping files are reported at the later one, naming the other. */
function checkWeekOverlaps(weeks: (WeekSpan & { line?: number })[], problems: Problem[]) {
  for (const { a, b, days } of findOverlaps(weeks)) {
    const shownDays = days.map((day) => day.split('-').reverse().join('/')).join(', ');
    problems.push({
      file: b.file,
      line: (b as { line?: number }).line,
      field: 'from',
      message: `tuần này trùng ${days.length} ngày (${shownDays}) với tệp lịch ${a.file}; mỗi ngày chỉ thuộc một tệp lịch tuần: hãy sửa from/to của một trong hai tệp, hoặc xóa tệp thừa`,
    });
  }
}

/** Refuse dates written with a time zone: every time in front matter is Vietnam time. */
function checkDateZones(data: Record<string, unknown>, yaml: string, report: Report) {
  for (const key of ['date', 'updated', 'validUntil', 'issued', 'effective', 'from', 'to']) {
    const value = data[key];
    if (typeof value === 'string' && /(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim()) && /\d{1,2}:\d{2}/.test(value)) {
      report({ line: lineOf(yaml, key), field: key, message: `«${value}» có ghi múi giờ; hãy bỏ phần múi giờ, mọi giờ đều là giờ Việt Nam (ví dụ 2024-03-17 08:30)` });
    }
  }
}

/**
 * Text `npm run new` left for the editor to replace (src/model/placeholders.ts)
 * is never published: an entry holding it must stay a draft.
 */
function checkPlaceholders(record: Record<string, unknown>, body: string, split: { yaml: string; bodyLine: number }, report: Report) {
  const why = 'là chữ tạm do npm run new ghi vào; hãy viết nội dung thật, hoặc giữ bài ở dạng bản nháp (draft: true) cho đến khi viết xong';
  for (const at of placeholderPaths(record)) {
    report({
      line: lineOfPath(split.yaml, at) ?? lineOf(split.yaml, at[0]),
      field: fieldName(at),
      message: `«${String(at.reduce<unknown>((v, k) => (v as never)[k], record))}» ${why}`,
    });
  }
  body.split('\n').forEach((text, i) => {
    if (PLACEHOLDER.test(text)) report({ line: split.bodyLine + i, field: 'nội dung', message: `dòng «${text.trim()}» ${why}` });
  });
}

/** What the check finds in one Markdown file on its own (kept between runs by CheckCache). */
interface FileCheck {
  problems: Omit<Problem, 'file'>[];
  photos: Omit<PhotoUse, 'file'>[];
  /** Files attached to the entry (their content is checked on every run: validateAll). */
  files: FileUse[];
  /** The body's own problems and links, and the tags (link targets), when the front matter could be read. */
  body?: { tags: unknown[]; reading: BodyReading };
  /** A published week of the work schedule (ISO dates), for the overlap check. */
  week?: { from: string; to?: string; line?: number };
  /** An article's old addresses (`aliases`), each sent to this article by the build: two articles may not claim one. */
  aliases?: { address: string; line?: number }[];
}

type Collection = keyof typeof COLLECTION_DIRS;

/** The schema of each collection, built when first needed (building the article schema takes long). */
function schemaOf(collection: Collection, current: CurrentEntry, categorySlugs: string[], unitSlugs: string[] = []) {
  if (collection === 'articles') return articleSchema(imageField(current), categorySlugs, unitSlugs);
  if (collection === 'albums') return albumSchema(imageField(current));
  return { notices: noticeSchema, documents: documentSchema, schedules: scheduleSchema, pages: pageSchema }[collection];
}

/** Check one Markdown file on its own; every other file it looks at goes through `probe`. */
function checkFile(root: string, file: string, source: string, collection: Collection, schema: () => ReturnType<typeof schemaOf>, current: CurrentEntry, probe: Probe): FileCheck {
  const found: FileCheck = { problems: [], photos: [], files: [] };
  const report: Report = (p) => found.problems.push(p);
  const split = splitFrontmatter(source);
  if ('error' in split) {
    report({ line: split.line, message: split.error });
    return found;
  }
  if (!split.yaml.replace(/#.*$/gm, '').trim()) {
    report({ line: 1, message: 'phần thông tin đầu bài (giữa hai dòng ---) còn trống; hãy điền các trường, ví dụ title: "…", date: 2025-03-17 (xem hướng dẫn biên tập)' });
    return found;
  }
  let data: unknown;
  try {
    data = parseYaml(split.yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    report(yamlProblem(error, split.yaml, 2));
    return found;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report({ line: 2, message: 'phần thông tin đầu bài phải là các dòng dạng "trường: giá trị"' });
    return found;
  }
  const record = data as Record<string, unknown>;
  const seen: PhotoRef[] = [];
  current.root = root;
  current.file = file;
  current.seen = seen;
  current.probe = probe;
  const result = schema().safeParse(record);
  const used = new Set<string>();
  const use = (line: number | undefined, field: string, src: string, photo: string) => {
    used.add(photo);
    found.photos.push({ line, field, src, photo });
  };
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One problem per unknown key, at its own line (strictObject in schema-rules.ts writes one message per key).
        const messages = issue.message.split('\n');
        issue.keys.forEach((key, i) => {
          const at = [...issue.path, key];
          report({ line: lineOfPath(split.yaml, at), field: fieldName(at), message: messages[i] ?? issue.message });
        });
        continue;
      }
      // Documents and schedules hold lists of fields (files, entries): name the line of the field itself.
      const line = collection === 'documents' || collection === 'schedules' ? lineOfPath(split.yaml, issue.path) : undefined;
      report({ line: line ?? lineOf(split.yaml, issue.path[0]), field: fieldName(issue.path), message: issue.message });
    }
    // Photos are still checked; without parsed data their field is named by the path as written.
    for (const ref of seen) {
      const i = split.yaml.split('\n').findIndex((line) => line.includes(ref.src));
      use(i < 0 ? undefined : i + 2, `ảnh «${ref.src}»`, ref.src, ref.photo);
    }
  } else {
    for (const { path: at, ref } of photoRefs(result.data)) use(lineOfValue(split.yaml, at[0], ref.src), fieldName(at), ref.src, ref.photo);
  }
  const body = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(split.bodyLine - 1)
    .join('\n');
  found.files = checkEntryFiles(root, file, collection, record, split.yaml, probe, report);
  const bytes = Buffer.byteLength(body);
  if (bytes > BODY_LENGTH.maxBytes) {
    // Not parsed: a body this long is a mistake (a pasted export, a file dropped in), and would make a page and feeds of megabytes.
    report({
      line: split.bodyLine,
      field: 'nội dung',
      message: `nội dung dài ${Math.round(bytes / 1024)} KB, quá giới hạn ${BODY_LENGTH.maxBytes / 1024} KB của một bài; hãy tách thành nhiều bài, hoặc đưa phần dài (bảng, phụ lục) vào tệp đính kèm PDF`,
    });
    return found;
  }
  const needsBody = collection === 'articles' || collection === 'pages' || (collection === 'notices' && found.files.length === 0);
  if (needsBody && !/[\p{L}\p{N}]/u.test(body)) {
    const what =
      collection === 'notices'
        ? 'thông báo chưa có nội dung và chưa có tệp đính kèm; hãy viết nội dung dưới dòng --- thứ hai, hoặc đính kèm tệp trong attachments'
        : 'bài chưa có nội dung; hãy viết nội dung dưới dòng --- thứ hai';
    report({ line: split.bodyLine - 1, field: 'nội dung', message: what });
  }
  const reading = readBody(body, split.bodyLine);
  found.body = { tags: Array.isArray(record.tags) ? record.tags : [], reading };
  const hasGallery = Array.isArray(record.gallery) && record.gallery.length > 0;
  checkBody(root, file, body, split.bodyLine, reading, hasGallery, collection === 'articles', probe, report, (line, src, photo) => use(line, 'nội dung', src, photo));
  if (collection === 'albums' && result.success) checkAlbumFolder(file, used, split.yaml, probe, report);
  checkDateZones(record, split.yaml, report);
  if (collection === 'articles' && result.success) {
    const { aliases } = result.data as { aliases: string[] };
    if (aliases.length) found.aliases = aliases.map((address, i) => ({ address, line: lineOfPath(split.yaml, ['aliases', i]) ?? lineOf(split.yaml, 'aliases') }));
  }
  if (record.draft !== true) checkPlaceholders(record, body, split, report);
  if (collection === 'schedules' && result.success) {
    const week = result.data as { from: Date; to?: Date; draft: boolean };
    if (!week.draft) found.week = { from: week.from.toISOString(), to: week.to?.toISOString(), line: lineOf(split.yaml, 'from') };
  }
  return found;
}

/**
 * Check the content folder: every file on its own (checkFile; results kept
 * in `cacheFile` between runs, see check-cache.ts), then across files.
 * Photos used are added to `photos` for validateAll.
 */

export function validateContent(
  root: string,
  cwd = process.cwd(),
  photos: PhotoUse[] = [],
  cacheFile: string | false = false,
  files: (FileUse & { file: string })[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const shown = (file: string) => visible(path.relative(cwd, file) || file);
  let site: SiteConfig;
  try {
    site = loadSiteConfig(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((message) => ({ file: '', message }));
  }
  const categorySlugs = site.categories.map((category) => category.slug);
  const unitSlugs = site.units.map((unit) => unit.slug);
  const cache = new CheckCache<FileCheck>(cacheFile, { site, root: path.resolve(root), cwd });
  const bodies: EntryBody[] = [];
  const weeks: (WeekSpan & { line?: number })[] = [];
  const routed: RoutedEntry[] = [];
  const aliasOwners = new Map<string, string>();
  const published: RoutedFile[] = [{ url: paths.emblem(site.emblem), shown: shown(path.join(root, SITE_FILE)), field: 'emblem' }];

  for (const collection of Object.keys(COLLECTION_DIRS) as Collection[]) {
    const base = path.join(root, COLLECTION_DIRS[collection]);
    const owners = new Map<string, string>();
    // One schema per collection, built when a file needs it; `current` tells its photo fields which file they belong to.
    const current: CurrentEntry = { root, file: '', seen: [], probe: new Probe() };
    let built: ReturnType<typeof schemaOf> | undefined;
    const schema = () => (built ??= schemaOf(collection, current, categorySlugs, unitSlugs));
    const listed = markdownFiles(base);
    for (const relative of listed.misnamed) {
      const name = path.basename(relative);
      problems.push({
        file: shown(path.join(base, relative)),
        message: `tệp có đuôi «${name.slice(-3)}» sẽ không được đăng; hãy đổi tên thành «${name.slice(0, -3)}.md» (đuôi .md viết thường)`,
      });
    }
    for (const relative of listed.links) {
      problems.push({
        file: shown(path.join(base, relative)),
        message: 'đây là liên kết (symlink), không phải tệp hay thư mục thật; nội dung phải nằm ngay trong thư mục content: hãy thay liên kết bằng chính tệp hoặc thư mục đó',
      });
    }
    for (const relative of listed.published) {
      const file = path.join(base, relative);
      const report = (p: Omit<Problem, 'file'>) => problems.push({ file: shown(file), ...p });
      const hidden = relative.match(INVISIBLE);
      if (hidden) {
        report({
          message: `tên tệp hoặc thư mục có ký tự ẩn ${visible(hidden.join(''))} (không nhìn thấy được, thường do chép từ nơi khác); hãy gõ lại tên bằng chữ thường không dấu, số và dấu gạch nối`,
        });
      }
      // A file that is itself inside the folder but reached through a linked folder above it (markdownFiles does not walk links).
      if (contentFileKind(root, file) !== 'file') {
        report({ message: 'tệp này nằm ngoài thư mục nội dung hoặc không đọc được; hãy đặt tệp thật vào thư mục content' });
        continue;
      }

      const id = entryId(relative);
      const owner = owners.get(id);
      if (owner) report({ message: `trùng địa chỉ với ${shown(owner)}: cả hai sẽ đăng tại cùng một URL «${id}»; hãy đổi tên thư mục hoặc tệp của một trong hai` });
      else owners.set(id, file);
      if (!id) report({ message: 'tên tệp không tạo được địa chỉ URL; hãy đặt tên bằng chữ không dấu, ví dụ ten-bai-viet.md' });
      else routed.push({ collection, id, shown: shown(file) });

      const found = cache.check(
        file,
        // The bytes, one character each, so that the cache tells bytes that are not UTF-8 from a «�» typed in.
        () => fs.readFileSync(file, 'latin1'),
        (bytes, probe) => {
          const read = decodeContent(Buffer.from(bytes, 'latin1'), shown(file));
          return read.problem ? { problems: [read.problem], photos: [], files: [] } : checkFile(root, file, read.text, collection, schema, current, probe);
        },
      );
      found.problems.forEach(report);
      for (const photo of found.photos) photos.push({ file: shown(file), ...photo });
      for (const use of found.files) {
        files.push({ ...use, file: shown(file) });
        if (id) published.push({ url: FILE_FIELDS[collection]!.urlOf(id, use.written), shown: shown(file), line: use.line, field: use.field });
      }
      if (found.body) bodies.push({ shown: shown(file), collection, id, tags: found.body.tags, reading: found.body.reading });
      for (const { address, line } of found.aliases ?? []) {
        const key = oldAddressKey(address, site.url);
        const owner = aliasOwners.get(key);
        if (owner && owner !== shown(file)) {
          report({ line, field: 'aliases', message: `địa chỉ cũ «${address}» đã thuộc bài ${owner}; một địa chỉ cũ chỉ chuyển tới được một bài: hãy xóa ở một trong hai bài` });
        } else aliasOwners.set(key, shown(file));
      }
      if (found.week) weeks.push({ file: shown(file), from: new Date(found.week.from), to: found.week.to ? new Date(found.week.to) : undefined, line: found.week.line });
    }
  }
  cache.save();
  checkWeekOverlaps(weeks, problems);
  // Every address the build will publish, against the site's routes and each other (route-table.ts).
  problems.push(...routeCollisions(routed, published, siteRoutes(PAGES_DIR, path.resolve(PAGES_DIR, '../../public'))));
  // Editorial rules on every body (src/check/editorial.ts): headings, empty sections, links, unsafe HTML.
  problems.push(...checkBodies(bodies, categorySlugs));
  return problems;
}

/**
 * Everything `npm run check` verifies: the content (validateContent), then
 * each photo file it uses, read to its end (src/check/photo-check.ts). A bad
 * photo is reported at every place that uses it. With `cache`, both keep
 * their results in the cache directory, and a rebuild re-checks only what changed.
 */
export async function validateAll(root: string, cwd = process.cwd(), cache = true): Promise<Problem[]> {
  const photos: PhotoUse[] = [];
  const files: (FileUse & { file: string })[] = [];
  const problems = validateContent(root, cwd, photos, cache && path.join(portalCacheDir('content-check'), 'files.json'), files);
  // Attachments are what their names say (file-signature.ts): a program renamed .pdf, or an empty file, is not published.
  for (const { use, problem } of await checkAttachmentFiles(files, cache ? undefined : false)) {
    problems.push({ file: use.file, line: use.line, field: use.field, message: problem });
  }
  const bad = await checkPhotoFiles(
    photos.map((use) => use.photo),
    cache ? undefined : false,
  );
  for (const { file: photo, problem } of bad) {
    for (const use of photos.filter((u) => u.photo === photo)) {
      problems.push({ file: use.file, line: use.line, field: use.field, message: problem!(use.src) });
    }
  }
  return problems;
}
