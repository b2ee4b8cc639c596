/**
 * `npm run init --yes …` on a temporary copy of the repository, as a new
 * unit runs it: then the content check and the build pass, with no English
 * warning, and nothing of the sample unit is left in dist/, the web editor's
 * configuration or the editor guide; the engine's own tests, which read their
 * fixtures and never content/, still pass in the copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { listFiles } from '../helpers/portal.ts';
import { copyRepository, git, run } from '../helpers/repo-copy.ts';

const ANSWERS = [
  ...['--name', 'Ủy ban nhân dân xã Tân Lập', '--short', 'UBND xã Tân Lập', '--parent', 'Tỉnh Đắk Lắk'],
  ...['--url', 'https://tanlap.daklak.gov.vn', '--email', 'ubndtanlap@daklak.gov.vn', '--phone', '0262 3812 345'],
  ...['--address', 'Số 1 đường Trung tâm, xã Tân Lập, tỉnh Đắk Lắk', '--repo', 'ubnd-tan-lap/cong-thong-tin'],
];
/** What names the sample unit, in every form it is written: names, slugs, addresses, the sample marks. */
const SAMPLE_NAMES = /An Bình|An Binh|Đồng Nguyên|Dong Nguyen|an-binh|anbinh|dong-nguyen|dongnguyen|\(mẫu\)|\(sample\)|kho-noi-dung/i;
/** «mẫu» on its own marks the sample; «biểu mẫu» (a form) is an ordinary word. */
const SAMPLE_WORD = /(?<!biểu[ -])mẫu/i;
const TEXT = /\.(html|xml|txt|json|js|css|svg|yml|ics|webmanifest)$/;

let repo: string;
let init: { status: number | null; output: string };
let built: { status: number | null; output: string };

beforeAll(() => {
  repo = copyRepository({ withSampleBuild: true });
  // A unit's repository: the template committed, so that init's guard against losing work has a git to ask.
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Mẫu ban đầu');
  init = run(repo, 'npm', ['run', 'init', '--', '--yes', ...ANSWERS]);
  // Its own cache, as a unit's first build has: the copy shares node_modules (and so Astro's default cache) with this repository.
  built = run(repo, 'npm', ['run', 'build'], { env: { PORTAL_CACHE_DIR: path.join(repo, '.cache/astro') } });
}, 600_000);

