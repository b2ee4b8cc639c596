/**
 * `npm run shrink-photos`: scales photos down to what a web original needs
 * before they are committed (long side at most 2,560 px, at most 5 MB),
 * turned upright, without their GPS position and camera metadata, in place.
 * Photos already within the limits and without a position are left alone.
 *
 *   npm run shrink-photos                         photos new or changed in content/ (git status)
 *   npm run shrink-photos -- content/albums/2026/le-hoi/   the photos of a folder, or given files
 *   npm run shrink-photos -- --all                every photo of content/
 *   npm run shrink-photos -- --staged             photos staged for the next commit, staged again
 *                                                 (for a git pre-commit hook: docs/anh-va-thu-vien-anh.md)
 *
 * Only files inside the content folder are touched. The logic lives in
 * src/files/shrink-photo.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/content-folder.ts';
import { shrinkPhoto, shrinkReason, photoState } from '../src/files/shrink-photo.ts';
import { formatFileSize, formatNumber } from '../src/model/format.ts';

const { values, positionals } = parseArgs({ options: { all: { type: 'boolean' }, staged: { type: 'boolean' } }, allowPositionals: true });
const root = fs.realpathSync(contentDir());
const shown = (file: string) => path.relative(process.cwd(), file) || file;
/** Photos this command rewrites: the formats it writes back as they were. */
const REWRITABLE = /\.(jpe?g|png|webp)$/i;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Every regular file under `dir`, links left out. */
function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? walk(full) : entry.isFile() ? [full] : [];
  });
}

/** A path given on the command line, resolved inside the content folder, or a Vietnamese refusal. */
function inside(given: string): string {
  if (!fs.existsSync(given)) fail(`không thấy «${given}»`);
  const real = fs.realpathSync(given);
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) fail(`«${given}» nằm ngoài thư mục nội dung ${shown(root)}/; lệnh chỉ sửa ảnh trong đó`);
  return real;
}

function git(...args: string[]): string[] | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\0').filter(Boolean) : undefined;
}
const top = git('rev-parse', '--show-toplevel')?.[0]?.trim();

let photos: string[];
if (positionals.length) {
  photos = positionals.map(inside).flatMap((p) => (fs.statSync(p).isDirectory() ? walk(p) : [p]));
} else if (values.all || !top) {
  photos = walk(root);
} else if (values.staged) {
  photos = (git('diff', '--cached', '--name-only', '--diff-filter=AM', '-z', '--', root) ?? []).map((file) => path.join(top, file));
} else {
  const changed = [
    ...(git('diff', '--name-only', '--diff-filter=AM', '-z', 'HEAD', '--', root) ?? []),
    ...(git('ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', root) ?? []),
  ];
  photos = changed.map((file) => path.join(top, file));
}
photos = [...new Set(photos)].filter((file) => REWRITABLE.test(file) && fs.existsSync(file)).sort();

let before = 0;
let after = 0;
let done = 0;
for (const photo of photos) {
  let result;
  try {
    const state = await photoState(photo);
    if (!shrinkReason(state)) continue;
    result = (await shrinkPhoto(photo))!;
  } catch (error) {
    console.error(`✗ ${shown(photo)}: không đọc được ảnh (${(error as Error).message}); hãy chép lại ảnh gốc`);
    process.exitCode = 1;
    continue;
  }
  done += 1;
  before += result.before.bytes;
  after += result.after.bytes;
  const size = (s: { width: number; height: number }) => `${formatNumber(s.width)}×${formatNumber(s.height)}`;
  const notes = [
    `${size(result.before)} → ${size(result.after)} điểm ảnh`,
    `${formatFileSize(result.before.bytes)} → ${formatFileSize(result.after.bytes)}`,
    ...(result.before.gps ? ['đã bỏ vị trí GPS'] : []),
  ];
  console.log(`✓ ${shown(photo)}: ${notes.join(', ')}`);
  if (values.staged && top) spawnSync('git', ['add', '--', photo], { cwd: top });
}
if (done === 0) console.log(`Không có ảnh nào cần thu nhỏ (${photos.length} ảnh đã xem).`);
else console.log(`Đã thu nhỏ ${done} ảnh: ${formatFileSize(before)} → ${formatFileSize(after)}.`);
