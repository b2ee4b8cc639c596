import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/outputs/redirects.ts';

describe('redirectsFile', () => {
  it('writes one permanent redirect a line, the same rule twice once', () => {
    const text = redirectsFile([
      { from: '/portal/Pages/2023-01-04/hop-giao-ban.aspx', to: '/tin-tuc/hop-giao-ban/' },
      { from: 'https://xa-cu.example.gov.vn/*', to: 'https://xa-moi.example.gov.vn/:splat' },
      { from: '/tin-tuc/250/', to: '/luu-tru/2019/', status: 302 },
      { from: '/portal/Pages/2023-01-04/hop-giao-ban.aspx', to: '/tin-tuc/hop-giao-ban/' },
    ]);
    expect(text.split('\n').slice(1)).toEqual([
      '/portal/Pages/2023-01-04/hop-giao-ban.aspx /tin-tuc/hop-giao-ban/ 301',
      'https://xa-cu.example.gov.vn/* https://xa-moi.example.gov.vn/:splat 301',
      '/tin-tuc/250/ /luu-tru/2019/ 302',
      '',
    ]);
  });
  it('stops on one old address sent two places, and on an address that would break the file', () => {
    expect(() =>
      redirectsFile([
        { from: '/a', to: '/b/' },
        { from: '/a', to: '/c/' },
      ]),
    ).toThrow(/địa chỉ cũ \/a được chuyển tới hai nơi: \/b\/ và \/c\//);
    expect(() => redirectsFile([{ from: '/a b', to: '/c/' }])).toThrow(/dấu cách/);
    expect(() => redirectsFile([{ from: '/a', to: '/c/\n/x /y 200' }])).toThrow(/ký tự điều khiển/);
    expect(() => redirectsFile([{ from: '/a', to: '/c/', query: [['id', '1 /x']] }])).toThrow(/dấu cách/);
  });
  it('writes the query parameters an address must carry, Netlify’s way, and tells one parameter value from another', () => {
    const text = redirectsFile([
      { from: '/tin-tuc.aspx', query: [['id', '15']], to: '/tin-tuc/hop/' },
      { from: '/tin-tuc.aspx', query: [['id', '16']], to: '/tin-tuc/le-hoi/' },
    ]);
    expect(text.split('\n').slice(1, 3)).toEqual(['/tin-tuc.aspx id=15 /tin-tuc/hop/ 301', '/tin-tuc.aspx id=16 /tin-tuc/le-hoi/ 301']);
    expect(() =>
      redirectsFile([
        { from: '/tin-tuc.aspx', query: [['id', '15']], to: '/tin-tuc/hop/' },
        { from: '/tin-tuc.aspx', query: [['id', '15']], to: '/tin-tuc/khac/' },
      ]),
    ).toThrow(/\/tin-tuc\.aspx\?id=15 được chuyển tới hai nơi/);
  });
});
