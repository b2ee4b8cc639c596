/**
 * The response headers netlify.toml declares for a path, read from the file
 * itself so tests serve exactly what Netlify will.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';

interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

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
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(pathname);
}

/** All headers for `pathname`; later rules add to (and override) earlier ones. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.for, pathname)) Object.assign(headers, rule.values);
  return headers;
}
