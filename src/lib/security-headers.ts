/**
 * The Content-Security-Policy for every path of the built site, written as
 * a Netlify `_headers` file. netlify.toml declares the policy once, for "/";
 * Netlify would combine a "/*" policy with the CMS's looser one on /admin/
 * (two policies: the stricter wins), so the site's policy is set per
 * top-level path instead, every one except those listed as exceptions.
 */

/** `_headers` rules: one per top-level entry of the site (a folder gets `/name/*`, a file `/name`). */
export function cspHeaderRules(entries: { name: string; folder: boolean }[], policy: string, except: readonly string[]): string {
  const rules = entries
    .filter(({ name }) => !except.includes(name) && name !== '_headers')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, folder }) => `/${name}${folder ? '/*' : ''}\n  Content-Security-Policy: ${policy}\n`);
  return `# Written by the build (src/integrations/security-headers.ts) from netlify.toml: do not edit.\n${rules.join('')}`;
}

/** Parse a `_headers` file into rules (the same shape netlify.toml's [[headers]] have). */
export function parseHeadersFile(text: string): { for: string; values: Record<string, string> }[] {
  const rules: { for: string; values: Record<string, string> }[] = [];
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
