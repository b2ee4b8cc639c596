/**
 * `npm run bench`: a synthetic portal of N articles (default 20,000), built
 * with the real build command, then rebuilt after one article is edited,
 * again after one new article is published, and once more as Netlify does
 * after a push: every content file with new times (a fresh git clone),
 * dist/ empty, the cache directory restored, one more article edited
 * (--no-fresh-clone leaves that one out).
 * Prints, for each build: wall time, each phase, pages rendered and kept,
 * CPU time (user and system), peak memory, output size, median compressed
 * article page, and the search index with the bytes a typical query
 * fetches; then the four builds side by side (docs/performance.md shows how
 * to compare with another version).
 *
 *   npm run bench -- --articles 1000 --photos 0.02
 *   npm run bench -- --no-photos --keep
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { writeSyntheticPortal } from './lib/synthetic.ts';
import { kb, measureSearch, printSearch } from './lib/search-measure.ts';
import { watchTreeMemory } from './lib/tree-memory.ts';
import { childrenCpu, coreUse, cpuBetween, type CpuTime } from './lib/children-cpu.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    photos: { type: 'string', default: '0.02' },
    'no-photos': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-fresh-clone': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const photos = values['no-photos'] ? 0 : Number(values.photos);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'cache');

console.log(`portal-bench: ${articles} articles, ${Math.round(photos * 100)} % with a cover photo, in ${work}`);
const generated = performance.now();
writeSyntheticPortal({ articles, out: content, photos });
console.log(`generated in ${((performance.now() - generated) / 1000).toFixed(1)} s\n`);

interface Figures {
  wall: number;
  check: number;
  sync: number;
  /** Wall time from the start of bundling to the last page and image written. */
  generate: number;
  render: number;
  images: number;
  search: number;
  /** Linking the incremental cache's pages into a missing dist/ (src/build/restore-output.ts). */
  linked: number;
  pages: number;
  /** Pages the incremental build copied forward instead of rendering. */
  reused: number;
  peakMb: number;
  /** The largest single process and its peak. */
  largest: string;
  /** CPU seconds of the build's processes; the system part is mostly the kernel creating and writing files. */
  cpu?: CpuTime;
}

