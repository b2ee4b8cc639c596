/**
 * `npm run import` end to end, as an IT officer runs it: the three fixture
 * portals (tests/fixtures/legacy-portals: a `portal/Pages/<date>/…aspx`
 * platform saved in Windows-1258, a `tin-tuc/<slug>-<id>.html` CMS with a
 * view counter and a rating widget, a WordPress site) and a WordPress RSS
 * feed, imported into a copy of the minimal portal, each as its own unit.
 * Then, per article: title, date, author or source, unit, body present and
 * noise absent, photos beside it with their caption as alt and no GPS,
 * attachments; the import passes the content check, builds, its old
 * addresses are in dist/_redirects, and chromium's search finds the
 * articles typed without diacritics. A second run duplicates nothing and
 * leaves an edited file alone; bad input stops with a Vietnamese message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, makePortal, ROOT, withoutColours } from '../helpers/portal.ts';
import { legacyMirror, LEGACY } from '../helpers/legacy-portals.ts';
import { exifTags } from '../helpers/exif.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { launch } from '../helpers/browser.ts';
import { frontMatter } from '../../src/import/existing.ts';
import { formatProblem, validateContent } from '../../src/check/validate.ts';

const MAP = path.join(LEGACY, 'chuyen-muc.yaml');
let mirror: string;
let content: string;
let out: string;
let state: string;
let reports: string;
const runs: Record<string, { status: number | null; output: string }> = {};
let built: { status: number | null; output: string };

/** `npm run import` on the test portal. */
function importRun(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npm', ['run', '--silent', 'import', '--', ...args, '--state', state, '--jobs', '1'], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_CONTENT_DIR: content, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** The article whose aliases hold `address`: its file, front matter and body. */
function articleAt(address: string) {
  const base = path.join(content, 'articles');
  for (const file of fs.readdirSync(base, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (!file.endsWith('.md')) continue;
    const text = fs.readFileSync(path.join(base, file), 'utf8');
    const data = frontMatter(text);
    if (Array.isArray(data?.aliases) && data.aliases.includes(address))
      return {
        file: path.join(base, file),
        data: data as Record<string, unknown>,
        body: text
          .split(/\n---\n/)
          .slice(1)
          .join('\n---\n'),
      };
  }
  throw new Error(`no article has the old address ${address}`);
}

const A1 = 'http://bensoi.example.gov.vn/portal/Pages/2023-01-04/hoi-nghi-tong-ket-cai-cach-hanh-chinh-2022.aspx';
const A2 = 'http://bensoi.example.gov.vn/portal/Pages/tin-tuc/xa-ben-soi-ra-quan-thang-thanh-nien-nam-2023.aspx';
const B1 = 'http://doiche.example.gov.vn/tin-tuc/hop-tac-xa-che-doi-che-dat-chuan-ocop-125.html';
const B2 = 'http://doiche.example.gov.vn/tin-tuc/tiem-chung-mo-rong-dot-2-nam-2023-131.html';
const C1 = 'http://mayhong.example.gov.vn/2023/05/12/ngay-hoi-doc-sach-mua-he/';
const C2 = 'http://mayhong.example.gov.vn/2023/03/18/tiem-chung-mo-rong-cho-tre-duoi-5-tuoi/';
const FEED = 'http://mayhong.example.gov.vn/2023/06/02/ra-quan-don-ve-sinh-moi-truong/';

/** The furniture of the fixture portals, none of which may reach an article. */
const NOISE = [
  'Lượt xem',
  'In trang',
  'Quay lại',
  'Lên trên',
  'Các tin khác',
  'Tin khác',
  'Thống kê',
  'Đang online',
  'Thiết kế bởi',
  'Đánh giá',
  'lượt đánh giá',
  'anh tin bai',
  'Bình luận',
  'WordPress',
  'Trang chủ',
];

beforeAll(async () => {
  mirror = await legacyMirror();
  content = makePortal();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  [out, state, reports] = ['dist', 'state', 'reports'].map((name) => path.join(work, name)) as [string, string, string];
  const units: [string, string][] = [
    ['bensoi.example.gov.vn', 'xã Bến Sỏi'],
    ['doiche.example.gov.vn', 'xã Đồi Chè'],
    ['mayhong.example.gov.vn', 'phường Mây Hồng'],
  ];
  for (const [host, unit] of units) runs[host] = importRun([path.join(mirror, host), '--unit', unit, '--yes', '--category-map', MAP, '--report', path.join(reports, `${host}.md`)]);
  runs.feed = importRun([path.join(LEGACY, 'mayhong-feed.xml'), '--unit', 'phường Mây Hồng', '--category-map', MAP, '--report', path.join(reports, 'feed.md')]);
  built = build(content, out, { PORTAL_CACHE_DIR: path.join(work, 'cache'), PORTAL_SEARCH_PART_PAGES: '5' });
}, 600_000);

describe('importing three legacy portals and a feed', () => {
  it('runs to the end for each source and says what it did', () => {
    for (const [name, run] of Object.entries(runs)) {
      expect(run.status, `${name}\n${run.output}`).toBe(0);
      expect(run.output).toMatch(/Xong: /);
    }
    expect(runs['bensoi.example.gov.vn']!.output).toContain('Đã thêm đơn vị «xã Bến Sỏi» (xa-ben-soi, bensoi.example.gov.vn) vào site.yaml.');
  });

  it('lists the units in site.yaml with their former domain and years, comments kept', () => {
    const site = fs.readFileSync(path.join(content, 'site.yaml'), 'utf8');
    expect(site).toContain('# Thông tin đơn vị');
    expect(site).toMatch(/units:\n {2}- name: "xã Bến Sỏi"\n {4}slug: xa-ben-soi\n {4}domain: bensoi\.example\.gov\.vn\n {4}years: "2023"\n/);
    expect(site).toContain('slug: xa-doi-che');
    expect(site).toContain('slug: phuong-may-hong');
  });

  it('reads the Windows-1258 portal: an ALL-CAPS title in sentence case, the date from the address, the byline as author', () => {
    const { data, body, file } = articleAt(A1);
    expect(data.title).toBe('Hội nghị tổng kết công tác cải cách hành chính năm 2022 của xã Bến Sỏi');
    expect(data.date).toBe('2023-01-04');
    expect(data.author).toBe('Thu Hương, Duy Tuấn');
    expect(data.unit).toBe('xa-ben-soi');
    expect(body).toContain('Bộ phận Một cửa xã Bến Sỏi tiếp nhận 3.184 hồ sơ');
    // NFC throughout: Windows-1258 writes tones as combining marks.
    expect(body).toBe(body.normalize('NFC'));
    expect(body).toContain(
      '![Đồng chí Phạm Văn Lộc, Chủ tịch UBND xã Bến Sỏi, phát biểu khai mạc hội nghị](./anh-1.jpg "Đồng chí Phạm Văn Lộc, Chủ tịch UBND xã Bến Sỏi, phát biểu khai mạc hội nghị")',
    );
    expect(fs.existsSync(path.join(path.dirname(file), 'anh-1.jpg'))).toBe(true);
    for (const noise of NOISE) expect(body, noise).not.toContain(noise);
  });

  it('takes a date written only in the text, with the year of the title; a byline «Name - Office» as author and source; a linked PDF as an attachment', () => {
    const { data, body, file } = articleAt(A2);
    expect(data.date).toBe('2023-03-17');
    expect(data.author).toBe('Lê Thị Hoa');
    expect(data.source).toBe('Đoàn Thanh niên xã');
    expect(data.attachments).toEqual([{ file: './ke-hoach-thang-thanh-nien-2023.pdf', title: 'Kế hoạch số 05/KH-ĐTN' }]);
    expect(fs.readFileSync(path.join(path.dirname(file), 'ke-hoach-thang-thanh-nien-2023.pdf'), 'latin1')).toMatch(/^%PDF-/);
    expect(body).toContain('[Kế hoạch số 05/KH-ĐTN](/tep/tin-tuc/xa-ben-soi-ra-quan-thang-thanh-nien-nam-2023/ke-hoach-thang-thanh-nien-2023.pdf)');
    // The photo missing from the mirror is left out, not half-written.
    expect(body).not.toMatch(/@@|anh-1/);
  });

  it('reads the CMS portal: the weekday date with its time, breadcrumb category, a photo from a layout table with its caption, a GFM table', () => {
    const { data, body } = articleAt(B1);
    expect(data).toMatchObject({
      title: 'Hợp tác xã chè Đồi Chè có sản phẩm đầu tiên đạt chuẩn OCOP 3 sao',
      date: '2023-04-10 15:20',
      category: 'kinh-te',
      author: 'Thu Hương',
      unit: 'xa-doi-che',
    });
    expect(data.summary).toBe('Sản phẩm chè búp khô Đồi Chè của Hợp tác xã chè Đồi Chè vừa được UBND huyện công nhận đạt chuẩn OCOP 3 sao, là sản phẩm OCOP đầu tiên của xã.');
    expect(body).toContain('![Xã viên hợp tác xã hái chè búp trên đồi thôn Nà Lũng](./anh-1.jpg');
    expect(body).toContain('| Chỉ tiêu | Năm 2021 | Năm 2022 |');
    expect(body).toContain('## Kết quả sản xuất');
    expect(body).toContain('- làm lại bao bì có tem truy xuất nguồn gốc;');
    expect(body).toContain('*chè xanh túi lọc*');
    for (const noise of NOISE) expect(body, noise).not.toContain(noise);
  });

  it('converts a paragraph typed in TCVN3, takes an organisation as the source, and flags a photo without any text', () => {
    const { data, body } = articleAt(B2);
    expect(body).toContain('Cán bộ trạm y tế khám sàng lọc cho từng trẻ trước khi tiêm');
    expect(data.source).toBe('Trung tâm Văn hóa - Truyền thông xã');
    expect(data.author).toBe('Ban biên tập');
    expect(data.category).toBe('van-hoa-xa-hoi');
    expect(body).toContain('![Ảnh 1 của bài «Tiêm chủng mở rộng đợt 2 năm 2023 cho trẻ em dưới 5 tuổi»](./anh-1.jpg)');
    const report = fs.readFileSync(path.join(reports, 'doiche.example.gov.vn.md'), 'utf8');
    expect(report).toMatch(/tiem-chung-mo-rong-dot-2-nam-2023-131\.html \|.*ảnh 1 không có chú thích hay mô tả nào dùng được/);
    expect(report).toMatch(/TCVN3 đã được chuyển sang Unicode/);
  });

  it('reads the WordPress portal: meta date, the author link, the figure caption', () => {
    const { data, body } = articleAt(C1);
    expect(data).toMatchObject({ date: '2023-05-12 08:15', author: 'Thu Hương', category: 'van-hoa-xa-hoi', unit: 'phuong-may-hong' });
    expect(body).toContain('![Các em thiếu nhi chọn sách tại góc đọc ngoài trời của thư viện phường](./anh-1.jpg');
    expect(body).toContain('## Giữ thói quen đọc trong dịp hè');
    expect(body).not.toMatch(/bình luận|Bài viết mới/i);
  });

  it('imports a feed item from its full text, with the feed’s date, author and category, and skips the item already imported', () => {
    const { data } = articleAt(FEED);
    expect(data).toMatchObject({ title: 'Tổ dân phố Bờ Sông ra quân dọn vệ sinh môi trường sau mùa mưa', date: '2023-06-02 07:30', author: 'Ngọc Lan', category: 'kinh-te' });
    expect(runs.feed!.output).toMatch(/Đã nhập từ lần trước: 1/);
  });

  it('publishes photos as web originals without EXIF or GPS', async () => {
    for (const address of [A1, B1, C1]) {
      const photo = path.join(path.dirname(articleAt(address).file), 'anh-1.jpg');
      const meta = await sharp(photo).metadata();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(1600);
      expect(exifTags(meta.exif).gps.size, address).toBe(0);
      expect(meta.exif, address).toBeUndefined();
    }
    // The fixture photo had them.
    const source = await sharp(path.join(mirror, 'doiche.example.gov.vn/images/2023/che-bup-ocop.jpg')).metadata();
    expect(exifTags(source.exif).gps.size).toBeGreaterThan(0);
  });

  it('skips home, list, search and contact pages, and reports every page with its outcome', () => {
    const report = fs.readFileSync(path.join(reports, 'bensoi.example.gov.vn.md'), 'utf8');
    expect(report).toMatch(/\| Bỏ qua \(không phải bài viết\) \| 4 \|/);
    for (const page of ['http://bensoi.example.gov.vn/ ', 'Lien-he.aspx', 'Tim-kiem.aspx?k=hoi+nghi', 'Tin-tuc.aspx']) expect(report).toContain(page);
    expect(report).toMatch(/trang chủ/);
    expect(report).toMatch(/trang liên hệ/);
    expect(report).toMatch(/trang tìm kiếm/);
    expect(report).toMatch(/trang danh sách/);
    expect(report).toMatch(/HỘI NGHỊ TỔNG KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA XÃ BẾN SỎI/);
    expect(report).toMatch(/thời gian: \d+ giây/);
    expect(fs.readdirSync(path.join(content, 'articles/2023')).filter((name) => /lien-he|tim-kiem|tin-tuc$/.test(name))).toEqual([]);
  });

  it('reports the same news published by two units as near-duplicates', () => {
    const report = fs.readFileSync(path.join(reports, 'mayhong.example.gov.vn.md'), 'utf8');
    expect(report).toMatch(/## Bài gần trùng với bài của đơn vị khác \(1\)/);
    expect(report).toMatch(/tiem-chung-mo-rong-cho-tre-duoi-5-tuoi\.md \| .*tiem-chung-mo-rong-dot-2-nam-2023-cho-tre-em-duoi-5-tuoi\/index\.md \| xa-doi-che/);
    expect(articleAt(C2).data.unit).toBe('phuong-may-hong');
  });
});

describe('the imported portal', () => {
  it('passes the content check and builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('writes a redirect for every old address, and sends each former domain to its unit’s archive', () => {
    const rules = fs.readFileSync(path.join(out, '_redirects'), 'utf8');
    const id = (address: string) =>
      path.basename(articleAt(address).file).replace(/\.md$/, '') === 'index'
        ? path.basename(path.dirname(articleAt(address).file))
        : path.basename(articleAt(address).file, '.md');
    for (const address of [A1, A2, B1, B2, C1, C2, FEED]) {
      const https = address.replace(/^http:/, 'https:');
      expect(rules).toContain(`${https} https://xa-anbinh-mau.netlify.app/tin-tuc/${id(address)}/ 301\n`);
    }
    expect(rules).toContain('https://bensoi.example.gov.vn/* https://xa-anbinh-mau.netlify.app/luu-tru/don-vi/xa-ben-soi/ 301\n');
    expect(rules.indexOf('https://bensoi.example.gov.vn/*')).toBeGreaterThan(rules.indexOf(A1.replace(/^http:/, 'https:')));
  });

  it('says on the article page which former portal it comes from, and lists the unit’s articles on its archive page', () => {
    const page = fs.readFileSync(path.join(out, 'tin-tuc/hop-tac-xa-che-doi-che-co-san-pham-dau-tien-dat-chuan-ocop-3-sao/index.html'), 'utf8');
    expect(page).toContain('Bài viết từ Cổng thông tin điện tử xã Đồi Chè (cũ)');
    expect(page).toContain('data-pagefind-filter="unit[content]" content="xã Đồi Chè"');
    const archive = fs.readFileSync(path.join(out, 'luu-tru/don-vi/xa-doi-che/index.html'), 'utf8');
    expect(archive).toContain('Tin bài của Cổng thông tin điện tử xã Đồi Chè (cũ)');
    expect(archive).toContain('/tin-tuc/hop-tac-xa-che-doi-che-co-san-pham-dau-tien-dat-chuan-ocop-3-sao/');
    expect(fs.readFileSync(path.join(out, 'luu-tru/index.html'), 'utf8')).toContain('/luu-tru/don-vi/phuong-may-hong/');
  });
});

describe('search over the imported articles (chromium, the real Pagefind index)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(out);
    browser = await launch();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(query: string, unit?: string) {
    await page.goto(`${server.url}/tim-kiem/?${new URLSearchParams({ q: query, ...(unit ? { unit } : {}) })}`);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«'), null, { timeout: 15_000 });
    return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('finds the articles of a writer typed without diacritics («thu huong»)', async () => {
    const found = await search('thu huong');
    expect(found).toEqual(
      expect.arrayContaining(['/tin-tuc/hop-tac-xa-che-doi-che-co-san-pham-dau-tien-dat-chuan-ocop-3-sao/', '/tin-tuc/ngay-hoi-doc-sach-mua-he-tai-thu-vien-phuong-may-hong/']),
    );
  });

  it('finds imported articles by their words without diacritics, and filters by former portal', async () => {
    expect((await search('che bup ocop'))[0]).toBe('/tin-tuc/hop-tac-xa-che-doi-che-co-san-pham-dau-tien-dat-chuan-ocop-3-sao/');
    expect(await search('ra quan thang thanh nien')).toContain('/tin-tuc/xa-ben-soi-ra-quan-thang-thanh-nien-nam-2023/');
    const both = await search('tiem chung');
    expect(both.length).toBeGreaterThanOrEqual(2);
    const filtered = await search('tiem chung', 'xã Đồi Chè');
    expect(filtered).toEqual(['/tin-tuc/tiem-chung-mo-rong-dot-2-nam-2023-cho-tre-em-duoi-5-tuoi/']);
    expect(await page.locator('fieldset legend', { hasText: 'Cổng thông tin cũ' }).count()).toBe(1);
  });
});

describe('running again', () => {
  it('imports nothing twice, and never rewrites a file an editor changed', () => {
    const edited = articleAt(B1).file;
    fs.appendFileSync(edited, '\nĐoạn do biên tập viên thêm sau khi nhập.\n');
    const before = fs.readFileSync(edited, 'utf8');
    const untouched = articleAt(C1).file;
    const count = () => (fs.readdirSync(path.join(content, 'articles'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).length;
    const articles = count();
    const again = importRun([path.join(mirror, 'doiche.example.gov.vn'), '--unit', 'xã Đồi Chè', '--update', '--report', path.join(reports, 'again.md')]);
    expect(again.status, again.output).toBe(0);
    const mayhong = importRun([
      path.join(mirror, 'mayhong.example.gov.vn'),
      '--unit',
      'phường Mây Hồng',
      '--category-map',
      MAP,
      '--update',
      '--report',
      path.join(reports, 'again-2.md'),
    ]);
    expect(mayhong.status, mayhong.output).toBe(0);
    expect(count()).toBe(articles);
    expect(fs.readFileSync(edited, 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(reports, 'again.md'), 'utf8')).toMatch(/đã nhập trước đây và đã được sửa sau đó: giữ nguyên/);
    // A file still as the import wrote it is written again, in place.
    expect(fs.existsSync(untouched)).toBe(true);
    expect(fs.readFileSync(path.join(reports, 'again-2.md'), 'utf8')).toMatch(/nhập lại \(--update\)/);
  });

  it('with --dry-run, writes nothing into the content folder', () => {
    const site = fs.readFileSync(path.join(content, 'site.yaml'), 'utf8');
    const fresh = makePortal();
    const run = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'import',
        '--',
        path.join(mirror, 'bensoi.example.gov.vn'),
        '--unit',
        'xã Bến Sỏi',
        '--dry-run',
        '--report',
        path.join(reports, 'dry.md'),
        '--state',
        state,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, PORTAL_CONTENT_DIR: fresh },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readdirSync(path.join(fresh, 'articles'))).toEqual(['2024']);
    expect(fs.readFileSync(path.join(fresh, 'site.yaml'), 'utf8')).not.toContain('units:');
    expect(fs.readFileSync(path.join(reports, 'dry.md'), 'utf8')).toMatch(/chạy thử, chưa ghi gì/);
    expect(fs.readFileSync(path.join(content, 'site.yaml'), 'utf8')).toBe(site);
  });
});

describe('bad input', () => {
  it('stops without --unit, naming what to write', () => {
    const run = importRun([path.join(mirror, 'bensoi.example.gov.vn')]);
    expect(run.status).toBe(1);
    expect(run.output).toContain('Lỗi: thiếu tên đơn vị: hãy ghi --unit');
  });
  it('stops on a source that cannot be read', () => {
    const run = importRun(['/khong/co/thu-muc-nay', '--unit', 'xã Bến Sỏi']);
    expect(run.status).toBe(1);
    expect(run.output).toContain('Lỗi: không tìm thấy nguồn «/khong/co/thu-muc-nay»');
  });
  it('stops on a category map that names a category the portal does not have', () => {
    const map = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'map-')), 'map.yaml');
    fs.writeFileSync(map, 'Kinh tế: kinh-te-cu\n');
    const run = importRun([path.join(mirror, 'bensoi.example.gov.vn'), '--unit', 'xã Bến Sỏi', '--category-map', map]);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/«kinh-te-cu» không phải chuyên mục trong site\.yaml/);
  });
  it('asks before adding a unit, and stops when no one can answer', () => {
    const run = importRun([path.join(mirror, 'bensoi.example.gov.vn'), '--unit', 'xã Chưa Khai Báo']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/chưa có trong units của content\/site\.yaml: thêm --yes/);
  });
});

