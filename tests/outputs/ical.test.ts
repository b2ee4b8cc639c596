import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../../src/model/dates.ts';
import { escapeText, foldLine, localDateTime, shortHash, utcDateTime, writeCalendar } from '../../src/outputs/ical.ts';
import { scheduleEvents } from '../../src/outputs/schedule-calendar.ts';

const d = (text: string) => parseVietnamDate(text)!;
const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const labels = { chair: 'Chủ trì', attendees: 'Thành phần', note: 'Ghi chú' };

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a Vietnamese letter, and unfolds to the original', () => {
    const line = `SUMMARY:${'Họp bàn kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn '.repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes Vietnam wall-clock and UTC date-times', () => {
    expect(localDateTime(d('2026-11-16 07:30'))).toBe('20261116T073000');
    expect(utcDateTime(d('2026-11-16 07:30'))).toBe('20261116T003000Z');
  });
});

describe('writeCalendar', () => {
  const events = scheduleEvents(
    [
      {
        id: 'tuan-47',
        data: {
          title: 'Tuần 47',
          from: d('2026-11-16'),
          entries: [
            {
              date: d('2026-11-16'),
              time: '7h30',
              until: '09:00',
              title: 'Giao ban; đầu tuần, lãnh đạo',
              chair: 'Chủ tịch UBND xã',
              attendees: 'Các Phó Chủ tịch',
              location: 'Phòng họp số 1, trụ sở UBND xã',
            },
            { date: d('2026-11-16'), time: '7h30', title: 'Giao ban; đầu tuần, lãnh đạo', location: 'Phòng họp số 1, trụ sở UBND xã' },
            { date: d('2026-11-22'), time: '23:30', title: 'Trực bão', location: 'Đê bao' },
          ],
        },
      },
    ],
    { host: 'xa.example.gov.vn', weekUrl: (id) => `https://xa.example.gov.vn/lich-lam-viec/${id}/`, labels },
  );
  const text = writeCalendar({ prodId: '-//UBND xã An Bình//Lịch//VI', name: 'Lịch làm việc, xã An Bình', stamp: new Date('2026-11-21T01:59:00Z'), refreshHours: 6, events });

  it('is CRLF text with no bare LF and no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js: a VTIMEZONE for Asia/Ho_Chi_Minh, events at the right instants in +07:00, unique UIDs, DTSTAMP', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const timezone = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(timezone, 'Asia/Ho_Chi_Minh');
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents).toHaveLength(3);
    const [first, second, third] = vevents;
    expect(first!.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-11-16T00:30:00.000Z');
    expect(first!.startDate.utcOffset()).toBe(7 * 3600);
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-11-16T02:00:00.000Z');
    expect(third!.startDate.toJSDate().toISOString()).toBe('2026-11-22T16:30:00.000Z');
    expect(first!.summary).toBe('Giao ban; đầu tuần, lãnh đạo');
    expect(first!.location).toBe('Phòng họp số 1, trụ sở UBND xã');
    expect(first!.description).toBe('Chủ trì: Chủ tịch UBND xã\nThành phần: Các Phó Chủ tịch');
    expect(new Set(vevents.map((e) => e.uid)).size).toBe(3);
    expect(second!.uid).toMatch(/-2@xa\.example\.gov\.vn$/);
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-21T01:59:00Z');
    // ical.js keeps X- and RFC 7986 properties as written: the comma stays escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch làm việc\\, xã An Bình');
  });

  it('gives an entry the same UID in every build while its day, time, title and place stay the same', () => {
    expect(events[0]!.uid).toBe(`20261116T073000-${shortHash('Giao ban; đầu tuần, lãnh đạo\nPhòng họp số 1, trụ sở UBND xã')}@xa.example.gov.vn`);
    expect(shortHash('a')).not.toBe(shortHash('b'));
  });
});
