/**
 * The field tables of the editor guide (docs/huong-dan-bien-tap.md),
 * generated from the schemas (schema-fields.ts) and their Vietnamese words
 * (field-docs.ts). `npm run docs:fields` writes them between the guide's
 * markers; a unit test fails when the guide is out of date.
 */
import { contentFields, type FieldInfo } from './schema-fields.ts';
import { COLLECTION_DOCS, fieldDocOrName } from './field-docs.ts';
import { COLLECTION_DIRS } from '../config/content-folder.ts';

export const TABLE_START = '<!-- BẮT ĐẦU BẢNG TRƯỜNG: tạo bởi `npm run docs:fields` từ src/model/schemas/index.ts, đừng sửa tay -->';
export const TABLE_END = '<!-- KẾT THÚC BẢNG TRƯỜNG -->';

const KIND: Record<FieldInfo['kind'], string> = {
  string: 'chữ',
  date: 'ngày, giờ Việt Nam',
  boolean: 'true hoặc false',
  number: 'số',
  image: 'tệp ảnh',
  list: 'danh sách',
  strings: 'danh sách chữ',
  object: 'nhóm trường',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(collection: string, fields: readonly FieldInfo[], depth = 0): string[] {
  return fields.flatMap((field) => {
    const doc = fieldDocOrName(collection, field.path);
    const notes = [doc.hint];
    if (field.minLength && field.maxLength) notes.push(`${field.minLength}–${field.maxLength} ký tự.`);
    if (field.minItems) notes.push(`Ít nhất ${field.minItems}.`);
    // The tables are written without a unit's categories (contentFields([])): options left empty are the categories.
    if (field.options) notes.push(field.options.length ? `Giá trị: ${field.options.join(', ')}.` : 'Giá trị: slug một chuyên mục trong content/site.yaml.');
    if (field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)) notes.push(`Mặc định: ${JSON.stringify(field.default)}.`);
    const name = `${depth ? '↳ ' : ''}\`${field.name}\``;
    const row = `| ${name} | ${cell(doc.label)} | ${field.required ? 'bắt buộc' : 'không'} | ${KIND[field.kind]} | ${cell(notes.filter(Boolean).join(' '))} |`;
    return [row, ...rows(collection, field.fields ?? [], depth + 1)];
  });
}

/** The Markdown of every collection's field table. */
export function fieldTables(): string {
  const fields = contentFields([]);
  const sections = Object.entries(fields).map(([collection, list]) => {
    const doc = COLLECTION_DOCS[collection];
    const folder = `content/${COLLECTION_DIRS[collection as keyof typeof COLLECTION_DIRS] ?? collection}/`;
    return [
      `### ${doc?.label ?? collection} (\`${folder}\`)`,
      '',
      '| Trường | Tên gọi | Bắt buộc | Kiểu | Ghi chú |',
      '| --- | --- | --- | --- | --- |',
      ...rows(collection, list),
    ].join('\n');
  });
  return `${TABLE_START}\n\n${sections.join('\n\n')}\n\n${TABLE_END}`;
}

/** `guide` with its generated section replaced by `tables`. */
export function replaceTables(guide: string, tables = fieldTables()): string {
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`the guide has no ${TABLE_START} … ${TABLE_END} section`);
  return guide.slice(0, start) + tables + guide.slice(end + TABLE_END.length);
}
