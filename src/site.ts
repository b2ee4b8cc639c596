/** The unit's identity and the site's URL helpers, for templates. */
import { loadSiteConfig } from './files/site-file.ts';
import type { Category, Unit } from './model/schemas/index.ts';
import { paths, PAGE_SIZE } from './config/routes.ts';

export const site = loadSiteConfig();

/** Categories in their configured order. */
export const categories: Category[] = [...site.categories].sort((a, b) => a.order - b.order);

export function categoryBySlug(slug: string): Category {
  const category = categories.find((c) => c.slug === slug);
  if (!category) throw new Error(`Unknown category ${slug}`);
  return category;
}

/** The unit an imported article comes from (site.yaml `units`), or undefined for an article written here. */
export function unitBySlug(slug: string | undefined): Unit | undefined {
  if (slug === undefined) return undefined;
  const unit = site.units.find((u) => u.slug === slug);
  if (!unit) throw new Error(`Unknown unit ${slug}`);
  return unit;
}

/** Absolute URL on the portal for a site path (`/tin-tuc/x/`). */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, site.url).href;
}

/** The public URL of the emblem (served by src/pages/tep/[...file].ts). */
export const emblemUrl = paths.emblem(site.emblem);

export { paths, PAGE_SIZE };