describe('npm run init', () => {
  it('writes the unit’s site.yaml, standard pages and emblem, and removes the sample’s entries', () => {
    expect(init.status, init.output).toBe(0);
    const content = path.join(repo, 'content');
    const site = parseYaml(fs.readFileSync(path.join(content, 'site.yaml'), 'utf8')) as Record<string, unknown>;
    expect(site).toMatchObject({
      name: 'UBND xã Tân Lập',
      fullName: 'Ủy ban nhân dân xã Tân Lập',
      parent: 'Tỉnh Đắk Lắk',
      url: 'https://tanlap.daklak.gov.vn',
      email: 'ubndtanlap@daklak.gov.vn',
      phone: '0262 3812 345',
      repository: 'ubnd-tan-lap/cong-thong-tin',
      emblem: './media/bieu-trung.svg',
    });
    // Not known yet, so left out rather than filled with text to replace.
    expect(site).not.toHaveProperty('responsible');
    expect(init.output).toContain('ghi người chịu trách nhiệm nội dung');
    expect(fs.readdirSync(path.join(content, 'pages')).sort()).toEqual(['chinh-sach-rieng-tu.md', 'en.md', 'gioi-thieu.md', 'lien-he.md', 'tro-nang-tiep-can.md']);
    expect(fs.readFileSync(path.join(content, 'pages/gioi-thieu.md'), 'utf8')).toContain('title: "Giới thiệu xã Tân Lập"');
    expect(fs.readFileSync(path.join(content, 'pages/en.md'), 'utf8')).toContain("People's Committee of Tan Lap Commune, Dak Lak Province");
    expect(listFiles(content).sort()).toEqual([
      'media/bieu-trung.svg',
      'pages/chinh-sach-rieng-tu.md',
      'pages/en.md',
      'pages/gioi-thieu.md',
      'pages/lien-he.md',
      'pages/tro-nang-tiep-can.md',
      'site.yaml',
    ]);
  });

  it('leaves a portal that passes the check and builds, with no English warning about empty sections', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(/✓ Nội dung hợp lệ/);
    expect(built.output).not.toMatch(/does not exist or is empty/);
    expect(built.output).not.toMatch(/\[WARN\]/);
  });

  it('publishes the unit’s own name and pages, and says in Vietnamese that its sections are still empty', () => {
    const dist = path.join(repo, 'dist');
    const home = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Ủy ban nhân dân xã Tân Lập');
    expect(home).toContain('href="/gioi-thieu/"');
    expect(home).not.toContain('Chịu trách nhiệm nội dung');
    for (const page of ['tin-tuc', 'luu-tru', 'chuyen-muc/kinh-te'])
      expect(fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8'), page).toContain('Chưa có tin bài nào được đăng.');
    expect(fs.readFileSync(path.join(dist, 'thu-vien-anh/index.html'), 'utf8')).toContain('Chưa có album ảnh nào được đăng.');
    expect(fs.readFileSync(path.join(dist, 'van-ban/index.html'), 'utf8')).toContain('Chưa có văn bản nào được đăng.');
    const cms = parseYaml(fs.readFileSync(path.join(dist, 'admin/config.yml'), 'utf8')) as { backend: Record<string, unknown> };
    expect(cms.backend).toMatchObject({ name: 'github', repo: 'ubnd-tan-lap/cong-thong-tin' });
  });

  it('leaves nothing of the sample unit in dist/, the web editor’s configuration or the editor guide', () => {
    const generated = run(repo, 'npm', ['run', 'docs:fields']);
    expect(generated.status, generated.output).toBe(0);
    const dist = path.join(repo, 'dist');
    const found: string[] = [];
    for (const [root, files] of [
      [dist, listFiles(dist).filter((file) => TEXT.test(file))],
      [path.join(repo, 'docs'), listFiles(path.join(repo, 'docs'))],
    ] as const) {
      for (const file of files) {
        const text = fs.readFileSync(path.join(root, file), 'utf8');
        const name = SAMPLE_NAMES.exec(text);
        // Decap CMS's own bundle is third-party text: only names are looked for there, not the word «mẫu».
        const word = file.startsWith('admin/') && file.endsWith('.js') ? null : SAMPLE_WORD.exec(text);
        for (const match of [name, word]) if (match) found.push(`${path.relative(repo, path.join(root, file))}: «${text.slice(Math.max(0, match.index - 40), match.index + 40)}»`);
      }
    }
    expect(found).toEqual([]);
    expect(listFiles(dist).filter((file) => /an-?binh|dong-?nguyen/i.test(file))).toEqual([]);
  });

  it('keeps the engine’s tests passing: they read their own fixtures, never content/', () => {
    const unit = run(repo, 'npx', ['vitest', 'run', '--project', 'unit']);
    expect(unit.status, unit.output.slice(-3000)).toBe(0);
    expect(unit.output).toMatch(/Test Files {2}\d+ passed/);
    const portal = run(repo, 'npx', ['vitest', 'run', 'tests/portal/sample-site.test.ts', 'tests/portal/portal-sections.test.ts', 'tests/portal/sample-photos.test.ts']);
    expect(portal.status, portal.output.slice(-3000)).toBe(0);
    expect(portal.output).toMatch(/Test Files {2}3 passed/);
    // And the unit's own portal passes the checks of `npm run test:site` that need no browser.
    const site = run(repo, 'npx', ['vitest', 'run', '--project', 'site', 'tests/site/static-checks.test.ts'], { env: { PORTAL_DIST: 'dist' } });
    expect(site.status, site.output.slice(-3000)).toBe(0);
  }, 900_000);

  it('refuses missing or wrong answers in Vietnamese, changing nothing', () => {
    const before = fs.readFileSync(path.join(repo, 'content/site.yaml'), 'utf8');
    const refused = run(repo, 'npm', [
      'run',
      'init',
      '--',
      '--yes',
      '--force',
      '--name',
      'Ủy ban nhân dân xã Tân Lập',
      '--url',
      'http://tanlap.example',
      '--email',
      'khong-phai-email',
    ]);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/✗ cần nhập tên ngắn, ví dụ «UBND xã Tân Lập»/);
    expect(refused.output).toMatch(/✗ địa chỉ trang \(url\): địa chỉ «http:\/\/tanlap\.example» không an toàn \(http:\/\/\); hãy dùng địa chỉ https:\/\//);
    expect(refused.output).toMatch(/✗ email phải là một địa chỉ thư điện tử hợp lệ/);
    expect(fs.readFileSync(path.join(repo, 'content/site.yaml'), 'utf8')).toBe(before);
  });

  it('will not run over edits of content/ that are not committed', () => {
    fs.appendFileSync(path.join(repo, 'content/pages/lien-he.md'), '\nGiờ làm việc: sáng từ 7 giờ 30.\n');
    const refused = run(repo, 'npm', ['run', 'init', '--', '--yes', ...ANSWERS]);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/✗ content\/ có thay đổi chưa commit/);
    expect(fs.readFileSync(path.join(repo, 'content/pages/lien-he.md'), 'utf8')).toContain('Giờ làm việc: sáng từ 7 giờ 30.');
  });
});
