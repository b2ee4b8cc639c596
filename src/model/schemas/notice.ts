/** A notice (Thông báo): short, often with attachments and a period of validity. */
import { z } from 'astro/zod';
import { strictObject } from './rules.ts';
import { attachmentList, optionalDate, summaryText, title, vietnamDate } from './fields.ts';

export const noticeSchema = strictObject({
  title: title('tiêu đề (title)'),
  date: vietnamDate('ngày đăng (date)'),
  validUntil: optionalDate('hiệu lực đến ngày (validUntil)'),
  summary: summaryText('tóm tắt (summary)').optional(),
  attachments: attachmentList('tệp đính kèm (attachments)'),
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
});
