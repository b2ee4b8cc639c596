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
