/**
 * Content files are untrusted text: every Markdown file and site.yaml is read
 * through `decodeContent`, which accepts only UTF-8 that reads as Unicode
 * Vietnamese, and otherwise names the line and the command that fixes the
 * file (`npm run fix-encoding`, scripts/fix-encoding.ts, which uses `planFix`).
 *
 * What it recognises:
 * - bytes that are not UTF-8, as old editors and Word exports write them:
 *   most often Windows-1258, sometimes TCVN3 or VNI bytes. The file is read
 *   in each of these, line by line, and the reading in which its words are
 *   Vietnamese syllables is named;
 * - UTF-8 text holding TCVN3 or VNI "glyphs": text typed with .VnTime or
 *   VNI-Times fonts and pasted from an old Word document, which arrives as
 *   the Windows-1252 characters of its bytes («nh©n», «nhaân» for «nhân»).
 *   A word counts as such when it is not a Vietnamese syllable as written
 *   and becomes one when its characters are read as TCVN3 (or VNI) bytes; a
 *   line is reported when enough of its words do (see `isLegacyLine`);
 * - the replacement character «�», left where an editor once opened a file
 *   in the wrong encoding and saved it: those letters are lost.
 *
 * Text in another normalisation form than NFC (tone marks as combining
 * characters) is not a problem: schemas and the Markdown pipeline normalise
 * it (schemas.ts, markdown-nfc.ts).
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { ContentError } from './content-errors.ts';
import { decodeLegacy, glyphBytes, LEGACY_GLYPHS, type LegacyEncoding } from './legacy-encodings.ts';

export type SourceEncoding = 'windows-1258' | LegacyEncoding;
export const SOURCE_ENCODINGS: readonly SourceEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

/** Each encoding as editors know it. */
export const ENCODING_NAMES: Readonly<Record<SourceEncoding, string>> = {
  'windows-1258': 'Windows-1258 (bảng mã của Word và nhiều cổng thông tin cũ)',
  tcvn3: 'TCVN3 (ABC, phông .VnTime, .VnArial…)',
  vni: 'VNI (phông VNI-Times, VNI-Helve…)',
};

