/** The unit's identity (content/site.yaml): names, emblem, contacts, categories, menu, links, banner. */
import { z } from 'astro/zod';
import { strictObject, webAddress, PATH_META } from './rules.ts';
import { optionalText, text, vietnamDate } from './fields.ts';

export const categorySchema = strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ cai-cach-hanh-chinh'),
  name: text('tên chuyên mục'),
  description: text('mô tả chuyên mục'),
  order: z.number({ error: 'order (thứ tự) phải là một số' }).int(),
});

/** A link to another site (links: other portals, which may still be http-only; publicServices: https only). */
export const linkSchema = (kinds: { http?: boolean }) =>
  strictObject({ name: text('tên liên kết'), url: webAddress('địa chỉ liên kết (url)', kinds), description: optionalText('mô tả') });

/**
 * A site-wide banner: planned downtime (bao-tri) or an urgent message (khan),
 * shown on every page from `from` until `until` (Vietnam time).
 */
export const bannerSchema = strictObject(
  {
    message: text('nội dung thông báo (banner.message)'),
    from: vietnamDate('thời điểm bắt đầu hiện (banner.from)'),
    until: vietnamDate('thời điểm thôi hiện (banner.until)'),
    kind: z
      .enum(['bao-tri', 'khan'], { error: 'loại thông báo (banner.kind) chỉ nhận bao-tri (bảo trì, tạm ngừng) hoặc khan (khẩn)' })
      .default('bao-tri')
      .meta({ options: ['bao-tri', 'khan'] }),
    link: strictObject({ label: text('chữ của liên kết (banner.link.label)'), href: webAddress('đường dẫn (banner.link.href)', { site: true }) }).optional(),
  },
  'banner phải gồm message, from và until',
).superRefine((banner, ctx) => {
  if (banner.until.getTime() <= banner.from.getTime()) {
    ctx.issues.push({ code: 'custom', input: banner.until, path: ['until'], message: 'thời điểm thôi hiện (until) phải sau thời điểm bắt đầu (from); hãy sửa lại một trong hai' });
  }
});

/** A host name as a browser shows it: `xa-cu.example.gov.vn` (no scheme, path or port). */
export const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * A unit whose archive this portal carries: this unit's own former portal, or
 * that of a unit merged into it (the 2025 reorganisation). Articles imported
 * from it (`npm run import`) name it in `unit`; its former domain, once
 * pointed at this site, answers with the articles' new addresses.
 */
export const unitSchema = strictObject(
  {
    name: text('tên đơn vị (units.name), ví dụ xã Bình Phú'),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug của đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ xa-binh-phu'),
    domain: z
      .string({ error: 'tên miền cũ (units.domain) phải là một tên miền, ví dụ binhphu.example.gov.vn' })
      .trim()
      .toLowerCase()
      .regex(HOST_NAME, 'tên miền cũ (units.domain) chỉ ghi tên miền, không có https:// hay đường dẫn, ví dụ binhphu.example.gov.vn')
      .optional(),
    years: z
      .string({ error: 'số năm (units.years) viết trong ngoặc kép, ví dụ "2012-2025"' })
      .regex(/^\d{4}(-\d{4})?$/, 'số năm (units.years) viết dạng "2012-2025" hoặc "2019"')
      .optional(),
  },
  'mỗi đơn vị trong units cần name (tên) và slug, ví dụ «- name: xã Bình Phú» và «slug: xa-binh-phu»',
);

export const siteSchema = strictObject({
  name: text('tên ngắn của đơn vị (name)'),
  fullName: text('tên đầy đủ của cơ quan (fullName)'),
  parent: text('cấp trên (parent), ví dụ Tỉnh …'),
  description: text('mô tả trang (description)'),
  url: webAddress('địa chỉ trang (url)'),
  emblem: text('đường dẫn biểu trưng (emblem)')
    .regex(/\.(svg|png|jpe?g|webp)$/i, 'biểu trưng phải là tệp .svg, .png, .jpg hoặc .webp')
    .meta({ [PATH_META]: 'emblem' }),
  address: text('địa chỉ (address)'),
  phone: text('số điện thoại (phone)').regex(/^[0-9 .()+-]{8,20}$/, 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, ví dụ "0200 3812 345"'),
  email: z.email({ error: 'email phải là một địa chỉ thư điện tử hợp lệ, ví dụ vanphong@xa.gov.vn' }),
  // Optional so that a new unit leaves it out until it is decided (npm run init); the footer names the person once given.
  responsible: strictObject(
    { name: text('họ tên người chịu trách nhiệm'), title: text('chức vụ người chịu trách nhiệm') },
    'người chịu trách nhiệm nội dung (responsible) cần có name (họ tên) và title (chức vụ)',
  ).optional(),
  /** The GitHub repository the web editor (/admin/) saves to. */
  repository: z
    .string({ error: 'kho GitHub (repository) phải là một đoạn văn bản dạng chủ/tên' })
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/, 'kho GitHub (repository) chưa đúng dạng chủ/tên, ví dụ ubnd-tan-lap/cong-thong-tin')
    .optional(),
  license: optionalText('ghi chú bản quyền (license)'),
  categories: z.array(categorySchema, { error: 'bắt buộc: cần danh sách chuyên mục (categories)' }).min(1, 'cần ít nhất một chuyên mục'),
  menu: z.array(strictObject({ label: text('nhãn mục menu'), href: webAddress('đường dẫn mục menu (href)', { site: true }) })).min(1, 'cần ít nhất một mục menu'),
  publicServices: z.array(linkSchema({})).default([]),
  links: z.array(linkSchema({ http: true })).default([]),
  banner: bannerSchema.optional(),
  units: z.array(unitSchema, { error: 'units phải là danh sách đơn vị, mỗi đơn vị bắt đầu bằng «- name:»' }).default([]),
}).superRefine((site, ctx) => {
  const seen = new Set<string>();
  site.categories.forEach((category, i) => {
    if (seen.has(category.slug)) {
      ctx.issues.push({ code: 'custom', input: category.slug, path: ['categories', i, 'slug'], message: `chuyên mục «${category.slug}» bị khai báo hai lần` });
    }
    seen.add(category.slug);
  });
  const units = new Set<string>();
  site.units.forEach((unit, i) => {
    if (units.has(unit.slug)) ctx.issues.push({ code: 'custom', input: unit.slug, path: ['units', i, 'slug'], message: `đơn vị «${unit.slug}» bị khai báo hai lần` });
    units.add(unit.slug);
  });
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type Category = SiteConfig['categories'][number];
export type Unit = SiteConfig['units'][number];
