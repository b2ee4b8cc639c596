import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../../src/model/dates.ts';
import { byIssued, documentFacets, documentKeys, isInForce, replacement, type DocumentLike } from '../../src/model/documents.ts';
import { criteriaFromParams, filterDocuments, matches, paramsFromCriteria } from '../../src/model/document-filter.ts';
import { DOCUMENT_TYPES, documentSchema } from '../../src/model/schemas/index.ts';

const doc = (id: string, number: string, type: string, issuer: string, issued: string, extra: Partial<DocumentLike['data']> = {}): DocumentLike => ({
  id,
  data: { number, type, title: `Trích yếu ${id}`, issuer, issued: parseVietnamDate(issued)!, status: 'Còn hiệu lực', ...extra },
});
const docs = [
  doc('a', '06/KH-UBND', 'Kế hoạch', 'UBND xã An Bình', '2026-01-08'),
  doc('b', '15/NQ-HĐND', 'Nghị quyết', 'HĐND xã An Bình', '2025-12-19'),
  doc('c', '212/QĐ-UBND', 'Quyết định', 'UBND xã An Bình', '2026-08-10'),
  doc('d', '03/QĐ-UBND', 'Quyết định', 'UBND xã An Bình', '2025-07-02', { status: 'Bị thay thế', replacedBy: '158/qđ-ubnd' }),
  doc('e', '158/QĐ-UBND', 'Quyết định', 'UBND xã An Bình', '2026-06-15'),
  doc('f', '1250/KH-UBND', 'Kế hoạch', 'UBND tỉnh Đồng Nguyên (mẫu)', '2026-02-03'),
];

describe('documents', () => {
  it('keys each document by the slugs of its type, issuing body and year (Vietnam time)', () => {
    expect(documentKeys(docs[1]!)).toEqual({ loai: 'nghi-quyet', 'co-quan': 'hdnd-xa-an-binh', nam: '2025' });
    expect(documentKeys(doc('x', '1/TB-UBND', 'Thông báo', 'UBND xã', '2026-01-01')).nam).toBe('2026');
  });

  it('tells a document in force from one expired or replaced (its badge, schema.org’s legal force)', () => {
    expect(docs.filter(isInForce).map((x) => x.id)).not.toContain('d');
    expect(isInForce(docs[0]!)).toBe(true);
    expect(isInForce(doc('x', '1/TB-UBND', 'Thông báo', 'UBND xã', '2026-01-01', { status: 'Hết hiệu lực' }))).toBe(false);
  });

  it('orders newest issued first', () => {
    expect([...docs].sort(byIssued).map((x) => x.id)).toEqual(['c', 'e', 'f', 'a', 'b', 'd']);
  });

  it('counts each facet value: types in the schema’s order, bodies by count, years newest first', () => {
    const facets = documentFacets(docs);
    expect(facets.loai.map((v) => [v.label, v.count])).toEqual([
      ['Nghị quyết', 1],
      ['Quyết định', 3],
      ['Kế hoạch', 2],
    ]);
    expect(DOCUMENT_TYPES.indexOf('Nghị quyết')).toBeLessThan(DOCUMENT_TYPES.indexOf('Quyết định'));
    expect(facets['co-quan'].map((v) => [v.value, v.count])).toEqual([
      ['ubnd-xa-an-binh', 4],
      ['hdnd-xa-an-binh', 1],
      ['ubnd-tinh-dong-nguyen-mau', 1],
    ]);
    expect(facets.nam.map((v) => [v.value, v.count])).toEqual([
      ['2026', 4],
      ['2025', 2],
    ]);
  });

  it('filters on every chosen facet at once', () => {
    const ids = (criteria: Parameters<typeof filterDocuments>[2]) => filterDocuments(docs, documentKeys, criteria).map((x) => x.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids({ loai: 'quyet-dinh' })).toEqual(['c', 'd', 'e']);
    expect(ids({ loai: 'quyet-dinh', nam: '2026' })).toEqual(['c', 'e']);
    expect(ids({ loai: 'ke-hoach', 'co-quan': 'ubnd-tinh-dong-nguyen-mau' })).toEqual(['f']);
    expect(ids({ loai: 'ke-hoach', nam: '2025' })).toEqual([]);
    expect(matches({ loai: 'x', 'co-quan': 'y', nam: '1' }, { loai: '' })).toBe(true);
  });

  it('reads and writes the filter in the URL, ignoring other parameters', () => {
    expect(criteriaFromParams(new URLSearchParams('nam=2026&q=x&loai=ke-hoach&co-quan='))).toEqual({ loai: 'ke-hoach', nam: '2026' });
    expect(paramsFromCriteria({ nam: '2026', loai: 'ke-hoach' }).toString()).toBe('loai=ke-hoach&nam=2026');
  });

  it('finds the replacing document by number, whatever the case', () => {
    expect(replacement(docs[3]!, docs)?.id).toBe('e');
    expect(replacement(docs[0]!, docs)).toBeUndefined();
  });
});

describe('documentSchema (what editors are told)', () => {
  const base = {
    number: '06/KH-UBND',
    type: 'Kế hoạch',
    title: 'Kế hoạch phòng, chống thiên tai năm 2026',
    issuer: 'UBND xã An Bình',
    signer: 'Lê Đức Toàn',
    issued: '2026-01-08',
    files: [{ file: './ke-hoach.pdf' }],
  };
  const messages = (data: unknown) => {
    const result = documentSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a sound document, in force by default', () => {
    expect(messages(base)).toEqual([]);
    expect(documentSchema.parse(base).status).toBe('Còn hiệu lực');
    expect(messages({ ...base, number: '15/2025/NQ-HĐND' })).toEqual([]);
  });

  it('names an unknown type and lists the allowed ones', () => {
    const [message] = messages({ ...base, type: 'Quyết đinh' });
    expect(message).toMatch(/^type: loại văn bản \(type\) «Quyết đinh» không có trong danh sách; hãy dùng một trong: Luật, .*Quyết định/);
  });

  it('refuses a number written with «Số», a document without files, and a replaced status without its replacement', () => {
    expect(messages({ ...base, number: 'Số 06/KH-UBND' })[0]).toMatch(/^number: số ký hiệu «Số 06\/KH-UBND» chưa đúng dạng/);
    expect(messages({ ...base, files: [] })[0]).toMatch(/^files: văn bản cần ít nhất một tệp/);
    expect(messages({ ...base, status: 'Bị thay thế' })[0]).toMatch(/^replacedBy: văn bản «Bị thay thế» cần ghi số ký hiệu/);
    expect(messages({ ...base, replacedBy: '158/QĐ-UBND' })[0]).toMatch(/^status: có replacedBy nhưng tình trạng là «Còn hiệu lực»/);
    expect(messages({ ...base, files: [{ file: './anh.jpg' }] })[0]).toMatch(/^files\.0\.file: tệp đính kèm phải là PDF/);
  });
});
