/**
 * Every address the build will publish, known before anything is rendered,
 * so that two things meant for one address stop the content check naming
 * both sides, instead of one silently replacing the other (Astro only warns,
 * in English, and keeps one of them):
 *
 * - a page (`/<id>/`) against a section of the site (`/tin-tuc/`, the
 *   web editor at `/admin/`, the search index, a file of `public/`);
 * - an entry against a page of its section's list: article `2.md` would be
 *   `/tin-tuc/2/`, the second page of the news list;
 * - an entry against a fixed address of its section (`/thong-bao/rss.xml`);
 * - two files published at one address under `/tep/` (attachments, the emblem).
 *
 * Two entries of one collection with one id are reported where the files
 * are listed (validate.ts). The sections are read from `src/pages` itself, so
 * a route added there is covered without a second list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../config/routes.ts';

/** Addresses the build writes besides src/pages and public/: Astro's assets and the search index. */
const GENERATED_TOP_LEVEL = ['_astro', 'pagefind'];

/** What src/pages and public/ publish, as the route table needs it. */
export interface SiteRoutes {
  /** First path segments taken by the site: route files and folders of src/pages, files of public/, generated folders. */
  topLevel: ReadonlyMap<string, string>;
  /** Per section folder (`tin-tuc`): its fixed child names (`rss.xml`), and whether it has numbered list pages. */
  sections: ReadonlyMap<string, { fixed: ReadonlySet<string>; paginated: boolean }>;
}

const isDynamic = (name: string) => name.startsWith('[') || name.startsWith('_');
const routeName = (name: string) => name.replace(/\.(astro|ts|js|md)$/, '');

/** The routes of `pagesDir` (src/pages) and the files of `publicDir` (public/). */
export function siteRoutes(pagesDir: string, publicDir: string): SiteRoutes {
  const topLevel = new Map<string, string>();
  const sections = new Map<string, { fixed: Set<string>; paginated: boolean }>();
  for (const entry of fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir, { withFileTypes: true }) : []) {
    if (isDynamic(entry.name)) continue;
    const name = routeName(entry.name);
    topLevel.set(name, `src/pages/${entry.name}`);
    if (!entry.isDirectory()) continue;
    const children = fs.readdirSync(path.join(pagesDir, entry.name));
    sections.set(name, {
      fixed: new Set(children.filter((child) => !isDynamic(child) && child !== 'index.astro').map(routeName)),
      // `[...page].astro` in a section folder numbers the pages of its list: /tin-tuc/2/.
      paginated: children.includes('[...page].astro'),
    });
  }
  for (const name of fs.existsSync(publicDir) ? fs.readdirSync(publicDir) : []) topLevel.set(name, `public/${name}`);
  for (const name of GENERATED_TOP_LEVEL) topLevel.set(name, 'tệp do bước xây dựng tạo ra');
  return { topLevel, sections };
}

/** An entry as the route table sees it. */
export interface RoutedEntry {
  collection: string;
  id: string;
  /** The file, as shown to the editor. */
  shown: string;
}

/** A published file under /tep/ and where it comes from. */
export interface RoutedFile {
  url: string;
  shown: string;
  line?: number;
  field?: string;
}

export interface RouteProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** The page address of an entry of each collection that has pages. */
const ENTRY_URL: Record<string, (id: string) => string> = {
  articles: paths.article,
  notices: paths.notice,
  albums: paths.album,
  documents: paths.document,
  schedules: paths.scheduleWeek,
  pages: paths.page,
};

/** Collisions between the entries' and files' addresses and the site's own routes. */
export function routeCollisions(entries: readonly RoutedEntry[], files: readonly RoutedFile[], routes: SiteRoutes): RouteProblem[] {
  const problems: RouteProblem[] = [];
  for (const entry of entries) {
    const url = ENTRY_URL[entry.collection]?.(entry.id);
    if (!url) continue;
    const [section, child] = url.split('/').filter(Boolean);
    if (!section) continue;
    const rename = `hãy đổi tên tệp hoặc thư mục của bài (ví dụ ${entry.id}-${entry.collection === 'pages' ? 'trang' : 'bai'})`;
    if (child === undefined) {
      const taken = routes.topLevel.get(section);
      if (taken) problems.push({ file: entry.shown, message: `địa chỉ ${url} trùng với một phần của cổng (${taken}); trang này sẽ không được đăng: ${rename}` });
      continue;
    }
    const rules = routes.sections.get(section);
    if (rules?.fixed.has(child)) {
      problems.push({ file: entry.shown, message: `địa chỉ ${url} trùng với địa chỉ cố định của cổng (src/pages/${section}/${child}); ${rename}` });
    } else if (rules?.paginated && /^\d+$/.test(child)) {
      problems.push({ file: entry.shown, message: `địa chỉ ${url} trùng với trang ${child} của danh sách /${section}/; tên chỉ gồm chữ số không dùng được, ${rename}` });
    }
  }
  const owners = new Map<string, RoutedFile>();
  for (const file of files) {
    const owner = owners.get(file.url);
    if (!owner) owners.set(file.url, file);
    else if (owner.shown !== file.shown || owner.field !== file.field) {
      problems.push({
        file: file.shown,
        line: file.line,
        field: file.field,
        message: `tệp sẽ đăng tại ${file.url}, trùng địa chỉ với tệp của ${owner.shown}${owner.field ? ` (trường "${owner.field}")` : ''}; hãy đổi tên một trong hai tệp`,
      });
    }
  }
  return problems;
}
