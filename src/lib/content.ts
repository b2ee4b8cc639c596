/**
 * The portal's content as templates use it: published entries, newest
 * first, queried once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, groupByTag, groupByYear, isCurrentNotice, isPublished } from './articles.ts';

export type Article = CollectionEntry<'articles'>;
export type Notice = CollectionEntry<'notices'>;
export type StaticPage = CollectionEntry<'pages'>;

/** `astro dev` shows drafts and future entries; builds leave them out. */
const showUnpublished = import.meta.env.DEV;
/** The build's "now": entries dated later appear in a later (scheduled) build. */
export const buildTime = new Date();

let articles: Promise<Article[]> | undefined;
let notices: Promise<Notice[]> | undefined;

export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles', (entry) => isPublished(entry, buildTime, showUnpublished)).then((list) => list.sort(byNewest));
  return articles;
}

export function getNotices(): Promise<Notice[]> {
  notices ??= getCollection('notices', (entry) => isPublished(entry, buildTime, showUnpublished)).then((list) => list.sort(byNewest));
  return notices;
}

export async function getCurrentNotices(): Promise<Notice[]> {
  return (await getNotices()).filter((notice) => isCurrentNotice(notice, buildTime));
}

export async function getPages(): Promise<StaticPage[]> {
  const pages = await getCollection('pages');
  return pages.sort((a, b) => (a.data.menuOrder ?? 999) - (b.data.menuOrder ?? 999) || a.data.title.localeCompare(b.data.title, 'vi'));
}

export async function getTags() {
  return groupByTag(await getArticles());
}

export async function getYears() {
  return groupByYear(await getArticles());
}
