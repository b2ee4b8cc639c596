import { describe, expect, it } from 'vitest';
import { boostedScore, hasMarks, mergeByScore, mergeSortedLazily, phraseRuns, queryVariants, wordVariants } from '../../src/lib/search.ts';

describe('hasMarks', () => {
  it('sees tone marks, vowel marks and đ', () => {
    expect(hasMarks('duong')).toBe(false);
    expect(hasMarks('dương')).toBe(true);
    expect(hasMarks('đuong')).toBe(true);
    expect(hasMarks('Đà')).toBe(true);
    expect(hasMarks('06/KH-UBND')).toBe(false);
  });
});

describe('wordVariants', () => {
  it('searches a bare d-word also as đ, keeping case', () => {
    expect(wordVariants('duong')).toEqual(['duong', 'đuong']);
    expect(wordVariants('Da')).toEqual(['Da', 'Đa']);
  });
  it('takes words typed with marks, or not starting with d, as they are', () => {
    expect(wordVariants('dương')).toEqual(['dương']);
    expect(wordVariants('đường')).toEqual(['đường']);
    expect(wordVariants('cai')).toEqual(['cai']);
  });
});

describe('queryVariants', () => {
  it('combines the variants of each word', () => {
    expect(queryVariants('da nang')).toEqual(['da nang', 'đa nang']);
    expect(queryVariants('duong dien')).toEqual(['duong dien', 'duong đien', 'đuong dien', 'đuong đien']);
    expect(queryVariants('  cai   cach ')).toEqual(['cai cach']);
    expect(queryVariants('')).toEqual([]);
  });
  it('normalises decomposed input to composed', () => {
    expect(queryVariants('dương'.normalize('NFD'))).toEqual(['dương']);
  });
  it('stops expanding at the limit', () => {
    const variants = queryVariants('da de di do du', 8);
    expect(variants).toHaveLength(8);
    expect(variants.every((v) => v.endsWith(' do du'))).toBe(true);
  });
});

describe('mergeByScore', () => {
  it('keeps each page once at its best score, best first', () => {
    const merged = mergeByScore([
      [{ id: 'a', score: 3 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 5 }, { id: 'c', score: 2 }],
    ]);
    expect(merged).toEqual([{ id: 'b', score: 5 }, { id: 'a', score: 3 }, { id: 'c', score: 2 }]);
  });
});

describe('mergeSortedLazily', () => {
  it('merges newest-first lists by their keys, each id once, reading only what it needs', async () => {
    const dates: Record<string, string> = { a: '2026-05-01', b: '2025-01-01', c: '2026-01-01', d: '2024-01-01' };
    const read: string[] = [];
    const keyOf = async (item: { id: string }) => {
      read.push(item.id);
      return dates[item.id]!;
    };
    const lists = [[{ id: 'a' }, { id: 'b' }, { id: 'd' }], [{ id: 'c' }, { id: 'b' }]];
    expect((await mergeSortedLazily(lists, keyOf, 2)).map((x) => x.id)).toEqual(['a', 'c']);
    expect(read).not.toContain('d');
    expect((await mergeSortedLazily(lists, keyOf, 10)).map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
  });
});

describe('phrase boost', () => {
  it('counts runs of consecutive matched positions as long as the query', () => {
    expect(phraseRuns([3, 12, 55, 56, 57, 88], 3)).toBe(1);
    expect(phraseRuns([1, 2, 3, 10, 11, 12], 3)).toBe(2);
    expect(phraseRuns([1, 3, 5], 3)).toBe(0);
    expect(phraseRuns([1, 2], 1)).toBe(0);
  });
  it('raises the score of phrase matches only', () => {
    expect(boostedScore(2, [1, 2, 3], 3)).toBe(3.5);
    expect(boostedScore(2, [1, 5, 9], 3)).toBe(2);
  });
});
