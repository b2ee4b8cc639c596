import { describe, expect, it } from 'vitest';
import { archiveRedirects } from '../../src/outputs/archive-redirects.ts';
import { redirectsFile } from '../../src/outputs/redirects.ts';

const site = {
  url: 'https://xa-moi.example.gov.vn',
  units: [
    { name: 'xã Bến Sỏi', slug: 'xa-ben-soi', domain: 'bensoi.example.gov.vn', years: '2014-2025' },
    { name: 'xã Mới', slug: 'xa-moi', domain: 'xa-moi.example.gov.vn' },
    { name: 'xã Không Tên Miền', slug: 'xa-khong-ten-mien' },
  ],
};

describe('archiveRedirects', () => {
  it('sends each old address to its article, then a former domain’s other addresses to its unit’s archive', () => {
    const rules = archiveRedirects(
      [
        { id: 'hop-giao-ban', data: { aliases: ['/portal/Pages/2023-01-04/hop-giao-ban.aspx', 'https://xa-moi.example.gov.vn/tin.aspx?id=7'] } },
        { id: 'le-hoi-lang', data: { aliases: ['http://bensoi.example.gov.vn/tin-tuc/le-hoi-lang-42.html'] } },
        { id: 'viet-o-day', data: { aliases: [] } },
      ],
      site,
    );
    expect(redirectsFile(rules).split('\n').slice(1, -1)).toEqual([
      '/portal/Pages/2023-01-04/hop-giao-ban.aspx /tin-tuc/hop-giao-ban/ 301',
      '/tin.aspx id=7 /tin-tuc/hop-giao-ban/ 301',
      'https://bensoi.example.gov.vn/tin-tuc/le-hoi-lang-42.html https://xa-moi.example.gov.vn/tin-tuc/le-hoi-lang/ 301',
      'https://bensoi.example.gov.vn/* https://xa-moi.example.gov.vn/luu-tru/don-vi/xa-ben-soi/ 301',
    ]);
  });
});
