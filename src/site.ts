/** The unit's identity and the site's URL helpers, for templates. */
import { loadSiteConfig } from './files/site-file.ts';
import type { Category } from './model/schemas/index.ts';
import { paths, PAGE_SIZE } from './config/routes.ts';

export const site = loadSiteConfig();

/** Categories in their configured order. */
export const categories: Category[] = [...site.categories].sort((a, b) => a.order - b.order);

export function categoryBySlug(slug: string): Category {
  const category = categories.find((c) => c.slug === slug);
  if (!category) throw new Error(`Unknown category ${slug}`);
  return category;
}

/** Absolute URL on the portal for a site path (`/tin-tuc/x/`). */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, site.url).href;
}

/** The public URL of the emblem (served by src/pages/tep/[...file].ts). */
export const emblemUrl = paths.emblem(site.emblem);

export { paths, PAGE_SIZE };
