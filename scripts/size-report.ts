/**
 * `npm run size`: what readers download, measured on the built dist/.
 * Prints page counts, total output size, and for article pages the HTML plus
 * the CSS, JS and fonts they reference, compressed with gzip as served.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(dist)) {
  console.error(`No ${dist}: run npm run build first.`);
  process.exit(1);
}
const files = (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(dist, f)).isFile());
const size = (file: string) => fs.statSync(path.join(dist, file)).size;
const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const html = files.filter((f) => f.endsWith('.html'));
const articles = html.filter((f) => /^tin-tuc\/[^/]+\/index\.html$/.test(f) && !/^tin-tuc\/\d+\//.test(f));

/** CSS, JS and fonts an HTML page loads (fonts through its CSS). */
function assets(file: string): string[] {
  const source = fs.readFileSync(path.join(dist, file), 'utf8');
  const refs = [...source.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!.slice(1));
  const fonts = refs
    .filter((ref) => ref.endsWith('.css'))
    .flatMap((css) => [...fs.readFileSync(path.join(dist, css), 'utf8').matchAll(/url\((\/_astro\/[^)]+\.woff2)\)/g)].map((m) => m[1]!.slice(1)));
  return [...new Set([...refs, ...fonts])];
}

const articleWeights = articles.map((file) => {
  const own = assets(file);
  const css = own.filter((a) => a.endsWith('.css'));
  const js = own.filter((a) => a.endsWith('.js'));
  return { html: gzip(file), css: css.reduce((s, f) => s + gzip(f), 0), js: js.reduce((s, f) => s + gzip(f), 0) };
});
const fontFiles = files.filter((f) => f.endsWith('.woff2'));
// A Vietnamese page needs the latin and vietnamese subsets of each weight used (400, 700).
const vietnameseFonts = fontFiles.filter((f) => /(latin-\d{3}-normal|vietnamese-\d{3}-normal)/.test(f) && !/latin-ext/.test(f));

const total = files.reduce((s, f) => s + size(f), 0);
console.log(`output:               ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB in ${dist}`);
console.log(`HTML pages:           ${html.length} (${articles.length} articles)`);
console.log(`article HTML (gzip):  median ${kb(median(articleWeights.map((w) => w.html)))}, max ${kb(Math.max(...articleWeights.map((w) => w.html)))}`);
console.log(`article CSS (gzip):   ${kb(median(articleWeights.map((w) => w.css)))}`);
const inlineJs = (file: string) =>
  [...fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/<script(?! type="application\/ld\+json")[^>]*>(.*?)<\/script>/gs)].reduce((sum, m) => sum + m[1]!.length, 0);
console.log(`article JS (gzip):    ${kb(median(articleWeights.map((w) => w.js)))} in files; ${median(articles.map(inlineJs))} bytes inline (inside the HTML figure)`);
console.log(`fonts (woff2):        ${kb(vietnameseFonts.reduce((s, f) => s + size(f), 0))} for Vietnamese text in 2 weights (${vietnameseFonts.length} files)`);
console.log(`pages with JS:        ${html.filter((f) => /<script(?! type="application\/ld\+json")/.test(fs.readFileSync(path.join(dist, f), 'utf8'))).length} of ${html.length}`);
