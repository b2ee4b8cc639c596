/**
 * The response headers netlify.toml declares for a path, read from the file
 * itself so tests serve exactly what Netlify will.
 */
import fs from 'node:fs';
import { parse } from 'smol-toml';

interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

export function loadHeaderRules(file: string): HeaderRule[] {
  const config = parse(fs.readFileSync(file, 'utf8')) as { headers?: HeaderRule[] };
  return config.headers ?? [];
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
