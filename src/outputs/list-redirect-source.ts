/** The redirects of every list's former page addresses (list-redirects.ts), from the same lists as the pages (model/lists.ts). */
import { getArticles, getNotices, getPhotoLibrary, getTags, getYears } from '../model/queries.ts';
import { groupByCategory } from '../model/articles.ts';
import { vietnamYear } from '../model/dates.ts';
import { NOTICE_PAGE_SIZE } from '../model/lists.ts';
import { NEWS_PAGES, PAGE_SIZE } from '../config/routes.ts';
import { categories, paths } from '../site.ts';
import { boundedListRedirects, stableListRedirects } from './list-redirects.ts';
import type { Redirect } from './redirects.ts';

export async function listRedirects(): Promise<Redirect[]> {
  const articles = await getArticles();
  const byCategory = groupByCategory(articles);
  return [
    ...boundedListRedirects(articles, PAGE_SIZE, paths.news, NEWS_PAGES, (article) => paths.archiveYear(vietnamYear(article.data.date))),
    ...categories.flatMap((category) => stableListRedirects(byCategory.get(category.slug)?.length ?? 0, PAGE_SIZE, paths.category(category.slug))),
    ...[...(await getTags()).values()].flatMap((tag) => stableListRedirects(tag.items.length, PAGE_SIZE, paths.tag(tag.slug))),
    ...[...(await getYears()).entries()].flatMap(([year, items]) => stableListRedirects(items.length, PAGE_SIZE, paths.archiveYear(year))),
    ...stableListRedirects((await getNotices()).length, NOTICE_PAGE_SIZE, paths.notices),
    ...stableListRedirects((await getPhotoLibrary()).length, PAGE_SIZE, paths.photoLibrary),
  ];
}
