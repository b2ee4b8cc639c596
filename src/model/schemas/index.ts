/**
 * The content model: every field of every kind of content, defined once.
 *
 * `src/content.config.ts` builds Astro's collections from these schemas, and
 * `scripts/check.ts` validates content with the very same ones. Messages are
 * in Vietnamese because editors read them; they name what is expected.
 */
import { z } from 'astro/zod';
import { parseVietnamDate, toIsoDay } from '../dates.ts';
import { CLOCK_TIME_PATTERN, DAY_MS, MAX_WEEK_DAYS, inRange, parseClockTime, weekRange } from '../schedule.ts';
import { PATH_META, strictObject, visible, webAddress } from './rules.ts';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_TYPES } from '../attachment-types.ts';
import { slugify } from '../slugify.ts';

/** Something a reader can see: at least one letter or digit (not only spaces, invisible characters or emoji). */
const VISIBLE = /[\p{L}\p{N}]/u;

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
    .regex(VISIBLE, { error: (issue) => `${label} «${visible(String(issue.input))}» không có chữ hay số nào (chỉ có dấu cách, ký tự ẩn hoặc biểu tượng); hãy viết nội dung bằng chữ` });

const optionalText = (label: string) =>
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
const title = (label: string) =>
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


/** How long a summary (sapo) may be, in characters: one or two sentences, shown in lists, feeds and search results. */
export const SUMMARY_LENGTH = { min: 40, max: 300 } as const;

/** A summary of sensible length (see SUMMARY_LENGTH). */
const summaryText = (label: string) =>
  text(label)
    .min(SUMMARY_LENGTH.min, {
      error: (issue) => `${label} quá ngắn (${String(issue.input ?? '').length} ký tự); hãy viết một hoặc hai câu, từ ${SUMMARY_LENGTH.min} đến ${SUMMARY_LENGTH.max} ký tự`,
    })
    .max(SUMMARY_LENGTH.max, {
      error: (issue) => `${label} quá dài (${String(issue.input ?? '').length} ký tự); hãy rút gọn còn tối đa ${SUMMARY_LENGTH.max} ký tự, phần chi tiết đưa vào nội dung bài`,
    });

// ---------------------------------------------------------------- the unit

export const categorySchema = strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ cai-cach-hanh-chinh'),
  name: text('tên chuyên mục'),
  description: text('mô tả chuyên mục'),
  order: z.number({ error: 'order (thứ tự) phải là một số' }).int(),
});

