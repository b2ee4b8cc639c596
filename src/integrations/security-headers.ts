/**
 * After every build: copy the site's Content-Security-Policy from
 * netlify.toml (the rule for "/") to every other top-level path of dist/
 * except /admin/, in dist/_headers (see src/lib/security-headers.ts for why).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'smol-toml';
import { cspHeaderRules } from '../lib/security-headers.ts';

export function securityHeaders(configFile = 'netlify.toml'): AstroIntegration {
  return {
    name: 'portal-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const config = parse(fs.readFileSync(configFile, 'utf8')) as { headers?: { for: string; values: Record<string, string> }[] };
        const policy = config.headers?.find((rule) => rule.for === '/')?.values['Content-Security-Policy'];
        if (!policy) throw new Error(`${configFile}: no Content-Security-Policy declared for "/"`);
        const site = fileURLToPath(dir);
        // _headers itself is left out: it is there from the last build when dist/ is kept.
        const entries = fs
          .readdirSync(site, { withFileTypes: true })
          .filter((entry) => entry.name !== '_headers')
          .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        fs.writeFileSync(path.join(site, '_headers'), cspHeaderRules(entries, policy, ['admin']));
        logger.info(`Content-Security-Policy set for ${entries.length - 1} top-level paths`);
      },
    },
  };
}
