/**
 * The web CMS at /admin/ in Debian's chromium, against the built site: the
 * page loads Decap CMS from the site itself, reads the configuration the
 * build generated from the schemas, and, with Decap's local test backend
 * holding the sample content, lists the articles and opens the article
 * editor with the fields the schema defines, labelled in Vietnamese; every
 * phrase it shows is Vietnamese, the editor guide names only buttons it
 * shows, and an article saved without a cover passes the content check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { DIST, ROOT, SAMPLE, makePortal } from '../helpers/portal.ts';
import { servedInChromium } from '../helpers/chromium.ts';
import { COLLECTION_DOCS, FIELD_DOCS } from '../../src/editor/field-docs.ts';
import { SAME_IN_ENGLISH } from '../../src/editor/decap-locale.ts';

const CONTENT = SAMPLE;

interface RepoTree {
  [name: string]: RepoTree | { path: string; content: string };
}

/** The Markdown files of content/, as a tree of folders: `{ articles: { '2025': { 'x.md': { path, content } } } }`. */
function contentTree(): RepoTree {
  const walk = (dir: string, prefix: string): RepoTree => {
    const node: RepoTree = {};
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) node[name] = walk(full, `${prefix}/${name}`);
      else if (name.endsWith('.md')) node[name] = { path: `${prefix}/${name}`, content: fs.readFileSync(full, 'utf8') };
    }
    return node;
  };
  return walk(CONTENT, 'content');
}

/** The article titles as written in content/articles, read independently of the CMS. */
function articleTitles(): string[] {
  const titles: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) titles.push(/^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(full, 'utf8'))![1]!);
    }
  };
  walk(path.join(CONTENT, 'articles'));
  return titles;
}

const chromium = servedInChromium(DIST);

/** /admin/ with the built configuration, its backend switched to Decap's in-browser test repository. */
async function openCms(hash = ''): Promise<{ page: Page; consoleErrors: string[]; failedRequests: string[]; foreignRequests: string[] }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  // Decap's test-repo backend reads window.repoFiles: it lists a collection by looking its whole
  // folder path up (`content/articles`), opens an entry by walking path segments (content → articles → …),
  // and lists an entry's photos by walking everything under the first segment. The segment tree is
  // therefore not enumerable, so Markdown files are not taken for photos.
  await context.addInitScript((tree) => {
    const content = {};
    for (const [name, sub] of Object.entries(tree)) Object.defineProperty(content, name, { value: sub, enumerable: false });
    const files: Record<string, unknown> = { content };
    for (const [name, sub] of Object.entries(tree)) files[`content/${name}`] = sub;
    (window as unknown as { repoFiles: unknown }).repoFiles = files;
  }, contentTree());
  await context.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const config = parseYaml(await response.text()) as Record<string, unknown>;
    config.backend = { name: 'test-repo' };
    await route.fulfill({ response, body: JSON.stringify(config), headers: { 'content-type': 'text/yaml' } });
  });
  const page = await context.newPage();
  const result = { consoleErrors: [] as string[], failedRequests: [] as string[], foreignRequests: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') result.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => result.consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(chromium.url) && !/^(data|blob):/.test(request.url())) result.foreignRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) result.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  await page.goto(`${chromium.url}/admin/${hash}`, { waitUntil: 'load' });
  return { page, ...result };
}

