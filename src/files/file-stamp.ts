/**
 * Whether a file changed since the last build, without reading it: its size,
 * modification and change times, and inode. Any write changes at least one
 * (the change time cannot be set by tools). Used by the content check
 * (check-cache.ts) and the content sync (changed-files.ts).
 */
import fs from 'node:fs';

export function fileStamp(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}
