/**
 * Galleries in Debian's chromium, on the built sample portal: the lightbox
 * opens on the photo clicked, arrow keys, Home/End and swipes move, the
 * counter and caption follow, focus stays inside and returns on Esc; without
 * JavaScript a thumbnail is a plain link to the large JPEG. Also: photos
 * arriving late move nothing on article pages with covers.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/portal.ts';
import { axeViolations, visit } from '../helpers/browser.ts';
import { servedInChromium } from '../helpers/chromium.ts';

const articlePages = () => {
  const dir = path.join(DIST, 'tin-tuc');
  return fs
    .readdirSync(dir)
    .filter((slug) => !/^\d+$/.test(slug) && fs.existsSync(path.join(dir, slug, 'index.html')))
    .map((slug) => ({ url: `/tin-tuc/${slug}/`, html: fs.readFileSync(path.join(dir, slug, 'index.html'), 'utf8') }));
};
/** The sample article whose gallery has the most photos. */
const galleryPage = () => {
  const withGallery = articlePages().filter((page) => page.html.includes('data-gallery-item'));
  if (withGallery.length === 0) throw new Error('no article with a gallery in the sample portal');
  return withGallery.sort((a, b) => b.html.split('data-gallery-item').length - a.html.split('data-gallery-item').length)[0]!.url;
};

const chromium = servedInChromium(DIST);

const dialog = (page: Page) => page.locator('dialog[data-lightbox]');
const counter = (page: Page) => page.locator('[data-lightbox-counter]');
const lightboxCaption = (page: Page) => page.locator('[data-lightbox-caption]');
const thumbnails = (page: Page) => page.locator('a[data-gallery-item]');
const captions = (page: Page) => page.locator('.gallery-grid figcaption').allTextContents();
const isOpen = (page: Page) => dialog(page).evaluate((element) => (element as HTMLDialogElement).open);
const focusInDialog = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[data-lightbox]')));

async function openThird() {
  const visited = await visit(chromium.browser, chromium.url + galleryPage());
  const { page } = visited;
  await thumbnails(page).nth(2).click();
  await expect.poll(() => isOpen(page)).toBe(true);
  return { ...visited, count: await thumbnails(page).count(), texts: await captions(page) };
}

