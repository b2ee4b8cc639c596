/**
 * One URL for each page template of the built portal, found in dist/ so the
 * list follows the content. Browser checks run over all of them; a new
 * template gets a line here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './portal.ts';

const html = (file: string) => fs.readFileSync(path.join(DIST, file), 'utf8');
const exists = (file: string) => fs.existsSync(path.join(DIST, file));

/** Entries (not numbered listing pages) under a folder of dist/. */
function entries(folder: string): string[] {
  const dir = path.join(DIST, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((slug) => !/^\d+$/.test(slug) && fs.existsSync(path.join(dir, slug, 'index.html')))
    .sort();
}

function firstWhere(folder: string, test: (page: string) => boolean): string | undefined {
  const slug = entries(folder).find((s) => test(html(`${folder}/${s}/index.html`)));
  return slug && `/${folder}/${slug}/`;
}

export interface Template {
  name: string;
  path: string;
  /** HTTP status the page is served with. */
  status?: number;
}

/** `/folder/slug/` for the first entry of a folder of dist/, if it has one. */
const first = (folder: string) => entries(folder).map((slug) => `/${folder}/${slug}/`)[0];
/** A path, when its page was built. */
const built = (pagePath: string | undefined) => (pagePath && exists(`${pagePath.replace(/^\//, '')}index.html`) ? pagePath : undefined);

/**
 * The templates the built portal has: every one on the sample portal; on a
 * unit's portal (`npm run test:site`) those its content gives rise to (a
 * portal with no album yet has no album page).
 */
export function templates(): Template[] {
  return templateList().filter((t): t is Template => t.path !== undefined);
}

/** Every template, with no path where the built portal has no page of it. */
export function templateList(): (Omit<Template, 'path'> & { path: string | undefined })[] {
  return [
    { name: 'home', path: '/' },
    { name: 'article with cover and table', path: firstWhere('tin-tuc', (p) => p.includes('article-cover') && p.includes('<table')) },
    { name: 'article without cover', path: firstWhere('tin-tuc', (p) => !p.includes('article-cover')) },
    { name: 'article with gallery', path: firstWhere('tin-tuc', (p) => p.includes('data-gallery')) },
    { name: 'news list', path: '/tin-tuc/' },
    { name: 'news list, later page', path: built('/tin-tuc/2/') },
    { name: 'category', path: first('chuyen-muc') },
    { name: 'tag', path: first('the') },
    { name: 'notice with attachments', path: firstWhere('thong-bao', (p) => p.includes('class="attachments"')) },
    { name: 'notices list', path: '/thong-bao/' },
    { name: 'archive', path: '/luu-tru/' },
    // (Years are numbers, which entries() leaves out as later list pages.)
    {
      name: 'year archive',
      path: fs.existsSync(path.join(DIST, 'luu-tru'))
        ? fs
            .readdirSync(path.join(DIST, 'luu-tru'))
            .sort()
            .map((year) => built(`/luu-tru/${year}/`))
            .find(Boolean)
        : undefined,
    },
    { name: 'search', path: '/tim-kiem/?q=cai+cach' },
    { name: 'album list', path: built('/thu-vien-anh/') },
    { name: 'album', path: first('thu-vien-anh') },
    { name: 'HTML sitemap', path: '/so-do-trang/' },
    { name: 'feeds and how to subscribe', path: '/theo-doi/' },
    { name: 'static page', path: built('/gioi-thieu/') },
    // Issue 8: work schedule, documents, reader feedback, the English page.
    { name: 'work schedule (this week)', path: '/lich-lam-viec/' },
    { name: 'work schedule, one week', path: first('lich-lam-viec') },
    { name: 'documents list', path: '/van-ban/' },
    { name: 'documents of one type', path: first('van-ban/loai') },
    { name: 'document', path: firstWhere('van-ban', (p) => p.includes('class="document-props"')) },
    { name: 'feedback form', path: '/hoi-dap-gop-y/' },
    { name: 'form sent', path: '/gui-thanh-cong/' },
    { name: 'English page', path: built('/en/') },
    { name: '404', path: '/trang-khong-ton-tai/', status: 404 },
  ];
}
