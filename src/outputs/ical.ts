/**
 * An iCalendar (RFC 5545) writer for the work schedule feed: a VCALENDAR
 * with one VTIMEZONE (Asia/Ho_Chi_Minh, UTC+7 all year) and one VEVENT per
 * schedule entry, times written as local times with that TZID. Lines end
 * with CRLF and are folded at 75 octets without splitting a UTF-8 character;
 * text values are escaped (backslash, semicolon, comma, newline).
 */
import { vietnamParts } from '../model/dates.ts';

export const TZID = 'Asia/Ho_Chi_Minh';

export interface CalendarEvent {
  /** Globally unique and stable between builds, e.g. `20261116T0730-3f2a9c@xa.example`. */
  uid: string;
  start: Date;
  end?: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
}

export interface Calendar {
  /** PRODID: who wrote the file. */
  prodId: string;
  /** Calendar name shown by phone calendars (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** DTSTAMP of every event: when this file was made. */
  stamp: Date;
  /** How often subscribers should refresh, in hours (REFRESH-INTERVAL). */
  refreshHours?: number;
  events: CalendarEvent[];
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * Fold a content line (RFC 5545 §3.1): no line longer than 75 octets; each
 * continuation starts with one space. Characters are never split.
 */
export function foldLine(line: string, limit = 75): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    const max = parts.length === 0 ? limit : limit - 1;
    if (size + n > max) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Vietnam wall-clock time as an iCalendar local DATE-TIME: `20261116T073000`. */
export function localDateTime(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** UTC DATE-TIME: `20261121T015900Z`. */
export function utcDateTime(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** Vietnam has kept UTC+7 without daylight saving since 1975: one STANDARD observance. */
export const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19750613T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A short, stable hash (FNV-1a, 32 bits, hex) for building UIDs from an entry's content. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART;TZID=${TZID}:${localDateTime(event.start)}`,
    ...(event.end ? [`DTEND;TZID=${TZID}:${localDateTime(event.end)}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ];
}

/** The whole calendar file, CRLF line endings, folded. */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`, `DESCRIPTION:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${TZID}`,
    ...(calendar.refreshHours ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`, `X-PUBLISHED-TTL:PT${calendar.refreshHours}H`] : []),
    ...VTIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(line)).join('\r\n') + '\r\n';
}
