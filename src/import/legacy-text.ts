/**
 * Text typed with the legacy Vietnamese fonts (TCVN3 .VnTime, VNI-Times)
 * arrives in a UTF-8 or Windows-1258 page as the Windows-1252 characters of
 * its bytes («Uû ban nh©n d©n» for «Ủy ban nhân dân»). Lines that read so
 * (src/files/text-encoding.ts, the content check's own test) are converted
 * word by word; the rest of the text is left as it is.
 */
import { isLegacyLine, readAs, readLine } from '../files/text-encoding.ts';
import type { LegacyEncoding } from '../files/legacy-encodings.ts';

const WORD = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** `text` with its TCVN3 or VNI lines converted, and the encodings found (empty when none). */
export function fixLegacyText(text: string): { text: string; found: LegacyEncoding[] } {
  const found = new Set<LegacyEncoding>();
  // A cheap test first: legacy glyphs always include characters of Latin-1's upper half.
  if (!/[\u00a1-\u00ff]/.test(text)) return { text, found: [] };
  const lines = text.split('\n').map((line) => {
    if (!NON_ASCII.test(line)) return line;
    const encoding = isLegacyLine(readLine(line));
    if (!encoding) return line;
    found.add(encoding);
    return line.replace(WORD, (word) => (NON_ASCII.test(word) ? (readAs(word, encoding) ?? word) : word)).normalize('NFC');
  });
  return { text: lines.join('\n'), found: [...found] };
}
