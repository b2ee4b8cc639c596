import { describe, expect, it } from 'vitest';
import { subtractCopies, withoutStale, type StaleCopy } from '../../src/search/stale-copies.ts';

const copy = (id: string, year: string, part: string, twin = false): StaleCopy => ({
  id,
  filters: { year: [year], type: ['Tin tức'], part: [part] },
  ...(twin ? { twin: true as const } : {}),
});
const counts = () => ({ year: { '2025': 3, '2024': 2 }, type: { 'Tin tức': 5 }, part: { '2025': 2, '2024': 2, recent: 1 } });

describe('subtractCopies', () => {
  it('takes one from each filter value of each copy, and leaves the counts given untouched', () => {
    const given = counts();
    expect(subtractCopies(given, [copy('a', '2025', '2025'), copy('b', '2024', '2024')])).toEqual({
      year: { '2025': 2, '2024': 1 },
      type: { 'Tin tức': 3 },
      part: { '2025': 1, '2024': 1, recent: 1 },
    });
    expect(given).toEqual(counts());
  });

  it('never goes below zero, and adds no value the counts do not have', () => {
    expect(subtractCopies({ year: { '2025': 0 } }, [copy('a', '2025', '2025'), copy('b', '2023', '2023')])).toEqual({ year: { '2025': 0 } });
  });
});

describe('withoutStale', () => {
  const stale = new Map([copy('old-a', '2025', '2025'), copy('same-b', '2024', '2024', true)].map((c) => [c.id, c]));

  it('drops the older copies from the results and from the counts', () => {
    const results = [{ id: 'new-a' }, { id: 'old-a' }, { id: 'c' }];
    expect(withoutStale(results, counts(), stale)).toEqual({
      results: [{ id: 'new-a' }, { id: 'c' }],
      counts: { year: { '2025': 2, '2024': 2 }, type: { 'Tin tức': 4 }, part: { '2025': 1, '2024': 2, recent: 1 } },
    });
  });

  it('keeps one of a twin’s two results and counts it once; a twin found once is left as it is', () => {
    const twice = withoutStale(
      [
        { id: 'same-b', from: 'recent' },
        { id: 'same-b', from: '2024' },
      ],
      counts(),
      stale,
    );
    expect(twice.results).toEqual([{ id: 'same-b', from: 'recent' }]);
    expect(twice.counts.part).toEqual({ '2025': 2, '2024': 1, recent: 1 });
    const once = withoutStale([{ id: 'same-b' }], counts(), stale);
    expect(once).toEqual({ results: [{ id: 'same-b' }], counts: counts() });
  });

  it('returns the results as they are when nothing is stale', () => {
    const results = [{ id: 'a' }];
    expect(withoutStale(results, counts(), new Map())).toEqual({ results, counts: counts() });
  });
});
