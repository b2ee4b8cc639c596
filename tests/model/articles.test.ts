import { describe, expect, it } from 'vitest';
import { byNewest, groupByTag, groupByYear, isCurrentNotice, isPublished, leadStory, neighbourIndex, relatedIndex, type ArticleLike } from '../../src/model/articles.ts';
import { parseVietnamDate } from '../../src/model/dates.ts';
import { slugify } from '../../src/model/slugify.ts';

const day = (text: string) => parseVietnamDate(text)!;
const article = (id: string, date: string, category: string, tags: string[] = [], extra: Partial<ArticleLike['data']> = {}): ArticleLike => ({
  id,
  data: { date: day(date), category, tags, ...extra },
});

const all = [
  article('a', '2024-01-10', 'kinh-te', ['nông nghiệp']),
  article('b', '2024-02-10', 'cai-cach-hanh-chinh', ['một cửa', 'chuyển đổi số']),
  article('c', '2024-03-10', 'cai-cach-hanh-chinh', ['dịch vụ công']),
  article('d', '2024-04-10', 'cai-cach-hanh-chinh', ['Chuyển đổi số']),
  article('e', '2025-01-02', 'kinh-te', [], { featured: true }),
  article('f', '2025-05-02', 'cai-cach-hanh-chinh', []),
].sort(byNewest);

describe('isPublished', () => {
  const now = day('2024-06-01');
  it('leaves out drafts and entries dated after now', () => {
    expect(isPublished(article('x', '2024-05-31', 'k'), now)).toBe(true);
    expect(isPublished(article('x', '2024-05-31', 'k', [], { draft: true }), now)).toBe(false);
    expect(isPublished(article('x', '2024-06-02', 'k'), now)).toBe(false);
  });
  it('shows everything in development', () => {
    expect(isPublished(article('x', '2030-01-01', 'k', [], { draft: true }), now, true)).toBe(true);
  });
});

describe('ordering and selection', () => {
  it('sorts newest first', () => {
    expect(all.map((a) => a.id)).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });

  it('picks the newest featured article as the lead story', () => {
    expect(leadStory(all)?.id).toBe('e');
    expect(leadStory(all.filter((a) => !a.data.featured))?.id).toBe('f');
  });

  it('relates articles of the same category, shared tags first (tags compared by slug)', () => {
    expect(
      relatedIndex(all)
        .get('b')!
        .map((a) => a.id),
    ).toEqual(['d', 'f', 'c']);
    expect(
      relatedIndex(all, 1)
        .get('b')!
        .map((a) => a.id),
    ).toEqual(['d']);
    expect(
      relatedIndex(all)
        .get('e')!
        .map((a) => a.id),
    ).toEqual(['a']);
  });

  it('relates exactly as the plain definition does, on a large random archive', () => {
    // The definition, in O(n²): same category, most shared tags (by slug, each once) first, then newest.
    const naive = (one: ArticleLike, list: readonly ArticleLike[], limit = 5) => {
      const mine = new Set(one.data.tags.map(slugify));
      return list
        .filter((other) => other.id !== one.id && other.data.category === one.data.category)
        .map((other, i) => ({ other, i, score: [...new Set(other.data.tags.map(slugify))].filter((slug) => mine.has(slug)).length }))
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, limit)
        .map(({ other }) => other.id);
    };
    let seed = 3;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
    // Two spellings of one tag, and up to seven tags an article: both of relatedIndex's ways (three tags or fewer, more).
    const tags = ['Y tế', 'y tế', 'Giáo dục', 'Đường sá', 'duong sa', 'Nông nghiệp', 'Chuyển đổi số', 'Môi trường', 'Du lịch'];
    const archive = Array.from({ length: 600 }, (_, i) =>
      article(
        `a${i}`,
        `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        pick(['x', 'y', 'z']),
        Array.from({ length: Math.floor(rand() * (i % 3 === 0 ? 8 : 4)) }, () => pick(tags)),
      ),
    ).sort(byNewest);
    expect(archive.filter((one) => new Set(one.data.tags.map(slugify)).size > 3).length).toBeGreaterThan(50);
    for (const limit of [1, 5, 12]) {
      const index = relatedIndex(archive, limit);
      for (const one of archive)
        expect(
          index.get(one.id)!.map((a) => a.id),
          `${one.id}, ${limit}`,
        ).toEqual(naive(one, archive, limit));
    }
  });

  it('counts a tag written two ways in one article once', () => {
    const list = [
      article('twice', '2024-03-03', 'k', ['Y tế', 'y tế']),
      article('other', '2024-03-02', 'k', ['Y tế', 'Giáo dục']),
      article('me', '2024-03-01', 'k', ['Y tế', 'Giáo dục']),
    ];
    expect(
      relatedIndex(list)
        .get('me')!
        .map((a) => a.id),
    ).toEqual(['other', 'twice']);
  });

  it('finds the older (previous) and newer (next) neighbours', () => {
    const index = neighbourIndex(all);
    expect(index.get('c')).toEqual({ previous: all.find((a) => a.id === 'b'), next: all.find((a) => a.id === 'd') });
    expect(index.get(all[0]!.id)!.next).toBeUndefined();
    expect(index.get(all.at(-1)!.id)!.previous).toBeUndefined();
  });

  it('groups by Vietnam year and by tag slug', () => {
    const years = groupByYear(all);
    expect([...years.keys()]).toEqual([2025, 2024]);
    expect(years.get(2024)?.map((a) => a.id)).toEqual(['d', 'c', 'b', 'a']);
    const tags = groupByTag(all);
    expect(tags.get('chuyen-doi-so')).toMatchObject({ name: 'Chuyển đổi số' });
    expect(tags.get('chuyen-doi-so')?.items.map((a) => a.id)).toEqual(['d', 'b']);
  });
});

describe('isCurrentNotice', () => {
  const notice = (validUntil?: string) => ({ id: 'n', data: { date: day('2024-01-01'), validUntil: validUntil ? day(validUntil) : undefined } });
  it('keeps a notice current through the whole last day', () => {
    expect(isCurrentNotice(notice('2024-03-31'), day('2024-03-31 23:59'))).toBe(true);
    expect(isCurrentNotice(notice('2024-03-31'), day('2024-04-01'))).toBe(false);
    expect(isCurrentNotice(notice(), day('2030-01-01'))).toBe(true);
  });
});
