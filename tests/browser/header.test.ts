/**
 * The header on a phone, in Debian's chromium, on the built sample portal
 * (ten menu items): at 390×844 it is three short rows, the menu a closed
 * disclosure that opens without JavaScript and whose links the keyboard
 * reaches; on a wide screen the menu is the usual row, without a toggle.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, SAMPLE } from '../helpers/portal.ts';
import { axeViolations } from '../helpers/browser.ts';
import { servedInChromium } from '../helpers/chromium.ts';
import { loadSiteConfig } from '../../src/files/site-file.ts';

const PHONE = { width: 390, height: 844 };
const menu = loadSiteConfig(SAMPLE).menu.map((item) => item.label);

const chromium = servedInChromium(DIST);

async function open(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport, locale: 'vi-VN', javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${chromium.url}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return page;
}
const bottom = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom);
const menuLinks = (page: Page) => page.locator('.main-nav ul a');
const visibleLinks = (page: Page) => menuLinks(page).evaluateAll((links) => links.filter((a) => a.checkVisibility()).map((a) => a.textContent!.trim()));

describe('the header at 390×844 (a phone)', () => {
  it('is short: the header ends by 160 px, the page’s heading or content starts in the first fifth of the screen', async () => {
    const page = await open(PHONE);
    expect(menu.length).toBeGreaterThanOrEqual(10);
    const header = await bottom(page, '.site-header');
    expect(header).toBeGreaterThan(100);
    expect(header).toBeLessThanOrEqual(160);
    const main = await page.locator('main').evaluate((el) => el.getBoundingClientRect().top);
    expect(main).toBeLessThanOrEqual(header + 1);
    // The search box stays in the header, on the menu toggle's row.
    const search = await page.locator('.header-search').boundingBox();
    const toggle = await page.locator('.main-nav summary').boundingBox();
    expect(Math.abs(search!.y - toggle!.y)).toBeLessThan(4);
    expect(await page.locator('.header-search input').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the menu closed, as a toggle named «Danh mục», and opens it with the keyboard: every link reached by Tab, then closes it', async () => {
    const page = await open(PHONE);
    expect(await visibleLinks(page)).toEqual([]);
    const toggle = page.locator('.main-nav summary');
    expect((await toggle.textContent())!.trim()).toBe('Danh mục');
    // Tab from the top of the page to the toggle.
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      if (await toggle.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.locator('.main-nav details').getAttribute('open')).toBe('');
    expect(await visibleLinks(page)).toEqual(menu);
    const reached: string[] = [];
    for (const _ of menu) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement!.textContent!.trim()));
    }
    expect(reached).toEqual(menu);
    // The opened menu lies over the page below the header, in the screen, every link whole.
    const header = await bottom(page, '.site-header');
    const list = await page.locator('.main-nav ul').boundingBox();
    expect(list!.y).toBeCloseTo(header, 0);
    expect(list!.width).toBe(PHONE.width);
    expect(list!.y + list!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await axeViolations(page)).toEqual([]);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await visibleLinks(page)).toEqual([]);
    await page.context().close();
  });

  it('opens without JavaScript, and a menu link leads to its section', async () => {
    const page = await open(PHONE, false);
    await page.locator('.main-nav summary').click();
    expect(await visibleLinks(page)).toEqual(menu);
    const last = menuLinks(page).last();
    const href = await last.getAttribute('href');
    await Promise.all([page.waitForURL(`**${href}`), last.click()]);
    expect(new URL(page.url()).pathname).toBe(href);
    await page.context().close();
  });
});

describe('the header on a wide screen (1280×800)', () => {
  it('shows the menu as a row under the header, with no toggle, every link visible and reached by Tab', async () => {
    const page = await open({ width: 1280, height: 800 });
    expect(await page.locator('.main-nav summary').isVisible()).toBe(false);
    expect(await visibleLinks(page)).toEqual(menu);
    const tops = await menuLinks(page).evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    await menuLinks(page).first().focus();
    expect(await page.evaluate(() => document.activeElement!.textContent!.trim())).toBe(menu[0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.textContent!.trim())).toBe(menu[1]);
    expect(await bottom(page, '.site-header')).toBeLessThanOrEqual(200);
    await page.context().close();
  });
});
