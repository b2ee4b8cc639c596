/** An article (Tin tức). */
import { z } from 'astro/zod';
import { strictObject } from './rules.ts';
import { attachmentList, optionalDate, optionalText, photoList, summaryText, tag, text, title, vietnamDate, type ImageField } from './fields.ts';

/** An article. `image` resolves a photo's path next to the article (Astro's `image()`, or the check's stand-in). */
export function articleSchema<I extends z.ZodType>(image: ImageField<I>, categorySlugs: readonly string[]) {
  return strictObject({
    title: title('tiêu đề (title)'),
    date: vietnamDate('ngày đăng (date)'),
    updated: optionalDate('ngày cập nhật (updated)'),
    category: z
      .string({ error: 'bắt buộc: cần nhập chuyên mục (category)' })
      .refine((slug) => categorySlugs.includes(slug), {
        error: (issue) => `chuyên mục «${String(issue.input)}» không có trong content/site.yaml; hãy dùng một trong: ${categorySlugs.join(', ')}`,
      })
      .meta({ options: categorySlugs }),
    summary: summaryText('tóm tắt (summary)'),
    cover: strictObject(
      { src: image(), alt: text('mô tả ảnh bìa (cover.alt) cho người khiếm thị'), caption: optionalText('chú thích ảnh bìa (cover.caption)') },
      'ảnh bìa (cover) cần có src (đường dẫn ảnh) và alt (mô tả ảnh)',
    ).optional(),
    gallery: photoList(image, 'bộ ảnh (gallery)').default([]),
    author: text('tác giả (author)'),
    source: optionalText('nguồn (source)'),
    tags: z.array(tag, { error: 'thẻ (tags) phải là danh sách, ví dụ ["chuyển đổi số"]' }).default([]),
    attachments: attachmentList('tệp đính kèm (attachments)'),
    featured: z.boolean({ error: 'featured chỉ nhận true hoặc false' }).default(false),
    draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
  });
}
