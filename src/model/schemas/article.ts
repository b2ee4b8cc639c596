/** An article (Tin tức). */
import { z } from 'astro/zod';
import { strictObject, URL_META, webAddress } from './rules.ts';
import { attachmentList, optionalDate, optionalText, photoList, summaryText, tag, text, title, vietnamDate, type ImageField } from './fields.ts';

/**
 * An address an article had on a former portal (`aliases`): a path of this
 * site's own domain (`/portal/Pages/2023-01-04/hop.aspx`, a query allowed:
 * `/tin-tuc.aspx?id=15`) or a full address on a former unit's domain. The
 * build sends it to the article (src/import/redirect-rules.ts); a fragment
 * (`#…`) never reaches the server, so it cannot be one.
 */
export const oldAddress = webAddress('địa chỉ cũ (aliases)', { site: true, http: true })
  .refine((value) => !value.includes('#'), {
    error: (issue) => `địa chỉ cũ «${String(issue.input)}» có phần «#…», phần này không bao giờ được gửi tới máy chủ; hãy bỏ từ dấu # trở đi`,
  })
  .meta({ [URL_META]: { site: true, http: true } });

/**
 * An article. `image` resolves a photo's path next to the article (Astro's `image()`, or the check's stand-in);
 * `unitSlugs` are the units of site.yaml whose archives the portal carries.
 */
export function articleSchema<I extends z.ZodType>(image: ImageField<I>, categorySlugs: readonly string[], unitSlugs: readonly string[] = []) {
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
    unit: z
      .string({ error: 'đơn vị (unit) phải là slug của một đơn vị trong units của content/site.yaml' })
      .refine((slug) => unitSlugs.includes(slug), {
        error: (issue) =>
          unitSlugs.length
            ? `đơn vị «${String(issue.input)}» không có trong units của content/site.yaml; hãy dùng một trong: ${unitSlugs.join(', ')}`
            : `đơn vị «${String(issue.input)}» chưa được khai báo: hãy thêm vào units của content/site.yaml (name, slug, domain) hoặc xóa trường unit`,
      })
      .optional(),
    aliases: z.array(oldAddress, { error: 'địa chỉ cũ (aliases) phải là danh sách, mỗi địa chỉ một dòng «- /duong-dan-cu.html»' }).default([]),
    featured: z.boolean({ error: 'featured chỉ nhận true hoặc false' }).default(false),
    draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
  });
}
