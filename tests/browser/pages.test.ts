/**
 * Every page template of the built portal in Debian's chromium: it loads
 * cleanly, axe finds no WCAG 2.2 A/AA violation, the keyboard reaches every
 * link and control with a visible focus, a skip link comes first, nothing
 * scrolls sideways at 320 px, and the page still works at 200 % zoom.
 * The templates are listed in tests/helpers/templates.ts.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, FIXTURES } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { axeViolations, clippedText, horizontalOverflow, keyboardWalk, launch, visit } from '../helpers/browser.ts';
import { templates } from '../helpers/templates.ts';

let server: StaticServer;
let fixtures: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  fixtures = await serveStatic(path.join(FIXTURES, 'broken-site'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

describe.each(templates())('$name ($path)', ({ path: pagePath, status = 200 }) => {
  it('loads with no console errors, no failed requests and no third-party requests', async () => {
    const { page, consoleErrors, failedRequests, foreignRequests } = await visit(browser, server.url + pagePath);
    const main = `${server.url}${pagePath.split('?')[0]}`;
    expect(await page.locator('h1').count()).toBe(1);
    // The 404 page is itself served with status 404 (and chromium logs that); nothing else may fail.
    expect(consoleErrors.filter((e) => !(status === 404 && e.includes('404')))).toEqual([]);
    expect(failedRequests.filter((r) => !(status === 404 && r === `${main} 404`))).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('has no axe-core violations (WCAG 2.2 A/AA)', async () => {
    const { page } = await visit(browser, server.url + pagePath);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is usable by keyboard: skip link first, every link and control reached, focus always visible', async () => {
    const { page } = await visit(browser, server.url + pagePath, 1280);
    await page.waitForLoadState('networkidle');
    const walk = await keyboardWalk(page);
    expect(walk.first).toMatch(/^a Bỏ qua menu/);
    expect(walk.focusable.length).toBeGreaterThan(5);
    expect(walk.reached).toEqual(walk.focusable);
    expect(walk.invisible).toEqual([]);
    await page.context().close();
  });

  it('does not scroll sideways at 320 px', async () => {
    const { page } = await visit(browser, server.url + pagePath, 320);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('stays readable at 200 % zoom (1280 px screen → 640 CSS px): no sideways scroll, no clipped text', async () => {
    const { page } = await visit(browser, server.url + pagePath, 640);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await clippedText(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the checks catch broken pages', () => {
  it('axe reports an image without alt text', async () => {
    const { page } = await visit(browser, `${fixtures.url}/img-no-alt/`);
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt/m);
    await page.context().close();
  });

  it('the 320 px check sees a fixed-width block', async () => {
    const { page } = await visit(browser, `${fixtures.url}/wide/`, 320);
    expect(await horizontalOverflow(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the keyboard walk sees a focus without indicator', async () => {
    const { page } = await visit(browser, `${fixtures.url}/no-focus/`, 1280);
    const walk = await keyboardWalk(page);
    expect(walk.invisible.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the console check sees a failed request', async () => {
    const { failedRequests, page } = await visit(browser, `${fixtures.url}/img-no-alt/`);
    expect(failedRequests.some((r) => r.endsWith('/anh.png 404'))).toBe(true);
    await page.context().close();
  });
});

describe('article tools', () => {
  it('print and copy-link buttons appear with JavaScript and the print stylesheet hides the menus', async () => {
    const article = templates().find((t) => t.name === 'article with cover and table')!.path;
    const { page } = await visit(browser, server.url + article);
    await expect(page.getByRole('button', { name: 'In bài viết' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.article-url').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.context().close();
  });
});
