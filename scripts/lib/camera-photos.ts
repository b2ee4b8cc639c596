/**
 * Photos made like the ones editors upload, generated on the spot (nothing
 * binary is kept in the repository): a phone photo held upright (4000×3000
 * pixels stored on their side with EXIF orientation 6, camera make and model,
 * and GPS coordinates, 5–10 MB), a phone screenshot (PNG with transparency)
 * and a portrait photo stored upright. Used by tests/portal/photos.test.ts
 * and scripts/photo-bench.ts.
 *
 * The upright picture has a red band along its top and a blue band along
 * its bottom, so a test can tell whether a published copy is the right way up.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Where the fictional photo was taken (a field in the Mekong delta). */
export const FIXTURE_GPS = { latitude: '10/1 2/1 3150/100', longitude: '105/1 46/1 4620/100' } as const;
export const RED = { r: 200, g: 24, b: 30 } as const;
export const BLUE = { r: 20, g: 60, b: 200 } as const;

/** Pixels of the upright picture: bands at top and bottom, a textured middle, as noisy as a phone sensor. */
function uprightPixels(width: number, height: number, seed = 1): Buffer {
  const data = Buffer.alloc(width * height * 3);
  let s = seed >>> 0;
  const band = Math.round(height * 0.12);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const noise = ((s >>> 24) % 41) - 20;
      const i = (y * width + x) * 3;
      const base = y < band ? RED : y >= height - band ? BLUE : { r: 90 + (x * 100) / width, g: 150 - (y * 60) / height, b: 80 };
      data[i] = Math.max(0, Math.min(255, base.r + noise));
      data[i + 1] = Math.max(0, Math.min(255, base.g + noise));
      data[i + 2] = Math.max(0, Math.min(255, base.b + noise));
    }
  }
  return data;
}

export interface MadePhoto {
  file: string;
  bytes: number;
  /** Size as stored in the file. */
  storedWidth: number;
  storedHeight: number;
  /** Size as it should be shown (after the EXIF orientation). */
  width: number;
  height: number;
}

async function made(file: string, width: number, height: number): Promise<MadePhoto> {
  const meta = await sharp(file).metadata();
  return { file, bytes: fs.statSync(file).size, storedWidth: meta.width, storedHeight: meta.height, width, height };
}

/**
 * A phone photo taken upright: a 3000×4000 picture stored as 4000×3000
 * pixels turned a quarter to the left, with EXIF orientation 6 ("turn right
 * to view"), make, model, date and GPS position.
 */
export async function writePhonePhoto(file: string, long = 4000, short = 3000): Promise<MadePhoto> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const upright = sharp(uprightPixels(short, long), { raw: { width: short, height: long, channels: 3 } });
  const stored = await upright.rotate(270).toBuffer({ resolveWithObject: false });
  await sharp(stored, { raw: { width: long, height: short, channels: 3 } })
    .withExif({
      IFD0: { Make: 'Máy ảnh mẫu', Model: 'Điện thoại mẫu X', DateTime: '2026:03:14 08:30:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: FIXTURE_GPS.latitude, GPSLongitudeRef: 'E', GPSLongitude: FIXTURE_GPS.longitude },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 92, chromaSubsampling: '4:4:4' })
    .toFile(file);
  return made(file, short, long);
}

/**
 * A phone screenshot: a flat interface with text-like bars, PNG with an
 * alpha channel whose top-left 200×200 corner is fully transparent.
 */
export async function writeScreenshot(file: string, width = 1170, height = 2532): Promise<MadePhoto> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bars = Array.from({ length: 18 }, (_, i) => `<rect x="60" y="${360 + i * 110}" width="${600 + ((i * 137) % 420)}" height="44" rx="8" fill="#9aa3ad"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect y="200" width="100%" height="100%" fill="#f4f6f8"/><rect x="200" width="100%" height="260" fill="${`rgb(${RED.r},${RED.g},${RED.b})`}"/><rect y="200" width="100%" height="60" fill="${`rgb(${RED.r},${RED.g},${RED.b})`}"/>${bars}<rect y="${height - 220}" width="100%" height="220" fill="${`rgb(${BLUE.r},${BLUE.g},${BLUE.b})`}"/></svg>`;
  await sharp(Buffer.from(svg)).ensureAlpha().png().toFile(file);
  return made(file, width, height);
}

/** A portrait photo stored upright (no orientation flag), 3000×4000, with camera EXIF but no GPS. */
export async function writePortrait(file: string, width = 3000, height = 4000): Promise<MadePhoto> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(uprightPixels(width, height, 7), { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: 'Máy ảnh mẫu', Model: 'Máy ảnh mẫu Y' } })
    .jpeg({ quality: 90 })
    .toFile(file);
  return made(file, width, height);
}