describe('gallery lightbox', () => {
  it('opens on the photo clicked, with the counter "3/N", its caption and the AVIF version', async () => {
    const { page, count, texts, consoleErrors } = await openThird();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(await counter(page).textContent()).toBe(`3/${count}`);
    expect(await lightboxCaption(page).textContent()).toBe(texts[2]);
    const image = page.locator('[data-lightbox-image]');
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const shown = await image.evaluate((img) => (img as HTMLImageElement).currentSrc);
    expect(shown).toMatch(/\.avif$/);
    // …of the third photo: the same file name before Astro's hashes as the third thumbnail's link.
    const stem = (url: string) => url.split('/').pop()!.split('.')[0];
    expect(stem(shown)).toBe(stem((await thumbnails(page).nth(2).getAttribute('href'))!));
    expect(await dialog(page).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('moves with the arrow keys, wrapping at both ends, and jumps with Home and End', async () => {
    const { page, count, texts } = await openThird();
    await page.keyboard.press('ArrowRight');
    expect(await counter(page).textContent()).toBe(`4/${count}`);
    expect(await lightboxCaption(page).textContent()).toBe(texts[3]);
    await page.keyboard.press('End');
    expect(await counter(page).textContent()).toBe(`${count}/${count}`);
    await page.keyboard.press('ArrowRight');
    expect(await counter(page).textContent()).toBe(`1/${count}`);
    expect(await lightboxCaption(page).textContent()).toBe(texts[0]);
    await page.keyboard.press('ArrowLeft');
    expect(await counter(page).textContent()).toBe(`${count}/${count}`);
    await page.keyboard.press('Home');
    expect(await counter(page).textContent()).toBe(`1/${count}`);
    await page.context().close();
  });

  it('moves with its previous and next buttons', async () => {
    const { page, count } = await openThird();
    await page.locator('[data-lightbox-next]').click();
    expect(await counter(page).textContent()).toBe(`4/${count}`);
    await page.locator('[data-lightbox-previous]').click();
    await page.locator('[data-lightbox-previous]').click();
    expect(await counter(page).textContent()).toBe(`2/${count}`);
    await page.context().close();
  });

  it('keeps focus inside while open, both ways', async () => {
    const { page } = await openThird();
    expect(await focusInDialog(page)).toBe(true);
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(page), `Shift+Tab ${i + 1}`).toBe(true);
    }
    await page.context().close();
  });

  it('closes on Esc and gives focus back to the thumbnail that opened it', async () => {
    const { page } = await openThird();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => [...document.querySelectorAll('a[data-gallery-item]')].indexOf(document.activeElement as Element))).toBe(2);
    await page.context().close();
  });

  it('closes with its close button, focus back on the thumbnail', async () => {
    const { page } = await openThird();
    await page.locator('[data-lightbox-close]').click();
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => [...document.querySelectorAll('a[data-gallery-item]')].indexOf(document.activeElement as Element))).toBe(2);
    await page.context().close();
  });

  it('moves with swipes on a touch screen', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(chromium.url + galleryPage());
    const count = await thumbnails(page).count();
    await thumbnails(page).nth(2).tap();
    await expect.poll(() => isOpen(page)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const swipe = async (fromX: number, toX: number) => {
      const y = 400;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
      for (const step of [0.33, 0.66, 1]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + (toX - fromX) * step, y: y + 4 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(320, 80);
    await expect.poll(() => counter(page).textContent()).toBe(`4/${count}`);
    await swipe(80, 320);
    await swipe(80, 320);
    await expect.poll(() => counter(page).textContent()).toBe(`2/${count}`);
    // A short touch is a tap, not a swipe.
    await swipe(200, 190);
    expect(await counter(page).textContent()).toBe(`2/${count}`);
    await context.close();
  });

  it('is axe-clean while open', async () => {
    const { page } = await openThird();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('gallery without JavaScript', () => {
  it('links each thumbnail to the large JPEG', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(chromium.url + galleryPage());
    const href = await thumbnails(page).nth(1).getAttribute('href');
    expect(href).toMatch(/^\/_astro\/.+\.jpeg$/);
    const [response] = await Promise.all([page.waitForNavigation(), thumbnails(page).nth(1).click()]);
    expect(page.url()).toBe(chromium.url + href);
    expect(response?.headers()['content-type']).toBe('image/jpeg');
    await context.close();
  });
});

describe('layout stability', () => {
  /** Article pages with a cover, the gallery article first; at most five. */
  const withCovers = () =>
    [
      galleryPage(),
      ...articlePages()
        .filter((page) => page.html.includes('class="article-cover"'))
        .map((page) => page.url),
    ]
      .filter((url, i, all) => all.indexOf(url) === i)
      .slice(0, 5);

  it('moves nothing when photos arrive late on article pages with covers (cumulative layout shift 0)', async () => {
    const pages = withCovers();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const url of pages) {
      const context = await chromium.browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'vi-VN' });
      const page = await context.newPage();
      // Photos are held back until the web fonts are in (their swap moves text, which is not a photo's
      // doing), then answer 300 ms later; only shifts from the first photo's arrival on are counted.
      let fontsDone!: () => void;
      const fonts = new Promise<void>((resolve) => (fontsDone = resolve));
      await page.exposeFunction('fontsDone', () => fontsDone());
      await page.route(/\/_astro\/.+\.(avif|webp|jpe?g)$/, async (route) => {
        await Promise.race([fonts, new Promise((resolve) => setTimeout(resolve, 3000))]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: { at: number; value: number }[]; fontsDone: () => void };
        w.shifts = [];
        document.fonts.addEventListener('loadingdone', () => requestAnimationFrame(() => requestAnimationFrame(() => w.fontsDone())));
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) w.shifts.push({ at: entry.startTime, value: entry.value });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(chromium.url + url, { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() => [...document.images].every((img) => img.complete || img.loading === 'lazy'));
      await page.waitForTimeout(800);
      const loaded = await page.evaluate(() => [...document.querySelectorAll('.article-cover img')].every((img) => (img as HTMLImageElement).naturalWidth > 0));
      expect(loaded, url).toBe(true);
      const shift = await page.evaluate(() => {
        const photos = performance.getEntriesByType('resource').filter((e) => /\.(avif|webp|jpe?g)$/.test(e.name));
        const firstPhoto = Math.min(...photos.map((e) => (e as PerformanceResourceTiming).responseStart));
        const shifts = (window as unknown as { shifts: { at: number; value: number }[] }).shifts;
        return { photos: photos.length, total: shifts.filter((s) => s.at >= firstPhoto).reduce((sum, s) => sum + s.value, 0) };
      });
      expect(shift.photos, url).toBeGreaterThan(0);
      expect(shift.total, url).toBe(0);
      await context.close();
    }
  });
});
