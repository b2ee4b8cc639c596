/**
 * Every internal link, anchor, image, script, stylesheet and attachment in a
 * built site resolves to a file (and, for #anchors, to an element id).
 * External links are not fetched: the tests run offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

const ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['img[srcset]', 'srcset'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
];

/** The file a site path is served from, or null: `/x/` → `x/index.html`. */
export function fileFor(root: string, pathname: string): string | null {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [path.join(root, clean, 'index.html')] : [path.join(root, clean), path.join(root, clean, 'index.html')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idCache.has(file))
    idCache.set(
      file,
      new Set(
        parse(fs.readFileSync(file, 'utf8'))
          .querySelectorAll('[id]')
          .map((el) => el.id),
      ),
    );
  return idCache.get(file)!;
}

/**
 * Check every HTML page under `root`. `siteUrl` is the production origin:
 * absolute links to it are checked like internal ones.
 */
export function checkLinks(root: string, siteUrl: string): BrokenLink[] {
  idCache.clear();
  const broken: BrokenLink[] = [];
  const pages = (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const file = path.join(root, page);
    const base = new URL(`/${page.replace(/index\.html$/, '')}`, siteUrl);
    const doc = parse(fs.readFileSync(file, 'utf8'));
    for (const [selector, attribute] of ATTRIBUTES) {
      for (const element of doc.querySelectorAll(selector)) {
        const raw = element.getAttribute(attribute) ?? '';
        const values = attribute === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
        for (const value of values) {
          if (!value) {
            broken.push({ page, url: value, reason: `empty ${attribute}` });
            continue;
          }
          if (/^(mailto:|tel:|data:|javascript:)/i.test(value)) continue;
          const url = new URL(value, base);
          if (url.origin !== new URL(siteUrl).origin) continue;
          const target = fileFor(root, url.pathname);
          if (!target) {
            broken.push({ page, url: value, reason: 'no such file' });
            continue;
          }
          if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
            broken.push({ page, url: value, reason: `no element with id ${url.hash}` });
          }
        }
      }
    }
  }
  return broken;
}
