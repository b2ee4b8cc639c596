// Writes the photo files of the bad-input fixtures (tests/fixtures/bad-input/*),
// each a few kilobytes, made with sharp: a sound small photo where the
// mistake is elsewhere, a truncated JPEG, a "photo" that is really a text
// file, and a one-colour PNG of 9000×8000 pixels (72 megapixels, over the limit).
//
// Usage (from the repository root): node scripts/sample/make-bad-photo-fixtures.mjs

import sharp from 'sharp';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/bad-input');
const small = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#5b8f4e' } })
  .jpeg({ quality: 70 })
  .toBuffer();
// With texture, so that most of the file is image data and cutting it leaves a readable header.
const noise = Buffer.alloc(320 * 240 * 3, 0).map((_, i) => (i * 2654435761) >>> 24);
const textured = await sharp(noise, { raw: { width: 320, height: 240, channels: 3 } })
  .jpeg({ quality: 70 })
  .toBuffer();

const files = {
  'missing-photo-alt/articles/2024/anh-khong-mo-ta/anh.jpg': small,
  'missing-caption/articles/2024/bo-anh-thieu-chu-thich/anh-1.jpg': small,
  'missing-caption/articles/2024/bo-anh-thieu-chu-thich/anh-2.jpg': small,
  'corrupt-jpeg/articles/2024/anh-hong/anh-1.jpg': textured.subarray(0, Math.floor(textured.length * 0.55)),
  'not-an-image/articles/2024/khong-phai-anh/anh-1.jpg': Buffer.from('Biên bản họp, không phải ảnh.\n'),
  'photo-too-large/articles/2024/anh-qua-lon/anh-1.png': await sharp({ create: { width: 9000, height: 8000, channels: 3, background: '#ffffff' } })
    .png({ palette: true, colours: 2 })
    .toBuffer(),
  'unlisted-album-photo/albums/2024/album-thieu-anh/anh-01.jpg': small,
  'unlisted-album-photo/albums/2024/album-thieu-anh/anh-02.jpg': small,
  'gallery-marker-without-gallery/articles/2024/thieu-bo-anh/anh-bia.jpg': small,
};
for (const [file, data] of Object.entries(files)) {
  const out = join(root, file);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, data);
  console.log(`${file}  ${data.length} bytes`);
}
