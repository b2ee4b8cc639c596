/**
 * `npm run import` (scripts/import.ts): a legacy portal's articles brought
 * into the content folder, with their old addresses, for one unit.
 *
 * Sources are read one page at a time (sources/): a saved mirror, a crawl,
 * a feed. Pages are extracted in worker threads (pool.ts, extract.ts), a few
 * at a time; each article's photos and files are fetched and processed in
 * parallel, then the article is written whole (writer.ts). Pages already
 * imported (by old address, read from the articles themselves) are skipped
 * before they are even parsed. Every page ends with an outcome in the report
 * (report.ts); a page that fails never stops the run. What stops it is a
 * fatal error (no unit, a source that cannot be read, a broken site.yaml):
 * an ImportError, whose message is Vietnamese.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSiteConfig } from '../files/site-file.ts';
import { ContentError } from '../files/content-errors.ts';
import { attachmentProblem } from '../files/file-signature.ts';
import { oldAddressKey } from '../model/old-addresses.ts';
import { slugify } from '../model/slugify.ts';
import { FIELD_DOCS } from '../editor/field-docs.ts';
import { ATTACHMENT_EXTENSIONS } from '../model/attachment-types.ts';
import type { SiteConfig, Unit } from '../model/schemas/index.ts';
import { categoryFor, loadCategoryMap, type CategoryMap } from './category.ts';
import { existingArticles } from './existing.ts';
import { ExtractPool } from './pool.ts';
import { webPhoto } from './photos.ts';
import { readResource } from './resources.ts';
import { counts, writeReport, type Outcome, type ReportHead } from './report.ts';
import { NearDuplicates, simhash } from './simhash.ts';
import { ensureUnit, recordYears, findUnit } from './site-units.ts';
import { digest, freeSlug, frontMatterYaml, writeArticle, type ArticleFile } from './writer.ts';
import { mirrorHosts, mirrorPages } from './sources/mirror.ts';
import { feedPages, readFeed } from './sources/feed.ts';
import { Crawl, type CrawlProblem } from './sources/crawl.ts';
import type { ExtractedArticle, SourcePage } from './types.ts';

export class ImportError extends Error {}

export interface ImportOptions {
  sources: string[];
  unit?: string;
  contentDir: string;
  /** Add a unit not yet in site.yaml without asking. */
  yes?: boolean;
  dryRun?: boolean;
  categoryMap?: string;
  /** Most source pages read. */
  limit?: number;
  /** Seconds between two requests of a crawl. */
  delay?: number;
  /** Worker threads extracting pages (0: in this thread). */
  jobs?: number;
  /** Where the crawl journal and the import's records are kept. */
  stateDir?: string;
  report?: string;
  /** Import again the pages already imported whose file no editor has changed since. */
  update?: boolean;
  /** Asked before a unit is added to site.yaml (when not `yes`); undefined when no one can answer. */
  confirm?: (question: string) => Promise<boolean>;
  log?: (line: string) => void;
  /** Told of each page done: how many so far, and how many there are when known. */
  progress?: (done: number, total?: number) => void;
  /** Checked between pages: true stops the run (Ctrl+C), with what is done kept and reported. */
  stopped?: () => boolean;
}

export interface ImportSummary {
  counts: Record<Outcome['kind'], number>;
  report: string;
  seconds: number;
  unit: Unit;
  interrupted: boolean;
}

type Source = { kind: 'mirror'; path: string } | { kind: 'feed'; path: string } | { kind: 'crawl'; url: string };

/** What each source argument is: a folder (a mirror), a feed (file or address), a site to crawl. */
function sourceOf(arg: string): Source {
  if (/^https?:\/\//i.test(arg)) return /(\/feed\/?|\/rss\/?|\.rss|\.xml|\/atom\/?)(\?.*)?$/i.test(arg) ? { kind: 'feed', path: arg } : { kind: 'crawl', url: arg };
  const stat = fs.statSync(arg, { throwIfNoEntry: false });
  if (!stat) throw new ImportError(`không tìm thấy nguồn «${arg}»: hãy ghi đường dẫn tới thư mục bản lưu (wget --mirror), tệp RSS/Atom, hoặc địa chỉ https://… của cổng cũ`);
  if (stat.isDirectory()) {
    if (mirrorHosts(path.resolve(arg)).length === 0) {
      throw new ImportError(`thư mục «${arg}» không phải bản lưu của một cổng: bản lưu của wget --mirror có thư mục mang tên miền (ví dụ xa-cu.gov.vn/) chứa các trang`);
    }
    return { kind: 'mirror', path: arg };
  }
  const head = fs.readFileSync(arg).subarray(0, 512).toString('utf8');
  if (/<(rss|feed|rdf:RDF)\b/i.test(head) || /\.(xml|rss|atom)$/i.test(arg)) return { kind: 'feed', path: arg };
  throw new ImportError(`không đọc được nguồn «${arg}»: chỉ nhận thư mục bản lưu, tệp RSS/Atom hoặc địa chỉ cổng cũ`);
}

/** The host the source's pages come from: a unit added by this import gets it as its former domain. */
function hostOf(source: Source): string | undefined {
  if (source.kind === 'crawl') return new URL(source.url).hostname;
  if (source.kind === 'mirror') return path.basename(mirrorHosts(path.resolve(source.path))[0]!).replace(/:\d+$/, '');
  return undefined;
}

/** Runs `work` over `items`, at most `limit` at a time; results in order. */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!, i);
      }
    }),
  );
  return results;
}

