/**
 * `npm run bench:image-cache`: a build of the portal with an empty image
 * cache (cold), then again with the cache the first build left (warm, as on
 * Netlify with netlify/plugins/portal-cache, or locally in node_modules/.astro).
 * Prints, for each, the wall time, how many image variants were encoded and
 * how many were reused from the cache, and the share cards drawn.
 *
 *   npm run bench:image-cache              the portal of content/
 *   PORTAL_CONTENT_DIR=… npm run bench:image-cache
 *
 * Builds go to temporary folders; dist/ and the project's cache are not touched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'image-cache-'));
const cards = path.join(cache, 'portal', 'share-cards');
const count = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).length : 0);

function build(label: string) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `image-cache-${label}-`));
  const cardsBefore = count(cards);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, PORTAL_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(output);
    throw new Error(`${label} build failed`);
  }
  const encoded = (output.match(/\(before: \d+kB, after: \d+kB\)/g) ?? []).length;
  const reused = (output.match(/\(reused cache entry\)/g) ?? []).length;
  const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
  fs.rmSync(outDir, { recursive: true, force: true });
  return { label, seconds, encoded, reused, pages, cardsDrawn: count(cards) - cardsBefore };
}

const cold = build('cold');
const warm = build('warm');
for (const run of [cold, warm]) {
  console.log(
    `${run.label.padEnd(5)} build: ${run.seconds.toFixed(1)} s wall, ${run.pages} pages, images encoded ${run.encoded}, reused from cache ${run.reused}, share cards drawn ${run.cardsDrawn}`,
  );
}
const size = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
console.log(`cache: ${(size(cache) / 1024 / 1024).toFixed(1)} MB in ${cache}`);
console.log(
  `machine: ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
fs.rmSync(cache, { recursive: true, force: true });
