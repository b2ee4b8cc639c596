import { describe, expect, it } from 'vitest';
import { fileHeaderRules, formatHeadersFile, metaPolicy, parseHeadersFile, siteHeaderRules, siteHeaders } from '../../src/outputs/headers.ts';

describe('siteHeaderRules', () => {
  const rules = siteHeaderRules(
    [
      { name: 'tin-tuc', folder: true },
      { name: 'admin', folder: true },
      { name: 'rss.xml', folder: false },
      { name: '_headers', folder: false },
    ],
    { 'Content-Security-Policy': "default-src 'self'" },
    ['admin'],
  );

  it('writes one rule per top-level folder or file, skipping the exceptions, and reads back the same', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual([
      { for: '/rss.xml', values: { 'Content-Security-Policy': "default-src 'self'" } },
      { for: '/tin-tuc/*', values: { 'Content-Security-Policy': "default-src 'self'" } },
    ]);
  });
});

describe('siteHeaders', () => {
  it('takes the values of the rule for "/", and refuses a configuration without a policy there', () => {
    const values = { 'Content-Security-Policy': "default-src 'self'" };
    expect(
      siteHeaders({
        headers: [
          { for: '/*', values: { 'X-Frame-Options': 'DENY' } },
          { for: '/', values },
        ],
      }),
    ).toEqual(values);
    expect(() => siteHeaders({ headers: [{ for: '/*', values }] }, 'x.toml')).toThrow('x.toml: no Content-Security-Policy declared for "/"');
  });
});

describe('metaPolicy', () => {
  it('drops the directives a <meta> policy cannot hold and keeps the rest in order', () => {
    expect(metaPolicy("default-src 'self'; frame-ancestors 'none'; script-src 'self' 'wasm-unsafe-eval'; report-uri /r; Sandbox; object-src 'none'")).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'",
    );
  });
});

describe('fileHeaderRules', () => {
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

  it('gives office files their type and a download, PDFs their type only, and other files nothing', () => {
    const rules = fileHeaderRules([
      '/tep/van-ban/a/ke-hoach.pdf',
      '/tep/thong-bao/b/mau-don.docx',
      '/tep/thong-bao/b/bieu.XLSX',
      '/tep/thong-bao/b/cu.doc',
      '/tep/thong-bao/b/cu.xls',
      '/tep/van-ban/c/van-ban.odt',
      '/tep/van-ban/c/bang.ods',
      '/tep/media/quoc-huy.svg',
    ]);
    const byPath = Object.fromEntries(rules.map((rule) => [rule.for, rule.values]));
    expect(Object.keys(byPath)).toHaveLength(7);
    expect(byPath['/tep/van-ban/a/ke-hoach.pdf']).toEqual({ 'Content-Type': 'application/pdf' });
    expect(byPath['/tep/thong-bao/b/mau-don.docx']).toEqual({ 'Content-Type': docx, 'Content-Disposition': 'attachment' });
    expect(byPath['/tep/thong-bao/b/bieu.XLSX']).toEqual({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment',
    });
    expect(byPath['/tep/thong-bao/b/cu.doc']).toEqual({ 'Content-Type': 'application/msword', 'Content-Disposition': 'attachment' });
    expect(byPath['/tep/thong-bao/b/cu.xls']).toEqual({ 'Content-Type': 'application/vnd.ms-excel', 'Content-Disposition': 'attachment' });
    expect(byPath['/tep/van-ban/c/van-ban.odt']).toEqual({ 'Content-Type': 'application/vnd.oasis.opendocument.text', 'Content-Disposition': 'attachment' });
    expect(byPath['/tep/van-ban/c/bang.ods']).toEqual({ 'Content-Type': 'application/vnd.oasis.opendocument.spreadsheet', 'Content-Disposition': 'attachment' });
    expect(byPath['/tep/media/quoc-huy.svg']).toBeUndefined();
  });

  it('writes a name that needs percent-encoding under both spellings, and survives the _headers file', () => {
    const rules = fileHeaderRules(['/tep/thong-bao/b/Mẫu đơn.docx']);
    expect(rules.map((rule) => rule.for)).toEqual(['/tep/thong-bao/b/Mẫu đơn.docx', '/tep/thong-bao/b/M%E1%BA%ABu%20%C4%91%C6%A1n.docx']);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('refuses a name with a control character, which would write lines of its own into _headers', () => {
    expect(() => fileHeaderRules(['/tep/thong-bao/b/x.pdf\n/*\n  Content-Security-Policy: default-src *\n.docx'])).toThrow('ký tự điều khiển');
  });
});
