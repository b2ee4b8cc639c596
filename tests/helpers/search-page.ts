/** Searching through the portal's search page in chromium, as a reader does. */
import type { Page } from 'playwright-core';

export interface SearchOptions {
  /** Click «more» until every result is listed. */
  all?: boolean;
  sort?: 'newest';
  type?: string;
  category?: string;
  year?: string;
}

/**
 * Opens `/tim-kiem/` of `origin` with the query and filters in the URL, waits for the status
 * line, and returns the results' paths, the status line and the count shown beside each
 * filter value (`year=2025` → `(3)`).
 */
export async function searchPage(page: Page, origin: string, query: string, { all = false, ...filters }: SearchOptions = {}) {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${origin}/tim-kiem/?${params}`);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«'), null, { timeout: 10_000 });
  if (all) {
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('.search-result').count();
      await page.click('[data-search-more]');
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    }
  }
  const paths = await page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  const counts = await page
    .locator('[data-count]')
    .evaluateAll((spans) => spans.map((span) => `${(span as HTMLElement).dataset.count}=${(span as HTMLElement).dataset.value} ${span.textContent}`));
  return { paths, status, counts };
}
