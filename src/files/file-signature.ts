/**
 * Whether an attachment (notice and article attachments, document files) is
 * what its extension says. Readers trust «(PDF, 46 KB)» next to a link, so a
 * program or an archive renamed `.pdf`, or an empty file, must not be
 * published under that name. The file's first bytes are read by file-type
 * (a well-kept library of magic numbers) and compared with the extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { portalCacheDir } from '../config/cache-dir.ts';
import { fileStamp } from './file-stamp.ts';
import { ATTACHMENT_TYPES } from '../model/attachment-types.ts';

/** Enough bytes for file-type to tell every type above apart (ZIP-based office files need their first entries). */
const SAMPLE_BYTES = 64 * 1024;

/** What is wrong with an attachment's content, in Vietnamese, or undefined when it is what its name says. */
export async function attachmentProblem(file: string, written: string): Promise<string | undefined> {
  const extension = path.extname(file).slice(1).toLowerCase();
  const expected = ATTACHMENT_TYPES[extension];
  if (!expected)
    return `tệp «${written}» có đuôi .${extension} không được đăng; chỉ dùng ${Object.values(ATTACHMENT_TYPES)
      .map((t) => t.label)
      .join(', ')}`;
  const handle = fs.openSync(file, 'r');
  let sample: Buffer;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    sample = buffer.subarray(0, fs.readSync(handle, buffer, 0, SAMPLE_BYTES, 0));
  } finally {
    fs.closeSync(handle);
  }
  if (sample.length === 0) return `tệp «${written}» trống (0 byte); hãy chép lại tệp gốc`;
  const found = await fileTypeFromBuffer(sample);
  if (found && expected.detected.includes(found.ext)) return undefined;
  const what = found ? `thực ra là tệp ${found.ext.toUpperCase()}` : 'không đọc được như tệp loại này';
  return `tệp «${written}» có đuôi .${extension} nhưng ${what}; hãy mở tệp gốc và lưu lại đúng định dạng ${expected.label}, hoặc đổi đúng đuôi tệp`;
}

/** A file named by an entry, for `checkAttachmentFiles`. */
export interface NamedFile {
  /** Absolute path. */
  path: string;
  /** As the editor wrote it. */
  written: string;
}

/** Bump when the rules change, so that files passed by older rules are read again. */
const CHECK_VERSION = 1;

/**
 * The attachments whose content is not what their name says, each with its
 * problem. Files that passed are remembered by their stamp (size, times,
 * inode: file-stamp.ts) in `cacheFile`, so a rebuild reads only new or
 * changed files; `false` turns the memory off.
 */
export async function checkAttachmentFiles<U extends NamedFile>(
  uses: readonly U[],
  cacheFile: string | false = path.join(portalCacheDir('attachment-check'), 'passed.json'),
): Promise<{ use: U; problem: string }[]> {
  let passed: Record<string, string> = {};
  if (cacheFile && fs.existsSync(cacheFile)) {
    try {
      const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { version: number; passed: Record<string, string> };
      if (saved.version === CHECK_VERSION) passed = saved.passed;
    } catch {
      // A damaged cache file is ignored and rewritten.
    }
  }
  const now: Record<string, string> = {};
  const bad: { use: U; problem: string }[] = [];
  for (const use of uses) {
    const stamp = fileStamp(use.path);
    if (passed[use.path] === stamp || now[use.path] === stamp) {
      now[use.path] = stamp;
      continue;
    }
    const problem = await attachmentProblem(use.path, use.written);
    if (problem) bad.push({ use, problem });
    else now[use.path] = stamp;
  }
  if (cacheFile) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ version: CHECK_VERSION, passed: now }));
    fs.renameSync(temporary, cacheFile);
  }
  return bad;
}

/**
 * Why an SVG emblem cannot be published as it is, or undefined. The emblem is
 * published byte for byte on every page's header, so anything active in it
 * (scripts, event handlers, links, content from elsewhere) is refused; an
 * emblem is shapes and colours.
 */
export function svgProblem(text: string): string | undefined {
  const rules: [RegExp, string][] = [
    [/<script\b/i, 'có mã <script>'],
    [/\son[a-z]+\s*=/i, 'có thuộc tính sự kiện (on…=) chạy mã JavaScript'],
    [/javascript:|vbscript:|data:text\/html/i, 'có địa chỉ javascript:'],
    [/<foreignObject\b|<iframe\b|<embed\b|<object\b/i, 'nhúng nội dung HTML'],
    [/<!ENTITY|<!DOCTYPE[^>]*\[/i, 'khai báo thực thể XML (ENTITY)'],
    [/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)[^"']/i, 'có liên kết hoặc tham chiếu tới tệp khác (href)'],
    [/url\(\s*["']?\s*(?!#)[a-z]+:/i, 'lấy nội dung từ địa chỉ khác (url(…))'],
    [/@import/i, 'nạp kiểu trình bày từ nơi khác (@import)'],
  ];
  if (!/<svg\b/i.test(text)) return 'tệp không phải hình SVG (không có thẻ <svg>)';
  const found = rules.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
  return found.length ? `biểu trưng SVG ${found.join(', ')}; hãy xuất lại biểu trưng chỉ gồm hình và màu (hoặc dùng tệp PNG)` : undefined;
}
