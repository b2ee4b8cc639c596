import { describe, expect, it } from 'vitest';
import { bestParts, boostedScore, hasMarks, matchQuality, mergeByScore, mergeSorted, pagefindWord, phraseRuns, take, queryVariants, wordVariants } from '../../src/search/query.ts';

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
      [
        { id: 'a', score: 3 },
        { id: 'b', score: 1 },
      ],
      [
        { id: 'b', score: 5 },
        { id: 'c', score: 2 },
      ],
    ]);
    expect(merged).toEqual([
      { id: 'b', score: 5 },
      { id: 'a', score: 3 },
      { id: 'c', score: 2 },
    ]);
  });
});

describe('mergeSorted', () => {
  const dates: Record<string, string> = { a: '2026-05-01', b: '2025-01-01', c: '2026-01-01', d: '2024-01-01' };
  const reader = () => {
    const read: string[] = [];
    const keyOf = async (item: { id: string }) => {
      read.push(item.id);
      return dates[item.id]!;
    };
    return { read, keyOf };
  };

  it('merges newest-first lists by their keys, each id once, reading only what it needs', async () => {
    const lists = [
      [{ id: 'a' }, { id: 'b' }, { id: 'd' }],
      [{ id: 'c' }, { id: 'b' }],
    ];
    const { read, keyOf } = reader();
    expect((await take(mergeSorted(lists, keyOf), 2)).map((x) => x.id)).toEqual(['a', 'c']);
    expect(read).not.toContain('d');
    expect((await take(mergeSorted(lists, keyOf), 10)).map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('passes a single list through without reading any key', async () => {
    const { read, keyOf } = reader();
    expect((await take(mergeSorted([[{ id: 'b' }, { id: 'a' }]], keyOf), 10)).map((x) => x.id)).toEqual(['b', 'a']);
    expect(read).toEqual([]);
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

describe('the index in parts: keeping the parts one index would answer from', () => {
  it('folds words as Pagefind does: case, marks and punctuation, but not đ', () => {
    expect(pagefindWord('Đường,')).toBe('đuong');
    expect(pagefindWord('(OCOP)')).toBe('ocop');
    expect(pagefindWord('12/KH-UBND')).toBe('12khubnd');
  });

  it('rates a page by the matched word that best answers the query word', () => {
    const content = 'Ba sản phẩm đạt chuẩn OCOP, ở xã An Bình theo Kế hoạch 12/KH-UBND.';
    const at = (word: string) => content.split(' ').indexOf(word);
    expect(matchQuality(content, [at('OCOP,')], 'ocop')).toBe(Infinity);
    expect(matchQuality(content, [at('OCOP,')], 'oc')).toBe(Infinity);
    expect(matchQuality(content, [at('ở')], 'ocop')).toBe(1);
    expect(matchQuality(content, [at('12/KH-UBND.')], '12/KH-UBND')).toBe(Infinity);
    expect(matchQuality(content, [at('12/KH-UBND.')], 'ubnd')).toBe(Infinity);
    expect(matchQuality(content, [at('xã')], 'ocop')).toBe(0);
  });

  it('keeps the parts matching as well as the best one', () => {
    expect(
      bestParts(
        new Map([
          ['2026', Infinity],
          ['2025', 1],
          ['2024', Infinity],
        ]),
      ),
    ).toEqual(['2026', '2024']);
    expect(
      bestParts(
        new Map([
          ['2026', 2],
          ['2025', 4],
          ['2024', 4],
        ]),
      ),
    ).toEqual(['2025', '2024']);
    expect(bestParts(new Map([['2026', 0]]))).toEqual([]);
    expect(bestParts(new Map())).toEqual([]);
  });
});
