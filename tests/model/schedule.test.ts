import { describe, expect, it } from 'vitest';
import { parseVietnamDate, toIsoDay, toIsoVietnam } from '../../src/model/dates.ts';
import {
  entryEnd,
  entryStart,
  findOverlaps,
  neighbourWeeks,
  parseClockTime,
  pickWeek,
  scheduleDays,
  upcomingEntries,
  weekRange,
  type ScheduleEntryLike,
  type WeekLike,
} from '../../src/model/schedule.ts';
import { scheduleSchema } from '../../src/model/schemas/index.ts';

const d = (text: string) => parseVietnamDate(text)!;
const entry = (date: string, time: string, title = 'Họp', extra: Partial<ScheduleEntryLike> = {}): ScheduleEntryLike => ({
  date: d(date),
  time,
  title,
  location: 'Trụ sở UBND xã',
  ...extra,
});
const week = (id: string, from: string, entries: ScheduleEntryLike[] = [], to?: string): WeekLike => ({
  id,
  data: { title: id, from: d(from), to: to ? d(to) : undefined, entries },
});

describe('parseClockTime', () => {
  it.each([
    ['07:30', { hour: 7, minute: 30 }],
    ['7:05', { hour: 7, minute: 5 }],
    ['7h30', { hour: 7, minute: 30 }],
    ['14h', { hour: 14, minute: 0 }],
    [' 23:59 ', { hour: 23, minute: 59 }],
    ['0:00', { hour: 0, minute: 0 }],
  ])('reads %s', (text, time) => expect(parseClockTime(text)).toEqual(time));

  it.each(['25:00', '24:00', '7:60', '07.30', '7 giờ', '', 'sáng', '730', '7:3'])('refuses %s', (text) => expect(parseClockTime(text)).toBeNull());
});

describe('weeks', () => {
  it('covers seven days from its first day unless `to` is given, in Vietnam days', () => {
    const range = weekRange(d('2026-11-16'));
    expect(toIsoDay(range.last)).toBe('2026-11-22');
    expect(range.first.toISOString()).toBe('2026-11-15T17:00:00.000Z');
    expect(toIsoDay(weekRange(d('2026-11-23'), d('2026-11-27')).last)).toBe('2026-11-27');
  });

  it('times an entry in Vietnam time (+07:00)', () => {
    const e = entry('2026-11-16', '7h30', 'Giao ban', { until: '09:00' });
    expect(toIsoVietnam(entryStart(e))).toBe('2026-11-16T07:30:00+07:00');
    expect(entryStart(e).toISOString()).toBe('2026-11-16T00:30:00.000Z');
    expect(toIsoVietnam(entryEnd(e)!)).toBe('2026-11-16T09:00:00+07:00');
    expect(entryEnd(entry('2026-11-16', '08:00'))).toBeUndefined();
  });

  it('lists the days in order with entries sorted by time; empty weekend days are left out, empty working days kept', () => {
    const w = week('w', '2026-11-16', [entry('2026-11-17', '14:00', 'Chiều'), entry('2026-11-17', '07:30', 'Sáng'), entry('2026-11-21', '08:00', 'Thứ Bảy')]);
    const days = scheduleDays(w);
    expect(days.map((day) => toIsoDay(day.day))).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21']);
    expect(days[1]!.entries.map((e) => e.title)).toEqual(['Sáng', 'Chiều']);
    expect(days[0]!.entries).toEqual([]);
  });

  it('picks the week holding today, else the nearest (the later one on a tie), else nothing', () => {
    const weeks = [week('w47', '2026-11-16'), week('w45', '2026-11-02'), week('w48', '2026-11-23', [], '2026-11-27')];
    expect(pickWeek(weeks, d('2026-11-21 23:59'))).toEqual({ week: weeks[0], current: true });
    expect(pickWeek(weeks, d('2026-11-27 08:00'))).toEqual({ week: weeks[2], current: true });
    // Saturday after a Monday–Friday week: it ended one day ago.
    expect(pickWeek(weeks, d('2026-11-28 10:00'))).toEqual({ week: weeks[2], current: false });
    // A gap week between w45 and w47: the 10th is 2 days after w45, 6 days before w47.
    expect(pickWeek(weeks, d('2026-11-10'))).toEqual({ week: weeks[1], current: false });
    // The 12th: 4 days after w45 ended, 4 days before w47 starts → the later week.
    expect(pickWeek(weeks, d('2026-11-12'))).toEqual({ week: weeks[0], current: false });
    expect(pickWeek(weeks, d('2030-01-01'))?.week).toBe(weeks[2]);
    expect(pickWeek(weeks, d('2020-01-01'))?.week).toBe(weeks[1]);
    expect(pickWeek([], d('2026-11-21'))).toBeUndefined();
  });

  it('finds the weeks before and after', () => {
    const weeks = [week('b', '2026-11-09'), week('c', '2026-11-16'), week('a', '2026-11-02')];
    expect(neighbourWeeks(weeks[0]!, weeks)).toEqual({ previous: weeks[2], next: weeks[1] });
    expect(neighbourWeeks(weeks[2]!, weeks)).toEqual({ previous: undefined, next: weeks[0] });
  });

  it('lists what remains from today on', () => {
    const w = week('w', '2026-11-16', [
      entry('2026-11-16', '08:00', 'Hôm qua'),
      entry('2026-11-17', '16:00', 'Hôm nay chiều'),
      entry('2026-11-17', '07:00', 'Hôm nay sáng'),
      entry('2026-11-18', '08:00', 'Mai'),
    ]);
    expect(upcomingEntries(w, d('2026-11-17 12:00'), 5).map((e) => e.title)).toEqual(['Hôm nay sáng', 'Hôm nay chiều', 'Mai']);
    expect(upcomingEntries(w, d('2026-11-17 12:00'), 1).map((e) => e.title)).toEqual(['Hôm nay sáng']);
  });

  it('reports overlapping week files with the shared days, and not adjacent ones', () => {
    const spans = [
      { file: 'a.md', from: d('2026-11-02') },
      { file: 'b.md', from: d('2026-11-09') },
      { file: 'c.md', from: d('2026-11-12'), to: d('2026-11-13') },
    ];
    const overlaps = findOverlaps(spans);
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({ a: { file: 'b.md' }, b: { file: 'c.md' }, days: ['2026-11-12', '2026-11-13'] });
  });
});

