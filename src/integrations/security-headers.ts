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
import { cspHeaderRules, parseHeadersFile } from '../lib/security-headers.ts';

export function securityHeaders(configFile = 'netlify.toml'): AstroIntegration {
  return {
    name: 'portal-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const config = parse(fs.readFileSync(configFile, 'utf8')) as { headers?: { for: string; values: Record<string, string> }[] };
        const policy = config.headers?.find((rule) => rule.for === '/')?.values['Content-Security-Policy'];
        if (!policy) throw new Error(`${configFile}: no Content-Security-Policy declared for "/"`);
        const site = fileURLToPath(dir);
        const entries = fs.readdirSync(site, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        const rules = cspHeaderRules(entries, policy, ['admin']);
        fs.writeFileSync(path.join(site, '_headers'), rules);
        logger.info(`Content-Security-Policy set for ${parseHeadersFile(rules).length} top-level paths`);
      },
    },
  };
}
