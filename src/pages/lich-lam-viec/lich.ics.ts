/** The work schedule as an iCalendar feed that phone calendars subscribe to (src/outputs/ical.ts writes it). */
import type { APIRoute } from 'astro';
import { buildTime, getScheduleWeeks } from '../../model/queries.ts';
import { scheduleEvents } from '../../outputs/schedule-calendar.ts';
import { writeCalendar } from '../../outputs/ical.ts';
import { absoluteUrl, paths, site } from '../../site.ts';
import { t } from '../../i18n/ui.ts';

export const GET: APIRoute = async () => {
  const weeks = await getScheduleWeeks();
  const body = writeCalendar({
    prodId: `-//${site.fullName}//Lich lam viec//VI`,
    name: t.scheduleCalendarName(site.name),
    description: t.scheduleDescription(site.fullName),
    stamp: buildTime,
    refreshHours: 6,
    events: scheduleEvents(weeks, {
      host: new URL(site.url).host,
      weekUrl: (id) => absoluteUrl(paths.scheduleWeek(id)),
      labels: { chair: t.scheduleChair, attendees: t.scheduleAttendees, note: t.scheduleNote },
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