/** A link to another site (links: other portals, which may still be http-only; publicServices: https only). */
const linkSchema = (kinds: { http?: boolean }) => strictObject({ name: text('tên liên kết'), url: webAddress('địa chỉ liên kết (url)', kinds), description: optionalText('mô tả') });

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
    responsible: strictObject(
      { name: text('họ tên người chịu trách nhiệm'), title: text('chức vụ người chịu trách nhiệm') },
      'bắt buộc: cần khai báo người chịu trách nhiệm nội dung (responsible: name, title)',
    ),
    license: optionalText('ghi chú bản quyền (license)'),
    categories: z.array(categorySchema, { error: 'bắt buộc: cần danh sách chuyên mục (categories)' }).min(1, 'cần ít nhất một chuyên mục'),
    menu: z.array(strictObject({ label: text('nhãn mục menu'), href: webAddress('đường dẫn mục menu (href)', { site: true }) })).min(1, 'cần ít nhất một mục menu'),
    publicServices: z.array(linkSchema({})).default([]),
    links: z.array(linkSchema({ http: true })).default([]),
    banner: bannerSchema.optional(),
  }).superRefine((site, ctx) => {
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

const photoList = <I extends z.ZodType>(image: ImageField<I>, label: string) =>
  z.array(photoSchema(image), { error: `${label} phải là danh sách ảnh, mỗi ảnh một dòng «- src: ./ten-anh.jpg» kèm caption` });

/** An article. `image` resolves a photo's path next to the article (Astro's `image()`, or the check's stand-in). */
export function articleSchema<I extends z.ZodType>(image: ImageField<I>, categorySlugs: readonly string[]) {
  return strictObject({
    title: title('tiêu đề (title)'),
    date: vietnamDate('ngày đăng (date)'),
    updated: vietnamDate('ngày cập nhật (updated)').optional(),
    category: z.string({ error: 'bắt buộc: cần nhập chuyên mục (category)' }).refine((slug) => categorySlugs.includes(slug), {
      error: (issue) => `chuyên mục «${String(issue.input)}» không có trong content/site.yaml; hãy dùng một trong: ${categorySlugs.join(', ')}`,
    }).meta({ options: categorySlugs }),
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

/** A tag (từ khóa): a few words, which become the address of the tag's page. */
const tag = text('thẻ (tags)')
  .max(TAG_LENGTH.max, { error: (issue) => `thẻ «${String(issue.input)}» quá dài; mỗi thẻ là vài từ, tối đa ${TAG_LENGTH.max} ký tự` })
  // (Text without any letter or digit is already refused by `text`.)
  .refine((value) => !VISIBLE.test(value) || slugify(value) !== '', { error: (issue) => `thẻ «${String(issue.input)}» không tạo được địa chỉ trang; hãy viết thẻ bằng chữ hoặc số` });

export const attachmentSchema = strictObject(
  {
    file: text('đường dẫn tệp đính kèm (file)')
      .regex(ATTACHMENT_EXTENSIONS, `tệp đính kèm phải là ${Object.values(ATTACHMENT_TYPES).map((type) => type.label).join(', ')}`)
      .meta({ [PATH_META]: 'attachment' }),
    title: optionalText('tên tệp đính kèm (title)'),
  },
  'mỗi tệp đính kèm cần có file (đường dẫn tệp), ví dụ «- file: ./thong-bao.pdf»',
);

/** Files attached to an entry, beside its Markdown (PDF, office files, MP3 with a player). */
const attachmentList = (label: string) =>
  z.array(attachmentSchema, { error: `${label} phải là danh sách, mỗi tệp một dòng «- file: ./ten-tep.pdf»` }).default([]);

export const noticeSchema = strictObject({
  title: title('tiêu đề (title)'),
  date: vietnamDate('ngày đăng (date)'),
  validUntil: vietnamDate('hiệu lực đến ngày (validUntil)').optional(),
  summary: summaryText('tóm tắt (summary)').optional(),
  attachments: attachmentList('tệp đính kèm (attachments)'),
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
});

/** An album of the photo library (Thư viện ảnh): a folder of photos and an index.md. The first photo is the album's cover. */
export function albumSchema<I extends z.ZodType>(image: ImageField<I>) {
  return strictObject({
    title: title('tiêu đề album (title)'),
    date: vietnamDate('ngày chụp hoặc ngày đăng (date)'),
    description: text('mô tả album (description)'),
    photos: photoList(image, 'danh sách ảnh (photos)').min(1, 'album cần ít nhất một ảnh trong photos'),
    draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
  });
}

export const pageSchema = strictObject({
  title: title('tiêu đề (title)'),
  description: text('mô tả (description)'),
  menuOrder: z.number({ error: 'menuOrder phải là một số' }).int().optional(),
  lang: z
    .enum(['vi', 'en'], { error: 'ngôn ngữ (lang) chỉ nhận vi (tiếng Việt) hoặc en (tiếng Anh)' })
    .default('vi')
    .meta({ options: ['vi', 'en'] }),
});

// ---------------------------------------------------------------- documents (Văn bản)

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

/** Number and symbol (số ký hiệu) as printed: `06/KH-UBND`, `15/2025/NQ-HĐND`. */
export const DOCUMENT_NUMBER_PATTERN = /^[0-9]+(\/[0-9]{4})?\/[A-Za-zĐđ0-9.-]+$/;

const oneOf = (label: string, values: readonly string[]) =>
  z
    .string({ error: `bắt buộc: cần nhập ${label}` })
    .normalize('NFC')
    .refine((value) => values.includes(value), {
      error: (issue) => `${label} «${String(issue.input)}» không có trong danh sách; hãy dùng một trong: ${values.join(', ')}`,
    })
    .meta({ options: values });

export const documentSchema = strictObject({
    number: text('số ký hiệu (number)').regex(DOCUMENT_NUMBER_PATTERN, {
      error: (issue) => `số ký hiệu «${String(issue.input)}» chưa đúng dạng; hãy ghi như trên văn bản, không kèm chữ «Số», ví dụ 06/KH-UBND hoặc 15/2025/NQ-HĐND`,
    }),
    type: oneOf('loại văn bản (type)', DOCUMENT_TYPES),
    title: title('trích yếu (title)'),
    issuer: text('cơ quan ban hành (issuer)'),
    signer: text('người ký (signer)'),
    issued: vietnamDate('ngày ban hành (issued)'),
    effective: vietnamDate('ngày có hiệu lực (effective)').optional(),
    status: oneOf('tình trạng hiệu lực (status)', DOCUMENT_STATUSES).default('Còn hiệu lực'),
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
      ctx.issues.push({ code: 'custom', input: doc.status, path: ['status'], message: `có replacedBy nhưng tình trạng là «${doc.status}»; hãy ghi status: Bị thay thế hoặc xóa replacedBy` });
    }
  });

// ---------------------------------------------------------------- work schedule (Lịch làm việc)

/** A time of day as schedules print it: `07:30`, `7h30`, `14h`. */
const clockTime = (label: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `bắt buộc: cần nhập ${label}` : `${label} phải viết trong ngoặc kép, ví dụ "07:30"`) })
    .trim()
    .regex(CLOCK_TIME_PATTERN, { error: (issue) => `${label} «${String(issue.input)}» chưa đúng dạng; hãy viết giờ:phút như "07:30", "14:00" hoặc "7h30"` })
    .refine((value) => parseClockTime(value) !== null, {
      error: (issue) => `${label} «${String(issue.input)}» không có thật: giờ từ 0 đến 23, phút từ 00 đến 59; hãy sửa lại, ví dụ "07:30" hoặc "14:00"`,
    });

export const scheduleEntrySchema = strictObject(
  {
    date: vietnamDate('ngày (date)'),
    time: clockTime('giờ bắt đầu (time)'),
    until: clockTime('giờ kết thúc (until)').optional(),
    title: text('nội dung công việc (title)'),
    chair: optionalText('người chủ trì (chair)'),
    attendees: optionalText('thành phần tham dự (attendees)'),
    location: text('địa điểm (location)'),
    note: optionalText('ghi chú (note)'),
  },
  'mỗi mục lịch cần date (ngày), time (giờ), title (nội dung) và location (địa điểm)',
);

/** One week of the leaders' schedule: the days it covers (`from`, and `to` or six days later) and its entries. */
export const scheduleSchema = strictObject({
    title: title('tiêu đề (title)'),
    from: vietnamDate('ngày đầu tuần (from)'),
    to: vietnamDate('ngày cuối tuần (to)').optional(),
    entries: z
      .array(scheduleEntrySchema, { error: 'các mục lịch (entries) phải là danh sách, mỗi mục bắt đầu bằng «- date:»' })
      .min(1, 'lịch tuần cần ít nhất một mục trong entries'),
    draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
  }).superRefine((week, ctx) => {
    const range = weekRange(week.from, week.to);
    const span = (range.last.getTime() - range.first.getTime()) / DAY_MS + 1;
    if (week.to && span < 1) {
      ctx.issues.push({ code: 'custom', input: week.to, path: ['to'], message: `ngày cuối tuần (to) ${toIsoDay(week.to)} đứng trước ngày đầu tuần (from) ${toIsoDay(week.from)}` });
      return;
    }
    if (span > MAX_WEEK_DAYS) {
      ctx.issues.push({ code: 'custom', input: week.to, path: ['to'], message: `một tệp lịch chỉ gồm một tuần (tối đa ${MAX_WEEK_DAYS} ngày), nhưng từ ${toIsoDay(week.from)} đến ${toIsoDay(range.last)} là ${span} ngày; hãy tách thành các tệp theo tuần` });
      return;
    }
    week.entries.forEach((entry, i) => {
      if (!inRange(range, entry.date)) {
        ctx.issues.push({
          code: 'custom',
          input: entry.date,
          path: ['entries', i, 'date'],
          message: `ngày ${toIsoDay(entry.date)} không thuộc tuần này (từ ${toIsoDay(range.first)} đến ${toIsoDay(range.last)}); hãy sửa ngày hoặc chuyển mục sang tệp lịch của tuần đó`,
        });
      }
      const start = parseClockTime(entry.time);
      const end = entry.until ? parseClockTime(entry.until) : null;
      if (start && end && end.hour * 60 + end.minute <= start.hour * 60 + start.minute) {
        ctx.issues.push({ code: 'custom', input: entry.until, path: ['entries', i, 'until'], message: `giờ kết thúc «${entry.until}» phải sau giờ bắt đầu «${entry.time}»` });
      }
    });
  });

export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * Every content collection's schema, by collection (folder) name: what the
 * web CMS configuration, the editor guide's field tables and `npm run new`
 * read (through src/editor/schema-fields.ts). A new collection is added here.
 */
export function collectionSchemas<I extends z.ZodType>(image: ImageField<I>, categorySlugs: readonly string[]) {
  return {
    articles: articleSchema(image, categorySlugs),
    notices: noticeSchema,
    albums: albumSchema(image),
    pages: pageSchema,
    documents: documentSchema,
    schedules: scheduleSchema,
  };
}
