/**
 * The response headers that the build writes into the site as a Netlify
 * `_headers` file, and the Content-Security-Policy of the 404 page.
 *
 * How Netlify treats rules is only partly documented, so nothing here relies
 * on the parts that are not:
 *
 * - Two rules giving the same header to one path (say "/*" and "/admin/*"):
 *   whether Netlify sends both values or only one is not documented, and its
 *   local tools are no guide: Netlify CLI's `headersForPath` keeps the later
 *   value, but its logic is not the CDN's (netlify/build#3407: "switching that
 *   logic to the one currently used in the backend"; "they might differ from
 *   the backend"). Two CSP values would be two policies, both enforced, and
 *   the CMS at /admin/ needs a looser one than the site. So the site's
 *   policy, declared once in netlify.toml for "/", is copied to every
 *   top-level path except /admin/ (`siteHeaderRules`), and no path gets two.
 * - An unknown address is answered with 404.html. Netlify matches header
 *   rules against the address asked for, not the file served (a rule for a
 *   path applies to the redirect answered there: siy/coding-technology#79,
 *   measured), and this site's 404 answers carried no CSP (Mozilla
 *   Observatory, grade B) although dist/_headers had a rule for `/404.html`.
 *   An unknown top-level address matches only "/*", which cannot carry the
 *   policy (above), so the 404 page carries it itself, in a <meta> element
 *   (`metaPolicy`): the browser enforces it whatever headers came with the
 *   page.
 */
import fs from 'node:fs';
import { parse } from 'smol-toml';
import { ATTACHMENT_TYPES } from '../model/attachment-types.ts';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** The header values netlify.toml declares for "/": the site's own, which "/*" cannot carry (see above). */
export function siteHeaders(config: { headers?: HeaderRule[] }, file = 'netlify.toml'): Record<string, string> {
  const values = config.headers?.find((rule) => rule.for === '/')?.values;
  if (!values?.['Content-Security-Policy']) throw new Error(`${file}: no Content-Security-Policy declared for "/"`);
  return values;
}

/** `siteHeaders` of the netlify.toml at `file` (relative to the project, where builds run). */
export function readSiteHeaders(file = 'netlify.toml'): Record<string, string> {
  return siteHeaders(parse(fs.readFileSync(file, 'utf8')) as { headers?: HeaderRule[] }, file);
}

/** One rule per top-level entry of the site (a folder gets `/name/*`, a file `/name`), except `except`, each with `values`. */
export function siteHeaderRules(entries: { name: string; folder: boolean }[], values: Record<string, string>, except: readonly string[]): HeaderRule[] {
  return entries
    .filter(({ name }) => !except.includes(name) && name !== '_headers')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, folder }) => ({ for: `/${name}${folder ? '/*' : ''}`, values: { ...values } }));
}

/**
 * Directives that a policy given in a <meta> element cannot hold: the browser
 * ignores them there and logs an error (CSP Level 3, "Delivery via meta"). The
 * 404 page loses `frame-ancestors` this way; X-Frame-Options DENY, set on "/*",
 * keeps it out of frames all the same.
 */
const NOT_IN_META = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** `policy` as a <meta http-equiv="Content-Security-Policy"> can carry it. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !NOT_IN_META.has(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

/**
 * One rule per published file of a type in ATTACHMENT_TYPES (attachment-types.ts) (`urls`: their paths,
 * such as /tep/van-ban/x/ke-hoach.docx), with its Content-Type and, for office
 * files, `Content-Disposition: attachment`. Exact paths, because Netlify's
 * `for` patterns are paths with a `*` splat, not globs by extension. A name
 * that needs percent-encoding gets its rule under both spellings: which one
 * Netlify compares is not documented, and a request can match only one.
 */
export function fileHeaderRules(urls: string[]): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const url of [...urls].sort()) {
    // File names come from the content: a control character would end the
    // `_headers` line and let the name write rules of its own.
    if (/[\x00-\x1f\x7f]/.test(url)) throw new Error(`${JSON.stringify(url)}: tên tệp có ký tự điều khiển; hãy đổi tên tệp`);
    const known = ATTACHMENT_TYPES[url.slice(url.lastIndexOf('.') + 1).toLowerCase()];
    if (!known) continue;
    const values: Record<string, string> = { 'Content-Type': known.mime };
    if (known.download) values['Content-Disposition'] = 'attachment';
    const encoded = encodeURI(url);
    for (const spelling of new Set([url, encoded])) rules.push({ for: spelling, values: { ...values } });
  }
  return rules;
}

/** A `_headers` file holding `rules`. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.for}\n${Object.entries(rule.values)
        .map(([name, value]) => `  ${name}: ${value}\n`)
        .join('')}`,
  );
  return `# Written by the build (src/outputs/headers-file.ts) from netlify.toml: do not edit.\n${blocks.join('')}`;
}

/** Parse a `_headers` file into rules (the same shape netlify.toml's [[headers]] have). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ for: line.trim(), values: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.values[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
