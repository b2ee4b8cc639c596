/**
 * `npm run bench:search`: the size of the Pagefind index and the bytes a
 * reader's phone fetches for the search page and a first query.
 *
 *   npm run bench:search                      # the built sample portal in dist/
 *   npm run bench:search -- --articles 5000   # a synthetic portal, built first
 *   npm run bench:search -- --articles 20000 --recent 1,20,100
 *
 * `--recent` then edits the content of that many article pages in the built
 * portal (a paragraph added to each; edits add up), makes the index again as
 * a build would, with its cache, and measures again: what the part of pages
 * changed since their parts were made (`recent`, src/search/pagefind.ts)
 * costs readers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeSyntheticPortal } from './lib/synthetic.ts';
import { measureSearch, printSearch } from './lib/search-measure.ts';
import { writeSearchIndex } from '../src/search/pagefind.ts';
import { cacheDir, portalCacheDir } from '../src/config/cache-dir.ts';
import { INCREMENTAL_PAGES } from '../src/build/restore-output.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, dist: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'cai cach hanh chinh' }, recent: { type: 'string' } },
});

let dist = path.resolve(values.dist!);
/** The environment the portal was built with: its cache directory is where the index is made again (`--recent`). */
let buildEnv: NodeJS.ProcessEnv = process.env;
if (values.articles) {
  const n = Number(values.articles);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-search-bench-'));
  const content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  writeSyntheticPortal({ articles: n, out: content });
  console.log(`building a synthetic portal of ${n} articles in ${work} …`);
  const started = performance.now();
  buildEnv = { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync('npm', ['run', 'build', '--', '--outDir', dist], { env: buildEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

printSearch(await measureSearch(dist, values.query), values.query);

if (values.recent) {
  const caches = { cache: portalCacheDir('search', buildEnv), input: portalCacheDir('search-input', buildEnv), pageCache: path.join(cacheDir(buildEnv), INCREMENTAL_PAGES) };
  const folder = path.join(dist, 'tin-tuc');
  const articles = fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, 'index.html')))
    .filter((name) => fs.readFileSync(path.join(folder, name, 'index.html'), { encoding: 'utf8' }).includes('data-pagefind-body'))
    .sort();
  let edited = 0;
  for (const count of values.recent.split(',').map(Number)) {
    for (; edited < count; edited++) {
      // Spread over the years, so that every part of the index has some.
      const file = path.join(folder, articles[(edited * 7919) % articles.length]!, 'index.html');
      const html = fs.readFileSync(file, 'utf8');
      const at = html.indexOf('</p>', html.indexOf('data-pagefind-body')) + 4;
      fs.writeFileSync(file, `${html.slice(0, at)}<p>Ghi chú biên tập ${edited}: bổ sung số liệu về lao động, việc làm của thôn.</p>${html.slice(at)}`);
    }
    const started = performance.now();
    const made = await writeSearchIndex(dist, { ...caches, parallel: 2 });
    const stale = (JSON.parse(fs.readFileSync(path.join(dist, 'pagefind/parts.json'), 'utf8')) as { stale: unknown[] }).stale.length;
    console.log(
      `\n== ${edited} articles edited: ${made.recent} pages in recent, ${stale} older copies listed, index made again in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    printSearch(await measureSearch(dist, values.query), values.query);
  }
}
