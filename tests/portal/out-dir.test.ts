/**
 * `npm run build -- --outDir <folder>` into any folder: one whose path merely
 * starts with the project's path (/work/main-out beside /work/main), which
 * Astro takes for a folder inside the project and where its prerender chunks
 * could not import the project's packages (src/build/resolve-from-project.ts),
 * and one elsewhere, under the system's temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, makePortal, ROOT } from '../helpers/portal.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Build the minimal portal into `outDir` with a cache of its own. */
function buildInto(outDir: string) {
  made.push(outDir);
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-out-dir-cache-'));
  made.push(cache);
  return build(makePortal(), outDir, { PORTAL_CACHE_DIR: cache });
}

describe('building into a folder outside the project', () => {
  it("builds into a folder whose path starts with the project's path", () => {
    const outDir = `${ROOT}-out-${process.pid}-${Date.now()}`;
    expect(outDir.startsWith(ROOT)).toBe(true);
    expect(path.relative(ROOT, outDir).startsWith('..')).toBe(true);
    const result = buildInto(outDir);
    expect(result.status, result.output).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'tin-tuc/bai-hop-le/index.html'))).toBe(true);
    // Astro's prerender chunks are gone once the build is over.
    expect(fs.existsSync(path.join(outDir, '.prerender'))).toBe(false);
  }, 300_000);

  it('builds into a folder under the temporary folder', () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-out-dir-')), 'site');
    made.push(path.dirname(outDir));
    const result = buildInto(outDir);
    expect(result.status, result.output).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'tin-tuc/bai-hop-le/index.html'))).toBe(true);
  }, 300_000);
});
