/**
 * The built portal in Debian's chromium: pages load cleanly, axe finds no
 * WCAG A/AA violations, and nothing scrolls sideways on a 320 px phone.
 * Later issues add their pages to TEMPLATES.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { axeViolations, horizontalOverflow, launch, visit } from '../helpers/browser.ts';

/** An article with a cover photo and a table, if the sample has one, else the first article. */
function sampleArticle(): string {
  const dir = path.join(DIST, 'tin-tuc');
  const slugs = fs.readdirSync(dir).filter((slug) => fs.existsSync(path.join(dir, slug, 'index.html')) && !/^\d+$/.test(slug));
  const html = (slug: string) => fs.readFileSync(path.join(dir, slug, 'index.html'), 'utf8');
  const rich = slugs.find((slug) => html(slug).includes('<table') && html(slug).includes('article-cover'));
  return `/tin-tuc/${rich ?? slugs[0]}/`;
}

const TEMPLATES = () => [
  { name: 'home', path: '/' },
  { name: 'article', path: sampleArticle() },
  { name: 'search', path: '/tim-kiem/?q=cai+cach' },
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(TEMPLATES())('$name page ($path)', ({ path: pagePath }) => {
  it('loads with no console errors, no failed requests and no third-party requests', async () => {
    const { page, consoleErrors, failedRequests, foreignRequests } = await visit(browser, server.url + pagePath);
    expect(await page.locator('h1').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('has no axe-core violations (WCAG 2.2 A/AA)', async () => {
    const { page } = await visit(browser, server.url + pagePath);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('does not scroll sideways at 320 px', async () => {
    const { page } = await visit(browser, server.url + pagePath, 320);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });
});

describe('article tools', () => {
  it('print and copy-link buttons appear with JavaScript and the print stylesheet hides the menus', async () => {
    const { page } = await visit(browser, server.url + sampleArticle());
    await expect(page.getByRole('button', { name: 'In bài viết' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.article-url').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.context().close();
  });
});