// ---------------------------------------------------------------- Vietnamese syllables

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Vowel groups that end a syllable, that need a final consonant, and that take one or not. */
const OPEN = 'iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu';
const CLOSED = 'uyê|iê|yê|oă|uâ|uô|ươ|oo|ă|â';
const EITHER = 'oa|oe|uê|uy|uơ|a|e|ê|i|o|ô|ơ|u|ư|y';
const FINAL = '(?:ch|ng|nh|[cmnpt])';
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN})|(?:${CLOSED})${FINAL}|(?:${EITHER})${FINAL}?)$`, 'u');
const STOP_FINAL = /(?:c|ch|p|t)$/u;

const syllables = new Map<string, boolean>();

/**
 * Whether `word` is spelt as one Vietnamese syllable: an initial consonant,
 * a vowel group, a final consonant, at most one tone, written in lower case,
 * capitalised or in capitals. `strict` adds that a syllable ending in
 * c, ch, p or t has the sắc or nặng tone (so «tèt», TCVN3 for «tốt», is not
 * one), a rule ordinary typing slips can break: the word as written is
 * checked leniently, its legacy reading strictly.
 */
export function isVietnameseSyllable(word: string, strict = true): boolean {
  const key = `${strict ? 's' : 'l'}${word}`;
  let known = syllables.get(key);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const cased = word === lower || word === upper || (word[0] === upper[0] && word.slice(1) === lower.slice(1));
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONE_MARK) ?? [];
  const base = decomposed.replace(TONE_MARK, '').normalize('NFC');
  known = cased && tones.length <= 1 && SYLLABLE.test(base) && !(strict && STOP_FINAL.test(base) && !['\u0301', '\u0323'].includes(tones[0] ?? ''));
  // Words repeat; the cache is bounded by clearing it, as a long run meets many one-off words.
  if (syllables.size > 50_000) syllables.clear();
  syllables.set(key, known);
  return known;
}

// ---------------------------------------------------------------- TCVN3 and VNI pasted as Unicode

/** A word: letters, and the characters TCVN3 turns letters into (©, ¸, µ, the soft hyphen, ×…). */
const WORD = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;
/** Vietnamese letters outside Latin-1 (ă, đ, ơ, ư, ạ…ỹ): pasted TCVN3 or VNI text has none. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** The word `word` is when its characters are read as `encoding` bytes, or undefined when they are not all Windows-1252 characters. */
export function readAs(word: string, encoding: LegacyEncoding): string | undefined {
  const bytes = glyphBytes(word);
  if (!bytes) return undefined;
  const read = decodeLegacy(bytes, encoding);
  // TCVN3 capitals with a tone were typed over lowercase codes in an all-capitals font (.VnTimeH):
  // in a word whose plain letters are capitals, all letters are.
  const plain = word.replace(/[^A-Za-z]/g, '');
  return encoding === 'tcvn3' && plain.length >= 2 && plain === plain.toUpperCase() ? read.toUpperCase() : read;
}

/** What `word` means when it is TCVN3 or VNI pasted as Unicode: not Vietnamese as written, a Vietnamese syllable with diacritics once read. */
export function legacyReading(word: string, encoding: LegacyEncoding): string | undefined {
  // A sign alone or before a number («·», «×», «§5») is no word; a word has a plain letter too.
  if (!NON_ASCII.test(word) || !/[A-Za-z]/.test(word) || isVietnameseSyllable(word, false)) return undefined;
  const read = readAs(word, encoding);
  return read !== undefined && read !== word && NON_ASCII.test(read) && isVietnameseSyllable(read) ? read : undefined;
}

export interface LineReading {
  /** Words on the line. */
  words: number;
  /** The words that read as Vietnamese in each encoding, with their reading. */
  found: Record<LegacyEncoding, { word: string; reading: string }[]>;
  /** Whether the line also holds Vietnamese letters that only Unicode has (so it is, at least partly, Unicode). */
  unicode: boolean;
}

export function readLine(line: string): LineReading {
  const reading: LineReading = { words: 0, found: { tcvn3: [], vni: [] }, unicode: UNICODE_VIETNAMESE.test(line) };
  for (const [word] of line.matchAll(WORD)) {
    reading.words++;
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const read = legacyReading(word, encoding);
      if (read) reading.found[encoding].push({ word, reading: read });
    }
  }
  return reading;
}

/**
 * A line is TCVN3 (or VNI) pasted as Unicode when at least MIN_FOUND of its
 * words, and at least DENSITY of them, read as Vietnamese only in that
 * encoding. Measured on the sentences of tests/files/text-encoding.test.ts:
 * legacy lines have 0.5 to 1 of their words found, Unicode, English and
 * lines with ©, °, ±, · or a foreign name none or one.
 */
export const MIN_FOUND = 2;
export const DENSITY = 0.2;

/** The encoding a line is pasted in, if it is (the one with more words found). */
export function isLegacyLine(reading: LineReading): LegacyEncoding | undefined {
  const encoding = reading.found.vni.length > reading.found.tcvn3.length ? 'vni' : 'tcvn3';
  const found = reading.found[encoding].length;
  return found >= MIN_FOUND && found >= DENSITY * reading.words ? encoding : undefined;
}

/** Characters of legacy glyphs that Unicode Vietnamese does not use as letters. */
const STRONG_GLYPHS = [...LEGACY_GLYPHS].filter((char) => !/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/.test(char)).join('');
/**
 * Cheap test of a whole file before its lines are read: legacy glyphs of
 * that kind, a capital Latin-1 letter inside a lowercase word (TCVN3 «ViÖt»),
 * or a VNI mark after a vowel that no Vietnamese word puts there («aâ», «eù»).
 * Pasted TCVN3 or VNI text of more than a few words always has one.
 */
// Each pair is written as its second character, then what comes before it: text is mostly ASCII and
// Vietnamese letters, which fail the first test at once (three times as fast as the pairs written in order).
const MAY_BE_LEGACY = new RegExp(`[${STRONG_GLYPHS}]|(?<=[a-z])[\\u00c0-\\u00de]|(?<=[aA])[âáàãéèêúùõÂÁÀÃÉÈÊÚÙÕ]|(?<=[eE])[âáàãùõÂÁÀÃÙÕ]|(?<=[oO])[âùõÂÙÕ]|(?<=[uUyY])[ùõÙÕ]`, 'u');

// ---------------------------------------------------------------- reading a content file

export interface EncodingProblem {
  line: number;
  message: string;
}

export type ContentText = { text: string; problem?: undefined } | { problem: EncodingProblem; text?: undefined };

// A byte order mark is kept, as `fs.readFileSync(file, 'utf8')` kept it: the readers skip it themselves.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The command that converts `shown`, as the editor can paste it. */
export function fixCommand(shown: string, from?: SourceEncoding): string {
  const file = /^[\w./-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`;
  return `npm run fix-encoding -- ${file}${from ? ` --from ${from}` : ''}`;
}

