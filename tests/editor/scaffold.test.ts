import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { contentFields } from '../../src/editor/schema-fields.ts';
import { isoWeek, kindOf, mondayOf, scaffold, ScaffoldError, todayInVietnam, weekTitle } from '../../src/editor/scaffold.ts';
import { PLACEHOLDER } from '../../src/model/placeholders.ts';

const fields = contentFields(['kinh-te', 'cai-cach-hanh-chinh']);
const front = (content: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(content)![1]!) as Record<string, unknown>;
const body = (content: string) => content.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('kindOf', () => {
  it.each([
    ['tin', 'articles'],
    ['bài viết', 'articles'],
    ['Thông báo', 'notices'],
    ['album', 'albums'],
    ['trang', 'pages'],
    ['notices', 'notices'],
    ['văn bản', 'documents'],
    ['lịch', 'schedules'],
    ['Lịch làm việc', 'schedules'],
  ])('%s → %s', (word, kind) => {
    expect(kindOf(word, Object.keys(fields))).toBe(kind);
  });
  it('knows no other kinds', () => expect(kindOf('video', Object.keys(fields))).toBeUndefined());
});

describe('scaffold', () => {
  it('writes an article folder named from the Vietnamese title, in the year of its date, with every required field, as a draft', () => {
    const entry = scaffold(
      {
        collection: 'articles',
        title: 'Đẩy mạnh cải cách hành chính',
        date: '2026-03-02 07:30',
        choices: { category: 'cai-cach-hanh-chinh' },
        summary: 'Xã tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm 2026.',
        author: 'Lê Văn Bình',
      },
      fields.articles!,
    );
    expect(entry.file).toBe('articles/2026/day-manh-cai-cach-hanh-chinh/index.md');
    expect(entry.folder).toBe('articles/2026/day-manh-cai-cach-hanh-chinh');
    const data = front(entry.content);
    expect(data).toMatchObject({ title: 'Đẩy mạnh cải cách hành chính', date: '2026-03-02 07:30', category: 'cai-cach-hanh-chinh', author: 'Lê Văn Bình', draft: true });
    for (const field of fields.articles!.filter((f) => f.required)) expect(data, field.name).toHaveProperty(field.name);
    // The body is still to be written, with the placeholder mark the check refuses once published.
    expect(entry.placeholders).toEqual(['nội dung']);
    expect(body(entry.content)).toMatch(PLACEHOLDER);
  });

  it('fills what the editor left out with placeholders', () => {
    const entry = scaffold({ collection: 'articles', title: 'Tin mới', date: '18/12/2025', choices: { category: 'kinh-te' } }, fields.articles!);
    expect(entry.placeholders).toEqual(['summary', 'author', 'nội dung']);
    expect(front(entry.content)).toMatchObject({ date: '2025-12-18', draft: true });
  });

  it('lists an album’s photos, each with a caption to write', () => {
    const entry = scaffold({ collection: 'albums', title: 'Lễ hội mùa xuân', date: '2026-02-10', photos: ['anh-1.jpg', 'anh-2.jpg'] }, fields.albums!);
    expect(entry.file).toBe('albums/2026/le-hoi-mua-xuan/index.md');
    const photos = front(entry.content).photos as { src: string; caption: string }[];
    expect(photos.map((p) => p.src)).toEqual(['./anh-1.jpg', './anh-2.jpg']);
    for (const photo of photos) expect(photo.caption).toMatch(PLACEHOLDER);
    expect(() => scaffold({ collection: 'albums', title: 'Lễ hội', date: '2026-02-10' }, fields.albums!)).toThrow(/album ảnh cần ít nhất một ảnh/);
  });

  it('writes a document with its type, number, issuer and files, refusing one without a number or a file', () => {
    const entry = scaffold(
      {
        collection: 'documents',
        title: 'Kế hoạch cải cách hành chính năm 2026',
        date: '2026-01-08',
        choices: { type: 'Kế hoạch' },
        number: '06/KH-UBND',
        issuer: 'UBND xã',
        files: ['ke-hoach.pdf'],
      },
      fields.documents!,
    );
    expect(entry.file).toBe('documents/2026/ke-hoach-cai-cach-hanh-chinh-nam-2026/index.md');
    expect(front(entry.content)).toMatchObject({
      type: 'Kế hoạch',
      number: '06/KH-UBND',
      issuer: 'UBND xã',
      issued: '2026-01-08',
      files: [{ file: './ke-hoach.pdf' }],
      draft: true,
    });
    expect(entry.placeholders).toEqual(['signer']);
    const without = { collection: 'documents', title: 'Quyết định', date: '2026-01-08', choices: { type: 'Quyết định' }, files: ['qd.pdf'] };
    expect(() => scaffold(without, fields.documents!)).toThrow(/cần nhập số ký hiệu/);
    expect(() => scaffold({ ...without, number: '12/QĐ-UBND', files: [] }, fields.documents!)).toThrow(/văn bản cần ít nhất một tệp/);
    expect(() => scaffold({ ...without, number: '12/QĐ-UBND', choices: { type: 'cai-cach-hanh-chinh' } }, fields.documents!)).toThrow(
      /loại văn bản «cai-cach-hanh-chinh» không có; hãy chọn một trong: Luật/,
    );
  });

  it('writes a week of the schedule, titled from its first day, with one entry on that day', () => {
    const entry = scaffold({ collection: 'schedules', title: '', date: '2026-11-16' }, fields.schedules!);
    expect(entry.file).toBe('schedules/2026/lich-lam-viec-tuan-47-nam-2026.md');
    const data = front(entry.content);
    expect(data).toMatchObject({ title: 'Lịch làm việc tuần 47 năm 2026', from: '2026-11-16', draft: true });
    const [first] = data.entries as Record<string, unknown>[];
    expect(first).toMatchObject({ date: '2026-11-16', time: '07:30' });
    expect(first!.title).toMatch(PLACEHOLDER);
  });

  it('writes a page as a lone file, as a draft', () => {
    const entry = scaffold({ collection: 'pages', title: 'Sơ đồ tổ chức', date: todayInVietnam() }, fields.pages!);
    expect(entry.file).toBe('pages/so-do-to-chuc.md');
    expect(front(entry.content)).toMatchObject({ draft: true });
    expect(front(entry.content).description).toMatch(PLACEHOLDER);
  });

  it('refuses an impossible date, an unknown category and an empty title, in Vietnamese', () => {
    expect(() => scaffold({ collection: 'notices', title: 'A', date: '2026-02-30' }, fields.notices!)).toThrow(
      new ScaffoldError('ngày «2026-02-30» không hợp lệ; hãy viết dạng 2025-12-18, 2025-12-18 08:30 hoặc 18/12/2025'),
    );
    expect(() => scaffold({ collection: 'articles', title: 'A', date: '2026-02-03', choices: { category: 'the-thao' } }, fields.articles!)).toThrow(
      /chuyên mục «the-thao» không có; hãy chọn một trong: kinh-te, cai-cach-hanh-chinh/,
    );
    expect(() => scaffold({ collection: 'articles', title: '  ', date: '2026-02-03' }, fields.articles!)).toThrow('cần nhập tiêu đề');
  });

  it('dates "today" in Vietnam, not in UTC', () => {
    expect(todayInVietnam(new Date('2026-03-01T18:30:00Z'))).toBe('2026-03-02');
  });

  it('numbers weeks as ISO 8601 does, with the year they belong to', () => {
    expect(isoWeek('2026-11-16')).toEqual({ week: 47, year: 2026 });
    expect(isoWeek('2027-01-01')).toEqual({ week: 53, year: 2026 });
    expect(isoWeek('2024-12-30')).toEqual({ week: 1, year: 2025 });
    expect(weekTitle('2021-01-03')).toBe('Lịch làm việc tuần 53 năm 2020');
    expect(mondayOf('2026-11-19')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
  });
});
