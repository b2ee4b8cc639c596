/**
 * `npm run bench:search`: the size of the Pagefind index and the bytes a
 * reader's phone fetches for the search page and a first query.
 *
 *   npm run bench:search                      # the built sample portal in dist/
 *   npm run bench:search -- --articles 5000   # a synthetic portal, built first
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeSyntheticPortal } from './lib/synthetic.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { launch } from '../tests/helpers/browser.ts';

const { values } = parseArgs({ options: { articles: { type: 'string' }, dist: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'cai cach hanh chinh' } } });

let dist = path.resolve(values.dist!);
if (values.articles) {
  const n = Number(values.articles);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-search-bench-'));
  const content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  writeSyntheticPortal({ articles: n, out: content });
  console.log(`building a synthetic portal of ${n} articles in ${work} …`);
  const started = performance.now();
  execFileSync('npm', ['run', 'build', '--', '--outDir', dist], {
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const bundle = path.join(dist, 'pagefind');
const files = (fs.readdirSync(bundle, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(bundle, f)).isFile());
// The UI kits Pagefind ships are not used by this portal's own search page.
const used = files.filter((f) => !/(^|\/)pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f));
const bytes = (list: string[]) => list.reduce((sum, f) => sum + fs.statSync(path.join(bundle, f)).size, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pages = used.filter((f) => f.startsWith('fragment/')).length;

const server = await serveStatic(dist);
const browser = await launch();
const page = await (await browser.newContext()).newPage();
let phase: 'open' | 'query' = 'open';
const fetched = { open: 0, query: 0 };
const requests = { open: 0, query: 0 };
page.on('response', async (response) => {
  if (!response.url().includes('/pagefind/')) return;
  const body = await response.body().catch(() => Buffer.alloc(0));
  fetched[phase] += body.length;
  requests[phase]++;
});
await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
phase = 'query';
await page.fill('#search-q', values.query!);
await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«'), null, { timeout: 60_000 });
await page.waitForLoadState('networkidle');
const status = await page.locator('[data-search-status]').textContent();
await browser.close();
await server.close();

console.log(`pages indexed:        ${pages}`);
console.log(`index on disk:        ${kb(bytes(used))} in ${used.length} files (fragments ${kb(bytes(used.filter((f) => f.startsWith('fragment/'))))}, word index ${kb(bytes(used.filter((f) => f.startsWith('index/'))))}, filters ${kb(bytes(used.filter((f) => f.startsWith('filter/'))))})`);
console.log(`opening /tim-kiem/:   ${kb(fetched.open)} from /pagefind/ in ${requests.open} requests (script, wasm, metadata, filters)`);
console.log(`first query:          ${kb(fetched.query)} in ${requests.query} requests for «${values.query}» → ${status}`);