const excerpt = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
};

/** A file's bytes as `shown`'s text, or the problem that keeps it from being read as Vietnamese. */
export function decodeContent(bytes: Uint8Array, shown: string): ContentText {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { problem: notUtf8(bytes, shown) };
  }
  const problem = textProblem(text, shown);
  return problem ? { problem } : { text };
}

/** `decodeContent` of a file. */
export function readContentText(file: string, shown: string): ContentText {
  return decodeContent(fs.readFileSync(file), shown);
}

/** The text of a file, or a ContentError naming its line (for site.yaml, read outside the content check's loop). */
export function readContentTextOrThrow(file: string, shown: string): string {
  const read = readContentText(file, shown);
  if (read.problem) throw new ContentError([`${shown}:${read.problem.line}: ${read.problem.message}`]);
  return read.text;
}

/** The first line of valid UTF-8 text that is pasted TCVN3 or VNI, or holds «�». */
function textProblem(text: string, shown: string): EncodingProblem | undefined {
  const replacement = text.includes('\ufffd');
  if (!replacement && !MAY_BE_LEGACY.test(text)) return undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\ufffd')) {
      return {
        line: i + 1,
        message:
          'dòng này có ký tự lỗi «\ufffd»: chữ ở đó đã mất khi tệp từng được mở hoặc lưu sai bảng mã, và không thể tự khôi phục; hãy gõ lại những chữ đó (hoặc chép lại từ văn bản gốc)',
      };
    }
    if (!NON_ASCII.test(line)) continue;
    const reading = readLine(line);
    const encoding = isLegacyLine(reading);
    if (encoding) {
      const { word, reading: read } = reading.found[encoding][0]!;
      return {
        line: i + 1,
        message: `dòng này có chữ gõ bằng bảng mã cũ ${ENCODING_NAMES[encoding]} dán vào nên hiện sai, ví dụ «${word}» là «${read}»; hãy chuyển tệp sang Unicode bằng lệnh: ${fixCommand(shown, encoding)}`,
      };
    }
  }
  return undefined;
}

/** The lines of `bytes` (split at \n, which no UTF-8 sequence holds), each without its \n. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function utf8Line(line: Uint8Array): string | undefined {
  try {
    return UTF8.decode(line);
  } catch {
    return undefined;
  }
}

/** One line of bytes read as `encoding`, NFC. */
function decodeLine(line: Uint8Array, encoding: SourceEncoding): string {
  return encoding === 'windows-1258' ? iconv.decode(line, 'windows1258').normalize('NFC') : decodeLegacy(line, encoding);
}

export interface BytesReading {
  encoding: SourceEncoding;
  /** The whole file: lines that are UTF-8 as they are, the others read as `encoding`. */
  text: string;
  /** The lines read as `encoding` (1-based). */
  lines: number[];
  /** Words with a letter beyond ASCII on those lines, and how many of them are Vietnamese syllables. */
  words: number;
  vietnamese: number;
}

