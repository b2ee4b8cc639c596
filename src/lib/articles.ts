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
 * "Các tin khác" of every article at once: other articles of the same
 * category, those sharing most tags first, then the newest. Built once per
 * build from per-category tag lists, so its cost grows with the articles
 * that share a tag, not with the square of the archive.
 */
export function relatedIndex<T extends ArticleLike>(newestFirst: readonly T[], limit = 5): Map<string, T[]> {
  const inCategory = groupByCategory(newestFirst);
  const position = new Map(newestFirst.map((article, i) => [article.id, i]));
  const tagSlugs = new Map(newestFirst.map((article) => [article.id, article.data.tags.map(slugify)]));
  // category → tag slug → articles carrying it, newest first (once per spelling, as the scores count them).
  const tagLists = new Map<string, Map<string, T[]>>();
  for (const [category, articles] of inCategory) {
    const lists = new Map<string, T[]>();
    for (const article of articles) {
      for (const slug of tagSlugs.get(article.id)!) {
        const list = lists.get(slug) ?? [];
        list.push(article);
        lists.set(slug, list);
      }
    }
    tagLists.set(category, lists);
  }
  const index = new Map<string, T[]>();
  for (const article of newestFirst) {
    const lists = tagLists.get(article.data.category)!;
    const scores = new Map<T, number>();
    for (const slug of new Set(tagSlugs.get(article.id)!)) {
      for (const other of lists.get(slug) ?? []) if (other !== article) scores.set(other, (scores.get(other) ?? 0) + 1);
    }
    const related = [...scores]
      .sort((a, b) => b[1] - a[1] || position.get(a[0].id)! - position.get(b[0].id)!)
      .slice(0, limit)
      .map(([other]) => other);
    for (const other of inCategory.get(article.data.category)!) {
      if (related.length >= limit) break;
      if (other !== article && !scores.has(other)) related.push(other);
    }
    index.set(article.id, related);
  }
  return index;
}

/** In a newest-first list, for every entry: `previous` is the next older one, `next` the next newer. */
export function neighbourIndex<T extends Dated>(newestFirst: readonly T[]): Map<string, { previous?: T; next?: T }> {
  return new Map(newestFirst.map((entry, i) => [entry.id, { previous: newestFirst[i + 1], next: i > 0 ? newestFirst[i - 1] : undefined }]));
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
      if (group.items.at(-1) !== article) group.items.push(article);
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
