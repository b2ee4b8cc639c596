/**
 * `npm run new`: the file (or folder) of a new article, notice, album or
 * page, with every required field of its schema filled in, so that it
 * passes `npm run check` as written (albums excepted: they need their
 * photos first). Which fields to write comes from the schemas through
 * schema-fields.ts; labels, help and placeholders from field-docs.ts.
 */
import { slugify } from '../model/slugify.ts';
import { parseVietnamDate, vietnamParts } from '../model/dates.ts';
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
};

/** The collection an editor means by `word` (`tin`, `thông báo`, `album`…), if any of `collections`. */
export function kindOf(word: string, collections: readonly string[]): string | undefined {
  const key = slugify(word);
  const kind = collections.includes(key) ? key : KIND_ALIASES[key];
  return kind && collections.includes(kind) ? kind : undefined;
}

export interface NewEntry {
  collection: string;
  title: string;
  /** `2025-12-18` or `2025-12-18 08:30` (Vietnam time), or `18/12/2025`. */
  date: string;
  category?: string;
  summary?: string;
  author?: string;
}

export interface Scaffold {
  /** Path of the Markdown file, relative to the content folder. */
  file: string;
  /** The folder that holds the entry's photos and files, relative to the content folder (undefined for a lone file). */
  folder?: string;
  content: string;
  /** Fields written with a placeholder, to be replaced by the editor (the entry is then a draft). */
  placeholders: string[];
  slug: string;
}

export class ScaffoldError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');
const quote = (text: string) => JSON.stringify(text);

/** A date as written in front matter: the day, and the time when one was given. */
function frontMatterDate(text: string): { value: string; year: number } {
  const date = parseVietnamDate(text.trim());
  if (!date) throw new ScaffoldError(`ngày «${text}» không hợp lệ; hãy viết dạng 2025-12-18, 2025-12-18 08:30 hoặc 18/12/2025`);
  const p = vietnamParts(date);
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const withTime = /\d{1,2}[:h]\d{2}/.test(text);
  return { value: withTime ? `${day} ${pad(p.hour)}:${pad(p.minute)}` : day, year: p.year };
}

/** Today in Vietnam, as `2025-12-18`. */
export function todayInVietnam(now = new Date()): string {
  const p = vietnamParts(now);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function placeholderFor(collection: string, field: FieldInfo, index = 1): string {
  const doc = fieldDocOrName(collection, field.path);
  if (field.kind === 'image') return `./anh-${index}.jpg`;
  if (doc.placeholder) return doc.placeholder;
  return `${doc.label} (thay dòng này trước khi đăng)`;
}

/** YAML lines for one list item of objects, with placeholders for required fields. */
function itemLines(collection: string, fields: readonly FieldInfo[], index: number, placeholders: string[]): string[] {
  const lines: string[] = [];
  for (const field of fields.filter((f) => f.required)) {
    const value = placeholderFor(collection, field, index);
    lines.push(`${lines.length ? '    ' : '  - '}${field.name}: ${field.kind === 'image' ? value : quote(value)}`);
    placeholders.push(field.path);
  }
  return lines;
}

const BODY: Record<string, string> = {
  articles: 'Viết đoạn mở đầu ở đây: sự kiện gì, ở đâu, khi nào, ai chủ trì.\n\n## Nội dung chính\n\nViết nội dung của mục ở đây. Mỗi mục bắt đầu bằng một dòng ## Tên mục.\n',
  notices: 'Viết nội dung thông báo ở đây: đối tượng, thời gian, địa điểm, hồ sơ cần chuẩn bị.\n',
  pages: 'Viết nội dung trang ở đây.\n\n## Mục thứ nhất\n\nNội dung của mục.\n',
  albums: '',
};

/** The new entry's path and text, or a ScaffoldError in Vietnamese. */
export function scaffold(entry: NewEntry, fields: readonly FieldInfo[]): Scaffold {
  const { collection } = entry;
  const doc = COLLECTION_DOCS[collection] ?? { folder: true, byYear: true };
  const title = entry.title.trim();
  if (!title) throw new ScaffoldError('cần nhập tiêu đề');
  const slug = slugify(title);
  if (!slug) throw new ScaffoldError(`tiêu đề «${title}» không tạo được tên tệp; hãy dùng chữ và số`);
  const date = frontMatterDate(entry.date);
  const placeholders: string[] = [];
  const lines: string[] = [];

  for (const field of fields) {
    const label = fieldDocOrName(collection, field.path).label;
    if (field.name === 'title') lines.push(`title: ${quote(title)}`);
    else if (field.kind === 'date' && field.name === 'date') lines.push(`date: ${quote(date.value)}`);
    else if (field.options) {
      const value = entry.category ?? '';
      if (field.required || value) {
        if (!field.options.includes(value)) {
          throw new ScaffoldError(`${label.toLowerCase()} «${value}» không có; hãy chọn một trong: ${field.options.join(', ')}`);
        }
        lines.push(`${field.name}: ${value}`);
      }
    } else if (field.name === 'summary' && entry.summary?.trim()) lines.push(`summary: ${quote(entry.summary.trim())}`);
    else if (field.name === 'author' && entry.author?.trim()) lines.push(`author: ${quote(entry.author.trim())}`);
    else if (field.kind === 'boolean' && field.name !== 'draft') lines.push(`${field.name}: ${String(field.default ?? false)}`);
    else if (field.name === 'draft') continue;
    else if (field.required && field.kind === 'string') {
      lines.push(`${field.name}: ${quote(placeholderFor(collection, field))}`);
      placeholders.push(field.path);
    } else if (field.required && field.kind === 'list' && field.fields) {
      lines.push(`${field.name}:`);
      for (let i = 1; i <= Math.max(1, field.minItems ?? 1); i++) lines.push(...itemLines(collection, field.fields, i, placeholders));
    } else if (!field.required) {
      lines.push(`# ${field.name}: ${label}${field.kind === 'list' || field.kind === 'object' ? ' (xem hướng dẫn)' : ''}`);
    }
  }
  // Left as a draft while placeholders remain: nothing half-written is published by mistake.
  if (fields.some((f) => f.name === 'draft')) lines.push(`draft: ${placeholders.length > 0}`);

  const year = String(date.year);
  const folder = doc.folder ? [collection, ...(doc.byYear ? [year] : []), slug].join('/') : undefined;
  const file = folder ? `${folder}/index.md` : [collection, ...(doc.byYear ? [year] : []), `${slug}.md`].join('/');
  const content = `---\n${lines.join('\n')}\n---\n${BODY[collection] !== undefined ? (BODY[collection] ? `\n${BODY[collection]}` : '') : '\nViết nội dung ở đây.\n'}`;
  return { file, folder, content, placeholders, slug };
}
