/**
 * Page weight budget, measured on what chromium actually requests for an
 * article page, each file counted compressed as served (gzip for text; fonts
 * and images are already compressed). Images are outside this budget.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/portal.ts';
import { serveStatic } from '../helpers/server.ts';
import { launch, visit } from '../helpers/browser.ts';
import { templates } from '../helpers/templates.ts';
import { fileFor } from '../helpers/checks/links.ts';

const BUDGET = 100 * 1024;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Bytes of HTML, CSS, JS and fonts a page loads, compressed as served. */
async function pageWeight(root: string, pagePath: string) {
  const server = await serveStatic(root);
  const { page } = await visit(browser, server.url + pagePath);
  const urls = new Set<string>([server.url + pagePath]);
  page.on('request', (r) => urls.add(r.url()));
  await page.reload({ waitUntil: 'networkidle' });
  await page.context().close();
  await server.close();
  const weights = { html: 0, css: 0, js: 0, font: 0 };
  for (const url of urls) {
    const file = fileFor(root, new URL(url).pathname);
    if (!file) continue;
    const ext = path.extname(file);
    const kind = ext === '.html' ? 'html' : ext === '.css' ? 'css' : ext === '.js' ? 'js' : /\.woff2?$/.test(ext) ? 'font' : null;
    if (!kind) continue;
    const bytes = fs.readFileSync(file);
    weights[kind] += kind === 'font' ? bytes.length : zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { ...weights, total: Object.values(weights).reduce((a, b) => a + b, 0) };
}

describe('page weight', () => {
  it('an article page with its CSS, JS and fonts stays within 100 KB', async () => {
    const article = templates().find((t) => t.name === 'article with cover and table')!.path;
    const weight = await pageWeight(DIST, article);
    console.log(`article page weight (compressed): ${JSON.stringify(Object.fromEntries(Object.entries(weight).map(([k, v]) => [k, `${(v / 1024).toFixed(1)} KB`])))}`);
    expect(weight.font).toBeGreaterThan(0);
    expect(weight.total).toBeLessThanOrEqual(BUDGET);
  });

  it('the budget check catches a page that loads too much', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heavy-'));
    fs.writeFileSync(path.join(dir, 'big.js'), `/* ${crypto.randomBytes(130 * 1024).toString('base64')} */`);
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Nặng</title><script src="/big.js"></script></head><body><h1>Nặng</h1></body></html>',
    );
    const weight = await pageWeight(dir, '/');
    expect(weight.total).toBeGreaterThan(BUDGET);
  });
});
