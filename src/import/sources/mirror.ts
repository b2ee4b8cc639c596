/**
 * A legacy portal saved by a site mirror (`wget --mirror`): a folder named
 * after the host, pages as `.html`, `.aspx`, `.php` or files without an
 * extension, photos and files beside them. Each page's old address is
 * rebuilt from its path (`bensoi.example.gov.vn/portal/Pages/2023-01-04/hop.aspx`
 * → `http://bensoi.example.gov.vn/portal/Pages/2023-01-04/hop.aspx`), the
 * query too (`tin.aspx?id=5`, or `tin.aspx@id=5` as wget writes it for
 * Windows). Pages are read one at a time: a mirror of thousands of pages is
 * never held whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SourcePage } from '../types.ts';

const PAGE_EXTENSION = /\.(html?|aspx?|php\d?|jsp|shtml|cfm)$/i;
const NOT_A_PAGE = /\.(jpe?g|png|gif|webp|bmp|svg|ico|css|js|json|xml|txt|pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|mp3|mp4|avi|wmv|flv|swf|woff2?|ttf|eot|map)$/i;
/** A folder named like a host: what wget names the top folder of a mirror. */
export const HOST_FOLDER = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?$/i;

/** The host folders of a mirror: `root` itself when it is one, else those inside it. */
export function mirrorHosts(root: string): string[] {
  if (HOST_FOLDER.test(path.basename(root))) return [root];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && HOST_FOLDER.test(entry.name))
    .map((entry) => path.join(root, entry.name))
    .sort();
}

/** The old address of the page saved at `relative` (with `/`) in the folder of `host`. */
export function addressOf(host: string, relative: string): string {
  let file = relative;
  let query = '';
  const mark = /[?@]/.exec(path.posix.basename(file));
  if (mark && (mark[0] === '?' || PAGE_EXTENSION.test(path.posix.basename(file).slice(0, mark.index)))) {
    const at = file.length - path.posix.basename(file).length + mark.index;
    query = `?${file.slice(at + 1)}`;
    file = file.slice(0, at);
  }
  // wget -E adds .html to pages served as HTML under another name (hop.aspx → hop.aspx.html).
  file = file.replace(/(\.(aspx?|php\d?|jsp|cfm))\.html?$/i, '$1');
  if (query) query = query.replace(/\.html?$/i, '');
  // A folder's page (`tin-tuc/index.html`) was the folder's address.
  file = file.replace(/(^|\/)index\.html?$/i, '$1');
  const encoded = file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%2C/gi, ',').replace(/%3A/gi, ':'))
    .join('/');
  return `http://${host}/${encoded}${query}`;
}

/** Whether the file at `full` is a page: by its extension, or for a file without one, by its first bytes. */
function isPage(full: string, name: string): boolean {
  const bare = name.replace(/[?@].*$/, '');
  if (NOT_A_PAGE.test(bare)) return false;
  if (PAGE_EXTENSION.test(bare) || PAGE_EXTENSION.test(name)) return true;
  if (path.extname(bare)) return false;
  const head = Buffer.alloc(512);
  const fd = fs.openSync(full, 'r');
  try {
    const read = fs.readSync(fd, head, 0, 512, 0);
    return /<(!doctype\s+html|html|head|body)\b/i.test(head.subarray(0, read).toString('latin1'));
  } finally {
    fs.closeSync(fd);
  }
}

/** Every page of the mirror at `root`, in the order of their paths. */
export async function* mirrorPages(root: string): AsyncGenerator<SourcePage> {
  const resolvedRoot = path.resolve(root);
  for (const hostDir of mirrorHosts(resolvedRoot)) {
    const host = path.basename(hostDir).toLowerCase();
    const mirrorRoot = path.dirname(hostDir);
    const walk = function* (dir: string, prefix: string): Generator<{ full: string; relative: string }> {
      const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        // Links are not followed: a mirror is files, and a link could lead anywhere on this machine.
        if (entry.isSymbolicLink()) continue;
        if (entry.isDirectory()) yield* walk(full, `${prefix}${entry.name}/`);
        else if (entry.isFile() && isPage(full, entry.name)) yield { full, relative: `${prefix}${entry.name}` };
      }
    };
    for (const { full, relative } of walk(hostDir, '')) {
      yield { url: addressOf(host, relative), bytes: fs.readFileSync(full), origin: 'mirror', mirrorRoot };
    }
  }
}
