/**
 * The kinds of field every schema is made of, each with its Vietnamese
 * messages: text that a reader can see (NFC), titles, summaries, dates in
 * Vietnam time, photos, tags, attachments, a choice from a list. The limits
 * an editor meets (title, summary, body, tag) are stated here once.
 */
import { z } from 'astro/zod';
import { parseVietnamDate } from '../dates.ts';
import { PATH_META, strictObject, visible } from './rules.ts';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_TYPES } from '../attachment-types.ts';
import { slugify } from '../slugify.ts';

/** Something a reader can see: at least one letter or digit (not only spaces, invisible characters or emoji). */
export const VISIBLE = /[\p{L}\p{N}]/u;

/**
 * A required, non-empty line of text. `label` is how editors call the field.
 * Text is normalised to NFC (letters with their tone as one character): text
 * pasted with combining tone marks is published, measured and searched like
 * any other.
 */
export const text = (label: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `bắt buộc: cần nhập ${label}` : `${label} phải là một đoạn văn bản`) })
    .trim()
    .normalize('NFC')
    .min(1, `${label} không được để trống`)
    .regex(VISIBLE, {
      error: (issue) => `${label} «${visible(String(issue.input))}» không có chữ hay số nào (chỉ có dấu cách, ký tự ẩn hoặc biểu tượng); hãy viết nội dung bằng chữ`,
    });

export const optionalText = (label: string) =>
  z
    .string({ error: `${label} phải là một đoạn văn bản` })
    .trim()
    .normalize('NFC')
    .min(1)
    .regex(VISIBLE, { error: (issue) => `${label} «${visible(String(issue.input))}» không có chữ hay số nào; hãy viết bằng chữ hoặc xóa trường này` })
    .optional();

/** How long a title may be, in characters: a headline, shown whole in lists, tabs and search results. */
export const TITLE_LENGTH = { max: 250 } as const;

/** A title: visible text of at most TITLE_LENGTH.max characters. */
export const title = (label: string) =>
  text(label).max(TITLE_LENGTH.max, {
    error: (issue) => `${label} quá dài (${String(issue.input ?? '').length} ký tự); tiêu đề tối đa ${TITLE_LENGTH.max} ký tự, phần chi tiết đưa vào tóm tắt hoặc nội dung`,
  });

/**
 * How long a body may be, in bytes of Markdown: a long report is about 50 KB.
 * Longer text is a pasted export or a misplaced file, and would publish a
 * page, and feeds, of megabytes; tables and annexes go into a PDF attachment.
 */
export const BODY_LENGTH = { maxBytes: 256 * 1024 } as const;

/** How long a tag (từ khóa) may be: a few words that name a topic. */
export const TAG_LENGTH = { max: 60 } as const;

/** A date or date-time, read as Vietnam local time (see dates.ts). */
export const vietnamDate = (label: string) =>
  z
    .union([z.date(), z.string()], {
      error: (issue) => (issue.input === undefined ? `bắt buộc: cần nhập ${label}` : `${label} phải là một ngày`),
    })
    .transform((value, ctx) => {
      const date = parseVietnamDate(value);
      if (!date) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${label} «${String(value)}» không phải là ngày hợp lệ; hãy viết dạng 2024-03-17 hoặc 2024-03-17 08:30 (giờ Việt Nam)`,
        });
        return z.NEVER;
      }
      return date;
    });

/**
 * A date that may be left out. Left empty it is absent too: the web editor
 * writes `updated: ""` for a date the editor did not fill in.
 */
export const optionalDate = (label: string) =>
  z
    .union([z.date(), z.string()], { error: `${label} phải là một ngày` })
    .transform((value, ctx): Date | undefined => {
      if (typeof value === 'string' && value.trim() === '') return undefined;
      const date = parseVietnamDate(value);
      if (!date) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${label} «${String(value)}» không phải là ngày hợp lệ; hãy viết dạng 2024-03-17 hoặc 2024-03-17 08:30 (giờ Việt Nam), hoặc để trống`,
        });
        return z.NEVER;
      }
      return date;
    })
    .optional();

