/**
 * Raw HTML in Markdown is made safe in the built site. The XSS fixture
 * (tests/fixtures/xss: scripts, inline event handlers, `javascript:` links
 * written three ways, a foreign iframe, object, svg and form, beside an
 * allowlisted YouTube player) is built with `astro build` alone, skipping
 * `npm run check` (which refuses it, see check-rules.test.ts), to prove the
 * build's own sanitiser: the pages and the RSS feeds hold none of it, and
 * chromium runs none of it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, makePortal } from '../helpers/portal.ts';
import { servedInChromium } from '../helpers/chromium.ts';

let outDir: string;
const page = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
/** The Markdown body as published: the region Pagefind indexes, inside <article>. */
const body = (html: string) => /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*<p class="meta"/.exec(html)?.[1] ?? html;

beforeAll(() => {
  const content = makePortal();
  fs.cpSync(path.join(FIXTURES, 'xss'), content, { recursive: true });
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-xss-'));
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: content,
      PORTAL_CHECK_GATE: 'skip',
      PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-xss-cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
});

describe('raw HTML in Markdown, built', () => {
  const pages = ['tin-tuc/thu-chen-ma-doc/index.html', 'thong-bao/thong-bao-chen-ma/index.html'];
  const feeds = ['rss.xml', 'chuyen-muc/kinh-te/rss.xml', 'thong-bao/rss.xml'];

  it.each([...pages, ...feeds])('%s carries none of the attack payloads', (file) => {
    const html = page(file);
    expect(html).toMatch(/thu-chen-ma-doc|thong-bao-chen-ma/);
    expect(html).not.toMatch(/XSS-/);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/evil\.example/);
  });

  it('keeps the safe content: text, marks, the allowlisted video (moved to YouTube’s no-cookie host), unwrapped unknown tags', () => {
    const article = body(page('tin-tuc/thu-chen-ma-doc/index.html'));
    expect(article).not.toMatch(/<(object|svg|form|input|center|style)\b/i);
    // Only the site's own bundled scripts remain (by src, from /_astro/); nothing inline.
    for (const [tag] of article.matchAll(/<script\b[^>]*>/gi)) expect(tag).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    expect(article).toContain('<mark>đánh dấu</mark>');
    expect(article).toContain('Đoạn có trình xử lý sự kiện.');
    expect(article).toContain('Chữ vẫn còn sau khi bỏ thẻ lạ.');
    expect(article).toMatch(/<a>Liên kết viết hoa<\/a>/);
    const iframes = [...article.matchAll(/<iframe[^>]*>/g)].map((m) => m[0]);
    expect(iframes).toHaveLength(1);
    expect(iframes[0]).toContain('src="https://www.youtube-nocookie.com/embed/abc123XYZ"');
    expect(iframes[0]).toContain('title="Video hội nghị"');
    expect(iframes[0]).toContain('loading="lazy"');
  });

  it('leaves no inline style in bodies other than table alignment', () => {
    // The minimal portal's valid article goes through the same pipeline; alignment is the one style kept.
    const html = page('tin-tuc/bai-hop-le/index.html');
    expect(html).not.toMatch(/style="(?!text-align)/);
  });
});

describe('in chromium', () => {
  const chromium = servedInChromium(() => outDir);

  it('runs no injected script: no dialog opens, nothing reaches another host but the video player', async () => {
    const context = await chromium.browser.newContext();
    const dialogs: string[] = [];
    const hosts = new Set<string>();
    // No network here: other hosts are recorded, then refused, so pages finish loading at once.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const tab = await context.newPage();
    tab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== chromium.url && url.protocol.startsWith('http')) hosts.add(url.hostname);
    });
    for (const file of ['tin-tuc/thu-chen-ma-doc/', 'thong-bao/thong-bao-chen-ma/']) {
      await tab.goto(`${chromium.url}/${file}`, { waitUntil: 'load' });
      // The links lost their javascript: targets; clicking them runs nothing.
      for (const link of await tab.locator('.prose a').all()) await link.click();
    }
    expect(dialogs).toEqual([]);
    expect([...hosts].filter((host) => host !== 'www.youtube-nocookie.com')).toEqual([]);
    await context.close();
  });
});
