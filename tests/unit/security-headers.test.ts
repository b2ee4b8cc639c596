import { describe, expect, it } from 'vitest';
import { cspHeaderRules, parseHeadersFile } from '../../src/lib/security-headers.ts';

describe('cspHeaderRules', () => {
  const text = cspHeaderRules(
    [
      { name: 'tin-tuc', folder: true },
      { name: 'admin', folder: true },
      { name: 'rss.xml', folder: false },
      { name: '_headers', folder: false },
    ],
    "default-src 'self'",
    ['admin'],
  );

  it('writes one rule per top-level folder or file, skipping the exceptions', () => {
    expect(parseHeadersFile(text)).toEqual([
      { for: '/rss.xml', values: { 'Content-Security-Policy': "default-src 'self'" } },
      { for: '/tin-tuc/*', values: { 'Content-Security-Policy': "default-src 'self'" } },
    ]);
  });
});
