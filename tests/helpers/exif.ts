/**
 * Reads which EXIF tags a file carries: the TIFF structure inside a JPEG's
 * APP1 segment (as sharp's metadata().exif returns it), IFD0 and the GPS IFD.
 * Enough to prove that a fixture has GPS data and that a published file has none.
 */

export interface ExifTags {
  ifd0: Set<number>;
  gps: Set<number>;
}

export const TAG = { orientation: 0x0112, make: 0x010f, model: 0x0110, gpsPointer: 0x8825, gpsLatitude: 0x0002, gpsLongitude: 0x0004 } as const;

export function exifTags(exif: Buffer | undefined): ExifTags {
  const tags: ExifTags = { ifd0: new Set(), gps: new Set() };
  if (!exif) return tags;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const little = tiff.subarray(0, 2).toString('latin1') === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const readIfd = (offset: number, into: Set<number>) => {
    const count = u16(offset);
    const entries: { tag: number; value: number }[] = [];
    for (let i = 0; i < count; i++) {
      const at = offset + 2 + i * 12;
      const tag = u16(at);
      into.add(tag);
      entries.push({ tag, value: u32(at + 8) });
    }
    return entries;
  };
  const ifd0 = readIfd(u32(4), tags.ifd0);
  const gps = ifd0.find((entry) => entry.tag === TAG.gpsPointer);
  if (gps) readIfd(gps.value, tags.gps);
  return tags;
}
