// @ts-check
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No view transitions, no client framework: pages are plain HTML.
  prefetch: false,
  integrations: [pagefindIndex()],
});