describe('scheduleSchema (what editors are told)', () => {
  const base = { title: 'Lịch làm việc tuần 47', from: '2026-11-16', entries: [{ date: '2026-11-16', time: '07:30', title: 'Giao ban', location: 'Phòng họp' }] };
  const messages = (data: unknown) => {
    const result = scheduleSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a sound week', () => expect(messages(base)).toEqual([]));

  it('refuses an impossible time, naming the value and the range', () => {
    expect(messages({ ...base, entries: [{ ...base.entries[0], time: '25:00' }] })).toEqual([
      expect.stringMatching(/^entries\.0\.time: giờ bắt đầu \(time\) «25:00» không có thật: giờ từ 0 đến 23/),
    ]);
    expect(messages({ ...base, entries: [{ ...base.entries[0], time: '7 giờ' }] })[0]).toMatch(/«7 giờ» chưa đúng dạng; hãy viết giờ:phút như "07:30"/);
  });

  it('refuses a day outside the week, an end before the start, a `to` before `from`, and more than seven days', () => {
    expect(messages({ ...base, entries: [{ ...base.entries[0], date: '2026-11-23' }] })[0]).toMatch(
      /^entries\.0\.date: ngày 2026-11-23 không thuộc tuần này \(từ 2026-11-16 đến 2026-11-22\)/,
    );
    expect(messages({ ...base, entries: [{ ...base.entries[0], until: '07:00' }] })[0]).toMatch(/^entries\.0\.until: giờ kết thúc «07:00» phải sau giờ bắt đầu «07:30»/);
    expect(messages({ ...base, to: '2026-11-15' })[0]).toMatch(/^to: ngày cuối tuần \(to\) 2026-11-15 đứng trước/);
    expect(messages({ ...base, to: '2026-11-30' })[0]).toMatch(/^to: một tệp lịch chỉ gồm một tuần \(tối đa 7 ngày\).*15 ngày/);
  });
});
