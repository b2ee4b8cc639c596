import { describe, expect, it } from 'vitest';
import { formatHeadersFile, metaPolicy, parseHeadersFile, siteHeaderRules, siteHeaders } from '../../src/lib/security-headers.ts';

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
    expect(siteHeaders({ headers: [{ for: '/*', values: { 'X-Frame-Options': 'DENY' } }, { for: '/', values }] })).toEqual(values);
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