/** A record of what an import wrote, kept in the state folder: the file and its digest when written (`--update` rewrites only files still as written). */
interface Written {
  key: string;
  file: string;
  digest: string;
}

interface Fingerprint {
  hash: [number, number];
  unit: string;
  file: string;
}

const escapeAlt = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
const escapeTitle = (text: string) => text.replace(/(["\\])/g, '\\$1');

export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const started = new Date();
  const log = options.log ?? (() => {});
  if (!options.unit?.trim()) {
    throw new ImportError('thiếu tên đơn vị: hãy ghi --unit "<tên đơn vị có lưu trữ này>", ví dụ --unit "xã Bình Phú" (đơn vị cũ đã sáp nhập, hoặc chính đơn vị này)');
  }
  if (options.sources.length === 0) throw new ImportError('thiếu nguồn: hãy ghi thư mục bản lưu, tệp RSS/Atom hoặc địa chỉ https://… của cổng cũ');
  const contentDir = path.resolve(options.contentDir);
  let site: SiteConfig;
  try {
    site = loadSiteConfig(contentDir);
  } catch (error) {
    if (error instanceof ContentError) throw new ImportError(`content/site.yaml chưa đúng, hãy sửa trước khi nhập:\n${error.problems.join('\n')}`);
    throw error;
  }
  const sources = options.sources.map(sourceOf);
  const dryRun = !!options.dryRun;
  const categoryMap: CategoryMap | Error = loadCategoryMap(options.categoryMap, site.categories);
  if (categoryMap instanceof Error) throw new ImportError(categoryMap.message);

  // The unit: listed, or added with the source's host as its former domain.
  if (!findUnit(site.units, options.unit) && !options.yes && !dryRun) {
    const question = `Đơn vị «${options.unit}» chưa có trong units của site.yaml. Thêm vào (tên miền cũ: ${hostOf(sources[0]!) ?? 'không rõ'})?`;
    if (!options.confirm)
      throw new ImportError(`đơn vị «${options.unit}» chưa có trong units của content/site.yaml: thêm --yes để lệnh tự thêm, hoặc khai báo trước trong site.yaml`);
    if (!(await options.confirm(question))) throw new ImportError('đã dừng: chưa thêm đơn vị vào site.yaml');
  }
  const { unit, added } = ensureUnit(contentDir, options.unit, hostOf(sources[0]!), dryRun);
  if (added) log(`${dryRun ? 'Sẽ thêm' : 'Đã thêm'} đơn vị «${unit.name}» (${unit.slug}${unit.domain ? `, ${unit.domain}` : ''}) vào site.yaml.`);

  const stateRoot = path.resolve(options.stateDir ?? path.join(path.dirname(contentDir), '.import', path.basename(contentDir)));
  const stateDir = path.join(stateRoot, unit.slug);
  const staging = path.join(stateRoot, 'staging');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(stateDir, { recursive: true });
  const reportFile = path.resolve(options.report ?? `import-report-${unit.slug}.md`);

  const existing = existingArticles(contentDir, site.url);
  const writtenFile = path.join(stateDir, 'written.jsonl');
  const written = new Map<string, Written>();
  if (fs.existsSync(writtenFile)) {
    for (const line of fs.readFileSync(writtenFile, 'utf8').split('\n')) {
      try {
        const entry = JSON.parse(line) as Written;
        written.set(entry.key, entry);
      } catch {
        // a line cut short by a killed run
      }
    }
  }
  const fingerprintsFile = path.join(stateRoot, 'fingerprints.jsonl');
  const near = new NearDuplicates<Fingerprint>();
  if (fs.existsSync(fingerprintsFile)) {
    for (const line of fs.readFileSync(fingerprintsFile, 'utf8').split('\n')) {
      try {
        const entry = JSON.parse(line) as Fingerprint;
        if (fs.existsSync(path.resolve(entry.file))) near.add(entry.hash, entry);
      } catch {
        // idem
      }
    }
  }

  const outcomes: Outcome[] = [];
  const head: ReportHead = { unit: unit.name, sources: options.sources, started, seconds: 0, dryRun, nearDuplicates: [], retitled: [] };
  const shown = (file: string) => path.resolve(file);
  const taken = new Set(existing.ids);
  const seenKeys = new Set<string>();
  /** Articles written in this run by their text's digest: a page found twice gets the second address added. */
  const byText = new Map<string, { file: string; aliases: string[] }>();
  const years: number[] = [];
  let done = 0;
  let read = 0;
  const jobs = options.jobs ?? Math.min(2, os.availableParallelism());
  const pool = new ExtractPool(jobs);
  const inFlight = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();
  const finish = (outcome: Outcome) => {
    outcomes.push(outcome);
    options.progress?.(++done);
  };

  /** Photos and files of an article, fetched and made ready; what could not be is reported. */
  async function gather(page: SourcePage, article: ExtractedArticle, reasons: string[]) {
    const photos = await inParallel(article.photos, 4, async (photo, i) => {
      if (dryRun) return undefined;
      const bytes = await readResource(photo.url, page);
      const made = bytes instanceof Error ? bytes : await webPhoto(bytes);
      if (made instanceof Error) {
        reasons.push(`ảnh ${i + 1} không lấy được (${made.message}), đã bỏ khỏi bài`);
        return undefined;
      }
      return { name: `anh-${i + 1}.${made.extension}`, data: made.data };
    });
    const files = await inParallel(article.files, 2, async (file, i) => {
      if (dryRun) return undefined;
      const bytes = await readResource(file.url, page);
      if (bytes instanceof Error) {
        reasons.push(`tệp đính kèm «${file.title}» không lấy được (${bytes.message})`);
        return undefined;
      }
      const extension = ATTACHMENT_EXTENSIONS.exec(new URL(file.url).pathname)![1]!.toLowerCase();
      const stem =
        slugify(
          decodeURIComponent(
            new URL(file.url).pathname
              .split('/')
              .pop()!
              .replace(/\.[^.]*$/, ''),
          ),
        ) || `tep-${i + 1}`;
      const name = `${stem.slice(0, 60)}.${extension}`;
      fs.mkdirSync(staging, { recursive: true });
      const probe = path.join(staging, `kiem-tra-${process.pid}-${i}-${name}`);
      fs.writeFileSync(probe, bytes);
      const problem = await attachmentProblem(probe, name);
      fs.rmSync(probe, { force: true });
      if (problem) {
        reasons.push(`tệp đính kèm «${file.title}» không đăng được: ${problem}`);
        return undefined;
      }
      return { name, data: bytes, title: file.title };
    });
    // Two files of one name: the second is numbered.
    const names = new Set<string>();
    for (const file of files) {
      if (!file) continue;
      let name = file.name;
      for (let n = 2; names.has(name) || /^anh-\d+\./.test(name); n++) name = file.name.replace(/(\.[^.]+)$/, `-${n}$1`);
      names.add(name);
      file.name = name;
    }
    return { photos, files };
  }

  /** One article written (or, dry, counted): its Markdown, photos and files. */
  async function importArticle(page: SourcePage, key: string, article: ExtractedArticle, replace?: string) {
    const reasons = [...article.notes];
    const { photos, files } = await gather(page, article, reasons);
    const category = categoryFor(article.section, categoryMap as CategoryMap, site.categories);
    if (!category.known) reasons.push(`chuyên mục cũ «${article.section ?? 'không rõ'}» chưa có trong bảng chuyển chuyên mục; đã xếp vào «${category.slug}»`);
    let draft = false;
    let date = article.date;
    if (!date) {
      date = started.toISOString().slice(0, 10);
      draft = true;
      reasons.push('không tìm thấy ngày đăng (trong trang, địa chỉ hay nội dung); bài để ở dạng nháp (draft: true) với ngày hôm nay: hãy sửa ngày rồi bỏ draft');
    }

    // Photos where they stood; the first becomes the cover when the article opens with it.
    let markdown = article.markdown;
    let cover: { src: string; alt: string; caption?: string } | undefined;
    article.photos.forEach((photo, i) => {
      const file = photos[i];
      const token = `@@anh-${i + 1}@@`;
      if (!file) {
        markdown = markdown.replace(new RegExp(`^${token}$\\n*`, 'm'), '');
        return;
      }
      let alt = photo.alt ?? photo.caption;
      if (!alt) {
        alt = `Ảnh ${i + 1} của bài «${article.title}»`;
        reasons.push(`ảnh ${i + 1} không có chú thích hay mô tả nào dùng được; hãy viết mô tả ảnh`);
      }
      const caption = photo.caption && photo.caption !== alt ? photo.caption : photo.caption;
      if (i === 0 && markdown.startsWith(token)) {
        cover = { src: `./${file.name}`, alt, ...(caption ? { caption } : {}) };
        markdown = markdown.slice(token.length).trimStart();
        return;
      }
      markdown = markdown.replace(token, `![${escapeAlt(alt)}](./${file.name}${caption ? ` "${escapeTitle(caption)}"` : ''})`);
    });
    article.files.forEach((file, i) => {
      const kept = files[i];
      markdown = markdown.replaceAll(`@@tep-${i + 1}@@`, kept ? `/tep/tin-tuc/__ID__/${kept.name}` : file.url);
    });

    const year = date.slice(0, 4);
    const slug = replace
      ? path.basename(replace) === 'index.md'
        ? path.basename(path.dirname(replace))
        : path.basename(replace, '.md')
      : freeSlug(article.title, year, unit.slug, taken);
    taken.add(slug);
    markdown = markdown.replaceAll('/tep/tin-tuc/__ID__/', `/tep/tin-tuc/${slug}/`);
    const text = `${frontMatterYaml({
      title: article.title,
      date,
      category: category.slug,
      summary: article.summary,
      ...(cover ? { cover } : {}),
      author: article.author ?? FIELD_DOCS['articles.author']!.placeholder!,
      ...(article.source ? { source: article.source } : {}),
      unit: unit.slug,
      aliases: [page.url],
      attachments: files.flatMap((file) => (file ? [{ file: `./${file.name}`, ...(file.title ? { title: file.title } : {}) }] : [])),
      draft,
    })}\n${markdown}\n`;
    const articleFiles: ArticleFile[] = [...photos, ...files].flatMap((file) => (file ? [{ name: file.name, data: file.data }] : []));
    const kind = reasons.some((reason) => !/^trang khai báo|^trang không phải UTF-8/.test(reason)) ? 'review' : 'imported';

    // Written one at a time: slugs, the records and the report are shared.
    writing = writing.then(() => {
      if (dryRun) {
        finish({ url: page.url, kind, title: article.title, reasons: [`sẽ ghi vào articles/${year}/${slug}`, ...reasons] });
        return;
      }
      const textDigest = digest(`${article.title}\n${article.fingerprint}`);
      const twin = byText.get(textDigest);
      if (twin && !replace) {
        // The same article under a second address of the same portal: one article, both addresses.
        twin.aliases.push(page.url);
        const source = fs.readFileSync(twin.file, 'utf8');
        fs.writeFileSync(
          twin.file,
          source.replace(/^aliases:\n((?: {2}- .*\n)+)/m, (block) => `${block}  - ${JSON.stringify(page.url)}\n`),
        );
        finish({
          url: page.url,
          kind: 'duplicate',
          file: shown(twin.file),
          title: article.title,
          reasons: ['cùng nội dung với một trang khác của cổng cũ; đã thêm địa chỉ này vào aliases của bài đó'],
        });
        return;
      }
      // The file written before is set aside (a dot name: not published) until the new one is in place.
      const old = replace && (path.basename(replace) === 'index.md' ? path.dirname(replace) : replace);
      const aside = old && path.join(path.dirname(old), `.${path.basename(old)}.cu`);
      if (old && aside) fs.renameSync(old, aside);
      let file: string;
      try {
        file = writeArticle(contentDir, staging, year, slug, text, articleFiles);
      } catch (error) {
        if (old && aside) fs.renameSync(aside, old);
        throw error;
      }
      if (aside) fs.rmSync(aside, { recursive: true, force: true });
      byText.set(textDigest, { file, aliases: [page.url] });
      fs.appendFileSync(writtenFile, `${JSON.stringify({ key, file: path.relative(contentDir, file), digest: digest(fs.readFileSync(file)) } satisfies Written)}\n`);
      const hash = simhash(article.fingerprint);
      for (const other of near.near(hash)) if (other.unit !== unit.slug) head.nearDuplicates.push({ file: shown(file), other: shown(other.file), otherUnit: other.unit });
      const fingerprint: Fingerprint = { hash, unit: unit.slug, file: path.resolve(file) };
      near.add(hash, fingerprint);
      fs.appendFileSync(fingerprintsFile, `${JSON.stringify(fingerprint)}\n`);
      if (article.originalTitle) head.retitled.push({ file: shown(file), original: article.originalTitle });
      years.push(Number(year));
      finish({ url: page.url, kind, file: shown(file), title: article.title, reasons: replace ? ['nhập lại (--update)', ...reasons] : reasons });
    });
    await writing;
  }

  /** One page, from its old address to its outcome. */
  async function handle(page: SourcePage, crawl?: Crawl) {
    const key = oldAddressKey(page.url, site.url);
    let replace: string | undefined;
    const before = existing.aliases.get(key);
    if (seenKeys.has(key)) {
      crawl?.finish(page.url);
      return;
    }
    seenKeys.add(key);
    if (before) {
      const record = written.get(key);
      const unchanged = record && fs.existsSync(before) && digest(fs.readFileSync(before)) === record.digest && path.resolve(contentDir, record.file) === before;
      if (!options.update || !unchanged) {
        crawl?.finish(page.url);
        const why = options.update && !unchanged ? 'đã nhập trước đây và đã được sửa sau đó: giữ nguyên' : 'đã nhập trước đây';
        finish({ url: page.url, kind: 'already', file: shown(before), reasons: [why] });
        return;
      }
      replace = before;
    }
    const extraction = await pool.extract(page);
    const problems = crawl ? crawl.enqueue(extraction.links, page.url) : [];
    for (const problem of problems) finish({ url: problem.url, kind: problem.skipped ? 'skipped' : 'failed', reasons: [problem.error] });
    if (extraction.kind === 'failed') return finish({ url: page.url, kind: 'failed', reasons: [extraction.why] });
    if (extraction.kind === 'skipped') return finish({ url: page.url, kind: 'skipped', reasons: [extraction.why] });
    try {
      await importArticle(page, key, extraction.article, replace);
    } catch (error) {
      finish({ url: page.url, kind: 'failed', title: extraction.article.title, reasons: [`không ghi được bài: ${(error as Error).message}`] });
    }
  }

  const limit = options.limit ?? Infinity;
  let interrupted = false;
  try {
    for (const source of sources) {
      let crawl: Crawl | undefined;
      let pages: AsyncIterable<SourcePage | CrawlProblem | { url: string; error: string }>;
      if (source.kind === 'mirror') pages = mirrorPages(source.path);
      else if (source.kind === 'feed') {
        const feed = await readFeed(source.path);
        if (feed instanceof Error) throw new ImportError(`không đọc được bản tin ${source.path}: ${feed.message}`);
        pages = feedPages(feed);
      } else {
        crawl = new Crawl([source.url], { delay: options.delay ?? 1, journal: path.join(stateDir, 'crawl.jsonl'), limit: Number.isFinite(limit) ? limit - read : undefined });
        if (crawl.resumed) log(`Tiếp tục lần tải trước: ${crawl.resumed} trang đã xong.`);
        pages = crawl.pages();
      }
      for await (const page of pages) {
        if (options.stopped?.()) {
          interrupted = true;
          break;
        }
        if ('error' in page) {
          finish({ url: page.url, kind: 'skipped' in page && page.skipped ? 'skipped' : 'failed', reasons: [page.error] });
          continue;
        }
        if (read++ >= limit) break;
        const work = handle(page, crawl).finally(() => inFlight.delete(work));
        inFlight.add(work);
        // A few pages in flight: the workers stay busy, and memory holds only these.
        while (inFlight.size >= Math.max(2, jobs * 2)) await Promise.race(inFlight);
        // A crawl waits for the links of the pages in flight before it can tell it has run out.
      }
      await Promise.all(inFlight);
      if (interrupted || read >= limit) break;
    }
  } finally {
    await Promise.allSettled(inFlight);
    await writing.catch(() => {});
    await pool.close();
    fs.rmSync(staging, { recursive: true, force: true });
    head.seconds = (Date.now() - started.getTime()) / 1000;
    if (!dryRun && years.length) recordYears(contentDir, loadSiteConfig(contentDir).units.find((u) => u.slug === unit.slug) ?? unit, Math.min(...years), Math.max(...years));
    writeReport(reportFile, head, outcomes);
  }
  return { counts: counts(outcomes), report: reportFile, seconds: head.seconds, unit, interrupted };
}
