// @ts-check
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Processed images and the content store are cached here between builds (see netlify.toml).
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // No view transitions, no client framework: pages are plain HTML.
  prefetch: false,
  integrations: [pagefindIndex()],
});
