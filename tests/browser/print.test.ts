/**
 * Printing an article: chromium prints it to PDF, pdftotext (poppler-utils)
 * reads the PDF back. The print holds the title, date, body and the article's
 * address, and none of the menus, footer or side lists.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, FIXTURES } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { launch, visit } from '../helpers/browser.ts';
import { templates } from '../helpers/templates.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let server: StaticServer;
let fixtures: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(DIST);
  fixtures = await serveStatic(path.join(FIXTURES, 'broken-site'));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

/** What we never want on paper: the skip link, menus, footer, side lists, tools. */
const CHROME = ['Bỏ qua menu', 'Chịu trách nhiệm nội dung', 'Các tin khác', 'Lưu trữ', 'In bài viết'];

/** Print `url` to PDF in chromium and read the text back with pdftotext. */
async function printedText(url: string) {
  const { page } = await visit(browser, url, 1024);
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-')), 'trang.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  await page.context().close();
  return squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
}

describe('print', () => {
  it('an article prints with title, date, body and URL, without menus', async () => {
    const article = templates().find((t) => t.name === 'article with cover and table')!.path;
    const { page } = await visit(browser, server.url + article, 1024);
    const title = squash((await page.locator('h1').textContent()) ?? '');
    const date = squash((await page.locator('.article-header time').first().textContent()) ?? '');
    const paragraph = squash((await page.locator('.prose p').first().textContent()) ?? '').slice(0, 60);
    const url = (await page.locator('.article-url a').getAttribute('href')) ?? '';
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-')), 'bai-viet.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    await page.context().close();
    const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const flat = text.replace(/-\s/g, '-');
    expect(text).toContain(title.slice(0, 40));
    expect(text).toContain(date);
    expect(text).toContain(paragraph.slice(0, 40));
    expect(flat.replace(/\s/g, '')).toContain(url);
    for (const chrome of CHROME) expect(text).not.toContain(chrome);
  });

  it('the check sees menus and footer on a page without a print stylesheet', async () => {
    const text = await printedText(`${fixtures.url}/print-menus/`);
    expect(text).toContain('Bài in không ẩn menu');
    expect(CHROME.filter((chrome) => text.includes(chrome))).toEqual(['Bỏ qua menu', 'Chịu trách nhiệm nội dung', 'Lưu trữ']);
  });
});
