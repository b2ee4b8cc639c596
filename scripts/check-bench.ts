/**
 * `npm run bench:check [-- --articles 1000]`: how long `npm run check` takes
 * on a synthetic portal of N articles (scripts/lib/synthetic.ts), measured
 * in-process (checking only, best and median of 5 runs) without kept results,
 * with every file's result kept from the run before, and after one article is
 * edited; then as the command editors run (with Node's start-up).
 * Prints the figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticPortal } from './lib/synthetic.ts';
import { validateContent } from '../src/check/validate.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
const n = Number(values.articles);
const runs = Number(values.runs);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-check-bench-'));
writeSyntheticPortal({ articles: n, out });
const files = (fs.readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).length;

const times: number[] = [];
let problems = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  problems = validateContent(out).length;
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);

// With results kept between runs (src/build/check-cache.ts): the first run keeps them, the others reuse them.
const cacheFile = path.join(out, '.check-cache.json');
validateContent(out, process.cwd(), [], cacheFile);
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  validateContent(out, process.cwd(), [], cacheFile);
  warm.push(performance.now() - started);
}
warm.sort((a, b) => a - b);
const article = path.join(out, 'articles', fs.readdirSync(path.join(out, 'articles')).sort()[0]!);
const edited = fs.statSync(article).isDirectory() ? path.join(article, 'index.md') : article;
fs.appendFileSync(edited, '\nMột đoạn văn được thêm khi đo.\n');
let started = performance.now();
validateContent(out, process.cwd(), [], cacheFile);
const afterEdit = performance.now() - started;

const walls: number[] = [];
for (let i = 0; i < 3; i++) {
  started = performance.now();
  const result = spawnSync('npm', ['run', 'check'], { env: { ...process.env, PORTAL_CONTENT_DIR: out, PORTAL_CACHE_DIR: path.join(out, '.cache') }, encoding: 'utf8' });
  walls.push(performance.now() - started);
  if (i === 0 && result.status !== 0 && problems === 0) console.error(result.stderr);
}

const ms = (t: number) => `${Math.round(t)} ms`;
console.log(`synthetic portal: ${n} articles, ${files} Markdown files in ${out}`);
console.log(`check, in-process:   best ${ms(times[0]!)}, median ${ms(times[Math.floor(runs / 2)]!)} (${runs} runs; ${problems} problems found)`);
console.log(`  results kept:      best ${ms(warm[0]!)}, median ${ms(warm[Math.floor(runs / 2)]!)}; after editing one article ${ms(afterEdit)}`);
console.log(`npm run check, wall: first ${ms(walls[0]!)}, then best ${ms(Math.min(walls[1]!, walls[2]!))} (3 runs, with npm and Node start-up; the first keeps its results)`);
fs.rmSync(out, { recursive: true, force: true });