describe('web CMS at /admin/', () => {
  it('is served from the site itself, with no script from another host', () => {
    const html = fs.readFileSync(path.join(DIST, 'admin/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/admin/decap-cms.js', '/admin/vi.js']);
    expect(fs.statSync(path.join(DIST, 'admin/decap-cms.js')).size).toBeGreaterThan(1_000_000);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('logs in with the test backend and lists the sample articles, with no console errors', async () => {
    const { page, consoleErrors, failedRequests, foreignRequests } = await openCms();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/#\/collections\/articles/);
    const titles = articleTitles();
    const cards = page.locator('main a[href*="#/collections/articles/entries/"]');
    await cards.first().waitFor();
    const shown = await cards.allInnerTexts();
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(10, titles.length));
    for (const text of shown)
      expect(
        titles.some((title) => text.includes(title)),
        text,
      ).toBe(true);
    // Every collection of the schemas is in the menu, with its Vietnamese name.
    for (const label of ['Tin tức', 'Thông báo', 'Trang thông tin']) await expect(page.getByRole('link', { name: label }).first().isVisible()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('opens the article editor with the schema fields, labelled in Vietnamese', async () => {
    const { page, consoleErrors } = await openCms();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/#\/collections\/articles/);
    await page.locator('main a[href*="#/collections/articles/entries/"]').first().click();
    await page.waitForURL(/#\/collections\/articles\/entries\//);
    await page.locator('label', { hasText: FIELD_DOCS['*.title']!.label }).first().waitFor();
    for (const key of ['*.title', '*.date', 'articles.category', '*.summary', 'articles.author', 'articles.tags', '*.draft', '*.body']) {
      await expect(page.locator('label', { hasText: FIELD_DOCS[key]!.label }).first().isVisible(), key).resolves.toBe(true);
    }
    // The title field holds the entry's title, read from its Markdown file.
    const title = await page.locator('input[id^="title-field"]').first().inputValue();
    expect(articleTitles()).toContain(title);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('speaks Vietnamese: every phrase Decap has in English has a Vietnamese one of its own', async () => {
    const { page } = await openCms();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const { en, vi } = await page.evaluate(() => {
      const cms = (window as unknown as { CMS: { getLocale: (l: string) => unknown } }).CMS;
      return { en: cms.getLocale('en'), vi: cms.getLocale('vi') };
    });
    const flat = (o: unknown, prefix = ''): [string, string][] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === 'object' && v ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
      );
    const vietnamese = new Map(flat(vi));
    const english = flat(en);
    expect(english.length).toBeGreaterThan(200);
    expect(english.filter(([key, text]) => !vietnamese.has(key) || (vietnamese.get(key) === text && !SAME_IN_ENGLISH.has(text))).map(([key, text]) => `${key}: ${text}`)).toEqual(
      [],
    );
    // The phrases the issue found wrong.
    expect(vietnamese.get('editor.editorToolbar.status')).toBe('Trạng thái: %{status}');
    expect(vietnamese.get('editor.editorWidgets.list.add')).toBe('Thêm %{item}');
    await page.context().close();
  });

  it('saves an article without a cover, with the buttons the editor guide names, and the file it writes passes npm run check', async () => {
    const guide = fs.readFileSync(path.join(ROOT, 'docs/huong-dan-bien-tap.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## 5.'), guide.indexOf('## 6.'));
    const named = [...section.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!);
    expect(named).toEqual(expect.arrayContaining(['Thêm bài viết', 'Lưu', 'Bản nháp', 'Biên tập', 'Đang xét duyệt', 'Xem trước', 'Sẵn sàng', 'Công bố']));
    const { page, consoleErrors } = await openCms();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/#\/collections\/articles/);
    const shown: string[] = [await page.locator('body').innerText()];
    await page.getByText('Thêm bài viết', { exact: true }).click();
    await page.waitForURL(/#\/collections\/articles\/new/);
    await page.locator('input[id^="title-field"]').fill('Ra quân làm đường giao thông nông thôn');
    await page.locator('input[id^="date-field"]').fill('2026-03-02T07:30');
    await page.locator('input[id^="category-field"]').click();
    await page.keyboard.type('Kinh tế');
    await page.keyboard.press('Enter');
    await page.locator('textarea[id^="summary-field"]').fill('Sáng 2/3, hơn 300 người dân cùng đoàn viên thanh niên ra quân làm đường bê tông liên thôn.');
    await page.locator('input[id^="author-field"]').fill('Lê Văn Bình');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Người dân và đoàn viên góp hơn 600 ngày công làm đường liên thôn.');
    await page.getByText('Lưu', { exact: true }).click();
    await page.waitForURL(/#\/collections\/articles\/entries\/2026\/ra-quan-lam-duong-giao-thong-nong-thon\/index/);
    await page.getByText('Trạng thái: Bản nháp').first().waitFor();
    shown.push(await page.locator('body').innerText());
    const saved = await page.evaluate(() =>
      Object.values((window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }> }).repoFilesUnpublished).flatMap(
        (entry) => entry.diffs,
      ),
    );
    await page.goto(page.url().replace(/#.*$/, '#/workflow'));
    await page.getByText('Đang xét duyệt').first().waitFor();
    shown.push(await page.locator('body').innerText());
    const vietnamese = await page.evaluate(() => {
      const flat = (o: unknown): string[] => Object.values(o as Record<string, unknown>).flatMap((v) => (typeof v === 'object' && v ? flat(v) : [String(v)]));
      return flat((window as unknown as { CMS: { getLocale: (l: string) => unknown } }).CMS.getLocale('vi'));
    });
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    expect(saved.map((file) => file.path)).toEqual(['content/articles/2026/ra-quan-lam-duong-giao-thong-nong-thon/index.md']);
    expect(saved[0]!.content).not.toMatch(/^cover:/m);
    const content = makePortal();
    const target = path.join(content, saved[0]!.path.replace(/^content\//, ''));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, saved[0]!.content);
    const check = spawnSync('npm', ['run', 'check'], { cwd: ROOT, env: { ...process.env, PORTAL_CONTENT_DIR: content }, encoding: 'utf8' });
    expect(check.status, `${saved[0]!.content}\n${check.stdout}${check.stderr}`).toBe(0);

    // Every button the guide names is one the editor showed here, or one of its phrases (what only a
    // GitHub login, a deploy preview or a ready entry brings up), with the collections' own names.
    const phrases = new Set([...vietnamese, ...Object.values(COLLECTION_DOCS).flatMap((doc) => [doc.label, `Thêm ${doc.singular}`])]);
    const visible = shown.join('\n');
    expect(named.filter((name) => !visible.includes(name) && !phrases.has(name))).toEqual([]);
    // The names the guide used to give: no button of the editor is called so.
    for (const wrong of ['Quy trình', 'Chờ duyệt', 'Xuất bản', 'Bài viết mới']) expect(phrases.has(wrong), wrong).toBe(false);
  });
});
