import { describe, expect, it } from 'vitest';
import { noticeSchema, optionalDate, pageSchema } from '../../../src/model/schemas/index.ts';

describe('optionalDate', () => {
  const date = optionalDate('ngày cập nhật (updated)');

  it('reads a date in Vietnam time, and takes an empty one (what the web editor writes for a date left blank) as absent', () => {
    expect(date.parse('2026-03-02')).toEqual(new Date('2026-03-01T17:00:00Z'));
    expect(date.parse('')).toBeUndefined();
    expect(date.parse('  ')).toBeUndefined();
    expect(date.parse(undefined)).toBeUndefined();
  });

  it('still refuses a date that is not one, in Vietnamese', () => {
    const result = date.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/ngày cập nhật \(updated\) «2026-02-30» không phải là ngày hợp lệ/);
  });

  it('is what optional dates of the schemas use', () => {
    expect(noticeSchema.parse({ title: 'Thông báo', date: '2026-03-02', validUntil: '' }).validUntil).toBeUndefined();
  });
});

describe('pages', () => {
  it('are published unless marked as drafts', () => {
    expect(pageSchema.parse({ title: 'Giới thiệu', description: 'Trang giới thiệu đơn vị.' }).draft).toBe(false);
    expect(pageSchema.parse({ title: 'Giới thiệu', description: 'Trang giới thiệu đơn vị.', draft: true }).draft).toBe(true);
  });
});
