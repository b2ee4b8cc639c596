/**
 * Getting a legacy portal's pages and files over HTTP: one request at a time
 * per crawl, a timeout, a size limit, redirects followed by hand (a loop is an
 * error, and a crawl can tell when a page moved to another host).
 */

export interface Fetched {
  /** The address that answered, after redirects. */
  url: string;
  status: number;
  contentType?: string;
  bytes: Uint8Array;
}

export interface FetchOptions {
  /** Milliseconds before a request is given up. */
  timeout?: number;
  /** Bytes a response may hold. */
  maxBytes?: number;
  userAgent?: string;
}

/** Sent with every request (HTTP headers are ASCII), and matched against robots.txt. */
export const USER_AGENT = 'CongThongTinImport/1.0 (+npm run import)';
const MAX_REDIRECTS = 5;

/** `url`, following up to five redirects; an Error (Vietnamese) for a loop, a timeout, a body too large or an unreachable host. */
export async function fetchUrl(url: string, { timeout = 30_000, maxBytes = 40 * 1024 * 1024, userAgent = USER_AGENT }: FetchOptions = {}): Promise<Fetched | Error> {
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (seen.has(current)) return new Error(`vòng lặp chuyển hướng: ${[...seen, current].join(' → ')}`);
    seen.add(current);
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(timeout), headers: { 'User-Agent': userAgent, Accept: '*/*' } });
    } catch (error) {
      const why =
        (error as Error).name === 'TimeoutError'
          ? `không trả lời sau ${Math.round(timeout / 1000)} giây`
          : `không kết nối được (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message})`;
      return new Error(`${current}: ${why}`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      current = new URL(response.headers.get('location')!, current).href;
      continue;
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await response.body?.cancel();
      return new Error(`${current}: tệp quá lớn (${Math.round(declared / 1024 / 1024)} MB)`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += (chunk as Uint8Array).byteLength;
      if (size > maxBytes) return new Error(`${current}: tệp quá lớn (hơn ${Math.round(maxBytes / 1024 / 1024)} MB)`);
      chunks.push(chunk as Uint8Array);
    }
    return { url: current, status: response.status, contentType: response.headers.get('content-type') ?? undefined, bytes: Buffer.concat(chunks) };
  }
  return new Error(`${url}: quá ${MAX_REDIRECTS} lần chuyển hướng`);
}
