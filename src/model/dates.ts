/**
 * Dates in Vietnam time (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving).
 *
 * Front matter dates are wall-clock times in Vietnam: `2023-03-17` means the
 * start of 17 March in Vietnam, never the 16th. YAML parsers turn such values
 * into a `Date` at UTC midnight, so a `Date` from YAML is read as the Vietnam
 * wall clock and shifted by seven hours. Strings may also carry an explicit
 * offset, which is honoured.
 */
export const VN_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Instant of a Vietnam wall-clock time; null if the calendar date does not exist. */
export function vietnamTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - OFFSET_MS);
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const VN_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?$/;

/**
 * Parse a front-matter date. Accepts a YAML `Date`, `2023-03-17`,
 * `2023-03-17 08:30`, `2023-03-17T08:30:00+07:00`, `17/03/2023` and
 * `17/03/2023 08:30`. Returns null when the value is not a real date.
 */
export function parseVietnamDate(value: unknown): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return new Date(value.getTime() - OFFSET_MS);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = ISO_RE.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    const local = vietnamTime(+y!, +mo!, +d!, +h, +mi, +s);
    if (!local || !zone) return local;
    const zoneMinutes = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
    return new Date(local.getTime() + OFFSET_MS - zoneMinutes * 60_000);
  }
  const vn = VN_RE.exec(text);
  if (vn) {
    const [, d, mo, y, h = '0', mi = '0'] = vn;
    return vietnamTime(+y!, +mo!, +d!, +h, +mi);
  }
  return null;
}

/** Calendar parts of an instant as seen in Vietnam. */
export function vietnamParts(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** `17/03/2023` */
export function formatDate(date: Date): string {
  const p = vietnamParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** `Thứ Sáu, 17/03/2023` */
export function formatLongDate(date: Date): string {
  return `${WEEKDAYS[vietnamParts(date).weekday]}, ${formatDate(date)}`;
}

/** `08:30` */
export function formatTime(date: Date): string {
  const p = vietnamParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO 8601 with the Vietnam offset, for `<time datetime>` and metadata: `2023-03-17T00:00:00+07:00`. */
export function toIsoVietnam(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+07:00`;
}

/** `2023-03-17`, the calendar day in Vietnam. */
export function toIsoDay(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** RFC 822 date in +0700 for RSS: `Fri, 17 Mar 2023 00:00:00 +0700`. */
export function toRfc822(date: Date): string {
  const p = vietnamParts(date);
  return `${RFC822_DAYS[p.weekday]}, ${pad(p.day)} ${RFC822_MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0700`;
}

/** The year of an instant in Vietnam. */
export function vietnamYear(date: Date): number {
  return vietnamParts(date).year;
}
