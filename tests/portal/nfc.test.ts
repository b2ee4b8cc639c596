/**
 * An article written decomposed (NFD: tone marks as combining characters, as
 * some PDF readers, macOS file names and old converters give text) is not an
 * error: the minimal portal with such an article, file name included, is
 * built with the real build command, and the article is published in NFC
 * (title, summary, body, tags, feed) at the slug its name gives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, makePortal } from '../helpers/portal.ts';

const TITLE = 'Thôn Đông họp dân bàn làm đường liên xóm';
const SUMMARY = 'Bà con thôn Đông thống nhất hiến đất, góp ngày công để bê tông hóa 900 mét đường liên xóm trước mùa mưa.';
const PARAGRAPH = 'Sáng chủ nhật, hơn tám mươi hộ dân dự họp tại nhà văn hóa thôn; mọi ý kiến đều đồng thuận với phương án của ban phát triển.';
const TAG = 'giao thông nông thôn';
const ARTICLE = `---
title: "${TITLE}"
date: 2024-04-07
category: kinh-te
summary: "${SUMMARY}"
author: "Tổ thông tin thôn Đông"
tags: ["${TAG}"]
---

## Ý kiến của bà con

${PARAGRAPH}
`;

const hasCombiningMarks = (text: string) => /[\u0300-\u036f]/.test(text);
let outDir: string;
const page = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');

beforeAll(() => {
  const content = makePortal();
  const name = 'Thôn Đông họp dân bàn làm đường'.normalize('NFD');
  fs.writeFileSync(path.join(content, 'articles/2024', `${name}.md`), ARTICLE.normalize('NFD'));
  expect(hasCombiningMarks(fs.readFileSync(path.join(content, 'articles/2024', `${name}.md`), 'utf8'))).toBe(true);
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-out-nfc-'));
  const { status, output } = build(content, outDir, { PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nfc-cache-')) });
  if (status !== 0) throw new Error(`the build failed:\n${output}`);
});

describe('a decomposed (NFD) article, built', () => {
  it('is published at the slug its file name gives', () => {
    expect(fs.existsSync(path.join(outDir, 'tin-tuc/thon-dong-hop-dan-ban-lam-duong/index.html'))).toBe(true);
  });

  it('has its title, summary, heading, body and tag in NFC', () => {
    const html = page('tin-tuc/thon-dong-hop-dan-ban-lam-duong/index.html');
    expect(hasCombiningMarks(html)).toBe(false);
    for (const text of [TITLE, SUMMARY, PARAGRAPH, 'Ý kiến của bà con', 'Tổ thông tin thôn Đông', TAG]) expect(html).toContain(text);
    expect(html).toContain(`<title>${TITLE}`);
    expect(html).toContain('href="/the/giao-thong-nong-thon/"');
  });

  it('is listed in NFC on its tag page, its category and the feed', () => {
    for (const file of ['the/giao-thong-nong-thon/index.html', 'chuyen-muc/kinh-te/index.html', 'rss.xml']) {
      const text = page(file);
      expect(hasCombiningMarks(text), file).toBe(false);
      expect(text, file).toContain(TITLE);
    }
    expect(page('the/giao-thong-nong-thon/index.html')).toContain(TAG);
    expect(page('rss.xml')).toContain(PARAGRAPH);
  });
});
