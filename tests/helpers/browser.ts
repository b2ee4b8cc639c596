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

export interface KeyboardWalk {
  /** Focusable elements (one per radio group), described. */
  focusable: string[];
  /** Those that Tab reached. */
  reached: string[];
  /** Reached elements that showed no focus indicator. */
  invisible: string[];
  /** What the first Tab focused. */
  first: string;
}

/**
 * Tab through the page from the top, as a keyboard-only reader would, and
 * record what gets focus and whether the focus can be seen (an outline or a
 * box shadow that is not there without focus).
 */
export async function keyboardWalk(page: Page, maxSteps = 400): Promise<KeyboardWalk> {
  const focusable: string[] = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const seenGroups = new Set<string>();
    const out: string[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      const style = getComputedStyle(el);
      if (el.getClientRects().length === 0 || style.visibility === 'hidden' || el.closest('[inert], [hidden]')) return;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seenGroups.has(el.name)) return;
        seenGroups.add(el.name);
      }
      el.dataset.kbd = String(i);
      out.push(
        `${i}:${el.tagName.toLowerCase()}${el instanceof HTMLInputElement && el.type === 'radio' ? `[name=${el.name}]` : ''} ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}`,
      );
    });
    return out;
  });
  // The page is freshly loaded: the first Tab starts from the top of the document.
  const reached = new Set<string>();
  const invisible: string[] = [];
  let first = '';
  for (let step = 0; step < Math.min(maxSteps, focusable.length + 5); step++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      let el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // A radio reached stands for its group.
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        el = document.querySelector<HTMLElement>(`input[type="radio"][name="${el.name}"][data-kbd]`) ?? el;
      }
      const focused = document.activeElement as HTMLElement;
      const on = getComputedStyle(focused);
      const visible = (on.outlineStyle !== 'none' && parseFloat(on.outlineWidth) > 0) || on.boxShadow !== 'none';
      return { key: el.dataset.kbd ?? '', visible, label: `${focused.tagName.toLowerCase()} ${(focused.textContent ?? '').trim().slice(0, 30)}` };
    });
    if (!info) continue;
    if (!first) first = info.label;
    if (info.key) reached.add(info.key);
    if (!info.visible) invisible.push(info.label);
  }
  return {
    focusable,
    reached: focusable.filter((f) => reached.has(f.split(':')[0]!)),
    invisible,
    first,
  };
}

/** Elements whose text is cut off (overflow hidden and content wider than the box), ignoring visually hidden helpers. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        if (el.closest('.visually-hidden, .skip-link, [hidden]')) return false;
        const style = getComputedStyle(el);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        return clips && el.textContent?.trim() && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}
