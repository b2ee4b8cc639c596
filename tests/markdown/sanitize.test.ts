/**
 * The Markdown steps that run only where a body's source can need them
 * (the HTML clean-up, photos, table alignment) give, body by body, the very
 * HTML the steps give when they always run: on the sample content, on
 * synthetic articles and on one body per Markdown construct.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginList } from 'satteri';
import { cleanUpFor, markdownAttributesPlugin, sanitizePlugin, sanitizeWhereNeeded } from '../../src/markdown/sanitize.ts';
import { photoPlugin, photosWhereNeeded } from '../../src/markdown/photos.ts';
import { tableAlignPlugin, tableAlignWhereNeeded } from '../../src/markdown/tables.ts';
import { writeSyntheticPortal } from '../../scripts/lib/synthetic.ts';
import { SAMPLE } from '../helpers/portal.ts';

const renderer = (hastPlugins: HastPluginList) => createSatteriMarkdownProcessor({ features: { rawHtml: true }, hastPlugins });
const [whereNeeded, always] = await Promise.all([
  renderer([sanitizeWhereNeeded, photosWhereNeeded, tableAlignWhereNeeded]),
  renderer([sanitizePlugin, photoPlugin, tableAlignPlugin]),
]);
const html = async (processor: typeof always, body: string) => (await processor.render(body, {})).code;

/** One body per thing Markdown can write. */
const CONSTRUCTS = [
  '## Kết quả\n\nVăn bản *nghiêng*, __đậm__ và ***cả hai***.',
  'Tiêu đề gạch dưới\n=================\n\nMục\n---',
  '- một\n- hai\n  - hai a\n\n3. ba\n4. bốn',
  '> Trích dẫn\n> hai dòng',
  'Dòng một  \ndòng hai\\\ndòng ba',
  '***\n\n___',
  '    mã thụt lề\n    <script>',
  'Đoạn văn.\n\n    mã thụt lề\n\tdòng có tab',
  '- mục\n\n    đoạn tiếp của mục, [liên kết](https://chinhphu.vn/)',
  'Xem www.dichvucong.gov.vn, https://vneid.gov.vn/ hoặc gửi thư tới vanphong@example.vn, mailto:a@example.vn, xmpp:b@example.vn.',
  '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#106;avascript:',
  'Giờ làm việc: 7:30 – 11:30; javascript:alert(1) chỉ là chữ.',
  '[Cổng Dịch vụ công](https://dichvucong.gov.vn/) và [mã độc](javascript:alert(1))',
  '[tham chiếu][x]\n\n[x]: &#106;avascript:alert(1)',
  '[a](javascript:alert(1) "tiêu đề") [b](\\\\evil) [c](data:text/html,x) [d](#muc) [e](/tin-tuc/a/) [f](vbscript:x) [g](tel:0123)',
  '[tham chiếu có tiêu đề][y]\n\n[y]: https://chinhphu.vn/ "Chính phủ"',
  'Chú thích[^1] và[^b].\n\n[^1]: Một.\n[^b]: Hai [liên kết](https://vneid.gov.vn/).',
  '```c++\nint x;\n```\n\n```\nkhông ngôn ngữ\n```',
  '1. [x] việc\n   ```js\n   code\n   ```\n2. [ ] việc khác',
  'Chú thích[^ghi chú].\n\n[^ghi chú]: Nội dung.',
  '- [x] xong\n- [ ] chưa',
  '```js.evil\ncode\n```\n\n~~~python\ncode\n~~~',
  '~~gạch~~',
  '| A | B |\n| :-- | --: |\n| 1 | 2 |',
  '![Ảnh](./anh.jpg "Chú thích")\n\nTrong câu ![sơ đồ](./so-do.png) nhé.\n\n::gallery',
  '<https://example.vn> <b onclick="x()">đậm</b> <iframe src="https://www.youtube.com/embed/abc"></iframe><script>x()</script>',
  '<img src="./anh.jpg" alt="Ảnh"> <table><tr><td style="text-align: right">1</td></tr></table>',
  '<!-- ghi chú --> văn bản',
];

function sampleBodies(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => matter(fs.readFileSync(path.join(root, file), 'utf8')).content);
}

describe('Markdown steps only where needed', () => {
  it('reads the characters that can call for the clean-up', () => {
    expect(cleanUpFor('## Kết quả\n\nVăn bản *nghiêng*: 7:30, https://vneid.gov.vn/')).toBeNull();
    // Which clean-up a body gets: none, the attributes of Markdown's own elements, or the whole tree copied.
    expect(cleanUpFor('## Kết quả\n\n- một\n- hai')).toBeNull();
    expect(cleanUpFor('[Cổng](https://dichvucong.gov.vn/), [^1]\n\n- [x] xong')).toBe(markdownAttributesPlugin);
    for (const source of ['<b>x</b>', '![ảnh](./a.jpg)', '| a |\n| - |', '```\nmã\n```', 'Đoạn.\n\n    mã thụt lề', '[a](b) `mã`']) {
      expect(cleanUpFor(source), source).toBe(sanitizePlugin);
    }
    for (const source of ['<b>x</b>', '[a](javascript:x)', '```x\n```', '~~~x\n~~~', '| a |\n| - |', '- [x] xong', '    mã']) {
      expect(cleanUpFor(source), source).not.toBeNull();
    }
  });

  it('leaves out the clean-up only where it would change nothing, construct by construct', async () => {
    for (const body of CONSTRUCTS) expect(await html(whereNeeded, body), body).toBe(await html(always, body));
    // The clean-up still runs where it must.
    expect(await html(whereNeeded, '[mã độc](javascript:alert(1))')).toBe('<p><a>mã độc</a></p>\n');
    expect(await html(whereNeeded, '<b onclick="x()">đậm</b>')).toBe('<p><b>đậm</b></p>\n');
  });

  it('gives the same HTML for every body of the sample content and of 400 synthetic articles', async () => {
    const synthetic = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-md-'));
    try {
      writeSyntheticPortal({ articles: 400, out: synthetic });
      const bodies = [...sampleBodies(SAMPLE), ...sampleBodies(path.join(synthetic, 'articles'))];
      expect(bodies.length).toBeGreaterThan(400);
      // Both kinds are there: bodies the clean-up skips and bodies it must read.
      expect(bodies.filter((body) => cleanUpFor(body) !== null).length).toBeGreaterThan(50);
      expect(bodies.filter((body) => cleanUpFor(body) === null).length).toBeGreaterThan(50);
      for (const body of bodies) expect(await html(whereNeeded, body)).toBe(await html(always, body));
    } finally {
      fs.rmSync(synthetic, { recursive: true, force: true });
    }
  });
});
