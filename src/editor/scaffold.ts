/**
 * `npm run new`: the file (or folder) of a new article, notice, album, page,
 * document or week of the work schedule, with every required field of its
 * schema filled in, always as a draft: it passes `npm run check` as written
 * and is published only once the editor has replaced the text marked as a
 * placeholder (src/model/placeholders.ts) and set `draft: false`. Which
 * fields to write comes from the schemas through schema-fields.ts; labels,
 * help and placeholders from field-docs.ts.
 */
import { slugify } from '../model/slugify.ts';
import { parseVietnamDate, vietnamParts } from '../model/dates.ts';
import { placeholder } from '../model/placeholders.ts';
import type { FieldInfo } from './schema-fields.ts';
import { COLLECTION_DOCS, fieldDocOrName } from './field-docs.ts';

/** Words an editor may type for each kind of entry, in English or Vietnamese. */
export const KIND_ALIASES: Record<string, string> = {
  article: 'articles',
  'bai-viet': 'articles',
  tin: 'articles',
  'tin-tuc': 'articles',
  notice: 'notices',
  'thong-bao': 'notices',
  album: 'albums',
  'thu-vien-anh': 'albums',
  anh: 'albums',
  page: 'pages',
  trang: 'pages',
  document: 'documents',
  'van-ban': 'documents',
  schedule: 'schedules',
  lich: 'schedules',
  'lich-lam-viec': 'schedules',
  'lich-tuan': 'schedules',
};

/** The word `npm run new --type` shows for each collection. */
export const KIND_WORDS: Record<string, string> = {
  articles: 'tin',
  notices: 'thong-bao',
  albums: 'album',
  pages: 'trang',
  documents: 'van-ban',
  schedules: 'lich',
};

/** The collection an editor means by `word` (`tin`, `thông báo`, `album`…), if any of `collections`. */
export function kindOf(word: string, collections: readonly string[]): string | undefined {
  const key = slugify(word);
  const kind = collections.includes(key) ? key : KIND_ALIASES[key];
  return kind && collections.includes(kind) ? kind : undefined;
}

export interface NewEntry {
  collection: string;
  /** Optional for a week of the schedule: «Lịch làm việc tuần 47 năm 2026» from its first day. */
  title: string;
  /** The entry's day (`date`, a document's `issued`, a week's `from`): `2025-12-18` or `2025-12-18 08:30` (Vietnam time), or `18/12/2025`. */
  date: string;
  /** Choices from a list, by field name: an article's `category`, a document's `type` and `status`. */
  choices?: Record<string, string | undefined>;
  summary?: string;
  author?: string;
  /** A document's number and symbol (06/KH-UBND), issuer and signer. */
  number?: string;
  issuer?: string;
  signer?: string;
  /** Names of the files placed beside the entry: a document's files, a notice's or an article's attachments. */
  files?: string[];
  /** Names of the photos placed beside an album. */
  photos?: string[];
}

export interface Scaffold {
  /** Path of the Markdown file, relative to the content folder. */
  file: string;
  /** The folder that holds the entry's photos and files, relative to the content folder (undefined for a lone file). */
  folder?: string;
  content: string;
  /** Fields written with text to replace (the body, `nội dung`, included): the entry stays a draft until then. */
  placeholders: string[];
  slug: string;
}

export class ScaffoldError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');
const quote = (text: string) => JSON.stringify(text);

/** A date as written in front matter: the day, and the time when one was given. */
function frontMatterDate(text: string): { value: string; day: string; year: number; date: Date } {
  const date = parseVietnamDate(text.trim());
  if (!date) throw new ScaffoldError(`ngày «${text}» không hợp lệ; hãy viết dạng 2025-12-18, 2025-12-18 08:30 hoặc 18/12/2025`);
  const p = vietnamParts(date);
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const withTime = /\d{1,2}[:h]\d{2}/.test(text);
  return { value: withTime ? `${day} ${pad(p.hour)}:${pad(p.minute)}` : day, day, year: p.year, date };
}

/** Today in Vietnam, as `2025-12-18`. */
export function todayInVietnam(now = new Date()): string {
  const p = vietnamParts(now);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The ISO 8601 week of a day and the year it belongs to (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): { week: number; year: number } {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86400e3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4 - ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) + 3));
  return { week: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86400e3)), year };
}

/** The Monday of the week of `day` (`2026-11-19` → `2026-11-16`). */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86400e3).toISOString().slice(0, 10);
}

/** The title of a week of the work schedule: «Lịch làm việc tuần 47 năm 2026». */
export function weekTitle(day: string): string {
  const { week, year } = isoWeek(day);
  return `Lịch làm việc tuần ${week} năm ${year}`;
}

/** Fields whose value is the entry's own day. */
const DAY_FIELDS = new Set(['date', 'issued', 'from']);

const BODY: Record<string, string> = {
  articles: `${placeholder('Viết đoạn mở đầu ở đây: sự kiện gì, ở đâu, khi nào, ai chủ trì.', 'đoạn')}\n\n## Nội dung chính\n\n${placeholder('Viết nội dung ở đây; mỗi mục bắt đầu bằng một dòng ## Tên mục.', 'đoạn')}\n`,
  notices: `${placeholder('Viết nội dung thông báo ở đây: đối tượng, thời gian, địa điểm, hồ sơ cần chuẩn bị.', 'đoạn')}\n`,
  pages: `${placeholder('Viết đoạn mở đầu của trang ở đây.', 'đoạn')}\n\n## Mục thứ nhất\n\n${placeholder('Viết nội dung của mục ở đây.', 'đoạn')}\n`,
};

