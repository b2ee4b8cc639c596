/**
 * Photos as they enter the repository (src/files/shrink-photo.ts), on photos
 * made like the ones editors take: a phone photo stored on its side with a
 * GPS position comes out upright, 2,560 px on its long side, without any
 * position or camera data; a photo within the limits is left alone, unless
 * it records where it was taken.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLUE, RED, writePhonePhoto, writePortrait, writeScreenshot } from '../../scripts/lib/camera-photos.ts';
import { photoState, shrinkPhoto, shrinkReason } from '../../src/files/shrink-photo.ts';
import { WEB_ORIGINAL } from '../../src/model/photos.ts';
import { exifTags, TAG } from '../helpers/exif.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shrink-photo-'));
const at = (name: string) => path.join(dir, name);

/** The mean colour of a horizontal band of the photo as stored (0 = top, 1 = bottom). */
async function band(file: string, where: number) {
  const { data, info } = await sharp(file).resize(40, 40, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  const row = Math.min(39, Math.round(where * 39));
  const pixels = Array.from({ length: 40 }, (_, x) => (row * 40 + x) * info.channels);
  const mean = (c: number) => pixels.reduce((sum, i) => sum + data[i + c]!, 0) / pixels.length;
  return { r: mean(0), g: mean(1), b: mean(2) };
}
const near = (colour: { r: number; g: number; b: number }, target: { r: number; g: number; b: number }) =>
  Math.abs(colour.r - target.r) + Math.abs(colour.g - target.g) + Math.abs(colour.b - target.b) < 60;

beforeAll(async () => {
  await writePhonePhoto(at('dien-thoai.jpg'));
  await writePortrait(at('nho.jpg'), 1200, 1600);
  await writeScreenshot(at('chup-man-hinh.png'));
  // A small photo that still records where it was taken.
  await sharp(at('nho.jpg'))
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' } })
    .toFile(at('nho-co-gps.jpg'));
}, 60_000);

describe('photoState and shrinkReason', () => {
  it('see a phone photo upright (3000×4000), with its position', async () => {
    const state = await photoState(at('dien-thoai.jpg'));
    expect(state).toMatchObject({ width: 3000, height: 4000, gps: true, turned: true });
    expect(shrinkReason(state)).toBe('3000×4000 điểm ảnh, có vị trí GPS');
  });

  it('find nothing to do with a small photo without a position, or a screenshot', async () => {
    expect(shrinkReason(await photoState(at('nho.jpg')))).toBeUndefined();
    expect(shrinkReason(await photoState(at('chup-man-hinh.png')))).toBeUndefined();
    expect(shrinkReason(await photoState(at('nho-co-gps.jpg')))).toBe('có vị trí GPS');
    expect(shrinkReason({ width: 2000, height: 1500, bytes: WEB_ORIGINAL.maxBytes + 1, gps: false, turned: false })).toBe('quá nặng');
  });
});

describe('shrinkPhoto', () => {
  it('turns a phone photo upright, 2,560 px on its long side, without EXIF (no position, no camera), much lighter', async () => {
    const file = at('dien-thoai.jpg');
    const bytes = fs.statSync(file).size;
    const result = await shrinkPhoto(file);
    expect(result!.after).toMatchObject({ width: 1920, height: 2560, gps: false, turned: false });
    const meta = await sharp(file).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1, meta.format]).toEqual([1920, 2560, 1, 'jpeg']);
    const tags = exifTags(meta.exif);
    expect(tags.gps.size).toBe(0);
    expect(tags.ifd0.has(TAG.make)).toBe(false);
    expect(fs.statSync(file).size).toBeLessThan(bytes / 2);
    // The red band is at the top of the stored pixels now, the blue one at the bottom.
    expect(near(await band(file, 0.02), RED)).toBe(true);
    expect(near(await band(file, 0.98), BLUE)).toBe(true);
  });

  it('leaves a photo within the limits alone, byte for byte, and is done with one it has shrunk', async () => {
    const small = fs.readFileSync(at('nho.jpg'));
    expect(await shrinkPhoto(at('nho.jpg'))).toBeUndefined();
    expect(fs.readFileSync(at('nho.jpg')).equals(small)).toBe(true);
    expect(await shrinkPhoto(at('dien-thoai.jpg'))).toBeUndefined();
  });

  it('takes the position out of a small photo, keeping its size', async () => {
    const result = await shrinkPhoto(at('nho-co-gps.jpg'));
    expect(result!.after).toMatchObject({ width: 1200, height: 1600, gps: false });
    expect(exifTags((await sharp(at('nho-co-gps.jpg')).metadata()).exif).gps.size).toBe(0);
  });
});
