/**
 * A photo or file an article links to, fetched from where its page came
 * from: read from the mirror's folder (only a regular file inside it: a
 * mirror is untrusted input too, and a link or `..` could reach anything on
 * this machine), or downloaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fetchUrl } from './fetcher.ts';
import type { SourcePage } from './types.ts';

const MAX_BYTES = 40 * 1024 * 1024;

/** Candidate files of a mirror for `url`: its path, and the names wget gives an address with a query. */
function mirrorCandidates(root: string, url: URL): string[] {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = url.pathname;
  }
  const base = path.join(root, url.host.toLowerCase(), pathname);
  const search = url.search ? [`${base}${url.search}`, `${base}@${url.search.slice(1)}`] : [];
  return [...search, base];
}

/** The bytes of `url` as the page `page` links to it, or an Error (Vietnamese) saying why not. */
export async function readResource(url: string, page: Pick<SourcePage, 'origin' | 'mirrorRoot'>): Promise<Uint8Array | Error> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return new Error(`địa chỉ «${url}» không hợp lệ`);
  }
  if (page.origin === 'mirror' && page.mirrorRoot) {
    const root = fs.realpathSync(page.mirrorRoot);
    for (const candidate of mirrorCandidates(root, parsed)) {
      const resolved = path.resolve(candidate);
      if (!resolved.startsWith(root + path.sep)) return new Error(`«${url}» nằm ngoài thư mục bản lưu`);
      const stat = fs.lstatSync(resolved, { throwIfNoEntry: false });
      if (!stat) continue;
      if (!stat.isFile()) return new Error(`«${url}» trong bản lưu không phải là tệp (liên kết hoặc thư mục)`);
      if (stat.size > MAX_BYTES) return new Error(`«${url}» quá lớn (${Math.round(stat.size / 1024 / 1024)} MB)`);
      return fs.readFileSync(resolved);
    }
    // A photo of a host the mirror holds is missing from it; one of another host (a CDN) is fetched, as a browser would.
    if (fs.existsSync(path.join(root, parsed.host.toLowerCase()))) return new Error(`không có tệp «${decodeURI(parsed.pathname)}» trong bản lưu`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return new Error(`«${url}» không phải địa chỉ web`);
  const fetched = await fetchUrl(url, { maxBytes: MAX_BYTES });
  if (fetched instanceof Error) return fetched;
  if (fetched.status >= 400) return new Error(`${url}: máy chủ trả lời ${fetched.status}`);
  return fetched.bytes;
}
