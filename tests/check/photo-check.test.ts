/**
 * The photo file check, on files made for the test with sharp: what each
 * kind of broken or unsuitable photo is told, and what is remembered.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPhotoFiles } from '../../src/check/photo-check.ts';
import { PHOTO_LIMITS } from '../../src/model/photos.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'photo-check-'));
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#4a7' } })
    .jpeg()
    .toBuffer();
  fs.writeFileSync(file('tot.jpg'), jpeg);
  fs.writeFileSync(file('cat-ngang.jpg'), jpeg.subarray(0, Math.floor(jpeg.length * 0.6)));
  fs.writeFileSync(file('tai-lieu.jpg'), Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'));
  fs.writeFileSync(file('hinh-ve.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  // 9000 × 8000 = 72 megapixels, a few kilobytes as a one-colour PNG.
  await sharp({ create: { width: 9000, height: 8000, channels: 3, background: '#fff' } })
    .png({ palette: true, colours: 2 })
    .toFile(file('qua-lon.png'));
  // Over the byte limit without writing the bytes: a sparse file.
  fs.closeSync(fs.openSync(file('qua-nang.jpg'), 'w'));
  fs.truncateSync(file('qua-nang.jpg'), PHOTO_LIMITS.maxBytes + 1024);
});

async function problemOf(name: string) {
  const [result] = await checkPhotoFiles([file(name)], false);
  return result?.problem?.(`./${name}`);
}

describe('checkPhotoFiles', () => {
  it('passes a sound photo (the control case)', async () => {
    expect(await checkPhotoFiles([file('tot.jpg')], false)).toEqual([]);
  });

  it('refuses a truncated JPEG and says to copy the original again', async () => {
    expect(await problemOf('cat-ngang.jpg')).toMatch(/^«\.\/cat-ngang\.jpg» bị hỏng, không đọc được hết dữ liệu ảnh \(.+\); hãy chép lại ảnh gốc/);
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    expect(await problemOf('tai-lieu.jpg')).toMatch(/^«\.\/tai-lieu\.jpg» không phải là tệp ảnh .*hãy xuất lại ảnh dạng JPEG/);
  });

  it('refuses an SVG drawing as a photo', async () => {
    expect(await problemOf('hinh-ve.png')).toMatch(/là hình vẽ SVG, không phải ảnh chụp/);
  });

  it('refuses a photo over the pixel limit, saying its size and the limit, and pointing to npm run shrink-photos', async () => {
    expect(await problemOf('qua-lon.png')).toMatch(/có 9\.000×8\.000 điểm ảnh \(72,0 megapixel\), quá giới hạn 64 megapixel cho một ảnh; hãy chạy npm run shrink-photos/);
  });

  it('refuses a file over the byte limit (10 MB: a camera original, not a web one) without reading it, giving the command for that very file', async () => {
    const shown = path.relative(process.cwd(), file('qua-nang.jpg'));
    expect(await problemOf('qua-nang.jpg')).toBe(
      `«./qua-nang.jpg» nặng 10,0 MB, quá giới hạn 10,0 MB cho một ảnh; hãy chạy npm run shrink-photos -- ${shown} (ảnh được thu nhỏ tại chỗ), hoặc thu nhỏ ảnh trước khi tải lên trình biên tập web`,
    );
  });

  it('checks each file once, however many entries use it', async () => {
    const results = await checkPhotoFiles([file('cat-ngang.jpg'), file('tot.jpg'), file('cat-ngang.jpg')], false);
    expect(results.map((r) => path.basename(r.file))).toEqual(['cat-ngang.jpg']);
  });

  it('remembers photos that passed by content hash, and never those that failed', async () => {
    const cache = path.join(dir, 'cache/passed.json');
    await checkPhotoFiles([file('tot.jpg'), file('cat-ngang.jpg')], cache);
    const hash = (name: string) =>
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(file(name)))
        .digest('hex');
    const saved = JSON.parse(fs.readFileSync(cache, 'utf8')) as { passed: string[] };
    expect(saved.passed).toContain(hash('tot.jpg'));
    expect(saved.passed).not.toContain(hash('cat-ngang.jpg'));
    // A remembered photo is not read again: its cached verdict stands even for a file the check could not decode.
    fs.writeFileSync(cache, JSON.stringify({ ...saved, passed: [...saved.passed, hash('cat-ngang.jpg')] }));
    expect(await checkPhotoFiles([file('cat-ngang.jpg')], cache)).toEqual([]);
  });
});
