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
 * folder alone (src/build/prune-output.ts). The pages have their cached
 * copies' sizes and times, which the search step (src/search/pagefind.ts)
 * recorded at the last build, so it need not read them all again either.
 * Not after a change of the build's code, of the packages or of Astro
 * (build-stamp.ts): that build reuses nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkFiles } from './link-files.ts';
import { setting } from '../config/env.ts';

/** Where Astro's incremental build keeps the pages it can reuse, inside the cache directory. */
export const INCREMENTAL_PAGES = 'dist';

/** Astro's record of its last incremental build, the part read here (astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';
interface IncrementalManifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/**
 * The page files (relative paths) that Astro's manifest records for its last build, each of
 * which it keeps a copy of in `INCREMENTAL_PAGES` (it prunes the others); undefined when there
 * is no manifest, or one of a version this does not know. Reading it is one file; listing the
 * cache folder, one folder per page, is tens of thousands.
 */
export function recordedPageFiles(cacheDir: string): Set<string> | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, INCREMENTAL_MANIFEST), 'utf8')) as IncrementalManifest;
    if (manifest.version !== 1) return undefined;
    return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((page) => page.outputFile)));
  } catch {
    return undefined;
  }
}

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
          const linked = linkFiles(pages, outDir, recordedPageFiles(cacheDir));
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
