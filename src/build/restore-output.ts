/**
 * A build that starts without an output folder, as on Netlify after every
 * push (a fresh clone; only the cache directory is kept), finds the pages
 * of Astro's incremental cache already in place, as hard links.
 *
 * Astro keeps a page whose key is unchanged when its file is in the output
 * folder, and otherwise copies it from its cache, one file at a time, which
 * is most of a fresh clone's rebuild on a large archive. Linking is safe
 * because Astro writes a page it renders again to both places with the same
 * bytes, and a link the build no longer publishes is removed from the output
 * folder alone (src/build/prune-output.ts). The pages keep their
 * files' times, so the search step (src/search/pagefind.ts) need not
 * read them all again either. Not after a change of the build's code or of
 * Astro (build-stamp.ts): that build reuses nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkFiles } from './link-files.ts';
import { setting } from '../config/env.ts';

/** Where Astro's incremental build keeps the pages it can reuse, inside the cache directory. */
export const INCREMENTAL_PAGES = 'dist';

export function restoreOutput(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'portal-restore-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        const pages = path.join(cacheDir, INCREMENTAL_PAGES);
        if (fs.existsSync(outDir) || !fs.existsSync(pages) || setting('fullBuild')) return;
        const started = performance.now();
        try {
          const linked = linkFiles(pages, outDir);
          logger.info(`linked ${linked} pages from the incremental build's cache in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          // A cache directory on another disk, or a file system without hard links: Astro copies the pages itself.
          fs.rmSync(outDir, { recursive: true, force: true });
          logger.warn(`could not link the incremental build's pages (${error instanceof Error ? error.message : String(error)}); Astro copies them`);
        }
      },
    },
  };
}
