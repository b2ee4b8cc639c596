/**
 * A legacy article's photo made into a web original for the portal: turned
 * upright (EXIF orientation), its long edge at most 1,600 pixels (what the
 * portal shows largest: src/model/photos.ts FULL_VIEW_WIDTH), and written
 * without any metadata: no EXIF, so no GPS position of where it was taken.
 * JPEG, or PNG when it has transparent parts (a chart, a logo).
 */
import sharp, { type Metadata } from 'sharp';
import { FULL_VIEW_WIDTH, PHOTO_LIMITS } from '../model/photos.ts';

export interface WebPhoto {
  data: Buffer;
  extension: 'jpg' | 'png';
  width: number;
  height: number;
}

/** `bytes` as a web original, or an Error (Vietnamese) when they are no photo the portal can show. */
export async function webPhoto(bytes: Uint8Array): Promise<WebPhoto | Error> {
  if (bytes.byteLength > PHOTO_LIMITS.maxBytes) return new Error(`ảnh quá lớn (${Math.round(bytes.byteLength / 1024 / 1024)} MB)`);
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return new Error('tệp không phải ảnh đọc được');
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > PHOTO_LIMITS.maxPixels) return new Error(`ảnh quá lớn (${meta.width}×${meta.height} điểm ảnh)`);
  if (!meta.width || !meta.height || meta.width < 40 || meta.height < 40) return new Error('ảnh quá nhỏ (biểu tượng hoặc ảnh trang trí), không đưa vào bài');
  const transparent = meta.hasAlpha && meta.format === 'png';
  try {
    // No withMetadata(): sharp writes none of the input's EXIF, GPS included.
    const pipeline = sharp(bytes, { failOn: 'error' }).rotate().resize({ width: FULL_VIEW_WIDTH, height: FULL_VIEW_WIDTH, fit: 'inside', withoutEnlargement: true });
    const { data, info } = transparent
      ? await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
      : await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, progressive: true, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    return { data, extension: transparent ? 'png' : 'jpg', width: info.width, height: info.height };
  } catch (error) {
    return new Error(`ảnh hỏng, không đọc hết được (${(error as Error).message})`);
  }
}