/** `bytes` read as `encoding`: each line that is not UTF-8 is decoded as `encoding`. */
export function readBytesAs(bytes: Uint8Array, encoding: SourceEncoding): BytesReading {
  const reading: BytesReading = { encoding, text: '', lines: [], words: 0, vietnamese: 0 };
  reading.text = byteLines(bytes)
    .map((line, i) => {
      const utf8 = utf8Line(line);
      if (utf8 !== undefined) return utf8;
      reading.lines.push(i + 1);
      const text = decodeLine(line, encoding);
      for (const [word] of text.matchAll(/[\p{L}\p{M}\u00a1-\u00bf\ufffd\u0080-\u009f]+/gu)) {
        if (!NON_ASCII.test(word)) continue;
        reading.words++;
        if (isVietnameseSyllable(word)) reading.vietnamese++;
      }
      return text;
    })
    .join('\n');
  return reading;
}

/** Share of a reading's words that are Vietnamese (1 when it has none to judge). */
const share = (reading: BytesReading) => (reading.words ? reading.vietnamese / reading.words : 1);

/** The least share of Vietnamese words a reading needs, and the lead it needs over a different second reading. */
const PLAUSIBLE = 0.7;
const LEAD = 0.2;

/**
 * The encoding bytes that are not UTF-8 are in, when one reading is clearly
 * Vietnamese; else undefined. Readings are ranked by their share of
 * Vietnamese words; on a tie Windows-1258 comes first, as the most common.
 */
export function guessEncoding(bytes: Uint8Array): { best?: BytesReading; readings: BytesReading[] } {
  const readings = SOURCE_ENCODINGS.map((encoding) => readBytesAs(bytes, encoding)).sort((a, b) => share(b) - share(a));
  const [first, second] = readings as [BytesReading, BytesReading];
  const clear = share(first) >= PLAUSIBLE && !(second.text !== first.text && second.words > 0 && share(second) > share(first) - LEAD);
  return { best: clear ? first : undefined, readings };
}

/** The problem of bytes that are not UTF-8: the line of the first bad byte, the encoding they seem to be in, the command. */
function notUtf8(bytes: Uint8Array, shown: string): EncodingProblem {
  const line = byteLines(bytes).findIndex((bytesOfLine) => utf8Line(bytesOfLine) === undefined) + 1;
  const { best } = guessEncoding(bytes);
  const start = 'tệp không được lưu bằng bảng mã UTF-8 (byte sai đầu tiên ở dòng này), nên chữ tiếng Việt sẽ hiện thành ký tự lỗi';
  if (!best) {
    return {
      line,
      message: `${start}, và không đoán được tệp được lưu bằng bảng mã nào; hãy mở tệp bằng trình soạn thảo, chọn đúng bảng mã rồi lưu lại dạng UTF-8, hoặc nếu biết bảng mã gốc thì chạy: ${fixCommand(shown, 'windows-1258')} (hoặc --from tcvn3, --from vni)`,
    };
  }
  const read = best.text.split('\n')[line - 1] ?? '';
  return {
    line,
    message: `${start}; tệp có vẻ được lưu bằng bảng mã ${ENCODING_NAMES[best.encoding]}, đọc theo bảng mã đó dòng này là «${excerpt(read)}». Hãy chuyển tệp sang UTF-8 bằng lệnh: ${fixCommand(shown, best.encoding)}`,
  };
}

// ---------------------------------------------------------------- converting (npm run fix-encoding)

/**
 * `text` as Windows-1258 bytes, the way Word saves it: a letter Windows-1258
 * has as one character is one byte, any other is its letter (â, ơ…) and its
 * tone as a combining mark. Throws on a character Windows-1258 cannot hold.
 */
export function encodeWindows1258(text: string): Buffer {
  const parts = [...text.normalize('NFC')].map((char) => {
    const whole = iconv.encode(char, 'windows1258');
    if (char === '?' || !whole.equals(Buffer.from('?'))) return whole;
    const decomposed = char.normalize('NFD');
    const tone = decomposed.match(TONE_MARK)?.join('') ?? '';
    const split = iconv.encode(decomposed.replace(TONE_MARK, '').normalize('NFC') + tone, 'windows1258');
    if (split.includes(0x3f)) throw new Error(`Windows-1258 has no «${char}»`);
    return split;
  });
  return Buffer.concat(parts);
}

export type FixPlan = { status: 'unchanged' } | { status: 'fixed'; text: string; from: SourceEncoding | 'nfc'; lines: number[] } | { status: 'refused'; reason: string };

const percent = (reading: BytesReading) => `${Math.round(share(reading) * 100)} %`;

