import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { formatDate, formatLongDate, formatTime, parseVietnamDate, toIsoVietnam, toRfc822, vietnamYear } from '../../src/model/dates.ts';

/** What Astro's front matter parser (js-yaml) gives for a value written in front matter. */
const fromYaml = (value: string) => (load(`date: ${value}`) as { date: unknown }).date;

describe('parseVietnamDate', () => {
  it('reads a YAML date 2023-03-17 as 17 March in Vietnam, not the 16th', () => {
    const date = parseVietnamDate(fromYaml('2023-03-17'))!;
    expect(formatDate(date)).toBe('17/03/2023');
    expect(date.toISOString()).toBe('2023-03-16T17:00:00.000Z');
  });

  it('reads an unquoted YAML date-time as Vietnam wall-clock time', () => {
    const date = parseVietnamDate(fromYaml('2023-03-17 08:30:00'))!;
    expect(formatTime(date)).toBe('08:30');
    expect(toIsoVietnam(date)).toBe('2023-03-17T08:30:00+07:00');
  });

  it.each([
    ['2023-03-17', '2023-03-17T00:00:00+07:00'],
    ['2023-03-17 08:30', '2023-03-17T08:30:00+07:00'],
    ['2023-3-7', '2023-03-07T00:00:00+07:00'],
    ['2023-03-17T23:45:10', '2023-03-17T23:45:10+07:00'],
    ['2023-03-17T01:00:00Z', '2023-03-17T08:00:00+07:00'],
    ['2023-03-17T08:00:00+07:00', '2023-03-17T08:00:00+07:00'],
    ['17/03/2023', '2023-03-17T00:00:00+07:00'],
    ['17/03/2023 14h30', '2023-03-17T14:30:00+07:00'],
  ])('parses the string %s', (input, iso) => {
    expect(toIsoVietnam(parseVietnamDate(input)!)).toBe(iso);
  });

  it.each(['2024-02-30', '2023-13-01', '31/04/2024', 'hôm qua', '', '2023-03-17 25:00'])('refuses %s', (input) => {
    expect(parseVietnamDate(input)).toBeNull();
  });

  it('refuses values that are not dates', () => {
    expect(parseVietnamDate(20230317)).toBeNull();
    expect(parseVietnamDate(new Date('nope'))).toBeNull();
  });
});

describe('formatting in Vietnam time', () => {
  const friday = parseVietnamDate('2023-03-17')!;

  it('writes the weekday, capitalised', () => {
    expect(formatLongDate(friday)).toBe('Thứ Sáu, 17/03/2023');
    expect(formatLongDate(parseVietnamDate('2023-03-19')!)).toBe('Chủ Nhật, 19/03/2023');
  });

  it('uses Vietnam time even for an instant late in the UTC day', () => {
    const instant = new Date('2023-03-16T20:00:00Z'); // 03:00 on the 17th in Vietnam
    expect(formatDate(instant)).toBe('17/03/2023');
    expect(vietnamYear(new Date('2023-12-31T18:00:00Z'))).toBe(2024);
  });

  it('writes RFC 822 dates in +0700 for RSS', () => {
    expect(toRfc822(parseVietnamDate('2023-03-17 08:05')!)).toBe('Fri, 17 Mar 2023 08:05:00 +0700');
  });
});
