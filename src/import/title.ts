/**
 * Titles as legacy portals write them: often in capitals («HỘI NGHỊ TỔNG
 * KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022»), often with the portal's
 * name after a separator in `<title>`. Capitals become sentence case; words
 * that are not Vietnamese syllables (UBND, HĐND, PAR, OCOP, XII) stay in
 * capitals, and names keep the capitals the article's own text gives them
 * («xã Bình Phú» in the text → «Bình Phú» in the title).
 */
import { isVietnameseSyllable } from '../files/text-encoding.ts';

/** A title mostly in capitals: at least 8 letters, nine in ten of them upper case. */
export function isAllCaps(title: string): boolean {
  const letters = [...title].filter((c) => /\p{L}/u.test(c) && c.toLowerCase() !== c.toUpperCase());
  if (letters.length < 8) return false;
  return letters.filter((c) => c === c.toUpperCase()).length >= 0.9 * letters.length;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * How the article's text writes each word when it is not starting a
 * sentence: the capitalised spelling of a word written so more often than
 * in lower case (names of places, people, bodies).
 */
export function learnedCasing(text: string): Map<string, string> {
  const counts = new Map<string, { capital: number; lower: number; spelling: string }>();
  for (const sentence of text.split(/(?<=[.!?:;…])\s+|\n+/)) {
    const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
    words.slice(1).forEach((word) => {
      const key = word.toLowerCase();
      const entry = counts.get(key) ?? { capital: 0, lower: 0, spelling: word };
      if (word === key) entry.lower++;
      else if (word[0] === word[0]!.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase()) {
        entry.capital++;
        entry.spelling = word;
      }
      counts.set(key, entry);
    });
  }
  const casing = new Map<string, string>();
  for (const [key, { capital, lower, spelling }] of counts) if (capital > lower) casing.set(key, spelling);
  return casing;
}

/** `title` in sentence case, acronyms and numerals kept, names cased as `text` writes them. */
export function sentenceCase(title: string, text = ''): string {
  const casing = learnedCasing(text);
  let first = true;
  return title.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    let out: string;
    // Not a syllable of Vietnamese: an acronym (UBND, HĐND, CCHC), a Roman numeral, a code: kept as written.
    if (/\d/.test(word) || !isVietnameseSyllable(lower)) out = word;
    else out = casing.get(lower) ?? lower;
    if (first) out = out[0]!.toUpperCase() + out.slice(1);
    first = false;
    return out;
  });
}

/** Separators between an article's title and the portal's name in `<title>`. */
const SITE_SUFFIX = /\s+(?:[-–—|»:]|::)\s+[^-–—|»]+$/;

/**
 * The title as readers should see it: spaces collapsed, the portal's name
 * after a separator dropped when another source (`heading`) confirms the rest.
 */
export function cleanTitle(raw: string, heading?: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const short = title.replace(SITE_SUFFIX, '').trim();
  if (heading) {
    const h = heading.replace(/\s+/g, ' ').trim();
    if (h.length >= 10) return h;
  }
  return short.length >= 10 ? short : title;
}
