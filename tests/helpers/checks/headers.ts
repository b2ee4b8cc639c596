/**
 * The response headers netlify.toml declares for a path, read from the file
 * itself so tests serve exactly what Netlify will.
 *
 * Two points of Netlify's behaviour are not documented, and the site is built
 * to work under either answer (src/outputs/headers.ts); the tests model
 * them like this:
 * - rules match the address asked for: an unknown address answered with
 *   404.html gets that address's headers, not those of /404.html (the test
 *   server asks for the headers of the request's path);
 * - when several matching rules give the same header, all the values are sent
 *   (`combine`, the default here), or the later rule wins (`override`, what
 *   Netlify CLI's `headersForPath` does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { parseHeadersFile, type HeaderRule } from '../../../src/outputs/headers.ts';

/** How several matching rules giving one header resolve: see above. */
export type Overlap = 'combine' | 'override';

/** The [[headers]] of netlify.toml, plus the `_headers` file the build writes into the site (if `site` is given). */
export function loadHeaderRules(file: string, site?: string): HeaderRule[] {
  const config = parse(fs.readFileSync(file, 'utf8')) as { headers?: HeaderRule[] };
  const generated = site && fs.existsSync(path.join(site, '_headers')) ? parseHeadersFile(fs.readFileSync(path.join(site, '_headers'), 'utf8')) : [];
  return [...(config.headers ?? []), ...generated];
}

/** Every value of `name` that the rules give `pathname` (Netlify sends them all, combined). */
export function allValuesFor(rules: HeaderRule[], pathname: string, name: string): string[] {
  return rules.filter((rule) => matches(rule.for, pathname) && rule.values[name] !== undefined).map((rule) => rule.values[name]!);
}

/** Netlify's path patterns: `*` matches anything (a splat), the rest literally. */
function matches(pattern: string, pathname: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pathname);
}

/** All headers for `pathname`; a header given by several matching rules is resolved as `overlap` says. */
export function headersFor(rules: HeaderRule[], pathname: string, overlap: Overlap = 'combine'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.for, pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      headers[name] = overlap === 'combine' && headers[name] !== undefined ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}
