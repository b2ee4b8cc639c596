// @ts-check
import { defineConfig } from 'astro/config';
import { setting } from './src/config/env.ts';
import { loadSiteConfig } from './src/files/site-file.ts';
import { pagefindIndex } from './src/search/pagefind.ts';
import { securityHeaders } from './src/outputs/headers-file.ts';
import { redirectsFileIntegration } from './src/outputs/redirects-file.ts';
import { buildTimings } from './src/build/build-timings.ts';
import { checkGate } from './src/check/gate.ts';
import { restoreOutput } from './src/build/restore-output.ts';
import { pruneOutput } from './src/build/prune-output.ts';
import { decapCms } from './src/editor/decap-cms.ts';
import { devFiles } from './src/outputs/dev-files.ts';
import { resolveFromProject } from './src/build/resolve-from-project.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { cacheDir } from './src/config/cache-dir.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes for one address stop the build (Astro's default keeps one and warns); the content check
  // reports such collisions earlier, naming both files (src/check/route-table.ts).
  prerenderConflictBehavior: 'error',
  // Processed images and the content store are cached here between builds (PORTAL_CACHE_DIR;
  // netlify/plugins/portal-cache keeps it between Netlify builds).
  cacheDir: cacheDir(),
  // Photos: AVIF at effort 2 encodes about five times faster than the default 4 for the same size;
  // JPEG fallbacks with mozjpeg. Every variant is a new file without EXIF (sharp drops metadata).
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 }, jpeg: { mozjpeg: true } } },
  },
  // Styles and scripts always as files: the Content-Security-Policy in netlify.toml allows no inline code.
  // Several pages rendered at a time (PORTAL_BUILD_CONCURRENCY): each page is written twice (dist/ and
  // the incremental cache), and with fewer in flight the renderer waits on the disk (docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: setting('buildConcurrency') },
  // dist/ is not emptied first: unchanged pages stay in place and src/build/prune-output.ts
  // removes, at the end, whatever this build no longer publishes.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // No view transitions, no client framework: pages are plain HTML.
  prefetch: false,
  // Pages whose getStaticPaths() gives a cacheKey (articles, notices and their lists: src/build/cache-keys.ts)
  // are copied from the previous build when neither their key nor their code changed.
  // The copies live in cacheDir, which Netlify keeps between builds; a build without dist/
  // gets them as links first (src/build/restore-output.ts).
  // PORTAL_PARALLEL_PRERENDER=N renders pages in N worker processes: slower on a 2-core build machine
  // (docs/performance.md), so off unless a unit's builder has more cores.
  experimental: {
    incrementalBuild: true,
    ...(setting('parallelPrerender') > 1 ? { parallelPrerender: { workers: setting('parallelPrerender') } } : {}),
  },
  // The Markdown pipeline: NFC, the HTML allowlist, photos, table alignment (src/markdown/processor.ts).
  markdown: { processor: markdownProcessor() },
  // The web CMS at /admin/ is served from the site itself (src/editor/decap-cms.ts); `npm run dev`
  // serves the emblem and attachments where a build publishes them (src/outputs/dev-files.ts).
  // resolveFromProject: a workaround for output folders beside the project (see the file).
  integrations: [
    resolveFromProject(),
    buildTimings(),
    checkGate(),
    restoreOutput(),
    decapCms(),
    devFiles(),
    pruneOutput(),
    redirectsFileIntegration(),
    pagefindIndex(),
    securityHeaders(),
  ],
});
