/**
 * The units of content/site.yaml whose archives the portal carries: the one
 * an import names (`--unit`), added when it is not listed yet, with the
 * source's host as its former domain. site.yaml is edited as text, so that
 * its comments and layout stay as the unit wrote them; the result is read
 * back through the site schema before it is kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSiteConfig, SITE_FILE } from '../files/site-file.ts';
import { HOST_NAME, type Unit } from '../model/schemas/index.ts';
import { slugify } from '../model/slugify.ts';

const same = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/** The unit of site.yaml that `name` names (by name or slug). */
export function findUnit(units: readonly Unit[], name: string): Unit | undefined {
  return units.find((unit) => same(unit.name, name) || unit.slug === name || unit.slug === slugify(name));
}

const quoted = (text: string) => JSON.stringify(text);

/** The YAML lines of one unit, as an item of `units:`. */
export function unitYaml(unit: Unit): string {
  return [
    `  - name: ${quoted(unit.name)}`,
    `    slug: ${unit.slug}`,
    ...(unit.domain ? [`    domain: ${unit.domain}`] : []),
    ...(unit.years ? [`    years: ${quoted(unit.years)}`] : []),
  ].join('\n');
}

/** `text` (site.yaml) with `unit` added at the end of its `units:` list, which is made when missing. */
export function withUnit(text: string, unit: Unit): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  const start = lines.findIndex((line) => /^units:\s*(\[\s*\])?\s*(#.*)?$/.test(line));
  if (start < 0)
    return `${lines.join('\n')}\n# Cổng thông tin cũ của các đơn vị đã sáp nhập (npm run import); địa chỉ cũ của bài được chuyển tới bài ở đây.\nunits:\n${unitYaml(unit)}\n`;
  lines[start] = 'units:';
  let end = start + 1;
  while (end < lines.length && (/^\s/.test(lines[end]!) || lines[end]!.trim() === '')) end++;
  while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
  lines.splice(end, 0, unitYaml(unit));
  return `${lines.join('\n')}\n`;
}

/** `text` with the `years` of the unit `slug` set to `years` (added, or replaced). */
export function withYears(text: string, slug: string, years: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => new RegExp(`^\\s+slug:\\s*${slug}\\s*$`).test(line));
  if (at < 0) return text;
  const indent = /^(\s+)/.exec(lines[at]!)![1];
  let end = at + 1;
  while (end < lines.length && lines[end]!.startsWith(indent!) && !/^\s+-\s/.test(lines[end]!)) {
    if (/^\s+years:/.test(lines[end]!)) {
      lines[end] = `${indent}years: ${quoted(years)}`;
      return lines.join('\n');
    }
    end++;
  }
  lines.splice(end, 0, `${indent}years: ${quoted(years)}`);
  return lines.join('\n');
}

/** A host name fit for `domain` (an address such as 127.0.0.1 or localhost is not one). */
export const domainOf = (host: string | undefined) => (host && HOST_NAME.test(host.toLowerCase()) ? host.toLowerCase() : undefined);

/**
 * The unit `name` of the portal at `contentDir`, added to its site.yaml when
 * missing (unless `dryRun`). Throws the check's error when site.yaml would
 * not read any more.
 */
export function ensureUnit(contentDir: string, name: string, host: string | undefined, dryRun = false): { unit: Unit; added: boolean } {
  const site = loadSiteConfig(contentDir);
  const known = findUnit(site.units, name);
  if (known) return { unit: known, added: false };
  let slug = slugify(name);
  for (let n = 2; site.units.some((unit) => unit.slug === slug); n++) slug = `${slugify(name)}-${n}`;
  const unit: Unit = { name: name.normalize('NFC').trim(), slug, ...(domainOf(host) ? { domain: domainOf(host)! } : {}) };
  if (dryRun) return { unit, added: true };
  const file = path.join(contentDir, SITE_FILE);
  const before = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, withUnit(before, unit));
  try {
    loadSiteConfig(contentDir);
  } catch (error) {
    fs.writeFileSync(file, before);
    throw error;
  }
  return { unit, added: true };
}

/** Records in site.yaml the years the unit's imported articles span (first and last). */
export function recordYears(contentDir: string, unit: Unit, first: number, last: number) {
  const file = path.join(contentDir, SITE_FILE);
  const before = fs.readFileSync(file, 'utf8');
  const known = unit.years?.split('-').map(Number) ?? [];
  const from = Math.min(first, ...known.filter(Boolean));
  const to = Math.max(last, ...known.filter(Boolean));
  const years = from === to ? String(from) : `${from}-${to}`;
  if (years === unit.years) return;
  fs.writeFileSync(file, withYears(before, unit.slug, years));
  try {
    loadSiteConfig(contentDir);
  } catch (error) {
    fs.writeFileSync(file, before);
    throw error;
  }
}
