/**
 * The two 8-bit Vietnamese encodings of the 1990s and 2000s that old Word
 * documents still carry, as tables written from their public code charts:
 *
 * - TCVN3 (TCVN 5712:1993 VN3, "ABC"; fonts .VnTime, .VnArial…): one byte
 *   per letter, lowercase letters with every tone, the seven uppercase
 *   letters without tone (Ă Â Ê Ô Ơ Ư Đ); capitals with a tone were typed
 *   in an all-capitals font (.VnTimeH) over the lowercase codes.
 * - VNI (fonts VNI-Times, VNI-Helve…): a base letter followed by one byte
 *   for its marks (circumflex or breve, with or without a tone, or a tone
 *   alone); ơ, ư, đ, the i with tones and ỵ are single bytes.
 *
 * Both keep ASCII as it is. Text typed in them and pasted into a Unicode
 * editor arrives as the Windows-1252 characters of its bytes ("glyphs"):
 * TCVN3 «Uû ban nh©n d©n x·», VNI «UÛy ban nhaân daân xaõ» for «Ủy ban nhân
 * dân xã». `glyphBytes` turns such characters back into the bytes.
 *
 * Windows-1258 is left to iconv-lite (text-encoding.ts).
 */
import iconv from 'iconv-lite';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** TCVN3 (VN3): byte → letter, for the bytes that are not ASCII. */
const TCVN3: Readonly<Record<number, string>> = {
  0xa0: '\u00a0',
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
};

/** Combining marks: the circumflex, breve and horn that make a letter, and the five tones. */
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';
const TONES = { grave: '\u0300', acute: '\u0301', tilde: '\u0303', hook: '\u0309', dot: '\u0323' } as const;
const TONE_MARKS = new Set<string>(Object.values(TONES));

/** VNI: the byte after a vowel and the marks it adds; the upper-case byte follows an upper-case vowel. */
const VNI_MARKS: readonly [lower: number, upper: number, marks: string][] = [
  [0xf9, 0xd9, TONES.acute],
  [0xf8, 0xd8, TONES.grave],
  [0xfb, 0xdb, TONES.hook],
  [0xf5, 0xd5, TONES.tilde],
  [0xef, 0xcf, TONES.dot],
  [0xe2, 0xc2, CIRCUMFLEX],
  [0xe1, 0xc1, CIRCUMFLEX + TONES.acute],
  [0xe0, 0xc0, CIRCUMFLEX + TONES.grave],
  [0xe5, 0xc5, CIRCUMFLEX + TONES.hook],
  [0xe3, 0xc3, CIRCUMFLEX + TONES.tilde],
  [0xe4, 0xc4, CIRCUMFLEX + TONES.dot],
  [0xea, 0xca, BREVE],
  [0xe9, 0xc9, BREVE + TONES.acute],
  [0xe8, 0xc8, BREVE + TONES.grave],
  [0xfa, 0xda, BREVE + TONES.hook],
  [0xfc, 0xdc, BREVE + TONES.tilde],
  [0xeb, 0xcb, BREVE + TONES.dot],
];

/** VNI: the letters that are one byte of their own. */
const VNI_LETTERS: Readonly<Record<number, string>> = {
  0xf4: 'ơ',
  0xd4: 'Ơ',
  0xf6: 'ư',
  0xd6: 'Ư',
  0xf1: 'đ',
  0xd1: 'Đ',
  0xed: 'í',
  0xcd: 'Í',
  0xec: 'ì',
  0xcc: 'Ì',
  0xe6: 'ỉ',
  0xc6: 'Ỉ',
  0xf3: 'ĩ',
  0xd3: 'Ĩ',
  0xf2: 'ị',
  0xd2: 'Ị',
  0xee: 'ỵ',
  0xce: 'Ỵ',
};

const VNI_MARK_OF = new Map<number, string>(
  VNI_MARKS.flatMap(([lower, upper, marks]) => [
    [lower, marks],
    [upper, marks],
  ]),
);

