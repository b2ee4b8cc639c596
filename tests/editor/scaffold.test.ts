import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { contentFields } from '../../src/editor/schema-fields.ts';
import { kindOf, scaffold, ScaffoldError, todayInVietnam } from '../../src/editor/scaffold.ts';

const fields = contentFields(['kinh-te', 'cai-cach-hanh-chinh']);
const front = (content: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(content)![1]!) as Record<string, unknown>;

describe('kindOf', () => {
  it.each([
    ['tin', 'articles'],
    ['bài viết', 'articles'],
    ['Thông báo', 'notices'],
    ['album', 'albums'],
    ['trang', 'pages'],
    ['notices', 'notices'],
  ])('%s → %s', (word, kind) => {
    expect(kindOf(word, Object.keys(fields))).toBe(kind);
  });
  it('knows no other kinds', () => expect(kindOf('video', Object.keys(fields))).toBeUndefined());
});

describe('scaffold', () => {
  it('writes an article folder named from the Vietnamese title, in the year of its date, with every required field', () => {
    const entry = scaffold(
      {
        collection: 'articles',
        title: 'Đẩy mạnh cải cách hành chính',
        date: '2026-03-02 07:30',
        category: 'cai-cach-hanh-chinh',
        summary: 'Xã tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm 2026.',
        author: 'Lê Văn Bình',
      },
      fields.articles!,
    );
    expect(entry.file).toBe('articles/2026/day-manh-cai-cach-hanh-chinh/index.md');
    expect(entry.folder).toBe('articles/2026/day-manh-cai-cach-hanh-chinh');
    const data = front(entry.content);
    expect(data).toMatchObject({ title: 'Đẩy mạnh cải cách hành chính', date: '2026-03-02 07:30', category: 'cai-cach-hanh-chinh', author: 'Lê Văn Bình', draft: false });
    for (const field of fields.articles!.filter((f) => f.required)) expect(data, field.name).toHaveProperty(field.name);
    expect(entry.placeholders).toEqual([]);
  });

  it('fills what the editor left out with placeholders and keeps the entry a draft', () => {
    const entry = scaffold({ collection: 'articles', title: 'Tin mới', date: '18/12/2025', category: 'kinh-te' }, fields.articles!);
    expect(entry.placeholders).toEqual(['summary', 'author']);
    expect(front(entry.content)).toMatchObject({ date: '2025-12-18', draft: true });
  });

  it('gives an album one photo to replace', () => {
    const entry = scaffold({ collection: 'albums', title: 'Lễ hội mùa xuân', date: '2026-02-10' }, fields.albums!);
    expect(entry.file).toBe('albums/2026/le-hoi-mua-xuan/index.md');
    expect(front(entry.content).photos).toEqual([expect.objectContaining({ src: './anh-1.jpg' })]);
  });

  it('writes a page as a lone file', () => {
    expect(scaffold({ collection: 'pages', title: 'Sơ đồ tổ chức', date: todayInVietnam() }, fields.pages!).file).toBe('pages/so-do-to-chuc.md');
  });

  it('refuses an impossible date, an unknown category and an empty title, in Vietnamese', () => {
    expect(() => scaffold({ collection: 'notices', title: 'A', date: '2026-02-30' }, fields.notices!)).toThrow(
      new ScaffoldError('ngày «2026-02-30» không hợp lệ; hãy viết dạng 2025-12-18, 2025-12-18 08:30 hoặc 18/12/2025'),
    );
    expect(() => scaffold({ collection: 'articles', title: 'A', date: '2026-02-03', category: 'the-thao' }, fields.articles!)).toThrow(
      /chuyên mục «the-thao» không có; hãy chọn một trong: kinh-te, cai-cach-hanh-chinh/,
    );
    expect(() => scaffold({ collection: 'articles', title: '  ', date: '2026-02-03' }, fields.articles!)).toThrow('cần nhập tiêu đề');
  });

  it('dates "today" in Vietnam, not in UTC', () => {
    expect(todayInVietnam(new Date('2026-03-01T18:30:00Z'))).toBe('2026-03-02');
  });
});
