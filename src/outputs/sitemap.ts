/** Every public page of the portal, for sitemap.xml: one list, built from the same queries as the pages. */
import { getAlbums, getArticles, getDocuments, getNotices, getPages, getPhotoLibrary, getScheduleWeeks, getTags, getYears } from '../model/queries.ts';
import { documentFacets } from '../model/documents.ts';
import { DOCUMENT_FACETS } from '../model/document-filter.ts';
import { paginate } from '../model/pagination.ts';
import { groupByCategory } from '../model/articles.ts';
import { categories, PAGE_SIZE, paths } from '../site.ts';

export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

export async function publicPages(): Promise<SitemapEntry[]> {
  const articles = await getArticles();
  const notices = await getNotices();
  const listing = (items: readonly unknown[], base: string, size = PAGE_SIZE) => paginate(items, size, base).map((page) => ({ path: page.url }));
  const byCategory = groupByCategory(articles);
  return [
    { path: paths.home, lastmod: articles[0]?.data.date },
    ...(await getPages()).map((page) => ({ path: paths.page(page.id) })),
    ...listing(articles, paths.news),
    ...articles.map((article) => ({ path: paths.article(article.id), lastmod: article.data.updated ?? article.data.date })),
    ...categories.flatMap((category) => listing(byCategory.get(category.slug) ?? [], paths.category(category.slug))),
    ...[...(await getTags()).values()].flatMap((tag) => listing(tag.items, paths.tag(tag.slug))),
    ...listing(notices, paths.notices, PAGE_SIZE * 2),
    ...notices.map((notice) => ({ path: paths.notice(notice.id), lastmod: notice.data.date })),
    { path: paths.archive },
    ...[...(await getYears()).entries()].flatMap(([year, items]) => listing(items, paths.archiveYear(year))),
    ...listing(await getPhotoLibrary(), paths.photoLibrary),
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
