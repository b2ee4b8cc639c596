/**
 * Selecting and ordering content: what is published, what is related,
 * what comes before and after. Pure functions over a minimal entry shape so
 * they can be unit-tested without Astro.
 */
import { vietnamYear } from './dates.ts';
import { slugify } from './slugify.ts';

export interface Dated {
  id: string;
  data: { date: Date; draft?: boolean };
}

export interface ArticleLike extends Dated {
  data: Dated['data'] & { category: string; tags: string[]; featured?: boolean };
}

/** Drafts and entries dated after `now` are left out unless `includeUnpublished` (astro dev). */
export function isPublished(entry: Dated, now: Date, includeUnpublished = false): boolean {
  if (includeUnpublished) return true;
  return !entry.data.draft && entry.data.date.getTime() <= now.getTime();
}

/** Newest first; ties broken by id so the order is stable between builds. */
export function byNewest<T extends Dated>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * "Các tin khác": other articles of the same category, those sharing most
 * tags first, then the newest.
 */
export function relatedArticles<T extends ArticleLike>(article: T, all: readonly T[], limit = 5): T[] {
  const tags = new Set(article.data.tags.map(slugify));
  const shared = (other: T) => other.data.tags.filter((tag) => tags.has(slugify(tag))).length;
  return all
    .filter((other) => other.id !== article.id && other.data.category === article.data.category)
    .map((other) => ({ other, score: shared(other) }))
    .sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** In a newest-first list: `previous` is the next older article, `next` the next newer. */
export function neighbours<T extends Dated>(article: T, newestFirst: readonly T[]): { previous?: T; next?: T } {
  const i = newestFirst.findIndex((other) => other.id === article.id);
  if (i < 0) return {};
  return { previous: newestFirst[i + 1], next: i > 0 ? newestFirst[i - 1] : undefined };
}

/** The lead story: the newest featured article, or else the newest. */
export function leadStory<T extends ArticleLike>(newestFirst: readonly T[]): T | undefined {
  return newestFirst.find((article) => article.data.featured) ?? newestFirst[0];
}

export function groupByCategory<T extends ArticleLike>(newestFirst: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of newestFirst) {
    const list = groups.get(article.data.category) ?? [];
    list.push(article);
    groups.set(article.data.category, list);
  }
  return groups;
}

export function groupByYear<T extends Dated>(newestFirst: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const entry of newestFirst) {
    const year = vietnamYear(entry.data.date);
    const list = groups.get(year) ?? [];
    list.push(entry);
    groups.set(year, list);
  }
  return groups;
}

export interface TagGroup<T> {
  slug: string;
  name: string;
  items: T[];
}

/** Tags by their slug; the first spelling met (newest article) names the tag. */
export function groupByTag<T extends ArticleLike>(newestFirst: readonly T[]): Map<string, TagGroup<T>> {
  const groups = new Map<string, TagGroup<T>>();
  for (const article of newestFirst) {
    for (const name of article.data.tags) {
      const slug = slugify(name);
      if (!slug) continue;
      const group = groups.get(slug) ?? { slug, name, items: [] };
      if (!group.items.includes(article)) group.items.push(article);
      groups.set(slug, group);
    }
  }
  return groups;
}

export interface NoticeLike extends Dated {
  data: Dated['data'] & { validUntil?: Date };
}

const DAY_MS = 24 * 3600 * 1000;

/** A notice is current through the whole day of its `validUntil`. */
export function isCurrentNotice(notice: NoticeLike, now: Date): boolean {
  const until = notice.data.validUntil;
  return !until || now.getTime() < until.getTime() + DAY_MS;
}
