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
import { DIST } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { launch, visit } from '../helpers/browser.ts';
import { templates } from '../helpers/templates.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

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
    for (const chrome of ['Bỏ qua menu', 'Chịu trách nhiệm nội dung', 'Các tin khác', 'Lưu trữ', 'In bài viết']) expect(text).not.toContain(chrome);
  });
});
