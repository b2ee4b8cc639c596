/**
 * The browser harness: Debian's chromium driven by playwright-core, against
 * dist/ served on loopback. A missing browser fails the tests; it is never skipped.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface VisitResult {
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to any host other than the test server. */
  foreignRequests: string[];
}

/** Open `url` in a fresh page of `width` × 800, recording console errors and failed or foreign requests. */
export async function visit(browser: Browser, url: string, width = 390): Promise<VisitResult> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()} ${response.status()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, consoleErrors, failedRequests, foreignRequests };
}

/** axe-core with the WCAG 2.x A and AA rules; returns the violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** How far the page is wider than the viewport, in CSS pixels (0 = no sideways scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
