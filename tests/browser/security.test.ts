/**
 * The security headers declared in netlify.toml and written by the build into
 * dist/_headers, served as Netlify serves them (tests/helpers/checks/headers.ts) to
 * chromium over every page template: no Content-Security-Policy violation
 * anywhere, search (WebAssembly, worker) included; an unknown address held to
 * the site's policy too; the CMS under its own policy only, its login popup
 * keeping its opener; attachments with their types, office files downloaded.
 * An inline script is caught.
 */
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, FIXTURES, ROOT } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { launch, visit } from '../helpers/browser.ts';
import { templates } from '../helpers/templates.ts';
import { allValuesFor, headersFor, loadHeaderRules, type Overlap } from '../helpers/checks/headers.ts';
import { listFiles } from '../helpers/portal.ts';
import { metaPolicy } from '../../src/outputs/headers.ts';
import { ATTACHMENT_TYPES } from '../../src/model/attachment-types.ts';

const rules = loadHeaderRules(path.join(ROOT, 'netlify.toml'), DIST);
const strict = headersFor(rules, '/')['Content-Security-Policy']!;
const cmsPolicy = rules.find((rule) => rule.for === '/admin/*' && rule.values['Content-Security-Policy'])!.values['Content-Security-Policy']!;
let server: StaticServer;
/** dist/ again, with the later of two matching rules winning (Netlify's other possible reading). */
let overriding: StaticServer;
let fixtures: StaticServer;
/** Another origin, sending no COOP of its own, standing in for the login popup's host. */
let loginHost: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST, (pathname) => headersFor(rules, pathname));
  overriding = await serveStatic(DIST, (pathname) => headersFor(rules, pathname, 'override'));
  // The broken fixtures get the site's own policy on every path.
  fixtures = await serveStatic(path.join(FIXTURES, 'broken-site'), () => headersFor(rules, '/'));
  loginHost = await serveStatic(path.join(FIXTURES, 'broken-site'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await overriding?.close();
  await fixtures?.close();
  await loginHost?.close();
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
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  const pages = () =>
    listFiles(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);

  it('give every built page exactly one Content-Security-Policy: the strict one, or the CMS policy on /admin/', () => {
    expect(pages().length).toBeGreaterThan(50);
    for (const page of pages()) {
      const policies = allValuesFor(rules, page, 'Content-Security-Policy');
      expect(policies, page).toHaveLength(1);
      if (page.startsWith('/admin/')) expect(policies[0]).toBe(cmsPolicy);
      else expect(policies[0], page).toBe(strict);
    }
    expect(cmsPolicy).toContain("'unsafe-eval'");
    expect(strict).not.toContain("'unsafe-eval'");
  });

  it('give every built page Cross-Origin-Opener-Policy same-origin, and /admin/ one that allows its popups', () => {
    for (const page of pages()) {
      const values = allValuesFor(rules, page, 'Cross-Origin-Opener-Policy');
      if (page.startsWith('/admin/')) {
        expect(values, page).toContain('same-origin-allow-popups');
        // Whichever way Netlify resolves the two rules, /admin/ never ends up with same-origin alone.
        expect(headersFor(rules, page, 'override')['Cross-Origin-Opener-Policy'], page).toBe('same-origin-allow-popups');
        expect(headersFor(rules, page, 'combine')['Cross-Origin-Opener-Policy'], page).toBe('same-origin, same-origin-allow-popups');
      } else expect(values, page).toEqual(['same-origin']);
    }
  });

  it('give every attachment and document file under /tep/ its type, and office files a download', () => {
    const files = listFiles(path.join(DIST, 'tep')).filter((f) => !f.startsWith('media/'));
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(files.some((f) => f.endsWith('.xlsx'))).toBe(true);
    for (const file of files) {
      const headers = headersFor(rules, `/tep/${file}`);
      const known = ATTACHMENT_TYPES[path.extname(file).slice(1).toLowerCase()];
      expect(known, file).toBeDefined();
      expect(headers['Content-Type'], file).toBe(known!.mime);
      expect(headers['Content-Disposition'], file).toBe(known!.download ? 'attachment' : undefined);
      expect(headers['X-Content-Type-Options'], file).toBe('nosniff');
      expect(allValuesFor(rules, `/tep/${file}`, 'Content-Security-Policy'), file).toEqual([strict]);
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

  it('the CMS at /admin/ runs under its own, looser policy, and only that one', async () => {
    const response = await fetch(`${server.url}/admin/`);
    expect(response.headers.get('Content-Security-Policy')).toBe(cmsPolicy);
    const found = await violations(`${server.url}/admin/`, async (page) => {
      await page.waitForSelector('text=/GitHub/i', { timeout: 20_000 });
    });
    expect(found).toEqual([]);
  });

  it("an unknown address gets the 404 page holding the site's policy, which chromium enforces", async () => {
    for (const address of ['/khong-co-trang-nay', '/tin-tuc/khong-co-bai-nay/']) {
      const response = await fetch(server.url + address);
      expect(response.status, address).toBe(404);
      expect(response.headers.get('X-Frame-Options'), address).toBe('DENY');
      expect(response.headers.get('Cross-Origin-Opener-Policy'), address).toBe('same-origin');
      const meta = parse(await response.text()).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content'), address).toBe(metaPolicy(strict));
      // A header, where one reaches the address, is the same policy: the two never narrow each other.
      expect([null, strict], address).toContain(response.headers.get('Content-Security-Policy'));
    }
    // Only frame-ancestors is lost in <meta>, and X-Frame-Options DENY stands in for it.
    expect(metaPolicy(strict)).toBe(strict.replace(/;\s*frame-ancestors [^;]+/, ''));

    const found = await violations(`${server.url}/khong-co-trang-nay`, async (page) => {
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran).toBe(false);
    });
    expect(found.some((v) => v.startsWith('script-src'))).toBe(true);
    // Nothing of the page's own was blocked: the only violations are the injected script's.
    expect(found.filter((v) => !/script-src|inline/.test(v))).toEqual([]);
  });

  it('an office file is served with its type, nosniff and as a download; a PDF opens inline', async () => {
    const files = listFiles(path.join(DIST, 'tep'));
    const docx = files.find((f) => f.endsWith('.docx'))!;
    const pdf = files.find((f) => f.endsWith('.pdf'))!;
    const office = await fetch(`${server.url}/tep/${docx}`);
    expect(office.status).toBe(200);
    expect(office.headers.get('Content-Type')).toBe(ATTACHMENT_TYPES.docx!.mime);
    expect(office.headers.get('Content-Disposition')).toBe('attachment');
    expect(office.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const inline = await fetch(`${server.url}/tep/${pdf}`);
    expect(inline.headers.get('Content-Type')).toBe('application/pdf');
    expect(inline.headers.get('Content-Disposition')).toBeNull();
    expect(inline.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  /** Whether a popup that `from` opens on another origin (as api.netlify.com is) still has its opener: the CMS login needs it. */
  async function popupKeepsOpener(site: StaticServer, from: string): Promise<boolean> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + from);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate((url) => void window.open(url), `${loginHost.url}/ok/`)]);
    await popup.waitForLoadState();
    const kept = await popup.evaluate(() => window.opener !== null);
    await context.close();
    return kept;
  }

  it.each<Overlap>(['combine', 'override'])('the CMS login popup keeps its opener when Netlify resolves the two COOP rules by %s', async (overlap) => {
    const site = overlap === 'combine' ? server : overriding;
    expect(await popupKeepsOpener(site, '/admin/')).toBe(true);
    // The same popup from any other page is cut off from its opener: same-origin is in force there.
    expect(await popupKeepsOpener(site, '/tin-tuc/')).toBe(false);
  });

  it('catches an inline script', async () => {
    const found = await violations(`${fixtures.url}/inline-script/`);
    expect(found.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
