/**
 * The one way a path written in content becomes a file the build reads:
 * photos, covers, galleries, attachments, document files and the emblem.
 *
 * Content is untrusted input: every pull request is built as a public
 * preview before anyone reviews it. So a path an editor writes may only name
 * a regular file inside the content folder, reached without leaving it:
 * no absolute path, no `..`, no symbolic link whose target lies outside
 * (a link to /proc/self/environ would publish the build's secrets). The
 * check (validate.ts) and the pages (attachments, the emblem, Astro's photo
 * fields in content.config.ts) call `resolveContentFile`, so there is no
 * second way in.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What a written path leads to. Every kind but `file` is refused. */
export type ContentFileKind = 'file' | 'missing' | 'absolute' | 'parent' | 'outside' | 'not-a-file';

export type Resolved = { ok: true; path: string } | { ok: false; kind: Exclude<ContentFileKind, 'file'>; message: string };

const realRoots = new Map<string, string>();

/** The content folder's own real path (it may itself sit behind a link, as in tests' temporary folders). */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (!real) {
    real = fs.realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

const inside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Is the written path absolute (any platform's spelling) or a URL? */
function isAbsoluteLike(written: string): boolean {
  return path.isAbsolute(written) || /^[a-z]:[\\/]/i.test(written) || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('\\') || written.startsWith('~');
}

/** How a resolved path stands: a regular file inside `root`, or why not. */
export function contentFileKind(root: string, file: string): ContentFileKind {
  if (!inside(path.resolve(root), file)) return 'outside';
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return fs.lstatSync(file, { throwIfNoEntry: false }) ? 'outside' : 'missing';
  }
  if (!inside(realRoot(root), real)) return 'outside';
  return fs.statSync(real).isFile() ? 'file' : 'not-a-file';
}

const MESSAGES: Record<Exclude<ContentFileKind, 'file'>, (written: string) => string> = {
  absolute: (w) => `đường dẫn «${w}» là đường dẫn tuyệt đối hoặc địa chỉ; chỉ ghi tên tệp đặt cạnh bài, ví dụ ./ten-tep.pdf`,
  parent: (w) => `đường dẫn «${w}» có «..» (ra khỏi thư mục của bài); hãy chép tệp vào cạnh tệp .md của bài và ghi ./ten-tep`,
  outside: (w) => `tệp «${w}» là liên kết (symlink) trỏ ra ngoài thư mục nội dung, không được đăng; hãy thay bằng chính tệp đó`,
  missing: (w) => `không tìm thấy tệp «${w}»; hãy đặt tệp cạnh tệp .md và ghi đúng tên (phân biệt chữ hoa, chữ thường)`,
  'not-a-file': (w) => `«${w}» không phải là một tệp (có thể là thư mục); hãy ghi tên tệp`,
};

/**
 * Resolve `written` (as in front matter or Markdown) relative to the
 * Markdown file `from`, or, with `from` null, relative to the content
 * folder (site.yaml's emblem). Nothing is read; only the path and, through
 * `kindOf` (the check's `Probe` records what it saw), the file system.
 */
export function resolveContentFile(root: string, from: string | null, written: string, kindOf: (root: string, file: string) => ContentFileKind = contentFileKind): Resolved {
  const refuse = (kind: Exclude<ContentFileKind, 'file'>): Resolved => ({ ok: false, kind, message: MESSAGES[kind](written) });
  if (!written || written.includes('\0') || isAbsoluteLike(written)) return refuse('absolute');
  if (written.split(/[\\/]/).includes('..')) return refuse('parent');
  const file = path.resolve(from ? path.dirname(from) : root, written);
  const kind = kindOf(root, file);
  return kind === 'file' ? { ok: true, path: file } : refuse(kind);
}

/** `resolveContentFile` for the pages: a refused path is an error (the check has already stopped such content). */
export function contentFile(root: string, from: string | null, written: string): string {
  const resolved = resolveContentFile(root, from, written);
  if (!resolved.ok) throw new Error(`${from ? path.relative(process.cwd(), from) : 'site.yaml'}: ${resolved.message}`);
  return resolved.path;
}

/**
 * Every file an entry's front matter names (photos under `src`, attachments
 * under `file`), resolved; the first refused path is thrown. The content
 * sync calls this before Astro's `image()` resolves a photo
 * (content.config.ts), so the pages never read a file the check refuses.
 */
export function assertEntryFiles(root: string, from: string, data: unknown): void {
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string' && (key === 'src' || key === 'file')) {
      const resolved = resolveContentFile(root, from, value);
      if (!resolved.ok) throw new Error(`${path.relative(process.cwd(), from)}: trường "${key}": ${resolved.message}`);
    } else if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [name, item] of Object.entries(value)) visit(item, name);
  };
  visit(data);
}
