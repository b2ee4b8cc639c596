/**
 * The portal's sections in Debian's chromium, against the built sample
 * portal: the documents filter narrows the list (with and without
 * JavaScript), search finds a document by its number in the real Pagefind
 * index, the reader forms work without JavaScript, the reader tools (text
 * size, high contrast) persist across pages and stay accessible, and the
 * schedule prints without the site's chrome.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, SAMPLE, listFiles } from '../helpers/portal.ts';
import { axeViolations, horizontalOverflow, visit } from '../helpers/browser.ts';
import { servedInChromium } from '../helpers/chromium.ts';
import { templates } from '../helpers/templates.ts';

const CONTENT = SAMPLE;
const documents = listFiles(path.join(CONTENT, 'documents'))
  .filter((f) => f.endsWith('index.md'))
  .map((f) => ({ slug: path.basename(path.dirname(f)), data: matter(fs.readFileSync(path.join(CONTENT, 'documents', f), 'utf8')).data }))
  .filter((d) => !d.data.draft);
const yearOf = (d: { data: Record<string, any> }) => (d.data.issued as Date).toISOString().slice(0, 4);

const chromium = servedInChromium(DIST);

/** Paths of the documents shown (not hidden) in the listing. */
const shownDocuments = (page: Page) => page.locator('.document-item:visible h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
const expectedPaths = (filter: (d: (typeof documents)[number]) => boolean) =>
  documents
    .filter(filter)
    .map((d) => `/van-ban/${d.slug}/`)
    .sort();
/** The filter's lists: type (loai), issuing body (co-quan), year (nam). */
const filterList = (page: Page, facet: 'loai' | 'co-quan' | 'nam') => page.locator(`#loc-${facet}`);
/** Choose the option whose text is `label (count)`. */
async function choose(page: Page, facet: 'loai' | 'co-quan' | 'nam', label: string) {
  const texts = await filterList(page, facet).locator('option').allTextContents();
  const option = texts.find((t) => t.startsWith(`${label} (`));
  if (!option) throw new Error(`no option «${label}» in ${facet}: ${texts.join(', ')}`);
  await filterList(page, facet).selectOption({ label: option });
}

describe('documents filter', () => {
  it('narrows the list by type, then by year, announces the count, keeps the choice in the URL and survives a reload', async () => {
    const { page, consoleErrors } = await visit(chromium.browser, `${chromium.url}/van-ban/`, 1280);
    expect(await shownDocuments(page)).toEqual(expectedPaths(() => true));
    expect(await page.locator('[data-document-facets]').isVisible()).toBe(false);

    await choose(page, 'loai', 'Kế hoạch');
    const plans = expectedPaths((d) => d.data.type === 'Kế hoạch');
    expect(plans.length).toBeGreaterThan(1);
    expect(await shownDocuments(page)).toEqual(plans);
    await expect.poll(() => page.locator('[data-document-status]').textContent()).toBe(`Đang hiển thị ${plans.length}/${documents.length} văn bản.`);
    expect(new URL(page.url()).search).toBe('?loai=ke-hoach');

    const year = yearOf(documents.find((d) => d.data.type === 'Kế hoạch')!);
    await choose(page, 'nam', year);
    const plansOfYear = expectedPaths((d) => d.data.type === 'Kế hoạch' && yearOf(d) === year);
    expect(await shownDocuments(page)).toEqual(plansOfYear);
    expect(new URL(page.url()).search).toBe(`?loai=ke-hoach&nam=${year}`);

    await page.reload();
    expect(await filterList(page, 'loai').inputValue()).toBe('ke-hoach');
    expect(await shownDocuments(page)).toEqual(plansOfYear);

    await filterList(page, 'co-quan').selectOption({ index: 1 });
    const issuer = (await filterList(page, 'co-quan').locator('option:checked').textContent())!.replace(/ \(\d+\)$/, '');
    const narrowed = expectedPaths((d) => d.data.type === 'Kế hoạch' && yearOf(d) === year && d.data.issuer === issuer);
    expect(await shownDocuments(page)).toEqual(narrowed);

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => shownDocuments(page)).toEqual(expectedPaths(() => true));
    expect(new URL(page.url()).search).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows an empty result as a message, not a blank list', async () => {
    const types = new Set(documents.map((d) => d.data.type));
    const years = new Set(documents.map(yearOf));
    // A type and a year that exist but never together, if the sample has one.
    const pair = [...types]
      .flatMap((type) => [...years].map((year) => ({ type, year })))
      .find(({ type, year }) => !documents.some((d) => d.data.type === type && yearOf(d) === year));
    expect(pair, 'the sample should have a type missing from some year').toBeDefined();
    const { page } = await visit(chromium.browser, `${chromium.url}/van-ban/`, 1280);
    await choose(page, 'loai', pair!.type);
    await choose(page, 'nam', pair!.year);
    expect(await shownDocuments(page)).toEqual([]);
    await expect.poll(() => page.locator('[data-document-status]').textContent()).toMatch(/^Không có văn bản nào khớp với bộ lọc/);
    await page.context().close();
  });

  it('works without JavaScript through the links to each type, issuing body and year', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/van-ban/`);
    expect(await page.locator('form.filter-form').isVisible()).toBe(false);
    expect(await shownDocuments(page)).toEqual(expectedPaths(() => true));
    await page.locator('[data-document-facets]').getByRole('link', { name: 'Quyết định', exact: true }).click();
    await page.waitForURL('**/van-ban/loai/quyet-dinh/');
    expect(await shownDocuments(page)).toEqual(expectedPaths((d) => d.data.type === 'Quyết định'));
    const year = yearOf(documents[0]!);
    await page.locator('[data-document-facets]').getByRole('link', { name: year, exact: true }).click();
    await page.waitForURL(`**/van-ban/nam/${year}/`);
    expect(await shownDocuments(page)).toEqual(expectedPaths((d) => yearOf(d) === year));
    await context.close();
  });
});

describe('search', () => {
  it('finds a document by its number 06/KH-UBND, first, as «Văn bản»', async () => {
    const target = documents.find((d) => d.data.number === '06/KH-UBND')!;
    const { page } = await visit(chromium.browser, `${chromium.url}/tim-kiem/?q=${encodeURIComponent('06/KH-UBND')}`, 1000);
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0, null, { timeout: 15_000 });
    const first = await page.locator('.search-result h2 a').first().getAttribute('href');
    expect(new URL(first!, chromium.url).pathname).toBe(`/van-ban/${target.slug}/`);
    expect(await page.locator('.search-result').first().textContent()).toContain('Văn bản');
    await page.context().close();
  });
});

describe('reader forms without JavaScript', () => {
  const article = () => templates().find((t) => t.name === 'article without cover')!.path;

  it('rating an article: a choice is required, then sending lands on the Vietnamese confirmation page', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chromium.url + article());
    const form = page.locator('form[name="danh-gia-thong-tin"]');
    await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
    expect(new URL(page.url()).pathname).toBe(article());
    await form.getByLabel('Hữu ích', { exact: true }).check();
    await form.getByLabel(/Góp ý thêm/).fill('Bài viết rõ ràng, dễ hiểu.');
    await Promise.all([page.waitForURL('**/gui-thanh-cong/'), form.getByRole('button', { name: 'Gửi đánh giá' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Đã gửi ý kiến');
    await context.close();
  });

  it('a question through /hoi-dap-gop-y/: required fields are enforced, then it is sent', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/hoi-dap-gop-y/`);
    const form = page.locator('form[name="hoi-dap-gop-y"]');
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    expect(new URL(page.url()).pathname).toBe('/hoi-dap-gop-y/');
    await form.getByLabel(/^Họ và tên/).fill('Nguyễn Thị Lan');
    await form.getByLabel(/^Thư điện tử/).fill('lan@example.vn');
    await form.getByLabel('Loại ý kiến').selectOption('Hỏi đáp');
    await form.getByLabel(/^Tiêu đề/).fill('Thời gian nhận hồ sơ hỗ trợ nhà ở');
    await form.getByLabel(/^Nội dung/).fill('Xin hỏi hồ sơ hỗ trợ nhà ở đợt 2 nhận đến ngày nào?');
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    expect(new URL(page.url()).pathname, 'consent is required').toBe('/hoi-dap-gop-y/');
    await form.getByLabel(/^Tôi đồng ý/).check();
    await Promise.all([page.waitForURL('**/gui-thanh-cong/'), form.getByRole('button', { name: 'Gửi ý kiến' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Đã gửi ý kiến');
    await context.close();
  });
});

describe('reader tools', () => {
  const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

  it('are hidden without JavaScript (the page is complete without them)', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.url}/`);
    expect(await page.locator('[data-reader-tools]').isVisible()).toBe(false);
    await context.close();
  });

  it('text size: A+ enlarges, the choice persists across a navigation, A resets it; A- makes it smaller', async () => {
    const { page, consoleErrors } = await visit(chromium.browser, `${chromium.url}/`, 1280);
    expect(await rootFontSize(page)).toBe('16px');
    await page.getByRole('button', { name: /A\+ tăng cỡ chữ/ }).click();
    await page.getByRole('button', { name: /A\+ tăng cỡ chữ/ }).click();
    expect(await rootFontSize(page)).toBe('20px');
    await expect.poll(() => page.locator('[data-reader-status]').textContent()).toBe('Cỡ chữ: 125 %');
    await Promise.all([page.waitForURL('**/van-ban/'), page.locator('.main-nav').getByRole('link', { name: 'Văn bản' }).click()]);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('2');
    expect(await rootFontSize(page)).toBe('20px');
    await page.getByRole('button', { name: /^A cỡ chữ mặc định/ }).click();
    expect(await rootFontSize(page)).toBe('16px');
    await page.getByRole('button', { name: /A- giảm cỡ chữ/ }).click();
    expect(await rootFontSize(page)).toBe('14px');
    await page.goto(`${chromium.url}/lich-lam-viec/`);
    expect(await rootFontSize(page)).toBe('14px');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('high contrast: pressed, persists across a navigation, and a second press turns it off', async () => {
    const { page } = await visit(chromium.browser, `${chromium.url}/`, 1280);
    const contrast = page.getByRole('button', { name: 'Tương phản cao' });
    expect(await contrast.getAttribute('aria-pressed')).toBe('false');
    await contrast.click();
    expect(await contrast.getAttribute('aria-pressed')).toBe('true');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(0, 0, 0)');
    await page.goto(`${chromium.url}/van-ban/`);
    expect(await background()).toBe('rgb(0, 0, 0)');
    expect(await page.getByRole('button', { name: 'Tương phản cao' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    await page.goto(`${chromium.url}/`);
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBeUndefined();
    expect(await background()).not.toBe('rgb(0, 0, 0)');
    await page.context().close();
  });

  it.each(['/', '/van-ban/', '/lich-lam-viec/', '/hoi-dap-gop-y/'])(
    'with the largest text and high contrast, %s has no axe violation and no sideways scroll at 320 px',
    async (pagePath) => {
      const context = await chromium.browser.newContext({ viewport: { width: 320, height: 800 } });
      await context.addInitScript(() => {
        localStorage.setItem('cong-thong-tin:co-chu', '4');
        localStorage.setItem('cong-thong-tin:tuong-phan', 'cao');
      });
      const page = await context.newPage();
      await page.goto(chromium.url + pagePath);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => [document.documentElement.dataset.textSize, document.documentElement.dataset.contrast])).toEqual(['4', 'high']);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('printing the work schedule', () => {
  it('keeps the week, its days and entries and the unit’s name; drops menus, tools and the list of weeks', async () => {
    const { page } = await visit(chromium.browser, `${chromium.url}/lich-lam-viec/`, 1024);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.main-nav', '.site-footer', '.header-tools', '.schedule-tools', '.week-nav', '.schedule-weeks', '.breadcrumb']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.schedule-entry').first().isVisible()).toBe(true);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'In lịch tuần' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
