/** A legal or guiding document (Văn bản): number and symbol, type, issuer, dates, status, files. */
import { z } from 'astro/zod';
import { strictObject } from './rules.ts';
import { attachmentSchema, oneOf, optionalDate, optionalText, text, title, vietnamDate } from './fields.ts';

/** Kinds of documents, as printed on them: what the type filter of the listing offers. */
export const DOCUMENT_TYPES = [
  'Luật',
  'Nghị định',
  'Thông tư',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Chương trình',
  'Thông báo',
  'Công văn',
  'Công điện',
  'Báo cáo',
  'Hướng dẫn',
  'Tờ trình',
  'Quy chế',
  'Quy định',
] as const;

/** Whether a document still applies; `Bị thay thế` goes with `replacedBy`. */
export const DOCUMENT_STATUSES = ['Còn hiệu lực', 'Hết hiệu lực', 'Bị thay thế'] as const;
/** The status of a document that applies, and the default. */
export const IN_FORCE = DOCUMENT_STATUSES[0];

/** Number and symbol (số ký hiệu) as printed: `06/KH-UBND`, `15/2025/NQ-HĐND`. */
export const DOCUMENT_NUMBER_PATTERN = /^[0-9]+(\/[0-9]{4})?\/[A-Za-zĐđ0-9.-]+$/;

export const documentSchema = strictObject({
  number: text('số ký hiệu (number)').regex(DOCUMENT_NUMBER_PATTERN, {
    error: (issue) => `số ký hiệu «${String(issue.input)}» chưa đúng dạng; hãy ghi như trên văn bản, không kèm chữ «Số», ví dụ 06/KH-UBND hoặc 15/2025/NQ-HĐND`,
  }),
  type: oneOf('loại văn bản (type)', DOCUMENT_TYPES),
  title: title('trích yếu (title)'),
  issuer: text('cơ quan ban hành (issuer)'),
  signer: text('người ký (signer)'),
  issued: vietnamDate('ngày ban hành (issued)'),
  effective: optionalDate('ngày có hiệu lực (effective)'),
  status: oneOf('tình trạng hiệu lực (status)', DOCUMENT_STATUSES).default(IN_FORCE),
  replacedBy: optionalText('số ký hiệu văn bản thay thế (replacedBy)'),
  files: z
    .array(attachmentSchema, { error: 'tệp văn bản (files) phải là danh sách, mỗi tệp một dòng «- file: ./ten-tep.pdf»' })
    .min(1, 'văn bản cần ít nhất một tệp trong files, ví dụ «- file: ./ke-hoach-06.pdf»'),
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
}).superRefine((doc, ctx) => {
  if (doc.status === 'Bị thay thế' && !doc.replacedBy) {
    ctx.issues.push({ code: 'custom', input: doc.replacedBy, path: ['replacedBy'], message: 'văn bản «Bị thay thế» cần ghi số ký hiệu văn bản thay thế trong replacedBy' });
  }
  if (doc.replacedBy && doc.status !== 'Bị thay thế') {
    ctx.issues.push({
      code: 'custom',
      input: doc.status,
      path: ['status'],
      message: `có replacedBy nhưng tình trạng là «${doc.status}»; hãy ghi status: Bị thay thế hoặc xóa replacedBy`,
    });
  }
});
