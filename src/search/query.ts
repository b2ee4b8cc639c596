/**
 * Vietnamese search on top of Pagefind.
 *
 * Pagefind folds tone marks (a query `duong` finds `dương`), and ranks words
 * whose marks match the query exactly first, but it keeps `đ` apart from `d`:
 * `đ` is a letter of its own, not d plus a mark. In Vietnamese `đ`/`d` only
 * begin a syllable, so a query word typed without any marks and starting with
 * `d` is searched both ways (`duong` → `duong`, `đuong`) and the results are
 * merged. A word typed with marks (`dương`) is taken as meant.
 */
import { removeDiacritics } from '../model/slugify.ts';

/** True when the word carries any Vietnamese mark, đ included. */
export function hasMarks(word: string): boolean {
  return removeDiacritics(word) !== word;
}

/** The spellings a reader may have meant by one typed word. */
export function wordVariants(word: string): string[] {
  if (hasMarks(word) || !/^d/i.test(word)) return [word];
  return [word, `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`];
}

/**
 * Queries to run for what the reader typed: every combination of the words'
 * variants, at most `limit` (the first words vary first; later ones keep
 * their typed form once the limit is reached).
 */
export function queryVariants(query: string, limit = 8): string[] {
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let combos: string[][] = [[]];
  for (const word of words) {
    const options = wordVariants(word);
    const next = combos.flatMap((combo) => options.map((option) => [...combo, option]));
    combos = next.length <= limit ? next : combos.map((combo) => [...combo, word]);
  }
  return combos.map((combo) => combo.join(' '));
}

export interface Scored {
  id: string;
  score: number;
}

/** Results of several variant searches as one list: each page once, at its best score, best first. */
export function mergeByScore<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const seen = best.get(item.id);
      if (!seen || item.score > seen.score) best.set(item.id, item);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Merge lists that are each already sorted newest first into one such list,
 * taking each id once, read as far as the caller goes: `keyOf` may need to
 * fetch data, so keys are asked for only of the lists' heads. A single list
 * is passed through without asking for any key.
 */
export async function* mergeSorted<T extends { id: string }>(lists: readonly (readonly T[])[], keyOf: (item: T) => Promise<string>): AsyncGenerator<T> {
  if (lists.length === 1) {
    yield* lists[0]!;
    return;
  }
  const cursors = lists.map(() => 0);
  const keys = new Map<T, string>();
  const key = async (item: T) => {
    if (!keys.has(item)) keys.set(item, await keyOf(item));
    return keys.get(item)!;
  };
  const seen = new Set<string>();
  for (;;) {
    let pick = -1;
    let pickKey = '';
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]!;
      while (cursors[i]! < list.length && seen.has(list[cursors[i]!]!.id)) cursors[i]!++;
      const head = list[cursors[i]!];
      if (!head) continue;
      const k = await key(head);
      if (pick < 0 || k > pickKey) {
        pick = i;
        pickKey = k;
      }
    }
    if (pick < 0) return;
    const item = lists[pick]![cursors[pick]!]!;
    cursors[pick]!++;
    seen.add(item.id);
    yield item;
  }
}

/** The first `count` items of `items`, read no further. */
export async function take<T>(items: AsyncIterator<T>, count: number): Promise<T[]> {
  const out: T[] = [];
  while (out.length < count) {
    const next = await items.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/**
 * How many times the query's words stand side by side in a page, from
 * Pagefind's matched word positions: a page saying "đường giao thông" should
 * outrank one that has "đường", "giao" and "thông" scattered.
 */
export function phraseRuns(positions: readonly number[], wordCount: number): number {
  if (wordCount < 2) return 0;
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let runs = 0;
  let length = 1;
  for (let i = 1; i < sorted.length; i++) {
    length = sorted[i] === sorted[i - 1]! + 1 ? length + 1 : 1;
    if (length === wordCount) {
      runs++;
      length = 0;
    }
  }
  return runs;
}

/** Pagefind's score raised for phrase matches (up to two runs count). */
export function boostedScore(score: number, positions: readonly number[], wordCount: number): number {
  return score * (1 + 0.75 * Math.min(phraseRuns(positions, wordCount), 2));
}

/*
 * The index in parts. The search index is made in parts, one per year
 * (src/search/pagefind.ts). Pagefind matches a query word to the
 * indexed words that begin with it; when a part has none, it falls back to
 * the longest indexed word the query word begins with (`ocop` → `o`). One
 * index of the whole site falls back only when no page anywhere has such a
 * word; a part lacking the word would bring in pages one index would not.
 * So for each query word the search page keeps only the parts whose match
 * is as good as the best part's.
 */

/** A word as Pagefind compares it: lower case, without tone or vowel marks (đ stays đ), without punctuation. */
export function pagefindWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .toLocaleLowerCase()
    .normalize('NFC');
}

/**
 * How well a page's matched words answer one query word, from the page's
 * text and the word positions Pagefind matched: `Infinity` when one begins
 * with the query word, else the length of the longest that the query word
 * begins with (Pagefind's fallback), 0 for none. A word joined by hyphens or
 * slashes counts whole and piece by piece, as Pagefind indexes it.
 */
export function matchQuality(content: string, locations: readonly number[], term: string): number {
  const wanted = pagefindWord(term);
  const words = content.split(/[\r\n\s]+/g);
  let best = 0;
  for (const at of locations) {
    const word = words[at] ?? '';
    for (const piece of [word, ...word.split(/[^\p{L}\p{N}\p{M}]+/u)].map(pagefindWord)) {
      if (!piece) continue;
      if (piece.startsWith(wanted)) return Infinity;
      if (wanted.startsWith(piece)) best = Math.max(best, piece.length);
    }
  }
  return best;
}

/** The parts whose match for a query word is as good as the best part's (none when no part matches at all). */
export function bestParts(quality: ReadonlyMap<string, number>): string[] {
  const best = Math.max(0, ...quality.values());
  return best > 0 ? [...quality].filter(([, q]) => q === best).map(([part]) => part) : [];
}
