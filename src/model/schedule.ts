/**
 * The leaders' weekly work schedule (Lịch làm việc): one file per week, each
 * holding dated entries with a start time. Pure functions over a minimal
 * shape: times of day, the days a week file covers, which week is "current"
 * for a given instant, overlaps between week files, neighbours.
 *
 * Every time is Vietnam wall-clock time (src/model/dates.ts: UTC+7, no DST).
 */
import { toIsoDay, vietnamParts, vietnamTime } from './dates.ts';

export interface ClockTime {
  hour: number;
  minute: number;
}

/**
 * How a time of day may be written: `07:30`, `7:30`, `7h30` or `7h` (how
 * Vietnamese schedules print it). The shape only; whether the hour and the
 * minute exist is checked by `parseClockTime`.
 */
export const CLOCK_TIME_PATTERN = /^\d{1,2}(?::\d{2}|[hH](?:\d{2})?)$/;

/** `07:30`, `7h30`, `7h` → { hour, minute }; null for a shape not allowed or a time that does not exist (`25:00`, `7:60`). */
export function parseClockTime(text: string): ClockTime | null {
  const value = text.trim();
  if (!CLOCK_TIME_PATTERN.test(value)) return null;
  const [hours, minutes = '0'] = value.split(/[:hH]/);
  const hour = Number(hours);
  const minute = Number(minutes || '0');
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `07:30` */
export function formatClock(time: ClockTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

export const DAY_MS = 24 * 3600 * 1000;

/** The start (00:00 in Vietnam) of the day holding `date`. */
export function startOfDay(date: Date): Date {
  const p = vietnamParts(date);
  return vietnamTime(p.year, p.month, p.day)!;
}

/** The longest span one week file may cover, in days. */
export const MAX_WEEK_DAYS = 7;

/** A week file's range: its first day and its last day (both day starts); `to` defaults to six days after `from`. */
export function weekRange(from: Date, to?: Date): { first: Date; last: Date } {
  const first = startOfDay(from);
  const last = to ? startOfDay(to) : new Date(first.getTime() + (MAX_WEEK_DAYS - 1) * DAY_MS);
  return { first, last };
}

/** Every day (its start) from `first` to `last`, inclusive. */
export function daysOf(range: { first: Date; last: Date }): Date[] {
  const days: Date[] = [];
  for (let t = range.first.getTime(); t <= range.last.getTime(); t += DAY_MS) days.push(new Date(t));
  return days;
}

/** Whether `date` falls on one of the range's days. */
export function inRange(range: { first: Date; last: Date }, date: Date): boolean {
  const t = date.getTime();
  return t >= range.first.getTime() && t < range.last.getTime() + DAY_MS;
}

export interface ScheduleEntryLike {
  date: Date;
  time: string;
  until?: string;
  title: string;
  chair?: string;
  attendees?: string;
  location: string;
  note?: string;
}

export interface WeekLike<E extends ScheduleEntryLike = ScheduleEntryLike> {
  id: string;
  data: { title: string; from: Date; to?: Date; entries: E[] };
}

/** The instant an entry starts; `time` must already have passed the schema. */
export function entryStart(entry: Pick<ScheduleEntryLike, 'date' | 'time'>): Date {
  const p = vietnamParts(entry.date);
  const time = parseClockTime(entry.time);
  if (!time) throw new Error(`Invalid schedule time ${entry.time}`);
  return vietnamTime(p.year, p.month, p.day, time.hour, time.minute)!;
}

/** The instant an entry ends, when an end time is given. */
export function entryEnd(entry: Pick<ScheduleEntryLike, 'date' | 'until'>): Date | undefined {
  if (!entry.until) return undefined;
  const p = vietnamParts(entry.date);
  const time = parseClockTime(entry.until);
  if (!time) throw new Error(`Invalid schedule time ${entry.until}`);
  return vietnamTime(p.year, p.month, p.day, time.hour, time.minute)!;
}

/** Entries in time order (day, then start time), stable for equal times. */
export function sortEntries<E extends ScheduleEntryLike>(entries: readonly E[]): E[] {
  return entries
    .map((entry, i) => ({ entry, i, t: entryStart(entry).getTime() }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ entry }) => entry);
}

export interface ScheduleDay<E> {
  /** The day's start (00:00 in Vietnam). */
  day: Date;
  entries: E[];
}

/**
 * The week's days with their entries, in order. Saturday and Sunday are
 * left out when nothing is planned on them; an empty working day is kept
 * (the reader sees that nothing is planned).
 */
export function scheduleDays<E extends ScheduleEntryLike>(week: WeekLike<E>): ScheduleDay<E>[] {
  const sorted = sortEntries(week.data.entries);
  return daysOf(weekRange(week.data.from, week.data.to))
    .map((day) => ({ day, entries: sorted.filter((entry) => toIsoDay(entry.date) === toIsoDay(day)) }))
    .filter(({ day, entries }) => entries.length > 0 || ![0, 6].includes(vietnamParts(day).weekday));
}

/** Weeks oldest first (by first day). */
export function byWeekStart<W extends WeekLike>(weeks: readonly W[]): W[] {
  return [...weeks].sort((a, b) => a.data.from.getTime() - b.data.from.getTime() || a.id.localeCompare(b.id));
}

export interface PickedWeek<W> {
  week: W;
  /** `now` falls inside the week; otherwise it is the nearest one. */
  current: boolean;
}

/**
 * The week to show as "this week" at `now`: the week file covering today,
 * else the nearest one (by days between today and the week's first or last
 * day; on a tie, the later week). Undefined when there is no week at all.
 */
export function pickWeek<W extends WeekLike>(weeks: readonly W[], now: Date): PickedWeek<W> | undefined {
  const today = startOfDay(now).getTime();
  let best: { week: W; distance: number } | undefined;
  for (const week of byWeekStart(weeks)) {
    const { first, last } = weekRange(week.data.from, week.data.to);
    if (inRange({ first, last }, now)) return { week, current: true };
    const distance = today < first.getTime() ? first.getTime() - today : today - last.getTime();
    if (!best || distance <= best.distance) best = { week, distance };
  }
  return best && { week: best.week, current: false };
}

/** The week before and the week after `week` among `weeks`. */
export function neighbourWeeks<W extends WeekLike>(week: W, weeks: readonly W[]): { previous?: W; next?: W } {
  const ordered = byWeekStart(weeks);
  const i = ordered.findIndex((w) => w.id === week.id);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}

/** Entries of `week` that have not started before today (whole days from today on), at most `limit`. */
export function upcomingEntries<E extends ScheduleEntryLike>(week: WeekLike<E>, now: Date, limit: number): E[] {
  const today = startOfDay(now).getTime();
  return sortEntries(week.data.entries)
    .filter((entry) => startOfDay(entry.date).getTime() >= today)
    .slice(0, limit);
}

export interface WeekSpan {
  /** Who the span belongs to (a file path, shown in messages). */
  file: string;
  from: Date;
  to?: Date;
}

export interface Overlap {
  a: WeekSpan;
  b: WeekSpan;
  /** The days both cover, as `2026-11-16`. */
  days: string[];
}

/** Pairs of week files whose days overlap, with the shared days. */
export function findOverlaps(spans: readonly WeekSpan[]): Overlap[] {
  const ranges = spans.map((span) => ({ span, range: weekRange(span.from, span.to) }));
  const overlaps: Overlap[] = [];
  ranges.forEach((a, i) => {
    for (const b of ranges.slice(i + 1)) {
      const first = Math.max(a.range.first.getTime(), b.range.first.getTime());
      const last = Math.min(a.range.last.getTime(), b.range.last.getTime());
      if (first <= last) overlaps.push({ a: a.span, b: b.span, days: daysOf({ first: new Date(first), last: new Date(last) }).map(toIsoDay) });
    }
  });
  return overlaps;
}
