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
 * The sets of `items` (sorted), by size, each as its items joined:
 * `['a', 'b']` → `[[''], ['a', 'b'], ['a\0b']]`.
 */
function setKeys(items: readonly string[]): string[][] {
  const bySize: string[][] = items.map(() => []).concat([[]]);
  const grow = (from: number, picked: string[]) => {
    bySize[picked.length]!.push(picked.join('\0'));
    for (let i = from; i < items.length; i++) grow(i + 1, [...picked, items[i]!]);
  };
  grow(0, []);
  return bySize;
}

/** Articles with at most this many tags find their related articles through lists of sets of tags. */
const FEW_TAGS = 3;

/**
 * "Các tin khác" of every article at once: other articles of the same
 * category, those sharing most tags (compared by slug) first, then the
 * newest; then, if fewer than `limit` share a tag, the newest of the
 * category.
 *
 * An article with few tags (three or fewer, most of them) reads lists kept
 * per category and per set of tags, newest first: first the list of all its
 * tags, then those of all but one, and so on, and stops at `limit`; its work
 * does not grow with the archive. An article with more tags counts, for
 * every article carrying one of them, the tags they share: that work grows
 * with the articles sharing a tag, which with a portal's everyday tags is
 * the square of the archive (docs/performance-log.md has the figures).
 */
export function relatedIndex<T extends ArticleLike>(newestFirst: readonly T[], limit = 5): Map<string, T[]> {
  // A portal uses a few hundred tags over and over: each spelling is made a slug once.
  const slugOf = new Map<string, string>();
  const slug = (tag: string) => slugOf.get(tag) ?? slugOf.set(tag, slugify(tag)).get(tag)!;
  const slugs = newestFirst.map((article) => [...new Set(article.data.tags.map(slug).filter(Boolean))].sort());
  const few = (position: number) => slugs[position]!.length <= FEW_TAGS;
  // The sets of tags whose lists are read: every set of an article with few tags, by size; every
  // single tag of the others. With a set, all its smaller sets are read too.
  const sets = slugs.map((mine, position) => (few(position) ? setKeys(mine) : [[''], mine]));
  const read = new Set(sets.flatMap((bySize) => bySize.flat()));
  // category → a set of tags read → positions (in newestFirst) of the articles carrying all of them, newest first.
  const lists = new Map<string, Map<string, number[]>>();
  const listsOf = (category: string) => lists.get(category) ?? lists.set(category, new Map()).get(category)!;
  newestFirst.forEach((article, position) => {
    const byTags = listsOf(article.data.category);
    const mine = slugs[position]!;
    // Its sets of tags that are read, smallest first: a set not read has no larger set read.
    const list = (from: number, key: string) => {
      byTags.get(key)?.push(position) ?? byTags.set(key, [position]);
      for (let i = from; i < mine.length; i++) {
        const next = key === '' ? mine[i]! : `${key}\0${mine[i]}`;
        if (read.has(next)) list(i + 1, next);
      }
    };
    list(0, '');
  });

  /** The newest positions of `sources` (lists newest first) read together, skipping those `taken`, until `best` holds `limit`. */
  const takeNewest = (sources: number[][], best: number[], taken: Set<number>) => {
    const at = sources.map(() => 0);
    while (best.length < limit) {
      let next = -1;
      sources.forEach((list, i) => {
        while (at[i]! < list.length && taken.has(list[at[i]!]!)) at[i]! += 1;
        if (at[i]! < list.length && (next < 0 || list[at[i]!]! < sources[next]![at[next]!]!)) next = i;
      });
      if (next < 0) return;
      best.push(sources[next]![at[next]!]!);
      taken.add(best.at(-1)!);
    }
  };
  const scores = new Uint16Array(newestFirst.length);

  const index = new Map<string, T[]>();
  newestFirst.forEach((article, self) => {
    const byTags = listsOf(article.data.category);
    const listsFor = (size: number) => sets[self]![size]!.map((key) => byTags.get(key)!);
    const best: number[] = [];
    const taken = new Set([self]);
    if (few(self)) {
      // Those sharing all its tags, then all but one…: the lists of its sets of that many tags.
      // An article sharing more is in several of them, but already taken.
      for (let size = slugs[self]!.length; size >= 1; size--) takeNewest(listsFor(size), best, taken);
    } else {
      // Shared tags counted for every article carrying one, the best `limit` kept in a short sorted list.
      const touched: number[] = [];
      for (const list of listsFor(1)) {
        for (const other of list) {
          if (other === self) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other] = scores[other]! + 1;
        }
      }
      const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
      for (const other of touched) {
        if (best.length === limit && !before(other, best[limit - 1]!)) continue;
        let at = best.length < limit ? best.length : limit - 1;
        best[at] = other;
        for (; at > 0 && before(best[at]!, best[at - 1]!); at -= 1) [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
      }
      for (const other of touched) scores[other] = 0;
      for (const other of best) taken.add(other);
    }
    // Fewer than `limit` share a tag: then the newest of the category.
    takeNewest(listsFor(0), best, taken);
    index.set(
      article.id,
      best.map((position) => newestFirst[position]!),
    );
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

/** Entries of each unit (`unit`), in the order given; entries without one are left out. */
export function groupByUnit<T extends { data: { unit?: string } }>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    if (!entry.data.unit) continue;
    const list = groups.get(entry.data.unit) ?? [];
    list.push(entry);
    groups.set(entry.data.unit, list);
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
