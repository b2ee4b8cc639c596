/** The leaders' weekly work schedule (Lịch làm việc): one file per week. */
import { z } from 'astro/zod';
import { toIsoDay } from '../dates.ts';
import { CLOCK_TIME_PATTERN, DAY_MS, MAX_WEEK_DAYS, inRange, parseClockTime, weekRange } from '../schedule.ts';
import { strictObject } from './rules.ts';
import { optionalDate, optionalText, text, title, vietnamDate } from './fields.ts';

/** A time of day as schedules print it: `07:30`, `7h30`, `14h`. */
const clockTime = (label: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `bắt buộc: cần nhập ${label}` : `${label} phải viết trong ngoặc kép, ví dụ "07:30"`) })
    .trim()
    .regex(CLOCK_TIME_PATTERN, { error: (issue) => `${label} «${String(issue.input)}» chưa đúng dạng; hãy viết giờ:phút như "07:30", "14:00" hoặc "7h30"` })
    .refine((value) => parseClockTime(value) !== null, {
      error: (issue) => `${label} «${String(issue.input)}» không có thật: giờ từ 0 đến 23, phút từ 00 đến 59; hãy sửa lại, ví dụ "07:30" hoặc "14:00"`,
    });

export const scheduleEntrySchema = strictObject(
  {
    date: vietnamDate('ngày (date)'),
    time: clockTime('giờ bắt đầu (time)'),
    until: clockTime('giờ kết thúc (until)').optional(),
    title: text('nội dung công việc (title)'),
    chair: optionalText('người chủ trì (chair)'),
    attendees: optionalText('thành phần tham dự (attendees)'),
    location: text('địa điểm (location)'),
    note: optionalText('ghi chú (note)'),
  },
  'mỗi mục lịch cần date (ngày), time (giờ), title (nội dung) và location (địa điểm)',
);

/** One week of the leaders' schedule: the days it covers (`from`, and `to` or six days later) and its entries. */
export const scheduleSchema = strictObject({
  title: title('tiêu đề (title)'),
  from: vietnamDate('ngày đầu tuần (from)'),
  to: optionalDate('ngày cuối tuần (to)'),
  entries: z
    .array(scheduleEntrySchema, { error: 'các mục lịch (entries) phải là danh sách, mỗi mục bắt đầu bằng «- date:»' })
    .min(1, 'lịch tuần cần ít nhất một mục trong entries'),
  draft: z.boolean({ error: 'draft chỉ nhận true hoặc false' }).default(false),
}).superRefine((week, ctx) => {
  const range = weekRange(week.from, week.to);
  const span = (range.last.getTime() - range.first.getTime()) / DAY_MS + 1;
  if (week.to && span < 1) {
    ctx.issues.push({ code: 'custom', input: week.to, path: ['to'], message: `ngày cuối tuần (to) ${toIsoDay(week.to)} đứng trước ngày đầu tuần (from) ${toIsoDay(week.from)}` });
    return;
  }
  if (span > MAX_WEEK_DAYS) {
    ctx.issues.push({
      code: 'custom',
      input: week.to,
      path: ['to'],
      message: `một tệp lịch chỉ gồm một tuần (tối đa ${MAX_WEEK_DAYS} ngày), nhưng từ ${toIsoDay(week.from)} đến ${toIsoDay(range.last)} là ${span} ngày; hãy tách thành các tệp theo tuần`,
    });
    return;
  }
  week.entries.forEach((entry, i) => {
    if (!inRange(range, entry.date)) {
      ctx.issues.push({
        code: 'custom',
        input: entry.date,
        path: ['entries', i, 'date'],
        message: `ngày ${toIsoDay(entry.date)} không thuộc tuần này (từ ${toIsoDay(range.first)} đến ${toIsoDay(range.last)}); hãy sửa ngày hoặc chuyển mục sang tệp lịch của tuần đó`,
      });
    }
    const start = parseClockTime(entry.time);
    const end = entry.until ? parseClockTime(entry.until) : null;
    if (start && end && end.hour * 60 + end.minute <= start.hour * 60 + start.minute) {
      ctx.issues.push({ code: 'custom', input: entry.until, path: ['entries', i, 'until'], message: `giờ kết thúc «${entry.until}» phải sau giờ bắt đầu «${entry.time}»` });
    }
  });
});
