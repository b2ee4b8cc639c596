/**
 * Reads every photo file before a build, so that a broken or unsuitable
 * photo stops `npm run check` (and so the build) with a message for the
 * editor, instead of being published half-processed: Astro's image service
 * decodes leniently (sharp's `failOn: 'none'`) and would publish a truncated
 * JPEG with a grey band, or pass a file it cannot read through unchanged.
 *
 * A photo is refused when it is over the size limits of src/model/photos.ts,
 * is not an image at all (a PDF or document renamed .jpg), is an SVG drawing
 * or an iPhone HEIC file, or cannot be decoded to its end (truncated or
 * corrupt). Photos that passed are remembered by their content hash in the
 * cache directory, so a rebuild re-reads only new or changed files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { portalCacheDir } from '../config/cache-dir.ts';
import { formatFileSize, formatNumber } from '../model/format.ts';
import { PHOTO_LIMITS, WEB_ORIGINAL } from '../model/photos.ts';

/** What to do with a photo too large for the check. */
const SHRINK_HINT = `hãy chạy npm run shrink-photos (thu nhỏ ảnh tại chỗ, cạnh dài ${formatNumber(WEB_ORIGINAL.maxEdge)} điểm ảnh), hoặc thu nhỏ ảnh trước khi tải lên trình biên tập web`;
/** A path as a shell reads it: quoted when it holds anything but letters, digits and / . _ -. */
const shellQuote = (file: string) => (/^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`);

/** Bump when the checks change, so that photos passed by older rules are read again. */
const CHECK_VERSION = 1;
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff']);

export interface PhotoVerdict {
  ok: boolean;
  /** What is wrong and what to do, in Vietnamese; `src` is how the editor wrote the path. */
  problem?: (src: string) => string;
}

const bad = (problem: (src: string) => string): PhotoVerdict => ({ ok: false, problem });

/** Checks one photo file's content (its size and existence are known to the caller). */
export async function inspectPhoto(bytes: Buffer): Promise<PhotoVerdict> {
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return bad(
      (src) =>
        `«${src}» không phải là tệp ảnh (không đọc được như ảnh JPEG, PNG hay WebP; có thể là tài liệu hoặc tệp khác bị đổi tên); hãy xuất lại ảnh dạng JPEG rồi thay tệp này`,
    );
  }
  if (meta.format === 'svg') return bad((src) => `«${src}» là hình vẽ SVG, không phải ảnh chụp; hãy dùng ảnh JPEG hoặc PNG`);
  if (meta.format === 'heif' && meta.compression !== 'av1') {
    return bad(
      (src) =>
        `«${src}» là ảnh HEIC (định dạng của iPhone), trình duyệt và trang chưa hiển thị được; hãy chuyển ảnh sang JPEG (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất) rồi thay tệp này`,
    );
  }
  if (!DECODABLE.has(meta.format) && !(meta.format === 'heif' && meta.compression === 'av1')) {
    return bad((src) => `«${src}» là ảnh định dạng ${meta.format.toUpperCase()}, chưa được hỗ trợ; hãy lưu lại dạng JPEG`);
  }
  const pixels = meta.width * meta.height;
  if (pixels > PHOTO_LIMITS.maxPixels) {
    const megapixels = formatNumber(pixels / 1e6, 1);
    return bad(
      (src) =>
        `«${src}» có ${formatNumber(meta.width)}×${formatNumber(meta.height)} điểm ảnh (${megapixels} megapixel), quá giới hạn ${PHOTO_LIMITS.maxPixels / 1e6} megapixel cho một ảnh; ${SHRINK_HINT}`,
    );
  }
  try {
    // Decode to the last byte (at 1/8 scale, which JPEG allows cheaply): a truncated or broken file fails here.
    await sharp(bytes, { failOn: 'error', limitInputPixels: PHOTO_LIMITS.maxPixels }).resize({ width: 64 }).raw().toBuffer();
  } catch (error) {
    const reason = (error as Error).message.replace(/^Vips\w*:\s*/, '').trim();
    return bad((src) => `«${src}» bị hỏng, không đọc được hết dữ liệu ảnh (${reason}); hãy chép lại ảnh gốc từ điện thoại hoặc máy ảnh rồi thay tệp này`);
  }
  return { ok: true };
}

export interface PhotoFileResult {
  /** Absolute path of the photo. */
  file: string;
  problem?: (src: string) => string;
}

interface CacheFile {
  version: number;
  passed: string[];
}

/**
 * Checks each distinct photo file once, two at a time, and returns the ones
 * with a problem. `cacheFile` (default: in the cache directory) remembers the
 * content hashes of photos that passed; `false` turns the memory off.
 */
export async function checkPhotoFiles(files: readonly string[], cacheFile: string | false = path.join(portalCacheDir('photo-check'), 'passed.json')): Promise<PhotoFileResult[]> {
  const passed = new Set<string>();
  if (cacheFile && fs.existsSync(cacheFile)) {
    try {
      const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as CacheFile;
      if (saved.version === CHECK_VERSION) for (const hash of saved.passed) passed.add(hash);
    } catch {
      // A damaged cache file is ignored and rewritten.
    }
  }
  const unique = [...new Set(files)];
  const results: PhotoFileResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const file = unique[next++]!;
      const bytes = fs.statSync(file).size;
      if (bytes > PHOTO_LIMITS.maxBytes) {
        results.push({
          file,
          problem: (src) =>
            `«${src}» nặng ${formatFileSize(bytes)}, quá giới hạn ${formatFileSize(PHOTO_LIMITS.maxBytes)} cho một ảnh; hãy chạy npm run shrink-photos -- ${shellQuote(path.relative(process.cwd(), file))} (ảnh được thu nhỏ tại chỗ), hoặc thu nhỏ ảnh trước khi tải lên trình biên tập web`,
        });
        continue;
      }
      const data = fs.readFileSync(file);
      const hash = crypto.createHash('sha256').update(data).digest('hex');
      if (passed.has(hash)) continue;
      const verdict = await inspectPhoto(data);
      if (verdict.ok) passed.add(hash);
      else results.push({ file, problem: verdict.problem });
    }
  };
  await Promise.all([worker(), worker()]);
  if (cacheFile) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written whole then renamed, so that two checks running side by side never read half a file.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ version: CHECK_VERSION, passed: [...passed].sort() } satisfies CacheFile));
    fs.renameSync(temporary, cacheFile);
  }
  return results.sort((a, b) => a.file.localeCompare(b.file));
}
