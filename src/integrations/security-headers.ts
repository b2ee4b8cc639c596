/**
 * After every build: copy the site's own headers, declared in netlify.toml
 * for "/", to every other top-level path of dist/ except /admin/, in
 * dist/_headers (see src/lib/security-headers.ts for why).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, readSiteHeaders, siteHeaderRules } from '../lib/security-headers.ts';

export function securityHeaders(configFile = 'netlify.toml'): AstroIntegration {
  return {
    name: 'portal-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = fs.readdirSync(site, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        const topLevel = siteHeaderRules(entries, readSiteHeaders(configFile), ['admin']);
        fs.writeFileSync(path.join(site, '_headers'), formatHeadersFile(topLevel));
        logger.info(`headers written for ${topLevel.length} top-level paths`);
      },
    },
  };
}
