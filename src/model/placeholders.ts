/**
 * Text written where an editor still has to write: `npm run new` fills the
 * fields it cannot know with it and leaves the entry a draft. Each such text
 * carries the same mark, so that the content check can refuse it in anything
 * that would be published (src/check/validate.ts).
 */

/** The mark: «(thay dòng này trước khi đăng)», «(thay câu …)», «(thay đoạn …)». */
export const PLACEHOLDER = /\(thay (?:dòng|câu|đoạn) này trước khi đăng\)/;

/** `text` marked as a placeholder. */
export function placeholder(text: string, unit: 'dòng' | 'câu' | 'đoạn' = 'dòng'): string {
  return `${text} (thay ${unit} này trước khi đăng)`;
}

/** The dotted paths (`summary`, `photos.0.caption`) of the strings in `value` that hold a placeholder. */
export function placeholderPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPaths(item, [...at, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...at, key]));
  return [];
}
