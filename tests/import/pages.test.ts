/**
 * One page at a time through the extraction (src/import/extract.ts), on the
 * fixture portals: what is recognised as an article, what is skipped, the
 * charset and the legacy text, and the noise left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/import/extract.ts';
import { decodePage } from '../../src/import/charset.ts';
import { kindFromAddress } from '../../src/import/classify.ts';
import { addressOf, mirrorPages } from '../../src/import/sources/mirror.ts';
import { fixLegacyText } from '../../src/import/legacy-text.ts';
import { encodeTcvn3, glyphs } from '../../src/files/legacy-encodings.ts';
import { encodeWindows1258 } from '../../src/files/text-encoding.ts';
import { shapeHeadings } from '../../src/import/markdown.ts';
import { NearDuplicates, simhash } from '../../src/import/simhash.ts';
import { withUnit, withYears } from '../../src/import/site-units.ts';
import { LEGACY } from '../helpers/legacy-portals.ts';

const page = (host: string, relative: string) => ({
  url: addressOf(host, relative),
  bytes: fs.readFileSync(path.join(LEGACY, host, relative)),
  origin: 'mirror' as const,
  mirrorRoot: LEGACY,
});

describe('charsets', () => {
  it('reads Windows-1258 into NFC text, from the page’s meta or the server’s header', () => {
    const bytes = encodeWindows1258('<meta charset="windows-1258"><p>Hội nghị tổng kết</p>');
    const decoded = decodePage(bytes);
    expect(decoded).toMatchObject({ charset: 'windows-1258' });
    expect((decoded as { text: string }).text).toContain('Hội nghị tổng kết'.normalize('NFC'));
    expect(decodePage(encodeWindows1258('<p>Hội nghị</p>'), 'text/html; charset=windows-1258')).toMatchObject({ charset: 'windows-1258' });
  });
  it('trusts UTF-8 bytes over a Latin-1 declaration, and refuses an encoding it cannot read', () => {
    expect(decodePage(Buffer.from('<meta charset="iso-8859-1"><p>Hội nghị</p>'))).toMatchObject({ charset: 'utf-8', note: expect.stringContaining('UTF-8') });
    expect(decodePage(Buffer.from('<meta charset="x-khong-co"><p>a</p>'))).toBeInstanceOf(Error);
  });
  it('converts lines typed in TCVN3 and leaves Unicode lines alone', () => {
    const legacy = glyphs(encodeTcvn3('Cán bộ trạm y tế khám sàng lọc cho từng trẻ'));
    const fixed = fixLegacyText(`Dòng Unicode có dấu.\n${legacy}`);
    expect(fixed).toEqual({ text: 'Dòng Unicode có dấu.\nCán bộ trạm y tế khám sàng lọc cho từng trẻ', found: ['tcvn3'] });
  });
});

describe('mirrors', () => {
  it('rebuilds old addresses from wget’s file names', () => {
    expect(addressOf('x.gov.vn', 'portal/Pages/2023-01-04/hop.aspx')).toBe('http://x.gov.vn/portal/Pages/2023-01-04/hop.aspx');
    expect(addressOf('x.gov.vn', 'tin.aspx@id=5')).toBe('http://x.gov.vn/tin.aspx?id=5');
    expect(addressOf('x.gov.vn', 'tin.aspx?id=5.html')).toBe('http://x.gov.vn/tin.aspx?id=5');
    expect(addressOf('x.gov.vn', 'hop.aspx.html')).toBe('http://x.gov.vn/hop.aspx');
    expect(addressOf('x.gov.vn', '2023/05/12/ngay-hoi/index.html')).toBe('http://x.gov.vn/2023/05/12/ngay-hoi/');
    expect(addressOf('x.gov.vn', 'index.html')).toBe('http://x.gov.vn/');
  });
  it('lists pages, not photos, files or stylesheets', async () => {
    const urls: string[] = [];
    for await (const found of mirrorPages(path.join(LEGACY, 'bensoi.example.gov.vn'))) urls.push(found.url);
    expect(urls).toContain('http://bensoi.example.gov.vn/portal/Pages/Tim-kiem.aspx?k=hoi+nghi');
    expect(urls.some((url) => url.endsWith('.pdf'))).toBe(false);
  });
});

describe('what is an article', () => {
  it.each([
    ['http://x.gov.vn/', 'home'],
    ['http://x.gov.vn/portal/Pages/default.aspx', 'home'],
    ['http://x.gov.vn/tim-kiem.html', 'search'],
    ['http://x.gov.vn/?s=hoi', 'search'],
    ['http://x.gov.vn/lien-he/', 'contact'],
    ['http://x.gov.vn/category/van-hoa/', 'list'],
    ['http://x.gov.vn/tin-tuc/?page=3', 'list'],
    ['http://x.gov.vn/tin-tuc/tang-cuong-lien-he-cong-tac-12.html', undefined],
  ])('%s is %s by its address', (url, kind) => {
    expect(kindFromAddress(url)).toBe(kind);
  });
  it('skips a list page by its shape, whatever its address', () => {
    const found = extractPage(page('bensoi.example.gov.vn', 'portal/Pages/Tin-tuc.aspx'));
    expect(found).toMatchObject({ kind: 'skipped', page: 'list' });
    expect(found.links.length).toBeGreaterThan(5);
  });
});

describe('an article of the CMS portal', () => {
  const found = extractPage(page('doiche.example.gov.vn', 'tin-tuc/hop-tac-xa-che-doi-che-dat-chuan-ocop-125.html'));
  if (found.kind !== 'article') throw new Error(`not an article: ${JSON.stringify(found)}`);
  const { article } = found;
  it('finds its title, date, section, byline and lead', () => {
    expect(article).toMatchObject({
      title: 'Hợp tác xã chè Đồi Chè có sản phẩm đầu tiên đạt chuẩn OCOP 3 sao',
      date: '2023-04-10 15:20',
      dateSource: 'page',
      section: 'Kinh tế',
      author: 'Thu Hương',
    });
    expect(article.summary).toMatch(/^Sản phẩm chè búp khô Đồi Chè/);
  });
  it('leaves the counter, the rating widget, the tools and the other news behind', () => {
    for (const noise of ['Lượt xem', 'Đánh giá', 'lượt đánh giá', 'In bài', 'Tin khác', 'Thiết kế bởi', 'Trang chủ']) expect(article.markdown).not.toContain(noise);
  });
  it('turns the photo of a layout table into a placeholder with the caption row as its caption', () => {
    expect(article.photos).toEqual([{ url: 'http://doiche.example.gov.vn/images/2023/che-bup-ocop.jpg', caption: 'Xã viên hợp tác xã hái chè búp trên đồi thôn Nà Lũng' }]);
    expect(article.markdown).toMatch(/^@@anh-1@@$/m);
  });
});

describe('Markdown the check accepts', () => {
  it('starts headings at ## and makes an empty section a bold line', () => {
    expect(shapeHeadings('### Một\n\nchữ\n\n##### Hai\n\nchữ\n\n### Ba\n\n### Bốn\n\nchữ')).toBe('## Một\n\nchữ\n\n### Hai\n\nchữ\n\n**Ba**\n\n## Bốn\n\nchữ');
  });
});

describe('near-duplicates', () => {
  it('finds a body with a few words changed, not another body', () => {
    // An article's length: a few hundred words, one of them changed.
    const text = [
      'Trạm Y tế xã tổ chức tiêm chủng mở rộng đợt hai cho trẻ em dưới năm tuổi ở chín thôn, các mũi tiêm gồm vắc xin phòng sởi, bạch hầu, ho gà, uốn ván và viêm gan B.',
      'Cán bộ trạm khám sàng lọc cho từng trẻ trước khi tiêm và theo dõi sau tiêm ba mươi phút tại chỗ; những trẻ có biểu hiện sốt được hẹn tiêm vào đợt sau.',
      'Trẻ chưa tiêm đủ mũi trong đợt này được hẹn tiêm bù vào ngày hai mươi lăm hằng tháng tại trạm, phụ huynh mang theo sổ tiêm chủng và liên hệ nhân viên y tế thôn.',
      'Trong năm, trạm đặt mục tiêu tiêm đủ các mũi cơ bản cho trên chín mươi lăm phần trăm trẻ dưới một tuổi và tổ chức truyền thông tại các buổi họp thôn.',
      'Nhân viên y tế thôn cũng đến từng hộ có trẻ nhỏ để nhắc lịch, ghi lại những trường hợp gia đình đi làm ăn xa để liên hệ tiêm tại nơi ở mới.',
    ].join(' ');
    const index = new NearDuplicates<string>();
    index.add(simhash(text), 'a');
    expect(index.near(simhash(text.replace('chín thôn', 'mười thôn')))).toEqual(['a']);
    expect(
      index.near(simhash('Hợp tác xã chè có sản phẩm đầu tiên đạt chuẩn OCOP ba sao sau hai năm chuẩn bị bao bì, nhà sơ chế và hợp đồng tiêu thụ với các cửa hàng đặc sản.')),
    ).toEqual([]);
  });
});

describe('site.yaml units', () => {
  it('adds a unit at the end of units:, keeping comments, and records its years', () => {
    const before = '# Đơn vị\nname: X\n# danh sách\nunits:\n  - name: "xã A"\n    slug: xa-a\n\n# cuối tệp\n';
    const added = withUnit(before, { name: 'xã B', slug: 'xa-b', domain: 'b.example.gov.vn' });
    expect(added).toBe('# Đơn vị\nname: X\n# danh sách\nunits:\n  - name: "xã A"\n    slug: xa-a\n  - name: "xã B"\n    slug: xa-b\n    domain: b.example.gov.vn\n\n# cuối tệp\n');
    expect(withYears(added, 'xa-b', '2015-2024')).toContain('    domain: b.example.gov.vn\n    years: "2015-2024"\n');
    expect(withUnit('name: X\n', { name: 'xã B', slug: 'xa-b' })).toMatch(/\nunits:\n {2}- name: "xã B"\n {4}slug: xa-b\n$/);
  });
});
