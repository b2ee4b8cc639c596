/**
 * A legacy portal crawled over HTTP from one or more start addresses: the
 * start's host only, robots.txt honoured (its Crawl-delay too, when longer),
 * one request a second unless told otherwise. Every address seen and every
 * page done is appended to a journal in the import's state folder, so a crawl
 * stopped half-way (Ctrl+C, a closed laptop, a killed process) goes on where
 * it stopped. Errors, redirect loops and address traps are reported per page.
 */
import fs from 'node:fs';
import path from 'node:path';
import robotsParser from 'robots-parser';
import { fetchUrl, USER_AGENT, type Fetched } from '../fetcher.ts';
import type { SourcePage } from '../types.ts';

export interface CrawlOptions {
  /** Seconds between two requests (default 1). */
  delay?: number;
  /** Most pages fetched in this run. */
  limit?: number;
  userAgent?: string;
  /** The journal file (JSON lines). */
  journal: string;
}

export interface CrawlProblem {
  url: string;
  error: string;
  /** A page not fetched on purpose (robots.txt, another host…), reported as skipped, not as an error. */
  skipped?: boolean;
}

/** Addresses that are files, not pages: never fetched as pages (a page's photos and files are fetched with it). */
const NOT_A_PAGE = /\.(jpe?g|png|gif|webp|bmp|svg|ico|css|js|json|xml|rss|atom|txt|pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|mp3|mp4|avi|wmv|flv|swf|woff2?|ttf|eot)$/i;

/** Why an address looks like a trap that would never end (a calendar, a path repeating itself), or undefined. */
export function trapReason(url: URL): string | undefined {
  if (url.href.length > 400) return 'địa chỉ quá dài (có thể là vòng lặp địa chỉ)';
  const segments = url.pathname.split('/').filter(Boolean);
  const counts = new Map<string, number>();
  for (const segment of segments) counts.set(segment, (counts.get(segment) ?? 0) + 1);
  if ([...counts.values()].some((n) => n >= 3)) return 'đường dẫn lặp lại chính nó (vòng lặp địa chỉ)';
  if ([...url.searchParams.keys()].length > 6) return 'quá nhiều tham số (có thể là vòng lặp địa chỉ)';
  return undefined;
}

