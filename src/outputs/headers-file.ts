/**
 * After every build, dist/_headers (see src/outputs/headers.ts for why
 * these rules are written per path):
 * - the site's own headers, declared in netlify.toml for "/", copied to every
 *   other top-level path of dist/ except /admin/;
 * - for every attachment and document file under /tep/, its Content-Type and,
 *   for office files, `Content-Disposition: attachment`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileHeaderRules, formatHeadersFile, readSiteHeaders, siteHeaderRules } from './headers.ts';

/** Where the files kept in content/ are published (src/pages/tep/[...file].ts). */
const FILES = 'tep';

export function securityHeaders(configFile = 'netlify.toml'): AstroIntegration {
  return {
    name: 'portal-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = fs.readdirSync(site, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        const topLevel = siteHeaderRules(entries, readSiteHeaders(configFile), ['admin']);
        const filesDir = path.join(site, FILES);
        const published = fs.existsSync(filesDir)
          ? (fs.readdirSync(filesDir, { recursive: true, encoding: 'utf8' }) as string[])
              .filter((file) => fs.statSync(path.join(filesDir, file)).isFile())
              .map((file) => `/${FILES}/${file.split(path.sep).join('/')}`)
          : [];
        const files = fileHeaderRules(published);
        fs.writeFileSync(path.join(site, '_headers'), formatHeadersFile([...topLevel, ...files]));
        logger.info(`headers written for ${topLevel.length} top-level paths and ${files.length} files under /${FILES}/`);
      },
    },
  };
}
