/**
 * A page's bytes as text. The charset comes, in this order, from a byte
 * order mark, the server's Content-Type, the page's own `<meta>`; pages that
 * declare nothing are read as UTF-8, or, when they are not UTF-8, in the
 * legacy Vietnamese encoding their words read as (src/files/text-encoding.ts).
 * Windows-1258, common on older portals, writes most tones as combining
 * marks: the text is normalised to NFC (one character per letter and tone).
 */
import iconv from 'iconv-lite';
import { guessEncoding } from '../files/text-encoding.ts';

export interface DecodedPage {
  text: string;
  /** The charset the page was read in. */
  charset: string;
  /** What the report should say about it (a wrong declaration corrected, a guess). */
  note?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The charset named in a Content-Type value (`text/html; charset=windows-1258`). */
export function charsetOf(contentType: string | undefined): string | undefined {
  const found = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  return found?.toLowerCase();
}

/** The charset a page declares in its first bytes: `<meta charset>`, `<meta http-equiv content>` or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const meta = /<meta\b[^>]*\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return (meta ?? xml)?.toLowerCase();
}

/** Single-byte charsets that pages declare while sending UTF-8 (an old template's leftover). */
const MISDECLARED = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'us-ascii', 'ascii']);

const hasMultibyte = (bytes: Uint8Array) => bytes.some((byte) => byte >= 0x80);

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** `bytes` as NFC text, or an Error whose message (Vietnamese) says why the page cannot be read. */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage | Error {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    if (text !== undefined) return { text: text.normalize('NFC'), charset: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: iconv.decode(Buffer.from(bytes), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').normalize('NFC'), charset: 'utf-16' };
  }
  const declared = charsetOf(contentType) ?? declaredCharset(bytes);
  const asUtf8 = utf8(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    if (MISDECLARED.has(declared) && asUtf8 !== undefined && hasMultibyte(bytes)) {
      return { text: asUtf8.normalize('NFC'), charset: 'utf-8', note: `trang khai báo bảng mã ${declared} nhưng thực ra là UTF-8` };
    }
    if (!iconv.encodingExists(declared)) return new Error(`trang khai báo bảng mã «${declared}», không đọc được; hãy lưu lại trang bằng UTF-8 hoặc Windows-1258`);
    return { text: iconv.decode(Buffer.from(bytes), declared).normalize('NFC'), charset: declared };
  }
  if (asUtf8 !== undefined) return { text: asUtf8.normalize('NFC'), charset: 'utf-8' };
  // Not UTF-8, whatever it says: the legacy encoding its Vietnamese words read as.
  const { best } = guessEncoding(bytes);
  if (best) return { text: best.text, charset: best.encoding, note: `trang không phải UTF-8${declared ? ' như đã khai báo' : ''}; đã đọc bằng bảng mã ${best.encoding}` };
  return new Error(`không nhận ra bảng mã của trang (không phải UTF-8, Windows-1258, TCVN3 hay VNI)${declared ? `, dù trang khai báo ${declared}` : ''}`);
}
