/**
 * `npm run update`: takes a newer engine from the upstream repository (the
 * template this portal was made from) without touching the unit's content.
 * Every path but the unit's own becomes what it is upstream: files changed
 * or added there arrive, files removed there go. The unit's own paths stay as
 * they are: content/ and .github/CODEOWNERS, and any path given with --keep.
 * The result is one commit, naming the upstream commit it brings.
 *
 *   git remote add upstream https://github.com/<chủ>/<kho-mẫu>.git    (once)
 *   npm run update                        # upstream's main branch
 *   npm run update -- --ref v1.4.0        # a tag or branch of upstream
 *   npm run update -- --from https://github.com/<chủ>/<kho-mẫu>.git --keep netlify.toml
 *
 * Self-contained (git and Node only), so that it works whatever the engine
 * it replaces. docs/cap-nhat-phan-mem.md explains it to IT officers.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    ref: { type: 'string', default: 'main' },
    keep: { type: 'string', multiple: true, default: [] },
    'no-commit': { type: 'boolean' },
  },
});

/** The unit's own paths: never taken from upstream. */
const KEEP = ['content', '.github/CODEOWNERS', ...(values.keep ?? []).map((p) => p.replace(/\/+$/, ''))];

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function git(args: string[], allowFailure = false, input?: string): string {
  const result = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, input });
  if (result.status !== 0 && !allowFailure) fail(`git ${args.join(' ')}:\n${(result.stderr || result.stdout).trim()}`);
  return result.status === 0 ? result.stdout : '';
}

const top = git(['rev-parse', '--show-toplevel'], true).trim();
if (!top) fail('thư mục này không phải kho git; hãy chạy lệnh trong kho mã của cổng thông tin');
process.chdir(top);
if (git(['status', '--porcelain']).trim()) fail('kho có thay đổi chưa commit; hãy commit (hoặc bỏ) chúng trước khi cập nhật, rồi chạy lại');

const remotes = git(['remote']).split('\n').filter(Boolean);
const source = values.from ?? (remotes.includes('upstream') ? 'upstream' : undefined);
if (!source) {
  fail('chưa biết kho gốc để lấy bản mới; hãy thêm một lần: git remote add upstream https://github.com/<chủ>/<kho-mẫu>.git (hoặc dùng --from <địa chỉ kho>)');
}

console.log(`Lấy ${values.ref} từ ${source}…`);
git(['fetch', '--quiet', '--no-tags', source, values.ref!]);
const upstream = git(['rev-parse', 'FETCH_HEAD^{commit}']).trim();
const short = upstream.slice(0, 12);

/** Pathspecs for everything but the unit's own paths. */
const engine = ['.', ...KEEP.map((p) => `:(exclude,top)${p}`)];
const lines = (text: string) => text.split('\0').filter(Boolean);
const isEngine = (file: string) => !KEEP.some((kept) => file === kept || file.startsWith(`${kept}/`));

// Files gone upstream (or never there: added by the unit outside its own paths) are removed…
const theirs = new Set(lines(git(['ls-tree', '-r', '-z', '--name-only', upstream])).filter(isEngine));
const removed = lines(git(['ls-files', '-z'])).filter((file) => isEngine(file) && !theirs.has(file));
if (removed.length) git(['rm', '--quiet', '--pathspec-from-file=-', '--pathspec-file-nul'], false, removed.map((file) => `:(literal)${file}`).join('\0'));
// …and every other file is taken as it is upstream.
if (theirs.size) git(['checkout', upstream, '--', ...engine]);

const changed = lines(git(['diff', '--cached', '-z', '--name-only']));
if (changed.length === 0) {
  console.log(`✓ Đã là bản mới nhất (${source} ${values.ref} = ${short}); không có gì thay đổi.`);
  process.exit(0);
}
const lockChanged = changed.some((file) => file === 'package-lock.json' || file === 'package.json');
if (!values['no-commit']) {
  git(['commit', '--quiet', '-m', `Cập nhật phần mềm từ ${source} ${values.ref} (${short})`, '-m', `Lấy mọi tệp từ ${upstream}, trừ ${KEEP.join(', ')} (npm run update).`]);
}
console.log(
  [
    `✓ Đã lấy ${changed.length} tệp từ ${source} ${values.ref} (${short}); giữ nguyên ${KEEP.join(', ')}.`,
    values['no-commit'] ? '  Thay đổi đã sẵn sàng (git add), chưa commit: xem bằng git diff --cached.' : '  Đã tạo một commit; xem bằng git show --stat.',
    ...(lockChanged ? ['  Danh sách gói đã đổi: chạy npm ci để cài đúng các gói mới.'] : []),
    '  Kiểm tra trước khi đẩy lên: npm run check && npm run build && npm test',
    `  Các tệp: ${changed
      .slice(0, 8)
      .map((file) => path.normalize(file))
      .join(', ')}${changed.length > 8 ? ', …' : ''}`,
  ].join('\n'),
);
