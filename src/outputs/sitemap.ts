/** Every public page of the portal, for sitemap.xml (sitemap-xml.ts): one list, built from the same queries as the pages. */
import { getAlbums, getArticles, getDocuments, getNotices, getPages, getPhotoLibrary, getScheduleWeeks, getTags, getYears } from '../model/queries.ts';
import { documentFacets } from '../model/documents.ts';
import { DOCUMENT_FACETS } from '../model/document-filter.ts';
import { articlePages, libraryPages, newsPages, noticePages } from '../model/lists.ts';
import type { Page } from '../model/pagination.ts';
import { groupByCategory } from '../model/articles.ts';
import { categories, paths } from '../site.ts';

import type { SitemapEntry } from './sitemap-xml.ts';

let pages: Promise<SitemapEntry[]> | undefined;

/** The list, made once per build: the index and each file of addresses read it. */
export function publicPages(): Promise<SitemapEntry[]> {
  pages ??= listPublicPages();
  return pages;
}

async function listPublicPages(): Promise<SitemapEntry[]> {
  const articles = await getArticles();
  const notices = await getNotices();
  const listing = (pages: readonly Page<unknown>[]) => pages.map((page) => ({ path: page.url }));
  const byCategory = groupByCategory(articles);
  return [
    { path: paths.home, lastmod: articles[0]?.data.date },
    ...(await getPages()).map((page) => ({ path: paths.page(page.id) })),
    ...listing(newsPages(articles)),
    ...articles.map((article) => ({ path: paths.article(article.id), lastmod: article.data.updated ?? article.data.date })),
    ...categories.flatMap((category) => listing(articlePages(byCategory.get(category.slug) ?? [], paths.category(category.slug)))),
    ...[...(await getTags()).values()].flatMap((tag) => listing(articlePages(tag.items, paths.tag(tag.slug)))),
    ...listing(noticePages(notices)),
    ...notices.map((notice) => ({ path: paths.notice(notice.id), lastmod: notice.data.date })),
    { path: paths.archive },
    ...[...(await getYears()).entries()].flatMap(([year, items]) => listing(articlePages(items, paths.archiveYear(year)))),
    ...listing(libraryPages(await getPhotoLibrary())),
    ...(await getAlbums()).map((album) => ({ path: paths.album(album.id), lastmod: album.data.date })),
    { path: paths.sitemap },
    { path: paths.feeds },
    { path: paths.search },
    ...(await scheduleAndDocumentPages()),
    { path: paths.feedback },
    { path: paths.formSent },
  ];
}

/** The work schedule (its main page and every week) and the documents (listing, one page per filter value, each document). */
async function scheduleAndDocumentPages(): Promise<SitemapEntry[]> {
  const documents = await getDocuments();
  const facets = documentFacets(documents);
  return [
    { path: paths.schedule },
    ...(await getScheduleWeeks()).map((week) => ({ path: paths.scheduleWeek(week.id) })),
    { path: paths.documents, lastmod: documents[0]?.data.issued },
    ...DOCUMENT_FACETS.flatMap((facet) => facets[facet].map((value) => ({ path: paths.documentFacet(facet, value.value) }))),
    ...documents.map((doc) => ({ path: paths.document(doc.id), lastmod: doc.data.issued })),
  ];
}
