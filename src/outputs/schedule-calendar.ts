/**
 * Schedule entries as calendar events: one VEVENT per entry, with a UID
 * that stays the same between builds while the entry's day, time, title and
 * place do not change (so a subscribed calendar updates rather than duplicates).
 */
import type { CalendarEvent } from './ical.ts';
import { localDateTime, shortHash } from './ical.ts';
import { entryEnd, entryStart, sortEntries, type ScheduleEntryLike, type WeekLike } from '../model/schedule.ts';

export interface EventOptions {
  /** The portal's host name, the right-hand side of every UID. */
  host: string;
  /** The absolute URL of a week's page. */
  weekUrl: (id: string) => string;
  /** Words that introduce each detail in the event's description (from i18n.ts). */
  labels: { chair: string; attendees: string; note: string };
}

/** The description of an entry: who chairs, who attends, notes, one per line. */
export function entryDescription(entry: ScheduleEntryLike, labels: EventOptions['labels']): string | undefined {
  const lines = [
    entry.chair && `${labels.chair}: ${entry.chair}`,
    entry.attendees && `${labels.attendees}: ${entry.attendees}`,
    entry.note && `${labels.note}: ${entry.note}`,
  ].filter(Boolean);
  return lines.length ? lines.join('\n') : undefined;
}

export function scheduleEvents<E extends ScheduleEntryLike>(weeks: readonly WeekLike<E>[], options: EventOptions): CalendarEvent[] {
  const seen = new Map<string, number>();
  return weeks.flatMap((week) =>
    sortEntries(week.data.entries).map((entry) => {
      const start = entryStart(entry);
      const base = `${localDateTime(start)}-${shortHash(`${entry.title}\n${entry.location}`)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        uid: `${base}${n > 1 ? `-${n}` : ''}@${options.host}`,
        start,
        end: entryEnd(entry),
        summary: entry.title,
        location: entry.location,
        description: entryDescription(entry, options.labels),
        url: options.weekUrl(week.id),
      };
    }),
  );
}
