/** The unit's identity and the site's URL helpers, for templates. */
import { loadSiteConfig } from './site-config.ts';
import type { Category } from './schemas.ts';

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
export const emblemUrl = `/tep/${site.emblem.replace(/^\.\//, '')}`;

export const paths = {
  home: '/',
  news: '/tin-tuc/',
  article: (id: string) => `/tin-tuc/${id}/`,
  category: (slug: string) => `/chuyen-muc/${slug}/`,
  categoryFeed: (slug: string) => `/chuyen-muc/${slug}/rss.xml`,
  tag: (slug: string) => `/the/${slug}/`,
  notices: '/thong-bao/',
  notice: (id: string) => `/thong-bao/${id}/`,
  noticesFeed: '/thong-bao/rss.xml',
  attachment: (noticeId: string, file: string) => `/tep/thong-bao/${noticeId}/${file.replace(/^\.\//, '').split('/').pop()}`,
  archive: '/luu-tru/',
  archiveYear: (year: number) => `/luu-tru/${year}/`,
  page: (id: string) => `/${id}/`,
  sitemap: '/so-do-trang/',
  feed: '/rss.xml',
} as const;

export const PAGE_SIZE = 12;
