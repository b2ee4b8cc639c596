import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { addressProblem, strictObject, unknownKeyMessage, webAddress } from '../../../src/model/schemas/rules.ts';
import { siteSchema, unitSchema } from '../../../src/model/schemas/index.ts';
import { contentFields, fieldsOf, imageMarker, isStrictObject, type FieldInfo } from '../../../src/editor/schema-fields.ts';
import { collectionSchemas } from '../../../src/model/schemas/index.ts';

describe('addressProblem', () => {
  it.each([
    ['https://dichvucong.gov.vn', {}],
    ['https://xa.example.gov.vn/thu-tuc/?ma=12#a', {}],
    ['http://cu.example.gov.vn', { http: true }],
    ['/tin-tuc/', { site: true }],
    ['mailto:vanphong@xa.gov.vn', { mailto: true }],
    ['tel:+842003812345', { tel: true }],
  ])('accepts %s where allowed', (value, kinds) => {
    expect(addressProblem(value, kinds)).toBeUndefined();
  });
  it.each([
    ['javascript:alert(1)', { site: true, http: true, mailto: true, tel: true }, /giao thức javascript: không được phép/],
    ['JaVaScRiPt:alert(1)', {}, /giao thức javascript: không được phép/],
    ['java\tscript:alert(1)', {}, /ký tự điều khiển/],
    ['data:text/html,<script>alert(1)</script>', {}, /giao thức data: không được phép/],
    ['vbscript:msgbox', {}, /giao thức vbscript: không được phép/],
    ['http://xa.example.gov.vn', {}, /không an toàn \(http:\/\/\); hãy dùng địa chỉ https:\/\//],
    ['//evil.example.net/', { site: true }, /không phải đường dẫn trong trang/],
    ['/\\evil.example.net/', { site: true }, /không phải đường dẫn trong trang/],
    ['/tin-tuc/', {}, /là đường dẫn trong trang, ở đây cần địa chỉ đầy đủ/],
    ['tin-tuc', { site: true }, /không phải là địa chỉ đầy đủ/],
    ['https://user:pass@xa.example.gov.vn', {}, /tên đăng nhập hoặc mật khẩu/],
    ['https://localhost', {}, /thiếu tên miền đầy đủ/],
    ['mailto:a@b.vn', {}, /giao thức mailto: không được phép/],
  ])('refuses %s', (value, kinds, message) => {
    expect(addressProblem(value, kinds)).toMatch(message);
  });
});

describe('unknown keys', () => {
  it('suggests the closest known key', () => {
    expect(unknownKeyMessage('darft', ['title', 'draft', 'date'])).toMatch(/^trường "darft" không có; có phải ý bạn là "draft"\?/);
    expect(unknownKeyMessage('catgory', ['category', 'cover'])).toMatch(/có phải ý bạn là "category"\?/);
  });
  it('lists the known keys when none is close', () => {
    expect(unknownKeyMessage('xyzxyz', ['title', 'date'])).toMatch(/các trường dùng được ở đây: title, date/);
  });
  it('stops an object holding a key its schema does not know', () => {
    const result = strictObject({ title: z.string(), draft: z.boolean() }).safeParse({ title: 'x', draft: false, darft: true });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['darft'] });
    expect(result.error!.issues[0]!.message).toMatch(/có phải ý bạn là "draft"/);
  });
});

/** Every field of the site settings and of every collection, depth first. */
const everyField = (fields: FieldInfo[]): FieldInfo[] => fields.flatMap((field) => [field, ...everyField(field.fields ?? [])]);
const allFields = [
  ...everyField(fieldsOf(siteSchema as unknown as z.ZodObject)).map((field) => ({ schema: 'site', field })),
  ...Object.entries(contentFields(['kinh-te'])).flatMap(([collection, fields]) => everyField(fields).map((field) => ({ schema: collection, field }))),
];

describe('every schema goes through the shared rules', () => {
  it('walks the site settings and every collection', () => {
    expect(new Set(allFields.map((f) => f.schema))).toEqual(new Set(['site', 'articles', 'notices', 'albums', 'pages', 'documents', 'schedules']));
    expect(allFields.length).toBeGreaterThan(60);
  });

  it('marks every field that holds an address as a URL field (webAddress)', () => {
    const addressLike = allFields.filter(({ field }) => /(url|href|link)$/i.test(field.name) && field.kind === 'string');
    expect(addressLike.map(({ schema, field }) => `${schema}.${field.path}`)).toEqual(
      expect.arrayContaining(['site.url', 'site.menu.href', 'site.publicServices.url', 'site.links.url', 'site.banner.link.href']),
    );
    for (const { schema, field } of addressLike) expect(field.url, `${schema}.${field.path} must use webAddress()`).toBeDefined();
  });

  it('marks every field that names a file as a photo (image()) or a content path', () => {
    const fileLike = allFields.filter(({ field }) => /^(src|file|emblem|photo|image|path)$/i.test(field.name));
    expect(fileLike.length).toBeGreaterThan(5);
    for (const { schema, field } of fileLike) {
      expect(field.kind === 'image' || field.contentPath !== undefined, `${schema}.${field.path} must be image() or marked contentPath`).toBe(true);
    }
    // The content sync resolves front-matter paths under these keys (assertEntryFiles), site.yaml its emblem.
    for (const { schema, field } of allFields.filter(({ field }) => field.kind === 'image' || field.contentPath)) {
      expect(schema === 'site' ? field.path : field.name, `${schema}.${field.path}`).toMatch(/^(src|file|emblem)$/);
    }
  });

  it('refuses a script address in every URL field', () => {
    const kinds = allFields.flatMap(({ field }) => (field.url ? [field.url] : []));
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    for (const kind of kinds) expect(webAddress('x', kind).safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('makes every object of every schema strict', () => {
    expect(isStrictObject(siteSchema)).toBe(true);
    for (const [name, schema] of Object.entries(collectionSchemas(imageMarker, ['kinh-te']))) expect(isStrictObject(schema as z.ZodType), name).toBe(true);
    for (const { schema, field } of allFields.filter(({ field }) => field.kind === 'object' || field.kind === 'list')) {
      expect(field.strict, `${schema}.${field.path}`).toBe(true);
    }
  });
});

describe('the former units of site.yaml (units)', () => {
  it('refuses a domain written as an address, a script or a path, and a slug with capitals or diacritics, in Vietnamese', () => {
    expect(unitSchema.parse({ name: 'xã Bình Phú', slug: 'xa-binh-phu', domain: ' BinhPhu.Example.gov.vn ' }).domain).toBe('binhphu.example.gov.vn');
    for (const domain of ['https://binhphu.example.gov.vn', 'javascript:alert(1)', 'binhphu.example.gov.vn/tin-tuc', 'localhost']) {
      const result = unitSchema.safeParse({ name: 'xã Bình Phú', slug: 'xa-binh-phu', domain });
      expect(result.success, domain).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/tên miền cũ \(units\.domain\) chỉ ghi tên miền/);
    }
    const slug = unitSchema.safeParse({ name: 'xã Bình Phú', slug: 'Xã-Bình-Phú' });
    expect(slug.error!.issues[0]!.message).toMatch(/slug của đơn vị chỉ gồm chữ thường không dấu/);
  });
});