/** The new entry's path and text, or a ScaffoldError in Vietnamese. */
export function scaffold(entry: NewEntry, fields: readonly FieldInfo[]): Scaffold {
  const { collection } = entry;
  const doc = COLLECTION_DOCS[collection] ?? { folder: true, byYear: true };
  const date = frontMatterDate(entry.date);
  const title = entry.title.trim() || (collection === 'schedules' ? weekTitle(date.day) : '');
  if (!title) throw new ScaffoldError('cần nhập tiêu đề');
  const slug = slugify(title);
  if (!slug) throw new ScaffoldError(`tiêu đề «${title}» không tạo được tên tệp; hãy dùng chữ và số`);
  const placeholders: string[] = [];
  const lines: string[] = [];
  const label = (field: FieldInfo) => fieldDocOrName(collection, field.path).label;
  /** The text of a field the editor did not give: the guide's example, or a marked placeholder. */
  const stand = (field: FieldInfo) => {
    placeholders.push(field.path);
    return fieldDocOrName(collection, field.path).placeholder ?? placeholder(label(field));
  };
  const given: Record<string, string | undefined> = { summary: entry.summary, author: entry.author, number: entry.number, issuer: entry.issuer, signer: entry.signer };

  /** YAML lines of the list `field`, from the files or photos given, or one item for the editor to fill. */
  const listLines = (field: FieldInfo): string[] | undefined => {
    const item = (values: Record<string, string>) =>
      field.fields!.filter((f) => f.required || values[f.name] !== undefined).map((f, i) => `${i ? '    ' : '  - '}${f.name}: ${values[f.name] ?? quote(stand(f))}`);
    if (field.fields!.some((f) => f.kind === 'image')) {
      if (!entry.photos?.length) return undefined;
      return entry.photos.flatMap((photo) => item({ src: `./${photo}` }));
    }
    if (field.fields!.some((f) => f.name === 'file')) {
      if (!entry.files?.length) return undefined;
      return entry.files.map((file) => `  - file: ./${file}`);
    }
    // A week's first entry, on its first day.
    return item({ date: date.day, ...Object.fromEntries(field.fields!.filter((f) => f.name === 'time').map((f) => [f.name, quote(stand(f))])) });
  };

  for (const field of fields) {
    if (field.name === 'title') lines.push(`title: ${quote(title)}`);
    else if (field.name === 'draft') continue;
    else if (field.kind === 'date' && DAY_FIELDS.has(field.name)) lines.push(`${field.name}: ${quote(date.value)}`);
    else if (field.options && field.name !== 'lang') {
      const value = entry.choices?.[field.name];
      if (value === undefined && field.default !== undefined) lines.push(`# ${field.name}: ${field.default} (${label(field)}; có thể chọn ${field.options.join(', ')})`);
      else if (value === undefined || !field.options.includes(value)) {
        throw new ScaffoldError(`${label(field).toLowerCase()} «${value ?? ''}» không có; hãy chọn một trong: ${field.options.join(', ')}`);
      } else lines.push(`${field.name}: ${quote(value)}`);
    } else if (field.kind === 'string' && given[field.name]?.trim()) lines.push(`${field.name}: ${quote(given[field.name]!.trim())}`);
    else if (field.kind === 'boolean') lines.push(`${field.name}: ${String(field.default ?? false)}`);
    else if (field.required && field.kind === 'string') {
      if (field.name === 'number') throw new ScaffoldError(`cần nhập ${label(field).toLowerCase()} của văn bản, ví dụ 06/KH-UBND`);
      lines.push(`${field.name}: ${quote(stand(field))}`);
    } else if (field.kind === 'list' && field.fields) {
      const items = listLines(field);
      if (items) lines.push(`${field.name}:`, ...items);
      else if (field.required) {
        const what = field.fields.some((f) => f.kind === 'image') ? 'ảnh (--photo, hoặc --photos <thư mục>)' : 'tệp (--file)';
        throw new ScaffoldError(`${COLLECTION_DOCS[collection]?.singular ?? 'mục'} cần ít nhất một ${what} cho «${label(field)}»`);
      } else lines.push(`# ${field.name}: ${label(field)} (xem hướng dẫn)`);
    } else if (!field.required) {
      lines.push(`# ${field.name}: ${label(field)}${field.kind === 'list' || field.kind === 'object' ? ' (xem hướng dẫn)' : ''}`);
    }
  }
  // Always a draft: the body is still to be written, and nothing half-written is published by mistake.
  if (fields.some((f) => f.name === 'draft')) lines.push('draft: true');
  const text = BODY[collection];
  if (text) placeholders.push('nội dung');

  const year = String(date.year);
  const folder = doc.folder ? [collection, ...(doc.byYear ? [year] : []), slug].join('/') : undefined;
  const file = folder ? `${folder}/index.md` : [collection, ...(doc.byYear ? [year] : []), `${slug}.md`].join('/');
  const content = `---\n${lines.join('\n')}\n---\n${text ? `\n${text}` : ''}`;
  return { file, folder, content, placeholders, slug };
}