/** Sum of Astro's "(+Nms)" deltas for route lines (`├─ /…`) or image lines (`▶ /_astro/…`). */
function sumDeltas(log: string, kind: 'route' | 'image'): number {
  const re = kind === 'route' ? /[├└]─ \/.*\(\+(\d+)ms\)/g : /▶ \/_astro\/.*\(\+(\d+)ms\)/g;
  return [...log.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
}

async function build(label: string): Promise<Figures> {
  const timings = path.join(work, `${label}.timings.jsonl`);
  fs.rmSync(timings, { force: true });
  const started = Date.now();
  const cpuBefore = childrenCpu();
  const child = spawn('npm', ['run', 'build', '--', '--outDir', dist], {
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: cache, PORTAL_BUILD_TIMINGS: timings, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Peak memory: the build and every process it starts (Pagefind's among them), added up.
  const memory = watchTreeMemory(child.pid!);
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const { peak, largest } = memory.stop();
  const wall = Date.now() - started;
  const cpu = cpuBetween(cpuBefore, childrenCpu());
  const log = stripVTControlCharacters(Buffer.concat(output).toString('utf8'));
  fs.writeFileSync(path.join(work, `${label}.log`), log);
  if (status !== 0) throw new Error(`build failed, see ${path.join(work, `${label}.log`)}`);
  const marks = Object.fromEntries(
    fs
      .readFileSync(timings, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { hook: string; at: number })
      .map((m) => [m.hook, m.at]),
  );
  const render = sumDeltas(log, 'route');
  const images = sumDeltas(log, 'image');
  const generatedAt = marks['build:generated']! - marks['build:setup']!;
  return {
    wall,
    check: Number(/Nội dung hợp lệ \(.*, (\d+) ms\)/.exec(log)?.[1] ?? 0),
    sync: marks['build:start']! - marks['config:done']!,
    generate: generatedAt,
    render,
    images,
    search: Number(/\[portal-pagefind\] .* in (\d+) ms/.exec(log)?.[1] ?? 0),
    linked: Number(/linked \d+ pages from the incremental build's cache in (\d+) ms/.exec(log)?.[1] ?? 0),
    pages: [...log.matchAll(/[├└]─ \/\S*\.html/g)].length,
    reused: [...log.matchAll(/\((cached|restored)\)/g)].length,
    peakMb: Math.round(peak / 1024 / 1024),
    largest: `${largest.command} ${Math.round(largest.rss / 1024 / 1024)} MB`,
    cpu,
  };
}

function outputFigures() {
  const files = (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(dist, f)).isFile());
  const total = files.reduce((s, f) => s + fs.statSync(path.join(dist, f)).size, 0);
  const articlesHtml = files.filter((f) => /^tin-tuc\/(?!\d+\/)[^/]+\/index\.html$/.test(f));
  const sample = articlesHtml.filter((_, i) => i % Math.max(1, Math.floor(articlesHtml.length / 300)) === 0);
  const sizes = sample.map((f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length).sort((a, b) => a - b);
  return { files: files.length, total, medianArticle: sizes[Math.floor(sizes.length / 2)] ?? 0 };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
async function report(label: string, f: Figures) {
  const out = outputFigures();
  console.log(`== ${label}`);
  console.log(`total wall time:      ${s(f.wall)}`);
  console.log(`  content check:      ${s(f.check)}`);
  console.log(`  content sync:       ${s(f.sync)}`);
  if (f.linked) console.log(`  pages linked from the incremental build's cache into the empty dist/: ${s(f.linked)}`);
  console.log(`  bundle + pages + images: ${s(f.generate)} wall (${f.pages} HTML pages, ${Math.round(f.pages / Math.max(0.001, f.generate / 1000))} pages/s)`);
  console.log(`    pages rendered:     ${f.pages - f.reused}, kept from the last build: ${f.reused}`);
  console.log(`    of which page rendering: ${s(f.render)} and images: ${s(f.images)} of work (Astro's per-item times; several run at a time, so they overlap)`);
  console.log(`  search index:       ${s(f.search)}`);
  if (f.cpu) {
    const use = coreUse(f.cpu, f.wall / 1000);
    console.log(`CPU time:             ${f.cpu.user.toFixed(1)} s user, ${f.cpu.system.toFixed(1)} s system (the build's processes added up)`);
    console.log(
      `  cores busy:         ${use.busy.toFixed(2)} of ${use.cores} on average; this work takes at least ${use.floor.toFixed(1)} s on ${use.cores === 1 ? 'one core' : `${use.cores} cores`}`,
    );
  }
  console.log(`peak memory:          ${f.peakMb} MB (all processes of the build at one moment, Pagefind's included); largest process: ${f.largest}`);
  console.log(`output:               ${out.files} files, ${(out.total / 1024 / 1024).toFixed(0)} MB`);
  console.log(`median article page:  ${kb(out.medianArticle)} gzip`);
  if (!values['no-search']) printSearch(await measureSearch(dist));
  console.log('');
}

const summary: [string, Figures][] = [];
async function run(label: string, name: string, title: string) {
  const figures = await build(name);
  summary.push([label, figures]);
  await report(title, figures);
}

await run('full build', 'full', 'full build');

// Edit one article (its summary and body) and build again with the same cache.
const articleFiles = (fs.readdirSync(path.join(content, 'articles'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();
const edit = (file: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n## /, '\nĐoạn văn được biên tập viên bổ sung khi sửa bài.\n\n## '));
const edited = path.join(content, 'articles', articleFiles[Math.floor(articleFiles.length / 2)]!);
edit(edited);
await run('edit one article', 'rebuild', `rebuild after editing ${path.relative(content, edited)}`);

// Publish one new article, dated today (Vietnam time), in the edited article's category and with
// its tags, and build again: an editor's everyday change. Every newest-first list moves by one.
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
const published = path.join(content, 'articles', today.slice(0, 4), 'bai-moi-dang-de-do.md');
fs.mkdirSync(path.dirname(published), { recursive: true });
fs.writeFileSync(
  published,
  fs
    .readFileSync(edited, 'utf8')
    .replace(/^title: .*$/m, 'title: "Bài mới đăng để đo thời gian xây dựng lại"')
    .replace(/^date: .*$/m, `date: ${today}`)
    .replace(/^cover:\n(?: .*\n)*/m, ''),
);
await run('publish one article', 'publish', `rebuild after publishing ${path.relative(content, published)}`);

if (!values['no-fresh-clone']) {
  // A git clone writes every file anew; Netlify starts with an empty dist/ and restores only the cache directory.
  const now = new Date();
  for (const file of fs.readdirSync(content, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (fs.statSync(path.join(content, file)).isFile()) fs.utimesSync(path.join(content, file), now, now);
  }
  fs.rmSync(dist, { recursive: true, force: true });
  const another = path.join(content, 'articles', articleFiles[Math.floor(articleFiles.length / 3)]!);
  edit(another);
  await run('fresh clone, cache kept', 'fresh-clone', `rebuild from a fresh clone (new file times, empty dist/) after editing ${path.relative(content, another)}`);
}

console.log(`== ${articles} articles: the builds side by side`);
console.log('build                     wall    check   sync  pages+images  search  rendered   kept  cpu user / system  peak memory');
for (const [label, f] of summary) {
  const cells = [s(f.wall), s(f.check), s(f.sync), s(f.generate), s(f.search)].map((cell) => cell.padStart(7));
  console.log(
    `${label.padEnd(24)}${cells.slice(0, 3).join('')}${cells[3]!.padStart(14)}${cells[4]}${String(f.pages - f.reused).padStart(10)}${String(f.reused).padStart(7)}${(f.cpu ? `${s(f.cpu.user * 1000)} / ${s(f.cpu.system * 1000)}` : '—').padStart(19)}  ${f.peakMb} MB`,
  );
}
console.log('');

if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
execFileSync('true');
