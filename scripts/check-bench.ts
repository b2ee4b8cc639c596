/**
 * `npm run bench:check [-- --articles 1000]`: how long `npm run check` takes
 * on a synthetic portal of N articles (scripts/lib/synthetic.ts), measured
 * in-process (checking only, best and median of 5 runs) and as the command
 * editors run (with Node's start-up). Prints the figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticPortal } from './lib/synthetic.ts';
import { validateContent } from '../src/lib/validate.ts';

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

const walls: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'check'], { env: { ...process.env, PORTAL_CONTENT_DIR: out }, encoding: 'utf8' });
  walls.push(performance.now() - started);
  if (i === 0 && result.status !== 0 && problems === 0) console.error(result.stderr);
}
walls.sort((a, b) => a - b);

const ms = (t: number) => `${Math.round(t)} ms`;
console.log(`synthetic portal: ${n} articles, ${files} Markdown files in ${out}`);
console.log(`check, in-process:   best ${ms(times[0]!)}, median ${ms(times[Math.floor(runs / 2)]!)} (${runs} runs; ${problems} problems found)`);
console.log(`npm run check, wall: best ${ms(walls[0]!)}, median ${ms(walls[1]!)} (3 runs, with npm and Node start-up)`);
fs.rmSync(out, { recursive: true, force: true });
