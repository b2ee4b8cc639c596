/**
 * `npm run new` on copies of the minimal portal, with flags (as scripts and
 * CI give them): for every kind of content it writes a draft where the guide
 * says, which passes `npm run check` as written; published with its
 * placeholders, the check refuses it; a draft page is not published, nor
 * linked from the footer or the sitemap.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SAMPLE, build, makePortal } from '../helpers/portal.ts';

function npm(args: string[], content: string) {
  const result = spawnSync('npm', ['run', ...args], { cwd: ROOT, env: { ...process.env, PORTAL_CONTENT_DIR: content }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const PDF = path.join(FIXTURES, 'attachments/articles/2024/ban-tin-phat-thanh/lich-tiem-chung.pdf');
const PHOTOS = path.join(SAMPLE, 'albums/2025/mua-gat-dong-xuan-2025');

/** `npm run new -- …args` on a fresh portal: the file written, and the check's verdict on the portal. */
function made(args: string[], file: string) {
  const content = makePortal();
  const result = npm(['new', '--', ...args], content);
  expect(result.status, result.output).toBe(0);
  const text = fs.readFileSync(path.join(content, file), 'utf8');
  const checked = npm(['check'], content);
  expect(checked.status, checked.output).toBe(0);
  return { content, text, output: result.output };
}

describe('npm run new writes a draft that passes npm run check, for every kind', () => {
  it('an article, saying where its photos go', () => {
    const { content, text, output } = made(
      [
        ...['--type', 'tin', '--title', 'Ra quân làm đường giao thông nông thôn', '--category', 'kinh-te', '--date', '2026-03-02 07:30'],
        ...['--summary', 'Sáng 2/3, hơn 300 người dân cùng lực lượng đoàn viên ra quân làm đường bê tông liên thôn.', '--author', 'Lê Văn Bình'],
      ],
      'articles/2026/ra-quan-lam-duong-giao-thong-nong-thon/index.md',
    );
    expect(text).toContain('title: "Ra quân làm đường giao thông nông thôn"');
    expect(text).toContain('date: "2026-03-02 07:30"');
    expect(text).toContain('draft: true');
    expect(output).toContain(`Ảnh và tệp đặt trong thư mục ${path.relative(ROOT, path.join(content, 'articles/2026/ra-quan-lam-duong-giao-thong-nong-thon'))}/`);
    expect(output).toContain('Cần viết nốt: nội dung');
  });

  it('a notice, with its attachment copied beside it under a name without diacritics', () => {
    const { content, text } = made(
      ['--type', 'thông báo', '--title', 'Lịch tiếp công dân tháng 4 năm 2026', '--date', '2026-04-01', '--file', PDF],
      'notices/2026/lich-tiep-cong-dan-thang-4-nam-2026/index.md',
    );
    expect(text).toContain('  - file: ./lich-tiem-chung.pdf');
    expect(fs.readFileSync(path.join(content, 'notices/2026/lich-tiep-cong-dan-thang-4-nam-2026/lich-tiem-chung.pdf')).equals(fs.readFileSync(PDF))).toBe(true);
  });

  it('a document, with its type from the list, its number and its file', () => {
    const { text } = made(
      ['--type', 'van-ban', '--title', 'Kế hoạch cải cách hành chính năm 2026', '--doc-type', 'Kế hoạch', '--number', '06/KH-UBND', '--date', '2026-01-08', '--file', PDF],
      'documents/2026/ke-hoach-cai-cach-hanh-chinh-nam-2026/index.md',
    );
    expect(text).toContain('type: "Kế hoạch"');
    expect(text).toContain('number: "06/KH-UBND"');
    // The issuer defaults to the unit's short name (site.yaml).
    expect(text).toContain('issuer: "UBND xã Thử Nghiệm"');
  });

  it('a week of the work schedule, titled from its first day', () => {
    const { text } = made(['--type', 'lich', '--date', '2026-11-16'], 'schedules/2026/lich-lam-viec-tuan-47-nam-2026.md');
    expect(text).toContain('title: "Lịch làm việc tuần 47 năm 2026"');
    expect(text).toContain('from: "2026-11-16"');
  });

  it('an album, with every photo of a folder listed', () => {
    const { text } = made(['--type', 'album', '--title', 'Mùa gặt', '--date', '2026-06-10', '--photos', PHOTOS], 'albums/2026/mua-gat/index.md');
    const photos = fs.readdirSync(PHOTOS).filter((f) => f.endsWith('.jpg'));
    expect(photos.length).toBeGreaterThan(1);
    for (const photo of photos) expect(text).toContain(`- src: ./${photo}`);
  });

  it('a page', () => {
    const { text } = made(['--type', 'trang', '--title', 'Sơ đồ tổ chức'], 'pages/so-do-to-chuc.md');
    expect(text).toContain('draft: true');
  });
});

