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
import { measureSearch, printSearch } from './lib/search-measure.ts';

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

printSearch(await measureSearch(dist, values.query), values.query);
