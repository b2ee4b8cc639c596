/** A page of the unit (introduction, contact, accessibility, privacy, the English page). */
import { z } from 'astro/zod';
import { strictObject } from './rules.ts';
import { text, title } from './fields.ts';

export const pageSchema = strictObject({
  title: title('tiêu đề (title)'),
  description: text('mô tả (description)'),
  menuOrder: z.number({ error: 'menuOrder phải là một số' }).int().optional(),
  lang: z
    .enum(['vi', 'en'], { error: 'ngôn ngữ (lang) chỉ nhận vi (tiếng Việt) hoặc en (tiếng Anh)' })
    .default('vi')
    .meta({ options: ['vi', 'en'] }),
  // A draft page is not published, nor linked from the footer, the sitemap or the English link (`npm run new` writes drafts).
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
});
