/**
 * The redirect rules that keep a former portal's addresses working: each
 * imported article's old addresses (`aliases`, src/model/old-addresses.ts)
 * answer with a 301 to its page here, and a former unit's domain, once
 * pointed at this site (a Netlify domain alias), sends its other addresses
 * to that unit's archive page. Per-article rules come first: Netlify takes
 * the first rule that matches.
 */
import type { Redirect } from './redirects.ts';
import { parseOldAddress } from '../model/old-addresses.ts';
import { paths } from '../config/routes.ts';
import type { SiteConfig } from '../model/schemas/index.ts';

/** What the rules need of an article: its id and its old addresses. */
export interface ArchivedArticle {
  id: string;
  data: { aliases: readonly string[] };
}

/**
 * The rules for `articles` (published ones: a draft has no page to go to)
 * and the units of `site`. An old address of this site's own domain is a path
 * rule; one of another domain a full-address rule answering with the full
 * new address.
 */
export function archiveRedirects(articles: readonly ArchivedArticle[], site: Pick<SiteConfig, 'url' | 'units'>): Redirect[] {
  const own = new URL(site.url).hostname.toLowerCase();
  const absolute = (path: string) => new URL(path, site.url).href;
  const rules: Redirect[] = [];
  for (const article of articles) {
    const to = paths.article(article.id);
    for (const alias of article.data.aliases) {
      const { host, path, query } = parseOldAddress(alias, site.url);
      rules.push(host ? { from: `https://${host}${path}`, to: absolute(to), query } : { from: path, to, query });
    }
  }
  for (const unit of site.units) {
    if (unit.domain && unit.domain !== own) rules.push({ from: `https://${unit.domain}/*`, to: absolute(paths.unitArchive(unit.slug)) });
  }
  return rules;
}
