/**
 * The portal's paginated lists, defined once: the pages that show them, the
 * sitemap that lists their addresses and the redirects of their former
 * addresses all cut them the same way (pagination.ts).
 */
import { NEWS_PAGES, PAGE_SIZE, paths } from '../config/routes.ts';
import { boundedPages, stablePages, type Page } from './pagination.ts';

interface Dated {
  data: { date: Date };
}

const dateOf = (entry: Dated) => entry.data.date;

/** Notices are short lines: twice as many a page. */
export const NOTICE_PAGE_SIZE = PAGE_SIZE * 2;

/** The latest news: a few newest-first pages, then the archive by year. */
export const newsPages = <T extends Dated>(articles: readonly T[]): Page<T>[] => boundedPages(articles, PAGE_SIZE, paths.news, NEWS_PAGES, dateOf);

/** A stable list of articles (a category, a tag, a year of the archive) at `base`. */
export const articlePages = <T extends Dated>(articles: readonly T[], base: string): Page<T>[] => stablePages(articles, PAGE_SIZE, base, dateOf);

export const noticePages = <T extends Dated>(notices: readonly T[]): Page<T>[] => stablePages(notices, NOTICE_PAGE_SIZE, paths.notices, dateOf);

export const libraryPages = <T extends { date: Date }>(items: readonly T[]): Page<T>[] => stablePages(items, PAGE_SIZE, paths.photoLibrary, (item) => item.date);
