/**
 * The category of an imported article, from the section it sat under on the
 * legacy portal (its breadcrumb, category link or address): through the map
 * given with `--category-map` (a YAML or JSON file «old section: new slug»,
 * `"*"` for the rest), else a category of this portal with the same name or
 * slug, else the default (the map's `"*"`, or the first category) and the
 * article is listed for review.
 */
import fs from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { slugify } from '../model/slugify.ts';
import type { Category } from '../model/schemas/index.ts';

export interface CategoryMap {
  /** slugify(old section) → new category slug. */
  entries: Map<string, string>;
  fallback: string;
}

/** The map in `file` (or none), checked against `categories`; an Error (Vietnamese) naming what is wrong. */
export function loadCategoryMap(file: string | undefined, categories: readonly Category[]): CategoryMap | Error {
  const slugs = categories.map((c) => c.slug);
  const first = [...categories].sort((a, b) => a.order - b.order)[0]!.slug;
  if (!file) return { entries: new Map(), fallback: first };
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return new Error(`không đọc được bảng chuyển chuyên mục ${file}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return new Error(`bảng chuyển chuyên mục ${file} phải gồm các dòng «chuyên mục cũ: slug-chuyen-muc-moi»`);
  const entries = new Map<string, string>();
  let fallback = first;
  for (const [from, to] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof to !== 'string' || !slugs.includes(to)) {
      return new Error(`bảng chuyển chuyên mục ${file}: «${from}: ${String(to)}» — «${String(to)}» không phải chuyên mục trong site.yaml; hãy dùng một trong: ${slugs.join(', ')}`);
    }
    if (from === '*') fallback = to;
    else entries.set(slugify(from), to);
  }
  return { entries, fallback };
}

/** The category of an article whose old section is `section`: `known` false when it fell to the default. */
export function categoryFor(section: string | undefined, map: CategoryMap, categories: readonly Category[]): { slug: string; known: boolean } {
  if (section) {
    const key = slugify(section);
    const mapped = map.entries.get(key);
    if (mapped) return { slug: mapped, known: true };
    const same = categories.find((c) => c.slug === key || slugify(c.name) === key);
    if (same) return { slug: same.slug, known: true };
  }
  return { slug: map.fallback, known: false };
}