describe('a draft and its placeholders', () => {
  let content: string;
  let out: string;
  let built: { status: number | null; output: string };
  beforeAll(() => {
    content = makePortal();
    expect(npm(['new', '--', '--type', 'trang', '--title', 'Sơ đồ tổ chức'], content).status).toBe(0);
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-new-'));
    built = build(content, out, { PORTAL_CACHE_DIR: path.join(out, '.cache') });
  }, 300_000);

  it('publishes no draft page, and links to none from the footer or the sitemap', () => {
    expect(built.status, built.output).toBe(0);
    expect(fs.existsSync(path.join(out, 'so-do-to-chuc'))).toBe(false);
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('href="/gioi-thieu/"');
    for (const file of ['index.html', 'so-do-trang/index.html', 'sitemap.xml']) expect(fs.readFileSync(path.join(out, file), 'utf8'), file).not.toContain('so-do-to-chuc');
  });

  it('refuses the placeholders once the draft is to be published, naming file, line and field', () => {
    const file = path.join(content, 'pages/so-do-to-chuc.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const checked = npm(['check'], content);
    expect(checked.status).toBe(1);
    const shown = path.relative(ROOT, file);
    expect(checked.output).toMatch(new RegExp(`${shown}:3: trường "description": «.*\\(thay dòng này trước khi đăng\\)» là chữ tạm do npm run new ghi vào`));
    expect(checked.output).toMatch(new RegExp(`${shown}:\\d+: trường "nội dung": dòng «.*» là chữ tạm`));
  });
});

describe('npm run new refuses, in Vietnamese and without writing', () => {
  it('a title that would publish at an existing address', () => {
    const content = makePortal();
    const result = npm(['new', '--', '--type', 'tin', '--title', 'Bài hợp lệ', '--category', 'kinh-te', '--date', '2026-01-05'], content);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/✗ đã có bài viết cùng địa chỉ «bai-hop-le» \(articles\/2024\/bai-hop-le\.md\)/);
    expect(fs.existsSync(path.join(content, 'articles/2026'))).toBe(false);
  });

  it('an unknown kind, category or document type, naming the choices; no kind at all outside a terminal', () => {
    const content = makePortal();
    expect(npm(['new', '--', '--type', 'video', '--title', 'A'], content).output).toMatch(/✗ không có loại «video»; hãy chọn: tin \(Tin tức\), thong-bao \(Thông báo\)/);
    expect(npm(['new', '--', '--type', 'tin', '--title', 'A b c', '--category', 'the-thao', '--date', '2026-01-05'], content).output).toMatch(
      /✗ chuyên mục «the-thao» không có; hãy chọn một trong: cai-cach-hanh-chinh/,
    );
    expect(npm(['new', '--', '--type', 'van-ban', '--title', 'A b c', '--doc-type', 'Thư', '--number', '1/TB-UBND', '--file', PDF], content).output).toMatch(
      /✗ loại văn bản «Thư» không có; hãy chọn một trong: Luật, Nghị định/,
    );
    expect(npm(['new'], content).output).toMatch(/✗ cần chọn loại nội dung: --type tin \(Tin tức\)/);
    expect(fs.readdirSync(content).sort()).toEqual(['articles', 'media', 'pages', 'site.yaml']);
  });
});
