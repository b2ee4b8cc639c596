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
 * The sets of at most `max` of `items`, by size, each as its items joined:
 * `(['a', 'b', 'c'], 2)` → `[[''], ['a', 'b', 'c'], ['a\0b', 'a\0c', 'b\0c']]`.
 */
function setKeys(items: readonly string[], max: number): string[][] {
  const bySize: string[][] = Array.from({ length: Math.min(items.length, max) + 1 }, () => []);
  const grow = (from: number, picked: string[]) => {
    bySize[picked.length]!.push(picked.join('\0'));
    if (picked.length === max) return;
    for (let i = from; i < items.length; i++) grow(i + 1, [...picked, items[i]!]);
  };
  grow(0, []);
  return bySize;
}

/** Articles sharing more tags than this are found through the sets of this many tags they carry. */
const INDEXED_SET = 3;

/**
 * "Các tin khác" of every article at once: other articles of the same
 * category, those sharing most tags (compared by slug) first, then the
 * newest; then, if fewer than `limit` share a tag, the newest of the
 * category.
 *
 * Every article is listed, per category, under each set of up to three of
 * its tags (newest first). An article's related list then takes the
 * newest of the list of each set of its tags, largest sets first, and
 * stops at `limit`: the work per article does not grow with the archive.
 * (Counting shared tags article by article grows with the articles that
 * share a tag, which with a portal's everyday tags is the square of the
 * archive: 0.8 s at 20,000 articles, 8.1 s at 80,000.)
 */
export function relatedIndex<T extends ArticleLike>(newestFirst: readonly T[], limit = 5): Map<string, T[]> {
  const slugs = newestFirst.map((article) => [...new Set(article.data.tags.map(slugify).filter(Boolean))].sort());
  // For each article, by size, its sets of tags (joined; '' for the set of none).
  const sets = slugs.map((mine) => setKeys(mine, INDEXED_SET));
  // category → a set of tags → positions (in newestFirst) of the articles carrying all of them, newest first.
  const lists = new Map<string, Map<string, number[]>>();
  const listsOf = (category: string) => lists.get(category) ?? lists.set(category, new Map()).get(category)!;
  newestFirst.forEach((article, position) => {
    const byTags = listsOf(article.data.category);
    for (const key of sets[position]!.flat()) byTags.get(key)?.push(position) ?? byTags.set(key, [position]);
  });

  const index = new Map<string, T[]>();
  newestFirst.forEach((article, self) => {
    const mine = new Set(slugs[self]);
    const shared = (other: number) => slugs[other]!.reduce((count, slug) => count + (mine.has(slug) ? 1 : 0), 0);
    const byTags = listsOf(article.data.category);
    const best: number[] = [];
    const taken = new Set([self]);
    const take = (position: number) => {
      best.push(position);
      taken.add(position);
    };
    // The lists of the sets of `size` of its tags (size 0: the whole category).
    const listsFor = (size: number) => sets[self]![size]!.map((key) => byTags.get(key) ?? []);
    // Sharing more tags than the largest sets listed: all of them, from the lists of those sets.
    if (mine.size > INDEXED_SET) {
      const many = new Set<number>();
      for (const list of listsFor(INDEXED_SET)) for (const other of list) if (!taken.has(other) && shared(other) > INDEXED_SET) many.add(other);
      const ranked = [...many].map((other) => ({ other, score: shared(other) })).sort((a, b) => b.score - a.score || a.other - b.other);
      for (const { other } of ranked.slice(0, limit)) take(other);
    }
    // Then those sharing `size` tags, newest first: the lists of the sets of `size` of its tags,
    // read together by position (an article sharing more is in several, but already taken);
    // last (`size` 0) the newest of the category.
    for (let size = Math.min(mine.size, INDEXED_SET); size >= 0 && best.length < limit; size--) {
      const sources = listsFor(size);
      const at = sources.map(() => 0);
      while (best.length < limit) {
        let next = -1;
        sources.forEach((list, i) => {
          while (at[i]! < list.length && taken.has(list[at[i]!]!)) at[i]! += 1;
          if (at[i]! < list.length && (next < 0 || list[at[i]!]! < sources[next]![at[next]!]!)) next = i;
        });
        if (next < 0) break;
        take(sources[next]![at[next]!]!);
      }
    }
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
