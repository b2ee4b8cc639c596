/**
 * Rules every schema shares, written once so that a field added later
 * cannot skip them (tests/model/schemas/rules.test.ts walks every schema):
 *
 * - objects are strict: a key the schema does not know (`darft: true`) is an
 *   error naming the closest known key, never silently ignored;
 * - every URL-valued field goes through `webAddress`, which says which
 *   kinds of address it takes (https, http where stated, mailto, tel,
 *   site-relative) and refuses `javascript:` and every other scheme;
 * - every field naming a file in the content folder is marked `contentPath`,
 *   and is resolved by content-files.ts (photos use Astro's `image()`).
 */
import { z } from 'astro/zod';
import { closestMatch } from 'leven';

/** The message for front-matter keys a schema does not know, with the closest known key when one is near. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = closestMatch(key, known, { maxDistance: Math.max(2, Math.floor(key.length / 3)) });
  if (near) return `trường "${key}" không có; có phải ý bạn là "${near}"? Hãy sửa tên trường (tên trường viết đúng chính tả, phân biệt chữ hoa, chữ thường)`;
  return `trường "${key}" không có; các trường dùng được ở đây: ${known.join(', ')}. Hãy sửa tên trường hoặc xóa dòng này`;
}

/**
 * An object whose unknown keys are errors (zod's `strictObject`); `error` is
 * the message when the value is not an object at all.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(shape: S, error?: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      // One line per key: the content check reports each at its own line.
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownKeyMessage(key, known)).join('\n');
      return error;
    },
  });
}

/** The kinds of address a URL field may hold. */
export interface AddressKinds {
  /** `http://` as well as `https://` (only where stated). */
  http?: boolean;
  /** A path on this portal: `/tin-tuc/`. */
  site?: boolean;
  mailto?: boolean;
  tel?: boolean;
}

/** Metadata marking a URL field, read by schema-fields.ts and the schema walk test. */
export const URL_META = 'url';
/** Metadata marking a field that names a file in the content folder. */
export const PATH_META = 'contentPath';

/** Why `value` is not an address of the given kinds, or undefined when it is. */
export function addressProblem(value: string, kinds: AddressKinds): string | undefined {
  const allowed = ['https://…', kinds.http && 'http://…', kinds.site && 'đường dẫn trong trang như /tin-tuc/', kinds.mailto && 'mailto:…', kinds.tel && 'tel:…']
    .filter(Boolean)
    .join(', ');
  const refuse = (why: string) => `${why}; chỉ dùng ${allowed}`;
  // Browsers drop tabs, newlines and control characters from URLs before reading the scheme.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return refuse(`địa chỉ «${value}» có dấu cách hoặc ký tự điều khiển`);
  if (value.startsWith('/')) {
    if (!kinds.site) return refuse(`«${value}» là đường dẫn trong trang, ở đây cần địa chỉ đầy đủ`);
    if (value.startsWith('//') || value.startsWith('/\\')) return refuse(`«${value}» không phải đường dẫn trong trang`);
    return undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return refuse(`«${value}» không phải là địa chỉ đầy đủ`);
  if (scheme === 'mailto' && kinds.mailto) return undefined;
  if (scheme === 'tel' && kinds.tel) return undefined;
  if (scheme !== 'https' && !(scheme === 'http' && kinds.http)) {
    if (scheme === 'http') return `địa chỉ «${value}» không an toàn (http://); hãy dùng địa chỉ https://`;
    return refuse(`địa chỉ «${value}» dùng giao thức ${scheme}: không được phép`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse(`«${value}» không phải là địa chỉ web hợp lệ`);
  }
  if (url.username || url.password) return refuse(`địa chỉ «${value}» có tên đăng nhập hoặc mật khẩu`);
  if (!url.hostname.includes('.')) return refuse(`địa chỉ «${value}» thiếu tên miền đầy đủ`);
  return undefined;
}

/** A URL-valued field: `label` is how editors call it; `kinds` what it may hold besides https. */
export function webAddress(label: string, kinds: AddressKinds = {}) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `bắt buộc: cần nhập ${label}` : `${label} phải là một địa chỉ`) })
    .trim()
    .superRefine((value, ctx) => {
      const problem = addressProblem(value, kinds);
      if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}` });
    })
    .meta({ [URL_META]: kinds });
}

/** Characters no one sees (zero-width space, soft hyphen, direction marks…), as the content check spells them out. */
export const INVISIBLE = /\p{Cf}/gu;

/** Text as an editor must read it in a message: invisible characters spelled out as <U+200B>. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
