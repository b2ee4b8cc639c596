/**
 * The portal's content as templates use it: published entries, newest
 * first, queried once per build and shared by every page.
 */
import { buildTime as readBuildTime } from '../config/env.ts';
import { getCollection as astroGetCollection, type CollectionEntry } from 'astro:content';
import { EMPTY_COLLECTION_ID } from '../config/content-folder.ts';
import { byNewest, groupByTag, groupByUnit, groupByYear, isCurrentNotice, isPublished, neighbourIndex, relatedIndex } from './articles.ts';
import { libraryItems } from './photo-library.ts';
import { byIssued } from './documents.ts';
import { byWeekStart } from './schedule.ts';

export type Article = CollectionEntry<'articles'>;
export type Notice = CollectionEntry<'notices'>;
export type StaticPage = CollectionEntry<'pages'>;
export type Album = CollectionEntry<'albums'>;
export type DocumentEntry = CollectionEntry<'documents'>;
export type ScheduleWeek = CollectionEntry<'schedules'>;

/** Astro's getCollection, without the marker entry that keeps an empty collection present (content.config.ts). */
const getCollection = ((collection: string, filter?: (entry: { id: string }) => unknown) =>
  astroGetCollection(collection as never, (entry: { id: string }) => entry.id !== EMPTY_COLLECTION_ID && (!filter || Boolean(filter(entry))))) as typeof astroGetCollection;

/** `astro dev` shows drafts and future entries; builds leave them out. */
const showUnpublished = import.meta.env.DEV;
/**
 * The build's "now": entries dated later appear in a later (scheduled)
 * build. SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention)
 * pins it, so two builds of the same content give the same bytes.
 */
export const buildTime = readBuildTime();

let articles: Promise<Article[]> | undefined;
let notices: Promise<Notice[]> | undefined;

export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles', (entry) => isPublished(entry, buildTime, showUnpublished)).then((list) => list.sort(byNewest));
  return articles;
}

let related: Promise<Map<string, Article[]>> | undefined;
let neighbours: Promise<Map<string, { previous?: Article; next?: Article }>> | undefined;

/** "Các tin khác" of an article (src/model/articles.ts), worked out once for all articles. */
export async function getRelated(article: Article): Promise<Article[]> {
  related ??= getArticles().then((list) => relatedIndex(list));
  return (await related).get(article.id) ?? [];
}

/** The next older (`previous`) and next newer (`next`) article. */
export async function getNeighbours(article: Article): Promise<{ previous?: Article; next?: Article }> {
  neighbours ??= getArticles().then(neighbourIndex);
  return (await neighbours).get(article.id) ?? {};
}

export function getNotices(): Promise<Notice[]> {
  notices ??= getCollection('notices', (entry) => isPublished(entry, buildTime, showUnpublished)).then((list) => list.sort(byNewest));
  return notices;
}

export async function getCurrentNotices(): Promise<Notice[]> {
  return (await getNotices()).filter((notice) => isCurrentNotice(notice, buildTime));
}

let albums: Promise<Album[]> | undefined;

/** Published albums of the photo library, newest first. */
export function getAlbums(): Promise<Album[]> {
  albums ??= getCollection('albums', (entry) => isPublished(entry, buildTime, showUnpublished)).then((list) => list.sort(byNewest));
  return albums;
}

/** The photo library: albums and articles with a gallery, newest first. */
export async function getPhotoLibrary() {
  return libraryItems(await getAlbums(), await getArticles());
}

/** The unit's pages (drafts only in `astro dev`), in their menu order. */
export async function getPages(): Promise<StaticPage[]> {
  const pages = await getCollection('pages', (entry) => showUnpublished || !entry.data.draft);
  return pages.sort((a, b) => (a.data.menuOrder ?? 999) - (b.data.menuOrder ?? 999) || a.data.title.localeCompare(b.data.title, 'vi'));
}

let tags: Promise<ReturnType<typeof groupByTag<Article>>> | undefined;
let years: Promise<Map<number, Article[]>> | undefined;

export function getTags() {
  tags ??= getArticles().then(groupByTag);
  return tags;
}

export function getYears() {
  years ??= getArticles().then(groupByYear);
  return years;
}

let units: Promise<Map<string, Article[]>> | undefined;

/** Imported articles by the unit whose former portal they come from (site.yaml `units`), newest first. */
export function getUnitArticles() {
  units ??= getArticles().then((list) => groupByUnit(list));
  return units;
}

let documents: Promise<DocumentEntry[]> | undefined;

/** Published documents (Văn bản), newest issued first. A document issued after the build's date appears with a later build. */
export function getDocuments(): Promise<DocumentEntry[]> {
  documents ??= getCollection('documents', (entry) => isPublished({ id: entry.id, data: { date: entry.data.issued, draft: entry.data.draft } }, buildTime, showUnpublished)).then(
    (list) => list.sort(byIssued),
  );
  return documents;
}

let schedules: Promise<ScheduleWeek[]> | undefined;

/** The weeks of the work schedule, oldest first. Weeks ahead are published as soon as they are written; drafts are not. */
export function getScheduleWeeks(): Promise<ScheduleWeek[]> {
  schedules ??= getCollection('schedules', (entry) => showUnpublished || !entry.data.draft).then((list) => byWeekStart(list));
  return schedules;
}