/** A line of pasted TCVN3 or VNI, converted: the whole line when it has no Unicode Vietnamese, else only the words found. */
function convertLine(line: string, reading: LineReading, encoding: LegacyEncoding): string {
  if (reading.unicode) {
    const found = new Map(reading.found[encoding].map(({ word, reading: read }) => [word, read]));
    return line.replace(WORD, (word) => found.get(word) ?? word);
  }
  return line.replace(WORD, (word) => {
    if (!NON_ASCII.test(word)) return word;
    const read = readAs(word, encoding);
    // A sign standing alone («©», «§ 3») stays, unless it reads as a word («ë» is «ở»).
    return read !== undefined && (isVietnameseSyllable(read) || /[A-Za-z]/.test(word)) ? read : word;
  });
}

/**
 * What `npm run fix-encoding` does to a file: bytes that are not UTF-8 are
 * read as `from` (or the encoding `guessEncoding` finds); UTF-8 text is
 * searched for lines of pasted TCVN3 or VNI (`from`, or the encoding most of
 * them are in), which are converted. The result is NFC. A file it cannot
 * decide on is refused, with the reason.
 */
export function planFix(bytes: Uint8Array, from?: SourceEncoding): FixPlan {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const reading = from ? readBytesAs(bytes, from) : guessEncoding(bytes).best;
    if (!reading) {
      const { readings } = guessEncoding(bytes);
      const shares = readings.map((r) => `${r.encoding} ${percent(r)}`).join(', ');
      return {
        status: 'refused',
        reason: `tệp không phải UTF-8 và không đoán được bảng mã (số từ đọc ra tiếng Việt: ${shares}); hãy chỉ rõ bảng mã bằng --from windows-1258, --from tcvn3 hoặc --from vni`,
      };
    }
    return { status: 'fixed', text: reading.text.normalize('NFC'), from: reading.encoding, lines: reading.lines };
  }
  if (from === 'windows-1258') {
    return { status: 'refused', reason: 'tệp đã là UTF-8 hợp lệ, không phải Windows-1258; chạy lại lệnh không kèm --from để tìm chữ TCVN3 hoặc VNI dán vào' };
  }
  const lines = text.split('\n');
  const readings = lines.map((line) => (NON_ASCII.test(line) ? readLine(line) : undefined));
  let encoding = from as LegacyEncoding | undefined;
  if (!encoding) {
    const counts = { tcvn3: 0, vni: 0 };
    for (const reading of readings) {
      const found = reading && isLegacyLine(reading);
      if (found) counts[found] += reading.found[found].length;
    }
    encoding = counts.vni > counts.tcvn3 ? 'vni' : 'tcvn3';
    const other = encoding === 'vni' ? counts.tcvn3 : counts.vni;
    if (counts[encoding] === 0) encoding = undefined;
    else if (other >= counts[encoding] / 4) {
      return {
        status: 'refused',
        reason: `tệp có cả dòng giống TCVN3 (${counts.tcvn3} từ) lẫn dòng giống VNI (${counts.vni} từ), không quyết định được; hãy chỉ rõ bằng --from tcvn3 hoặc --from vni`,
      };
    }
  }
  const converted: number[] = [];
  if (encoding) {
    const legacy = encoding;
    text = lines
      .map((line, i) => {
        const reading = readings[i];
        const found = reading?.found[legacy].length ?? 0;
        // A line more of the other encoding is left for a run with that --from (and named by the check after this one).
        if (!reading || found === 0 || found < reading.found[legacy === 'vni' ? 'tcvn3' : 'vni'].length) return line;
        converted.push(i + 1);
        return convertLine(line, reading, legacy);
      })
      .join('\n');
    if (from && converted.length === 0) return { status: 'refused', reason: `không thấy dòng nào gõ bằng ${ENCODING_NAMES[from]} trong tệp; tệp giữ nguyên` };
  }
  const nfc = text.normalize('NFC');
  if (encoding && converted.length > 0) return { status: 'fixed', text: nfc, from: encoding, lines: converted };
  return nfc === text ? { status: 'unchanged' } : { status: 'fixed', text: nfc, from: 'nfc', lines: [] };
}
