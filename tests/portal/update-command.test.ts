/**
 * `npm run update` on a temporary pair of repositories: the upstream (a copy
 * of this one, as the template a unit was made from) and a unit's repository
 * cloned from it, with content of its own. After upstream changes its engine
 * (and its sample content), the unit's update takes every engine change, the
 * removals included, and leaves its content/ and CODEOWNERS as they were,
 * in one commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyRepository, git, run } from '../helpers/repo-copy.ts';

let upstream: string;
let unit: string;
let update: { status: number | null; output: string };
let upstreamHead: string;

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const write = (root: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const ARTICLE = 'content/articles/2026/tin-cua-don-vi.md';
const ARTICLE_TEXT =
  '---\ntitle: "Tin của đơn vị"\ndate: 2026-05-04\ncategory: kinh-te\nsummary: "Bài của đơn vị, viết sau khi tách khỏi kho mẫu, không được mất khi cập nhật phần mềm."\nauthor: "Văn phòng"\n---\n\nNội dung.\n';

beforeAll(() => {
  upstream = copyRepository();
  fs.rmSync(path.join(upstream, 'node_modules'));
  git(upstream, 'init', '-q');
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-q', '-m', 'Bản 1');

  // The unit: a clone, with its own content and reviewers, and the template as `upstream`.
  unit = path.join(path.dirname(upstream), `${path.basename(upstream)}-don-vi`);
  git(path.dirname(upstream), 'clone', '-q', upstream, unit);
  git(unit, 'remote', 'rename', 'origin', 'upstream');
  fs.symlinkSync(path.join(import.meta.dirname, '../../node_modules'), path.join(unit, 'node_modules'), 'dir');
  // (A link is not the folder .gitignore names: ignored here the way an installed node_modules/ is.)
  fs.appendFileSync(path.join(unit, '.git/info/exclude'), 'node_modules\n');
  write(unit, ARTICLE, ARTICLE_TEXT);
  write(unit, 'content/site.yaml', read(unit, 'content/site.yaml').replace(/^name: .*$/m, 'name: UBND xã Tân Lập'));
  write(unit, '.github/CODEOWNERS', '*  @ubnd-tan-lap/ky-thuat\n/content/  @ubnd-tan-lap/bien-tap\n');
  write(unit, 'scripts/cong-cu-rieng.ts', '// a file the unit added outside its own paths\n');
  git(unit, 'add', '-A');
  git(unit, 'commit', '-q', '-m', 'Nội dung của đơn vị');

  // Upstream moves on: an engine fix, a new file, a file removed, and new sample content.
  write(upstream, 'src/i18n/ui.ts', `${read(upstream, 'src/i18n/ui.ts')}\n// Bản 2: sửa lỗi bảo mật.\n`);
  write(upstream, 'scripts/lenh-moi.ts', '// Bản 2: một lệnh mới.\n');
  fs.rmSync(path.join(upstream, 'docs/anh-va-thu-vien-anh.md'));
  write(upstream, 'content/articles/2026/tin-mau-moi.md', ARTICLE_TEXT.replace('Tin của đơn vị', 'Tin mẫu mới'));
  write(upstream, '.github/CODEOWNERS', '*  @to-chuc/ky-thuat-moi\n');
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-q', '-m', 'Bản 2');
  upstreamHead = git(upstream, 'rev-parse', 'HEAD');

  update = run(unit, 'npm', ['run', 'update']);
}, 300_000);

describe('npm run update', () => {
  it('takes every engine change from upstream: changed, added and removed files', () => {
    expect(update.status, update.output).toBe(0);
    expect(read(unit, 'src/i18n/ui.ts')).toBe(read(upstream, 'src/i18n/ui.ts'));
    expect(read(unit, 'scripts/lenh-moi.ts')).toContain('Bản 2');
    expect(fs.existsSync(path.join(unit, 'docs/anh-va-thu-vien-anh.md'))).toBe(false);
    // Outside its own paths the unit's tree is upstream's: a file it added there goes too (the guide says so).
    expect(fs.existsSync(path.join(unit, 'scripts/cong-cu-rieng.ts'))).toBe(false);
    const engine = (root: string) => git(root, 'ls-files', '--', '.', ':(exclude)content', ':(exclude).github/CODEOWNERS');
    expect(engine(unit)).toBe(engine(upstream));
  });

  it('leaves the unit’s content and reviewers as they were, and brings none of upstream’s sample content', () => {
    expect(read(unit, ARTICLE)).toBe(ARTICLE_TEXT);
    expect(read(unit, 'content/site.yaml')).toMatch(/^name: UBND xã Tân Lập$/m);
    expect(fs.existsSync(path.join(unit, 'content/articles/2026/tin-mau-moi.md'))).toBe(false);
    expect(read(unit, '.github/CODEOWNERS')).toContain('@ubnd-tan-lap/bien-tap');
  });

  it('makes one commit naming the upstream commit, and leaves nothing uncommitted', () => {
    expect(git(unit, 'log', '-1', '--format=%s%n%b')).toMatch(new RegExp(`^Cập nhật phần mềm từ upstream main \\(${upstreamHead.slice(0, 12)}\\)\\n.*${upstreamHead}`));
    expect(git(unit, 'rev-list', '--count', 'HEAD')).toBe('3');
    expect(git(unit, 'status', '--porcelain')).toBe('');
    expect(update.output).toContain('✓ Đã lấy');
  });

  it('says so when there is nothing new, and refuses to run over uncommitted work', () => {
    const again = run(unit, 'npm', ['run', 'update']);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('✓ Đã là bản mới nhất');
    write(unit, ARTICLE, `${ARTICLE_TEXT}\nĐang viết dở.\n`);
    const refused = run(unit, 'npm', ['run', 'update']);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/✗ kho có thay đổi chưa commit/);
    expect(read(unit, ARTICLE)).toContain('Đang viết dở.');
  });

  it('asks for the upstream repository when it does not know one', () => {
    git(unit, 'checkout', '-q', '--', '.');
    git(unit, 'remote', 'remove', 'upstream');
    const refused = run(unit, 'npm', ['run', 'update']);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/✗ chưa biết kho gốc để lấy bản mới; hãy thêm một lần: git remote add upstream/);
  });
});
