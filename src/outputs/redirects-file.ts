/**
 * At the end of the build, the redirect rules written by the route
 * `/redirects.txt` (src/pages/redirects.txt.ts) become `dist/_redirects`,
 * the name Netlify reads (Astro does not publish routes whose name starts
 * with `_`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { REDIRECTS_FILE, REDIRECTS_ROUTE } from './redirects.ts';

export function redirectsFileIntegration(): AstroIntegration {
  return {
    name: 'portal-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const written = path.join(site, REDIRECTS_ROUTE);
        if (!fs.existsSync(written)) return;
        fs.renameSync(written, path.join(site, REDIRECTS_FILE));
        const rules = fs
          .readFileSync(path.join(site, REDIRECTS_FILE), 'utf8')
          .split('\n')
          .filter((line) => line && !line.startsWith('#')).length;
        logger.info(`${rules} redirect(s) written to ${REDIRECTS_FILE}`);
      },
    },
  };
}
