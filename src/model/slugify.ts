/**
 * Vietnamese text → URL slug: `Đẩy mạnh cải cách` → `day-manh-cai-cach`.
 *
 * NFD-normalise, drop combining marks, map đ/Đ (which do not decompose) to d,
 * lowercase, and join runs of anything else with single hyphens.
 */
export function removeDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `2024/day-manh-cai-cach/index.md` and `2024/day-manh-cai-cach.md` → `day-manh-cai-cach`. */
export function entryId(relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const file = parts.pop()!;
  const name = /^index\.md$/i.test(file) ? (parts.pop() ?? '') : file.replace(/\.md$/i, '');
  return slugify(name);
}
