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

export function templates(): Template[] {
  const list: (Template | false)[] = [
    { name: 'home', path: '/' },
    { name: 'article with cover and table', path: firstWhere('tin-tuc', (p) => p.includes('article-cover') && p.includes('<table'))! },
    { name: 'article without cover', path: firstWhere('tin-tuc', (p) => !p.includes('article-cover'))! },
    { name: 'article with gallery', path: firstWhere('tin-tuc', (p) => p.includes('data-gallery')) ?? '' },
    { name: 'news list, later page', path: '/tin-tuc/2/' },
    { name: 'category', path: `/chuyen-muc/${entries('chuyen-muc')[0]}/` },
    // A page of a stable list (its dates as heading), where the content has a list of 20 articles or more.
    { name: 'category, older page', path: `/chuyen-muc/${entries('chuyen-muc').find((c) => exists(`chuyen-muc/${c}/1/index.html`))}/1/` },
    { name: 'tag', path: `/the/${entries('the')[0]}/` },
    { name: 'notice with attachments', path: firstWhere('thong-bao', (p) => p.includes('class="attachments"'))! },
    { name: 'notices list', path: '/thong-bao/' },
    { name: 'archive', path: '/luu-tru/' },
    { name: 'year archive', path: `/luu-tru/${entries('luu-tru')[0]}/` },
    { name: 'search', path: '/tim-kiem/?q=cai+cach' },
    exists('thu-vien-anh/index.html') && { name: 'album list', path: '/thu-vien-anh/' },
    entries('thu-vien-anh').length > 0 && { name: 'album', path: `/thu-vien-anh/${entries('thu-vien-anh')[0]}/` },
    { name: 'HTML sitemap', path: '/so-do-trang/' },
    { name: 'static page', path: '/gioi-thieu/' },
    // Issue 8: work schedule, documents, reader feedback, the English page.
    { name: 'work schedule (this week)', path: '/lich-lam-viec/' },
    { name: 'work schedule, one week', path: `/lich-lam-viec/${entries('lich-lam-viec')[0]}/` },
    { name: 'documents list', path: '/van-ban/' },
    { name: 'documents of one type', path: `/van-ban/loai/${entries('van-ban/loai')[0]}/` },
    { name: 'document', path: firstWhere('van-ban', (p) => p.includes('class="document-props"'))! },
    { name: 'feedback form', path: '/hoi-dap-gop-y/' },
    { name: 'form sent', path: '/gui-thanh-cong/' },
    exists('en/index.html') && { name: 'English page', path: '/en/' },
    { name: '404', path: '/trang-khong-ton-tai/', status: 404 },
  ];
  return list.filter((t): t is Template => t !== false && t.path !== '' && !t.path.includes('undefined'));
}
