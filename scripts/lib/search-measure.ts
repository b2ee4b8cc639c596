/**
 * The Pagefind index of a built site as a reader's phone meets it: its size
 * on disk, and the bytes fetched from /pagefind/ when the search page opens
 * and when a first query is typed (measured in chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../tests/helpers/server.ts';
import { launch } from '../../tests/helpers/browser.ts';

export interface SearchFigures {
  pages: number;
  files: number;
  parts: number;
  bytes: { total: number; fragments: number; index: number; filters: number };
  open: { bytes: number; requests: number };
  query: { bytes: number; requests: number; status: string };
}

export async function measureSearch(dist: string, query = 'cai cach hanh chinh'): Promise<SearchFigures> {
  const bundle = path.join(dist, 'pagefind');
  const files = (fs.readdirSync(bundle, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(bundle, f)).isFile());
  // The build publishes none of Pagefind's UI kits (src/search/pagefind.ts): every file is the search page's.
  const inFolder = (folder: string) => (f: string) => f.split('/').at(-2) === folder;
  const bytes = (list: string[]) => list.reduce((sum, f) => sum + fs.statSync(path.join(bundle, f)).size, 0);

  const server = await serveStatic(dist);
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  let phase: 'open' | 'query' = 'open';
  const fetched = { open: { bytes: 0, requests: 0 }, query: { bytes: 0, requests: 0 } };
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched[phase].bytes += body.length;
    fetched[phase].requests++;
  });
  await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
  phase = 'query';
  await page.fill('#search-q', query);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«'), null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  await browser.close();
  await server.close();

  const listed = JSON.parse(fs.readFileSync(path.join(bundle, 'parts.json'), 'utf8')) as { parts: string[]; stale?: unknown[] };
  return {
    // An older copy of a changed page, left in its part (src/search/pagefind.ts), is not a page.
    pages: files.filter(inFolder('fragment')).length - (listed.stale?.length ?? 0),
    parts: listed.parts.length,
    files: files.length,
    bytes: {
      total: bytes(files),
      fragments: bytes(files.filter(inFolder('fragment'))),
      index: bytes(files.filter(inFolder('index'))),
      filters: bytes(files.filter(inFolder('filter'))),
    },
    open: fetched.open,
    query: { ...fetched.query, status },
  };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function printSearch(f: SearchFigures, query = 'cai cach hanh chinh') {
  console.log(`pages indexed:        ${f.pages}`);
  console.log(
    `index on disk:        ${kb(f.bytes.total)} in ${f.parts} part${f.parts === 1 ? '' : 's'}, ${f.files} files (fragments ${kb(f.bytes.fragments)}, word index ${kb(f.bytes.index)}, filters ${kb(f.bytes.filters)})`,
  );
  console.log(`opening /tim-kiem/:   ${kb(f.open.bytes)} from /pagefind/ in ${f.open.requests} requests (parts list, script, wasm, each part's metadata and filters)`);
  console.log(`first query:          ${kb(f.query.bytes)} in ${f.query.requests} requests for «${query}» → ${f.query.status}`);
}
