/**
 * `npm run bench:photo`: the time to process one camera photo, as the portal
 * does for a photo that is an article's cover and also in its gallery.
 *
 * Makes a phone photo (4000×3000 on its side, EXIF orientation 6 and GPS,
 * scripts/lib/camera-photos.ts), runs the content check on it, then every
 * variant the templates ask for (src/model/photos.ts presets) through Astro's
 * own sharp image service with this project's settings (astro.config.mjs),
 * one after another on one core. Prints each step and the total.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharpService from 'astro/assets/services/sharp';
import config from '../astro.config.mjs';
import { writePhonePhoto } from './lib/camera-photos.ts';
import { checkPhotoFiles } from '../src/check/photo-check.ts';
import { BACKGROUND, FALLBACK_FORMAT, FULL_VIEW_WIDTH, PRESETS, SHARE_IMAGE, SOURCE_FORMATS } from '../src/model/photos.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'photo-bench-'));
const photo = await writePhonePhoto(path.join(dir, 'dien-thoai.jpg'));
const input = fs.readFileSync(photo.file);
const { width, height } = photo; // upright: 3000 × 4000

const formats = [...SOURCE_FORMATS, FALLBACK_FORMAT];
type Job = { label: string; width: number; height?: number; format: string; fit?: 'cover' };
const jobs: Job[] = [
  ...PRESETS.cover.widths.flatMap((w) => formats.map((format) => ({ label: `cover ${w}w`, width: w, format }))),
  { label: 'share image 1200×630', ...SHARE_IMAGE, format: 'jpeg', fit: 'cover' },
  ...PRESETS.thumbnail.widths.flatMap((w) =>
    formats.map((format) => ({ label: `thumbnail ${w}w 4:3`, width: w, height: Math.round(w / PRESETS.thumbnail.aspect), format, fit: 'cover' as const })),
  ),
  ...PRESETS.large.widths.flatMap((w) => SOURCE_FORMATS.map((format) => ({ label: `lightbox ${w}w`, width: w, format }))),
  { label: `full view ${FULL_VIEW_WIDTH}px`, width: Math.round((FULL_VIEW_WIDTH * width) / height), format: 'jpeg' },
];

const imageConfig = config.image as Parameters<typeof sharpService.transform>[2];
const logger = { warn: console.warn, info: () => {}, debug: () => {}, error: console.error } as unknown as Parameters<typeof sharpService.transform>[3];

console.log(`camera photo: ${photo.storedWidth}×${photo.storedHeight} stored (EXIF orientation 6, GPS), ${(photo.bytes / 1024 / 1024).toFixed(1)} MB`);
let started = performance.now();
const problems = await checkPhotoFiles([photo.file], false);
if (problems.length) throw new Error('the bench photo failed the content check');
const checkMs = performance.now() - started;
console.log(`content check (read to the end):  ${checkMs.toFixed(0)} ms`);

let total = 0;
let bytes = 0;
const byFormat = new Map<string, number>();
for (const job of jobs) {
  started = performance.now();
  const { data } = await sharpService.transform(
    new Uint8Array(input),
    { src: 'bench', width: job.width, height: job.height, format: job.format as 'jpeg', fit: job.fit, background: BACKGROUND },
    imageConfig,
    logger,
  );
  const ms = performance.now() - started;
  total += ms;
  bytes += data.length;
  byFormat.set(job.format, (byFormat.get(job.format) ?? 0) + ms);
  console.log(`  ${job.label.padEnd(24)} ${job.format.padEnd(5)} ${ms.toFixed(0).padStart(5)} ms  ${(data.length / 1024).toFixed(0).padStart(4)} KB`);
}
console.log(`variants: ${jobs.length}, ${(bytes / 1024).toFixed(0)} KB in all`);
console.log(`by format: ${[...byFormat].map(([f, ms]) => `${f} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
console.log(
  `one camera photo (cover + gallery), one core: ${((total + checkMs) / 1000).toFixed(1)} s (check ${(checkMs / 1000).toFixed(1)} s + encoding ${(total / 1000).toFixed(1)} s)`,
);
fs.rmSync(dir, { recursive: true, force: true });