/** Windows-1252: byte → character (bytes it leaves undefined are absent), and back. */
const CP1252 = [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows1252')];
const CP1252_BYTE = new Map<string, number>(CP1252.flatMap((char, byte) => (char === '\ufffd' ? [] : [[char, byte]])));

/**
 * The characters that pasted TCVN3 or VNI text shows for its bytes beyond
 * ASCII (the no-break space, the same in both, left out).
 */
export const LEGACY_GLYPHS: string = [...new Set([...Object.keys(TCVN3), ...Object.keys(VNI_LETTERS), ...VNI_MARK_OF.keys()].map(Number))]
  .filter((byte) => byte !== 0xa0)
  .map((byte) => CP1252[byte]!)
  .join('');

/** The bytes whose Windows-1252 characters `text` is made of, or undefined when a character is none of them. */
export function glyphBytes(text: string): number[] | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = CP1252_BYTE.get(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return bytes;
}

/** The characters Windows-1252 shows for `bytes`: what a legacy-font text looks like once pasted as Unicode. */
export function glyphs(bytes: ArrayLike<number>): string {
  return Array.from(bytes, (byte) => CP1252[byte] ?? '\ufffd').join('');
}

const isVowel = (char: string) => /^[aeiouy]$/i.test(char.normalize('NFD')[0] ?? '');

/**
 * Vietnamese text (NFC) from TCVN3 or VNI bytes. A byte that means nothing
 * in the encoding (or a VNI mark byte after something that is not a vowel)
 * stays the Windows-1252 character it shows as.
 */
export function decodeLegacy(bytes: ArrayLike<number>, encoding: LegacyEncoding): string {
  let out = '';
  // The last character written, while VNI marks may still join it (a vowel with no marks yet).
  let last = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const marks = encoding === 'vni' ? VNI_MARK_OF.get(byte) : undefined;
    if (marks && isVowel(last)) {
      // Written after the vowel; NFC below makes one letter of them.
      out += marks;
      last = '';
      continue;
    }
    last = byte < 0x80 ? String.fromCharCode(byte) : ((encoding === 'tcvn3' ? TCVN3[byte] : VNI_LETTERS[byte]) ?? CP1252[byte]!);
    out += last;
  }
  return out.normalize('NFC');
}

/** The TCVN3 byte of each letter; capitals with a tone take their lowercase letter's byte (the all-capitals fonts drew those). */
const TCVN3_BYTE = new Map<string, number>(Object.entries(TCVN3).map(([byte, char]) => [char, Number(byte)]));

/** `text` (Vietnamese, ASCII) as TCVN3 bytes; throws on a character TCVN3 cannot hold. */
export function encodeTcvn3(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const byte = char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : (TCVN3_BYTE.get(char) ?? TCVN3_BYTE.get(char.toLowerCase()));
    if (byte === undefined) throw new Error(`TCVN3 has no «${char}»`);
    bytes.push(byte);
  }
  return bytes;
}

const VNI_LETTER_BYTE = new Map<string, number>(Object.entries(VNI_LETTERS).map(([byte, char]) => [char, Number(byte)]));
const VNI_MARK_BYTE = new Map<string, [number, number]>(VNI_MARKS.map(([lower, upper, marks]) => [marks, [lower, upper]]));

/** `text` (Vietnamese, ASCII) as VNI bytes; throws on a character VNI cannot hold. */
export function encodeVni(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const single = char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : VNI_LETTER_BYTE.get(char);
    if (single !== undefined) {
      bytes.push(single);
      continue;
    }
    const [base = '', ...marks] = char.normalize('NFD');
    const tone = marks.find((mark) => TONE_MARKS.has(mark)) ?? '';
    const shape = marks.find((mark) => !TONE_MARKS.has(mark)) ?? '';
    // ơ and ư (a horn) are letters of their own in VNI, and their tone follows as a mark.
    const letter = shape === HORN ? VNI_LETTER_BYTE.get((base + HORN).normalize('NFC')) : base.charCodeAt(0);
    const mark = shape === HORN ? tone : shape + tone;
    const markBytes = mark ? VNI_MARK_BYTE.get(mark) : undefined;
    if (!/^[a-z]$/i.test(base) || letter === undefined || (mark && !markBytes)) throw new Error(`VNI has no «${char}»`);
    bytes.push(letter);
    if (markBytes) bytes.push(base === base.toLowerCase() ? markBytes[0] : markBytes[1]);
  }
  return bytes;
}
