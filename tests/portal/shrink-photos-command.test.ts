/**
 * `npm run shrink-photos` on a fixture portal kept in git: with no argument it
 * shrinks the photos new or changed in content/, with --staged those staged
 * for the next commit (and stages them again, as a pre-commit hook needs), and
 * it refuses any path outside the content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePhonePhoto } from '../../scripts/lib/camera-photos.ts';
import { ROOT, makePortal } from '../helpers/portal.ts';
import { git, run } from '../helpers/repo-copy.ts';

let content: string;
const shrink = (...args: string[]) => run(ROOT, 'npm', ['run', 'shrink-photos', '--', ...args], { env: { PORTAL_CONTENT_DIR: content } });
const size = async (file: string) => {
  const meta = await sharp(path.join(content, file)).metadata();
  return `${meta.width}×${meta.height}`;
};

beforeAll(async () => {
  content = makePortal();
  git(content, 'init', '-q');
  await writePhonePhoto(path.join(content, 'albums/2026/da-co/anh-1.jpg'));
  git(content, 'add', '-A');
  git(content, 'commit', '-q', '-m', 'Ảnh gốc đã commit');
  await writePhonePhoto(path.join(content, 'albums/2026/moi/anh-2.jpg'));
}, 60_000);

describe('npm run shrink-photos', () => {
  it('shrinks the photos new or changed since the last commit, and only those', async () => {
    const result = shrink();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/✓ .*albums\/2026\/moi\/anh-2\.jpg: 3\.000×4\.000 → 1\.920×2\.560 điểm ảnh, .* MB → .* (KB|MB), đã bỏ vị trí GPS/);
    expect(result.output).toMatch(/Đã thu nhỏ 1 ảnh/);
    expect(await size('albums/2026/moi/anh-2.jpg')).toBe('1920×2560');
    expect(await size('albums/2026/da-co/anh-1.jpg')).toBe('4000×3000');
  });

  it('shrinks the photos staged for the next commit and stages them again', async () => {
    await writePhonePhoto(path.join(content, 'articles/2026/ra-quan/anh-bia.jpg'));
    git(content, 'add', 'articles/2026/ra-quan/anh-bia.jpg');
    const result = shrink('--staged');
    expect(result.status, result.output).toBe(0);
    expect(await size('articles/2026/ra-quan/anh-bia.jpg')).toBe('1920×2560');
    // What is staged is the shrunk photo: nothing of it is left unstaged.
    expect(git(content, 'status', '--porcelain', '--', 'articles/2026/ra-quan/anh-bia.jpg')).toBe('A  articles/2026/ra-quan/anh-bia.jpg');
  });

  it('shrinks the photos of a folder given, and refuses a path outside the content folder', async () => {
    const given = shrink(path.join(content, 'albums/2026/da-co'));
    expect(given.status, given.output).toBe(0);
    expect(await size('albums/2026/da-co/anh-1.jpg')).toBe('1920×2560');
    const outside = shrink(path.join(ROOT, 'tests/fixtures/sample/media'));
    expect(outside.status).toBe(1);
    expect(outside.output).toMatch(/✗ «.*tests\/fixtures\/sample\/media» nằm ngoài thư mục nội dung/);
    expect(fs.existsSync(path.join(ROOT, 'tests/fixtures/sample/media/quoc-huy.svg'))).toBe(true);
  });
});