/** `href` without its fragment, with `http`/`https` of one host taken as one. */
function normal(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

export class Crawl {
  private readonly queue: string[] = [];
  private readonly seen = new Set<string>();
  private readonly done = new Set<string>();
  private readonly hosts: Set<string>;
  private readonly options: Required<Omit<CrawlOptions, 'limit'>> & { limit?: number };
  private robots?: ReturnType<typeof robotsParser>;
  /** Pages handed out whose links are not back yet (the crawl cannot end while some are). */
  private open = 0;
  private wake?: () => void;
  fetched = 0;
  /** Pages done in an earlier, interrupted run (found in the journal). */
  readonly resumed: number;

  readonly starts: string[];

  constructor(starts: string[], options: CrawlOptions) {
    this.starts = starts;
    this.options = { delay: 1, userAgent: USER_AGENT, ...options };
    this.hosts = new Set(starts.map((start) => new URL(start).host.toLowerCase()));
    this.resumed = this.load();
    if (this.queue.length === 0 && this.done.size === 0) for (const start of starts) this.add(normal(start));
  }

  /** Reads the journal of an unfinished crawl of the same starts; a finished one is started afresh. */
  private load(): number {
    const { journal } = this.options;
    if (!fs.existsSync(journal)) return 0;
    const lines = fs.readFileSync(journal, 'utf8').split('\n');
    let header: { starts?: string[]; end?: boolean } = {};
    const seen: string[] = [];
    const done = new Set<string>();
    for (const line of lines) {
      if (!line.trim()) continue;
      let entry: { starts?: string[]; q?: string; d?: string; end?: boolean };
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // the last line of a killed run may be cut short
      }
      if (entry.starts) header = entry;
      if (entry.q) seen.push(entry.q);
      if (entry.d) done.add(entry.d);
      if (entry.end) header.end = true;
    }
    if (header.end || JSON.stringify(header.starts) !== JSON.stringify(this.starts)) {
      fs.rmSync(journal, { force: true });
      return 0;
    }
    for (const url of seen) {
      this.seen.add(url);
      if (done.has(url)) this.done.add(url);
      else this.queue.push(url);
    }
    return this.done.size;
  }

  private write(entry: object) {
    fs.mkdirSync(path.dirname(this.options.journal), { recursive: true });
    if (!fs.existsSync(this.options.journal)) fs.writeFileSync(this.options.journal, `${JSON.stringify({ starts: this.starts })}\n`);
    fs.appendFileSync(this.options.journal, `${JSON.stringify(entry)}\n`);
  }

  private add(url: string) {
    if (this.seen.has(url)) return;
    this.seen.add(url);
    this.queue.push(url);
    this.write({ q: url });
  }

  /** Links found on a page that was handed out; the page is then done. */
  enqueue(links: readonly string[], from: string): CrawlProblem[] {
    const problems: CrawlProblem[] = [];
    for (const link of links) {
      let url: URL;
      try {
        url = new URL(link);
      } catch {
        continue;
      }
      if (!this.hosts.has(url.host.toLowerCase()) || NOT_A_PAGE.test(url.pathname)) continue;
      const href = normal(link);
      if (this.seen.has(href)) continue;
      const trap = trapReason(url);
      if (trap) {
        this.seen.add(href);
        problems.push({ url: href, error: `${trap}; liên kết từ ${from}`, skipped: true });
        continue;
      }
      this.add(href);
    }
    this.finish(from);
    return problems;
  }

  /** A page handed out is done (its links, if any, given to `enqueue`). */
  finish(url: string) {
    if (this.done.has(url)) return;
    this.done.add(url);
    this.open = Math.max(0, this.open - 1);
    this.write({ d: url });
    this.wake?.();
  }

  private async allowed(url: string): Promise<boolean> {
    if (!this.robots) {
      const robotsUrl = new URL('/robots.txt', url).href;
      const fetched = await fetchUrl(robotsUrl, { timeout: 15_000, maxBytes: 512 * 1024, userAgent: this.options.userAgent });
      const text = fetched instanceof Error || fetched.status >= 400 ? '' : Buffer.from(fetched.bytes).toString('utf8');
      this.robots = robotsParser(robotsUrl, text);
      const crawlDelay = this.robots.getCrawlDelay(this.options.userAgent);
      if (crawlDelay && crawlDelay > this.options.delay) this.options.delay = Math.min(crawlDelay, 30);
    }
    return this.robots.isAllowed(url, this.options.userAgent) !== false;
  }

  /** The pages, fetched one at a time, `delay` seconds apart; problems are handed out as they come. */
  async *pages(): AsyncGenerator<SourcePage | CrawlProblem> {
    let last = 0;
    for (;;) {
      if (this.options.limit !== undefined && this.fetched >= this.options.limit) break;
      if (this.queue.length === 0) {
        if (this.open === 0) break;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      const url = this.queue.shift()!;
      if (this.done.has(url)) continue;
      if (!(await this.allowed(url))) {
        this.finish(url);
        yield { url, error: 'robots.txt của cổng cũ không cho phép tải trang này', skipped: true };
        continue;
      }
      const wait = last + this.options.delay * 1000 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      last = Date.now();
      const fetched: Fetched | Error = await fetchUrl(url, { userAgent: this.options.userAgent });
      this.fetched++;
      if (fetched instanceof Error) {
        this.finish(url);
        yield { url, error: fetched.message };
        continue;
      }
      if (fetched.status >= 400) {
        this.finish(url);
        yield { url, error: `máy chủ trả lời ${fetched.status}` };
        continue;
      }
      const landed = new URL(fetched.url);
      if (!this.hosts.has(landed.host.toLowerCase())) {
        this.finish(url);
        yield { url, error: `trang chuyển sang tên miền khác (${landed.host})`, skipped: true };
        continue;
      }
      // A page that moved within the host is imported under the address it answered at, once.
      if (fetched.url !== url && this.seen.has(normal(fetched.url)) && fetched.url !== url) {
        const moved = normal(fetched.url);
        if (this.done.has(moved) || this.queue.includes(moved)) {
          this.finish(url);
          continue;
        }
      }
      if (!/html|xml|text\/plain|^$/i.test(fetched.contentType ?? '')) {
        this.finish(url);
        continue;
      }
      this.open++;
      yield { url, bytes: fetched.bytes, contentType: fetched.contentType, origin: 'web' };
    }
    if (this.queue.length === 0 && this.open === 0) this.write({ end: true });
  }
}
