/**
 * The security headers declared in netlify.toml, served exactly as declared
 * to chromium over every page template: no Content-Security-Policy violation
 * anywhere, search (WebAssembly, worker) included. An inline script is caught.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, FIXTURES, ROOT } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { launch, visit } from '../helpers/browser.ts';
import { templates } from '../helpers/templates.ts';
import { allValuesFor, headersFor, loadHeaderRules } from '../checks/headers.ts';
import { listFiles } from '../helpers/portal.ts';

const rules = loadHeaderRules(path.join(ROOT, 'netlify.toml'), DIST);
let server: StaticServer;
let fixtures: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST, (pathname) => headersFor(rules, pathname));
  // The broken fixtures get the site's own policy on every path.
  fixtures = await serveStatic(path.join(FIXTURES, 'broken-site'), () => headersFor(rules, '/'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

/** Open a page recording every CSP violation the browser reports. */
async function violations(url: string, act?: (page: Page) => Promise<void>) {
  const { page, consoleErrors } = await visit(browser, 'about:blank');
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  if (act) await act(page);
  const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const logged = consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
  await page.context().close();
  return [...seen, ...logged];
}

describe('security headers in netlify.toml', () => {
  const headers = headersFor(rules, '/tin-tuc/bai-viet/');

  it('declare a strict CSP, HSTS, nosniff, referrer and permissions policies for every page', () => {
    const csp = headers['Content-Security-Policy'] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains; preload');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('give every built page exactly one Content-Security-Policy: the strict one, or the CMS policy on /admin/', () => {
    const strict = headersFor(rules, '/')['Content-Security-Policy'];
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const policies = allValuesFor(rules, page, 'Content-Security-Policy');
      expect(policies, page).toHaveLength(1);
      if (page.startsWith('/admin/')) expect(policies[0]).toContain("'unsafe-eval'");
      else expect(policies[0], page).toBe(strict);
    }
  });

  it('cache hashed assets for a year', () => {
    expect(headersFor(rules, '/_astro/BaseLayout.abc123.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('no CSP violations, served with those headers', () => {
  it.each(templates())('$name ($path)', async ({ path: pagePath }) => {
    expect(await violations(server.url + pagePath)).toEqual([]);
  });

  it('search runs under the policy (WebAssembly and worker allowed)', async () => {
    const found = await violations(`${server.url}/tim-kiem/`, async (page) => {
      await page.fill('#search-q', 'duong giao thong');
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0);
    });
    expect(found).toEqual([]);
  });

  it('the CMS at /admin/ runs under its own, looser policy', async () => {
    const found = await violations(`${server.url}/admin/`, async (page) => {
      await page.waitForSelector('text=/GitHub/i', { timeout: 20_000 });
    });
    expect(found).toEqual([]);
  });

  it('catches an inline script', async () => {
    const found = await violations(`${fixtures.url}/inline-script/`);
    expect(found.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
