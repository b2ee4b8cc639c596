/**
 * The content model: every field of every kind of content, defined once.
 *
 * `src/content.config.ts` builds Astro's collections from these schemas, and
 * `scripts/check.ts` validates content with the very same ones. Messages are
 * in Vietnamese because editors read them; they name what is expected.
 */
import { z } from 'astro/zod';
import { parseVietnamDate } from './dates.ts';

/** A required, non-empty line of text. `label` is how editors call the field. */
export const text = (label: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `bắt buộc: cần nhập ${label}` : `${label} phải là một đoạn văn bản`) })
    .trim()
    .min(1, `${label} không được để trống`);

const optionalText = (label: string) => z.string({ error: `${label} phải là một đoạn văn bản` }).trim().min(1).optional();

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

const url = (label: string) => z.url({ error: `${label} phải là một địa chỉ web đầy đủ, bắt đầu bằng https://` });

// ---------------------------------------------------------------- the unit

export const categorySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ cai-cach-hanh-chinh'),
  name: text('tên chuyên mục'),
  description: text('mô tả chuyên mục'),
  order: z.number({ error: 'order (thứ tự) phải là một số' }).int(),
});

const linkSchema = z.object({ name: text('tên liên kết'), url: url('url'), description: optionalText('mô tả') });

export const siteSchema = z
  .object({
    name: text('tên ngắn của đơn vị (name)'),
    fullName: text('tên đầy đủ của cơ quan (fullName)'),
    parent: text('cấp trên (parent), ví dụ Tỉnh …'),
    description: text('mô tả trang (description)'),
    url: url('địa chỉ trang (url)'),
    emblem: text('đường dẫn biểu trưng (emblem)').regex(/\.(svg|png|jpe?g|webp)$/i, 'biểu trưng phải là tệp .svg, .png, .jpg hoặc .webp'),
    address: text('địa chỉ (address)'),
    phone: text('số điện thoại (phone)').regex(/^[0-9 .()+-]{8,20}$/, 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, ví dụ "0200 3812 345"'),
    email: z.email({ error: 'email phải là một địa chỉ thư điện tử hợp lệ, ví dụ vanphong@xa.gov.vn' }),
    responsible: z.object(
      { name: text('họ tên người chịu trách nhiệm'), title: text('chức vụ người chịu trách nhiệm') },
      { error: 'bắt buộc: cần khai báo người chịu trách nhiệm nội dung (responsible: name, title)' },
    ),
    license: optionalText('ghi chú bản quyền (license)'),
    categories: z.array(categorySchema, { error: 'bắt buộc: cần danh sách chuyên mục (categories)' }).min(1, 'cần ít nhất một chuyên mục'),
    menu: z.array(z.object({ label: text('nhãn mục menu'), href: text('đường dẫn mục menu (href)') })).min(1, 'cần ít nhất một mục menu'),
    publicServices: z.array(linkSchema).default([]),
    links: z.array(linkSchema).default([]),
  })
  .superRefine((site, ctx) => {
    const seen = new Set<string>();
    site.categories.forEach((category, i) => {
      if (seen.has(category.slug)) {
        ctx.issues.push({ code: 'custom', input: category.slug, path: ['categories', i, 'slug'], message: `chuyên mục «${category.slug}» bị khai báo hai lần` });
      }
      seen.add(category.slug);
    });
  });

export type SiteConfig = z.infer<typeof siteSchema>;
export type Category = SiteConfig['categories'][number];

// ---------------------------------------------------------------- content

/** Astro's `image()` helper, or a stand-in with the same role (resolving a path to a photo). */
export type ImageField<I extends z.ZodType = z.ZodType> = () => I;

export function articleSchema<I extends z.ZodType>(image: ImageField<I>, categorySlugs: readonly string[]) {
  return z.object({
    title: text('tiêu đề (title)'),
    date: vietnamDate('ngày đăng (date)'),
    updated: vietnamDate('ngày cập nhật (updated)').optional(),
    category: z.string({ error: 'bắt buộc: cần nhập chuyên mục (category)' }).refine((slug) => categorySlugs.includes(slug), {
      error: (issue) => `chuyên mục «${String(issue.input)}» không có trong content/site.yaml; hãy dùng một trong: ${categorySlugs.join(', ')}`,
    }),
    summary: text('tóm tắt (summary)'),
    cover: z
      .object(
        { src: image(), alt: text('mô tả ảnh bìa (cover.alt) cho người khiếm thị') },
        { error: 'ảnh bìa (cover) cần có src (đường dẫn ảnh) và alt (mô tả ảnh)' },
      )
      .optional(),
    author: text('tác giả (author)'),
    source: optionalText('nguồn (source)'),
    tags: z.array(text('thẻ (tags)'), { error: 'thẻ (tags) phải là danh sách, ví dụ ["chuyển đổi số"]' }).default([]),
    featured: z.boolean({ error: 'featured chỉ nhận true hoặc false' }).default(false),
    draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
  });
}

export const attachmentSchema = z.object({
  file: text('đường dẫn tệp đính kèm (file)').regex(/\.(pdf|docx?|xlsx?|odt|ods)$/i, 'tệp đính kèm phải là PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS'),
  title: optionalText('tên tệp đính kèm (title)'),
});

export const noticeSchema = z.object({
  title: text('tiêu đề (title)'),
  date: vietnamDate('ngày đăng (date)'),
  validUntil: vietnamDate('hiệu lực đến ngày (validUntil)').optional(),
  summary: optionalText('tóm tắt (summary)'),
  attachments: z.array(attachmentSchema).default([]),
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
});

export const pageSchema = z.object({
  title: text('tiêu đề (title)'),
  description: text('mô tả (description)'),
  menuOrder: z.number({ error: 'menuOrder phải là một số' }).int().optional(),
});

export type Attachment = z.infer<typeof attachmentSchema>;
