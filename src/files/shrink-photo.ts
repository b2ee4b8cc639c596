/**
 * Photos as they should enter the repository: no larger than a web original
 * needs (WEB_ORIGINAL in model/photos.ts: the largest published variant is
 * 1,600 px wide), upright, and without the camera's metadata, the GPS
 * position above all: every file of content/ is public in the repository,
 * whatever the published variants drop. `npm run shrink-photos` runs this on
 * photos before they are committed (scripts/shrink-photos.ts).
 */
import fs from 'node:fs';
import sharp from 'sharp';
import readExif from 'exif-reader';
import { WEB_ORIGINAL } from '../model/photos.ts';

export interface PhotoState {
  width: number;
  height: number;
  bytes: number;
  /** The file records where it was taken (EXIF GPS position). */
  gps: boolean;
  /** EXIF orientation other than upright: the pixels are stored turned. */
  turned: boolean;
}

export interface Shrunk {
  before: PhotoState;
  after: PhotoState;
}

/** What a photo file is: its upright size, weight, and whether it carries a position or a turn. */
export async function photoState(file: string): Promise<PhotoState> {
  const meta = await sharp(file).metadata();
  let gps = false;
  if (meta.exif) {
    try {
      const exif = readExif(meta.exif);
      gps = Boolean(exif.GPSInfo && (exif.GPSInfo.GPSLatitude || exif.GPSInfo.GPSLongitude));
    } catch {
      // Unreadable EXIF: treated as holding a position, so that it is rewritten without it.
      gps = true;
    }
  }
  // Orientations 5 to 8 store the picture on its side: upright, width and height swap.
  const sideways = (meta.orientation ?? 1) > 4;
  return {
    width: sideways ? meta.height! : meta.width!,
    height: sideways ? meta.width! : meta.height!,
    bytes: fs.statSync(file).size,
    gps,
    turned: (meta.orientation ?? 1) !== 1,
  };
}

/** Why a photo should be rewritten before it is committed, or undefined when it is fine as it is. */
export function shrinkReason(state: PhotoState): string | undefined {
  const reasons = [
    Math.max(state.width, state.height) > WEB_ORIGINAL.maxEdge && `${state.width}×${state.height} điểm ảnh`,
    state.bytes > WEB_ORIGINAL.maxBytes && 'quá nặng',
    state.gps && 'có vị trí GPS',
  ].filter(Boolean);
  return reasons.length ? reasons.join(', ') : undefined;
}

/**
 * Rewrite `file` in place when it needs it (shrinkReason): turned upright,
 * its long side at most WEB_ORIGINAL.maxEdge, in its own format, without
 * metadata but its colour profile. Returns what changed, or undefined.
 */
export async function shrinkPhoto(file: string): Promise<Shrunk | undefined> {
  const before = await photoState(file);
  if (!shrinkReason(before)) return undefined;
  const input = fs.readFileSync(file);
  const { format } = await sharp(input).metadata();
  // rotate() with no angle turns the pixels as EXIF orientation says; sharp then writes no EXIF at all.
  let image = sharp(input).rotate().resize({ width: WEB_ORIGINAL.maxEdge, height: WEB_ORIGINAL.maxEdge, fit: 'inside', withoutEnlargement: true }).keepIccProfile();
  if (format === 'png') image = image.png({ compressionLevel: 9, adaptiveFiltering: true });
  else if (format === 'webp') image = image.webp({ quality: WEB_ORIGINAL.quality });
  else image = image.jpeg({ quality: WEB_ORIGINAL.quality, mozjpeg: true });
  const output = await image.toBuffer();
  // Written whole, then renamed: an interrupted run never leaves half a photo.
  fs.writeFileSync(`${file}.tmp`, output);
  fs.renameSync(`${file}.tmp`, file);
  return { before, after: await photoState(file) };
}
