/**
 * `npm run new`: create an article, notice, album, page, document or week of
 * the work schedule, always as a draft that passes `npm run check`. In a
 * terminal it asks for what is missing, with lists to pick the kind, the
 * category, a document's type and status; elsewhere (and with --yes) it takes
 * flags only:
 *
 *   npm run new -- --type tin --title "Ra quân làm đường giao thông nông thôn" --category kinh-te --date 2026-03-02
 *   npm run new -- --type thong-bao --title "Lịch tiếp công dân tháng 4" --date "2026-04-01 07:30" [--file bieu-mau.pdf]
 *   npm run new -- --type van-ban --title "Kế hoạch cải cách hành chính năm 2026" --number 06/KH-UBND --doc-type "Kế hoạch" --date 2026-01-08 --file ke-hoach.pdf
 *   npm run new -- --type lich --date 2026-11-16
 *   npm run new -- --type album --title "Lễ hội mùa xuân" --date 2026-02-10 --photos ~/Anh/le-hoi/
 *   npm run new -- --type trang --title "Sơ đồ tổ chức"
 *
 * Files and photos given are copied beside the entry under names without
 * diacritics. The logic lives in src/editor/scaffold.ts; this script only
 * asks, copies and writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { contentDir } from '../src/config/content-folder.ts';
import { entryId, slugify } from '../src/model/slugify.ts';
import { PHOTO_EXTENSIONS } from '../src/model/photos.ts';
import { ATTACHMENT_EXTENSIONS } from '../src/model/attachment-types.ts';
import { loadSiteConfig } from '../src/files/site-file.ts';
import { contentFields } from '../src/editor/schema-fields.ts';
import { COLLECTION_DOCS, fieldDocOrName } from '../src/editor/field-docs.ts';
import { KIND_WORDS, kindOf, mondayOf, scaffold, ScaffoldError, todayInVietnam, weekTitle, type NewEntry } from '../src/editor/scaffold.ts';

const { values } = parseArgs({
  options: {
    type: { type: 'string', short: 't' },
    title: { type: 'string' },
    category: { type: 'string' },
    date: { type: 'string' },
    summary: { type: 'string' },
    author: { type: 'string' },
    number: { type: 'string' },
    'doc-type': { type: 'string' },
    status: { type: 'string' },
    issuer: { type: 'string' },
    signer: { type: 'string' },
    file: { type: 'string', multiple: true },
    photo: { type: 'string', multiple: true },
    photos: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
  },
});

const root = contentDir();
const site = loadSiteConfig(root);
const fields = contentFields(site.categories.map((c) => c.slug));
const collections = Object.keys(fields);
const interactive = !values.yes && process.stdin.isTTY === true;

function fail(message: string): never {
  if (interactive) prompts.cancel(`✗ ${message}`);
  else console.error(`✗ ${message}`);
  process.exit(1);
}
/** A prompt's answer, or a clean stop when the editor presses Ctrl+C. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) fail('đã dừng, chưa tạo gì');
  return value as Exclude<T, symbol>;
}
const kindList = collections.map((c) => `${KIND_WORDS[c] ?? c} (${COLLECTION_DOCS[c]?.label ?? c})`).join(', ');

try {
  if (interactive) prompts.intro('Tạo bài mới (bản nháp)');
  const collection = values.type
    ? (kindOf(values.type, collections) ?? fail(`không có loại «${values.type}»; hãy chọn: ${kindList}`))
    : interactive
      ? answered(
          await prompts.select<string>({ message: 'Loại nội dung', options: collections.map((c) => ({ value: c, label: COLLECTION_DOCS[c]?.label ?? c, hint: KIND_WORDS[c] })) }),
        )
      : fail(`cần chọn loại nội dung: --type ${kindList}`);
  const list = fields[collection]!;
  const has = (name: string) => list.some((f) => f.name === name);
  const optionsOf = (name: string) => list.find((f) => f.name === name)?.options ?? [];

  /** A flag's value, else an answer typed in the terminal, else what `otherwise` says. */
  async function text(flag: string | undefined, message: string, options: { initial?: string; optional?: boolean; validate?: (value: string) => string | undefined } = {}) {
    if (flag !== undefined) {
      const problem = options.validate?.(flag.trim());
      if (problem) fail(problem);
      return flag.trim();
    }
    if (!interactive) return options.initial ?? '';
    const answer = answered(
      await prompts.text({
        message: `${message}${options.optional ? ' (Enter để viết sau)' : ''}`,
        initialValue: options.initial,
        validate: (value) => (!value?.trim() && !options.optional ? 'cần nhập' : options.validate?.(value?.trim() ?? '')),
      }),
    );
    return String(answer ?? '').trim();
  }
  async function choose(flag: string | undefined, name: string, labels: Map<string, string> = new Map(), initial?: string) {
    if (flag !== undefined || !interactive) return flag;
    const label = fieldDocOrName(collection, name).label;
    return answered(
      await prompts.select<string>({ message: label, initialValue: initial, options: optionsOf(name).map((value) => ({ value, label: labels.get(value) ?? value })) }),
    );
  }

  const isWeek = collection === 'schedules';
  const dayLabel = isWeek ? 'Ngày đầu tuần' : collection === 'documents' ? 'Ngày ban hành' : 'Ngày đăng';
  const date = await text(values.date, `${dayLabel} (dạng 2026-03-02; hẹn giờ: 2026-03-02 07:00)`, { initial: isWeek ? mondayOf(todayInVietnam()) : todayInVietnam() });
  const title = await text(values.title, isWeek ? 'Tiêu đề tuần' : collection === 'documents' ? 'Trích yếu' : 'Tiêu đề', {
    initial: isWeek && /^\d{4}-\d{2}-\d{2}/.test(date) ? weekTitle(date.slice(0, 10)) : undefined,
  });
  const choices: Record<string, string | undefined> = {};
  if (has('category')) choices.category = await choose(values.category, 'category', new Map(site.categories.map((c) => [c.slug, c.name])));
  if (collection === 'documents') {
    choices.type = await choose(values['doc-type'], 'type');
    choices.status = await choose(values.status, 'status', undefined, 'Còn hiệu lực');
  }
  const entry: NewEntry = { collection, title, date, choices };
  if (collection === 'documents') {
    entry.number = await text(values.number, 'Số ký hiệu (như in trên văn bản, ví dụ 06/KH-UBND)');
    entry.issuer = await text(values.issuer, 'Cơ quan ban hành', { initial: site.name });
    entry.signer = await text(values.signer, 'Người ký (họ tên, chức vụ)', { optional: true });
  }
  if (has('summary')) entry.summary = await text(values.summary, 'Tóm tắt (một hai câu)', { optional: true });
  if (has('author')) entry.author = await text(values.author, 'Tác giả', { optional: true });

  // Files and photos to copy beside the entry.
  const wantsFiles = has('files') || has('attachments');
  const wantsPhotos = collection === 'albums';
  const exists = (file: string) => (fs.existsSync(file) ? undefined : `không thấy «${file}»`);
  let sources: string[] = values.file ?? [];
  if (wantsFiles && !values.file && interactive) {
    const answer = await text(undefined, `Tệp ${collection === 'documents' ? 'văn bản' : 'đính kèm'} (PDF, Word, Excel; nhiều tệp cách nhau bằng dấu ;)`, {
      optional: collection !== 'documents',
      validate: (value) =>
        value
          .split(';')
          .map((f) => f.trim())
          .filter(Boolean)
          .map(exists)
          .find(Boolean),
    });
    sources = answer
      .split(';')
      .map((f) => f.trim())
      .filter(Boolean);
  }
  let photoSources: string[] = values.photo ?? [];
  let photoFolder = values.photos;
  if (wantsPhotos && !photoSources.length && !photoFolder && interactive) photoFolder = await text(undefined, 'Thư mục ảnh của album', { validate: exists });
  if (photoFolder) {
    if (!fs.existsSync(photoFolder) || !fs.statSync(photoFolder).isDirectory()) fail(`không thấy thư mục ảnh «${photoFolder}»`);
    photoSources = [
      ...photoSources,
      ...fs
        .readdirSync(photoFolder)
        .filter((f) => PHOTO_EXTENSIONS.test(f))
        .sort()
        .map((f) => path.join(photoFolder!, f)),
    ];
  }
  for (const file of [...sources, ...photoSources]) if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`không thấy tệp «${file}»`);
  for (const file of sources) if (!ATTACHMENT_EXTENSIONS.test(file)) fail(`«${file}» không phải tệp PDF, Word, Excel, OpenDocument hay MP3`);
  for (const file of photoSources) if (!PHOTO_EXTENSIONS.test(file)) fail(`«${file}» không phải ảnh .jpg, .png hoặc .webp`);
  /** A file's name beside the entry: without diacritics or spaces, its extension in lower case. */
  const taken = new Set<string>();
  const nameOf = (file: string) => {
    const ext = path.extname(file).toLowerCase();
    const base = slugify(path.basename(file, path.extname(file))) || 'tep';
    let name = `${base}${ext}`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}${ext}`;
    taken.add(name);
    return name;
  };
  entry.files = sources.map(nameOf);
  entry.photos = photoSources.map(nameOf);

  const made = scaffold(entry, list);
  const target = path.join(root, made.file);
  const folder = path.join(root, collection);
  const clash = (fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]) : [])
    .filter((file) => file.endsWith('.md'))
    .find((file) => entryId(file) === made.slug);
  if (fs.existsSync(target) || clash) {
    fail(
      `đã có ${COLLECTION_DOCS[collection]?.singular ?? 'mục'} cùng địa chỉ «${made.slug}» (${path.join(collection, clash ?? made.file)}); hãy đặt tiêu đề khác hoặc sửa tệp đã có`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const names = [...entry.files, ...entry.photos];
  [...sources, ...photoSources].forEach((file, i) => fs.copyFileSync(file, path.join(path.dirname(target), names[i]!)));
  fs.writeFileSync(target, made.content);

  const shown = path.relative(process.cwd(), target);
  const lines = [`✓ Đã tạo ${shown} (bản nháp: draft: true)`];
  if (made.folder) {
    const where = path.relative(process.cwd(), path.join(root, made.folder));
    const how: Record<string, string> = {
      articles: 'ảnh bìa ghi ở cover (src: ./anh-bia.jpg, alt: "Mô tả ảnh"), ảnh trong bài ghi ![Mô tả ảnh](./anh-1.jpg), bộ ảnh ghi ở gallery',
      notices: 'tệp PDF, Word, Excel ghi ở attachments (- file: ./thong-bao.pdf, title: "Thông báo số …")',
      albums: 'mỗi ảnh một mục trong photos (- src: ./anh-1.jpg, caption: "Chú thích")',
      documents: 'mỗi tệp một mục trong files (- file: ./ke-hoach.pdf)',
    };
    lines.push(`  Ảnh và tệp đặt trong thư mục ${where}/ (cùng chỗ với index.md): ${how[collection] ?? 'ghi đường dẫn dạng ./ten-tep'}.`);
  }
  lines.push(`  ${made.placeholders.length ? `Cần viết nốt: ${made.placeholders.join(', ')}; viết` : 'Xem lại'} xong thì đổi draft: true thành draft: false để đăng.`);
  lines.push('  Kiểm tra: npm run check · Hướng dẫn: docs/huong-dan-bien-tap.md');
  if (interactive) prompts.outro(lines.join('\n'));
  else console.log(lines.join('\n'));
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}