describe('the content check on old addresses', () => {
  it('refuses one old address on two articles, naming both, and an address with a space', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'aliases-'));
    fs.cpSync(content, copy, { recursive: true });
    const second = path.join(copy, 'articles/2024/bai-hop-le.md');
    const text = fs.readFileSync(second, 'utf8');
    fs.writeFileSync(second, text.replace(/^---\n/, `---\naliases:\n  - "${A1}"\n`));
    fs.writeFileSync(path.join(copy, 'articles/2024/bai-thu-hai.md'), text.replace(/^---\n/, '---\naliases:\n  - "/tin cu.aspx"\n'));
    const problems = validateContent(copy, copy).map(formatProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /bai-hop-le\.md:\d+: trường "aliases": địa chỉ cũ «http:\/\/bensoi\.example\.gov\.vn\/portal\/Pages\/2023-01-04\/hoi-nghi-tong-ket-cai-cach-hanh-chinh-2022\.aspx» đã thuộc bài articles\/2023\/hoi-nghi-tong-ket/,
        ),
        expect.stringMatching(/bai-thu-hai\.md:\d+: trường "aliases\[0\]": địa chỉ cũ \(aliases\): địa chỉ «\/tin cu\.aspx» có dấu cách/),
      ]),
    );
  });
});
