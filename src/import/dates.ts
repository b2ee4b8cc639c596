/**
 * Publication dates as legacy portals write them, read as Vietnam time and
 * written back as front matter takes them (`2023-09-25 08:30`):
 *
 * - in the page: «Ngày đăng: 25/09/2023», «Thứ Hai, 10/04/2023 15:20»,
 *   «15:20 10/04/2023», «17/03/2023», `2023-04-10T15:20:00+07:00` in a meta tag;
 * - in the address: `/portal/Pages/2023-01-04/…`, `/2023/05/12/…`, `…-20230104…`;
 * - in the text: «Sáng ngày 17 tháng 3 năm 2023», «ngày 22/9/2023», and
 *   «ngày 17 tháng 3» with the year taken from elsewhere.
 */
import { vietnamParts } from '../model/dates.ts';

export interface FoundDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** The earliest and latest years a legacy article can be from. */
const FIRST_YEAR = 1995;
const lastYear = () => new Date().getUTCFullYear() + 1;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date that exists (no 31 April), with a time that exists, in the years a portal can hold. */
export function validDate(found: FoundDate): FoundDate | undefined {
  const { year, month, day, hour, minute } = found;
  if (year < FIRST_YEAR || year > lastYear() || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59)) return { year, month, day };
  return found;
}

/** `2023-09-25` or `2023-09-25 08:30`, as front matter takes it (Vietnam time). */
export function formatFound({ year, month, day, hour, minute }: FoundDate): string {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour === undefined ? date : `${date} ${pad(hour)}:${pad(minute ?? 0)}`;
}

const D = '(\\d{1,2})';
const Y = '(\\d{4})';
const TIME = '(\\d{1,2})\\s*[:hH]\\s*(\\d{2})';
/** dd/mm/yyyy (or with - or .), then an optional time. */
const DAY_FIRST = new RegExp(`(?<![\\d/])${D}\\s*[/.-]\\s*${D}\\s*[/.-]\\s*${Y}(?!\\d)(?:\\s*[,-]?\\s*(?:lúc\\s*)?${TIME})?`, 'i');
/** A time, then dd/mm/yyyy: «15:20 10/04/2023», «08:30 - 10/04/2023». */
const TIME_FIRST = new RegExp(
  `(?<!\\d)${TIME}(?:\\s*(?:SA|CH|AM|PM))?\\s*[,|-]?\\s*(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*,?\\s*)?(?:ngày\\s+)?${D}\\s*[/.-]\\s*${D}\\s*[/.-]\\s*${Y}(?!\\d)`,
  'i',
);
/** 2023-04-10 or 2023-04-10T15:20 (ISO). */
const ISO = new RegExp(`(?<!\\d)${Y}-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?`);
/** «ngày 17 tháng 3 năm 2023», «17 tháng 03, 2023». */
const WORDS = new RegExp(`(?:ngày\\s+)?${D}\\s+tháng\\s+${D}(?:\\s*(?:năm|,)\\s*${Y})?`, 'i');

/** The first date written in `text`, in any of the page's ways; a day and month without a year take `year` when given. */
export function dateInText(text: string, year?: number): FoundDate | undefined {
  const candidates: { at: number; found?: FoundDate }[] = [];
  const timeFirst = TIME_FIRST.exec(text);
  if (timeFirst) {
    const [, h, m, d, mo, y] = timeFirst.map(Number);
    candidates.push({ at: timeFirst.index, found: validDate({ year: y!, month: mo!, day: d!, hour: h, minute: m }) });
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, d, mo, y, h, m] = dayFirst.map((part) => (part === undefined ? undefined : Number(part)));
    candidates.push({ at: dayFirst.index, found: validDate({ year: y!, month: mo!, day: d!, ...(h !== undefined ? { hour: h, minute: m } : {}) }) });
  }
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, m] = iso.map((part) => (part === undefined ? undefined : Number(part)));
    candidates.push({ at: iso.index, found: validDate({ year: y!, month: mo!, day: d!, ...(h !== undefined ? { hour: h, minute: m } : {}) }) });
  }
  const words = WORDS.exec(text);
  if (words) {
    const [, d, mo, y] = words.map((part) => (part === undefined ? undefined : Number(part)));
    const full = y ?? year;
    if (full !== undefined) candidates.push({ at: words.index, found: validDate({ year: full, month: mo!, day: d! }) });
  }
  return candidates.filter((c) => c.found).sort((a, b) => a.at - b.at)[0]?.found;
}

/** Words that put a date in the page's own frame, as opposed to a date the article talks about. */
const LABEL =
  /(ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản|cập\s+nhật(?:\s+lúc)?|ngày\s+cập\s+nhật|thời\s+gian\s+đăng|posted\s+on|published|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*,)/i;

/** A date the page states as its own: «Ngày đăng: 25/09/2023», «Thứ Hai, 10/04/2023 15:20». */
export function labelledDate(text: string): FoundDate | undefined {
  for (const line of text.split(/\n/)) {
    const label = LABEL.exec(line);
    if (!label) continue;
    const found = dateInText(line.slice(label.index));
    if (found) return found;
  }
  return undefined;
}

/** A date in a page's address: `/2023-01-04/`, `/2023/05/12/`, `20230104`. */
export function dateInAddress(url: string): FoundDate | undefined {
  let path: string;
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname}${parsed.search}`;
  } catch {
    path = url;
  }
  const dashed = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(path);
  if (dashed) {
    const found = validDate({ year: Number(dashed[1]), month: Number(dashed[2]), day: Number(dashed[3]) });
    if (found) return found;
  }
  const slashed = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/.exec(path);
  if (slashed) {
    const found = validDate({ year: Number(slashed[1]), month: Number(slashed[2]), day: Number(slashed[3]) });
    if (found) return found;
  }
  for (const match of path.matchAll(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g)) {
    const found = validDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
    if (found) return found;
  }
  return undefined;
}

/** A machine-readable date (a meta tag's ISO value, a feed's RFC 822 date), as Vietnam time. */
export function dateFromStamp(value: string | undefined): FoundDate | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // A bare date, or a date and time without a zone, is already Vietnam time.
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?::\d{2}(?:\.\d+)?)?$/.exec(trimmed);
  if (local) {
    const [, y, mo, d, h, m] = local.map((part) => (part === undefined ? undefined : Number(part)));
    return validDate({ year: y!, month: mo!, day: d!, ...(h !== undefined ? { hour: h, minute: m } : {}) });
  }
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return dateInText(trimmed);
  const parts = vietnamParts(new Date(time));
  return validDate({ year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute });
}
