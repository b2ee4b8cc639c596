/**
 * The Markdown pipeline of every body (articles, notices, pages, albums,
 * documents), for astro.config.mjs: Sätteri with raw HTML parsed into real
 * elements, then, in order,
 *
 * 1. text in NFC, for bodies written otherwise (nfc.ts);
 * 2. the safety step: an allowlist of HTML (sanitize.ts, html-policy.ts);
 * 3. photos beside the entry made into <picture>s for Astro's image step (photos.ts);
 * 4. table alignment as classes, not inline styles (tables.ts).
 *
 * Each step is a plugin factory that looks at the body's source first and
 * runs only where it can change something. Pages and RSS feeds render
 * bodies through this same pipeline.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { nfcWhereNeeded } from './nfc.ts';
import { sanitizeWhereNeeded } from './sanitize.ts';
import { photosWhereNeeded } from './photos.ts';
import { tableAlignWhereNeeded } from './tables.ts';

export function markdownProcessor() {
  return satteri({ features: { rawHtml: true }, hastPlugins: [nfcWhereNeeded, sanitizeWhereNeeded, photosWhereNeeded, tableAlignWhereNeeded] });
}
