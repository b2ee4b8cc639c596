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
  // category → positions (in newestFirst) of its articles, newest first.
  const inCategory = new Map<string, number[]>();
  newestFirst.forEach((article, position) => {
    const list = inCategory.get(article.data.category) ?? [];
    list.push(position);
    inCategory.set(article.data.category, list);
  });
  const tagSlugs = newestFirst.map((article) => article.data.tags.map(slugify));
  // category → tag slug → positions (in newestFirst) of the articles carrying it, newest first,
  // once per spelling, as the scores count them.
  const tagLists = new Map<string, Map<string, number[]>>();
  newestFirst.forEach((article, position) => {
    const lists = tagLists.get(article.data.category) ?? new Map<string, number[]>();
    tagLists.set(article.data.category, lists);
    for (const slug of tagSlugs[position]!) {
      const list = lists.get(slug) ?? [];
      list.push(position);
      lists.set(slug, list);
    }
  });
  const scores = new Uint16Array(newestFirst.length);
  const index = new Map<string, T[]>();
  newestFirst.forEach((article, self) => {
    const lists = tagLists.get(article.data.category)!;
    const touched: number[] = [];
    for (const slug of new Set(tagSlugs[self])) {
      for (const other of lists.get(slug) ?? []) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + 1;
      }
    }
    // The best `limit` by score, then newest (lower position): a short sorted list, no full sort.
    const best: number[] = [];
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    for (const other of touched) {
      if (best.length === limit && !before(other, best[limit - 1]!)) continue;
      let at = best.length < limit ? best.length : limit - 1;
      best[at] = other;
      for (; at > 0 && before(best[at]!, best[at - 1]!); at -= 1) [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
    }
    // Fewer than `limit` share a tag: then the newest of the category that share none.
    for (const other of inCategory.get(article.data.category)!) {
      if (best.length >= limit) break;
      if (other !== self && scores[other] === 0) best.push(other);
    }
    for (const other of touched) scores[other] = 0;
    index.set(article.id, best.map((position) => newestFirst[position]!));
  });
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
