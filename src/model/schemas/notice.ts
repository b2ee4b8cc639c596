/** A notice (Thông báo): short, often with attachments and a period of validity. */
import { z } from 'astro/zod';
import { strictObject } from './rules.ts';
import { attachmentList, summaryText, title, vietnamDate } from './fields.ts';

export const noticeSchema = strictObject({
  title: title('tiêu đề (title)'),
  date: vietnamDate('ngày đăng (date)'),
  validUntil: vietnamDate('hiệu lực đến ngày (validUntil)').optional(),
  summary: summaryText('tóm tắt (summary)').optional(),
  attachments: attachmentList('tệp đính kèm (attachments)'),
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
});