/** How long a summary (sapo) may be, in characters: one or two sentences, shown in lists, feeds and search results. */
export const SUMMARY_LENGTH = { min: 40, max: 300 } as const;

/** A summary of sensible length (see SUMMARY_LENGTH). */
export const summaryText = (label: string) =>
  text(label)
    .min(SUMMARY_LENGTH.min, {
      error: (issue) => `${label} quá ngắn (${String(issue.input ?? '').length} ký tự); hãy viết một hoặc hai câu, từ ${SUMMARY_LENGTH.min} đến ${SUMMARY_LENGTH.max} ký tự`,
    })
    .max(SUMMARY_LENGTH.max, {
      error: (issue) => `${label} quá dài (${String(issue.input ?? '').length} ký tự); hãy rút gọn còn tối đa ${SUMMARY_LENGTH.max} ký tự, phần chi tiết đưa vào nội dung bài`,
    });

/** Astro's `image()` helper, or a stand-in with the same role (resolving a path to a photo). */
export type ImageField<I extends z.ZodType = z.ZodType> = () => I;

/**
 * A photo shown with its caption, in an article's gallery or an album. The
 * caption is shown under the photo; `alt` describes what the photo shows for
 * readers who cannot see it, and defaults to the caption.
 */
export function photoSchema<I extends z.ZodType>(image: ImageField<I>) {
  return strictObject(
    {
      src: image(),
      caption: text('chú thích ảnh (caption)'),
      alt: optionalText('mô tả ảnh (alt)'),
    },
    'mỗi ảnh cần có src (đường dẫn ảnh) và caption (chú thích ảnh)',
  );
}

export const photoList = <I extends z.ZodType>(image: ImageField<I>, label: string) =>
  z.array(photoSchema(image), { error: `${label} phải là danh sách ảnh, mỗi ảnh một dòng «- src: ./ten-anh.jpg» kèm caption` });

/** A tag (từ khóa): a few words, which become the address of the tag's page. */
export const tag = text('thẻ (tags)')
  .max(TAG_LENGTH.max, { error: (issue) => `thẻ «${String(issue.input)}» quá dài; mỗi thẻ là vài từ, tối đa ${TAG_LENGTH.max} ký tự` })
  // (Text without any letter or digit is already refused by `text`.)
  .refine((value) => !VISIBLE.test(value) || slugify(value) !== '', {
    error: (issue) => `thẻ «${String(issue.input)}» không tạo được địa chỉ trang; hãy viết thẻ bằng chữ hoặc số`,
  });

export const attachmentSchema = strictObject(
  {
    file: text('đường dẫn tệp đính kèm (file)')
      .regex(
        ATTACHMENT_EXTENSIONS,
        `tệp đính kèm phải là ${Object.values(ATTACHMENT_TYPES)
          .map((type) => type.label)
          .join(', ')}`,
      )
      .meta({ [PATH_META]: 'attachment' }),
    title: optionalText('tên tệp đính kèm (title)'),
  },
  'mỗi tệp đính kèm cần có file (đường dẫn tệp), ví dụ «- file: ./thong-bao.pdf»',
);

/** Files attached to an entry, beside its Markdown (PDF, office files, MP3 with a player). */
export const attachmentList = (label: string) => z.array(attachmentSchema, { error: `${label} phải là danh sách, mỗi tệp một dòng «- file: ./ten-tep.pdf»` }).default([]);

export const oneOf = (label: string, values: readonly string[]) =>
  z
    .string({ error: `bắt buộc: cần nhập ${label}` })
    .normalize('NFC')
    .refine((value) => values.includes(value), {
      error: (issue) => `${label} «${String(issue.input)}» không có trong danh sách; hãy dùng một trong: ${values.join(', ')}`,
    })
    .meta({ options: values });

export type Attachment = z.infer<typeof attachmentSchema>;
