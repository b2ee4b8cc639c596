/**
 * The legacy portals of tests/fixtures/legacy-portals, copied to a temporary
 * folder with their photos made on the spot (nothing binary is kept in the
 * repository): phone photos with EXIF GPS, as editors' cameras leave them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES } from './portal.ts';
import { writePhonePhoto } from '../../scripts/lib/camera-photos.ts';

export const LEGACY = path.join(FIXTURES, 'legacy-portals');

/** The photos each fixture page shows, by their path in the mirror (the missing one of bensoi is left out on purpose). */
export const LEGACY_PHOTOS = [
  'bensoi.example.gov.vn/portal/PublishingImages/2023/hoi-nghi-cchc-1.jpg',
  'doiche.example.gov.vn/images/2023/che-bup-ocop.jpg',
  'doiche.example.gov.vn/images/2023/tiem-chung.jpg',
  'mayhong.example.gov.vn/wp-content/uploads/2023/05/doc-sach-thu-vien.jpg',
];

/** A copy of the fixture portals, with their photos, in a fresh temporary folder. */
export async function legacyMirror(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-'));
  fs.cpSync(LEGACY, dir, { recursive: true });
  // Photos of a phone's size would make the test slow; 1600×1200 keeps the EXIF and GPS all the same.
  for (const photo of LEGACY_PHOTOS) await writePhonePhoto(path.join(dir, photo), 1600, 1200);
  return dir;
}
