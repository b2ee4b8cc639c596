/**
 * Text comes in NFC: front-matter text through the schemas (src/model/schemas/index.ts),
 * bodies through the Markdown pipeline (src/markdown/nfc.ts). Decomposed
 * text (tone marks as combining characters) is not an error: it is published
 * as if it had been typed in NFC, and NFC bodies are not touched at all.
 */
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginList } from 'satteri';
import { nfcWhereNeeded } from '../../src/markdown/nfc.ts';
import { sanitizeWhereNeeded } from '../../src/markdown/sanitize.ts';
import { photosWhereNeeded } from '../../src/markdown/photos.ts';
import { tableAlignWhereNeeded } from '../../src/markdown/tables.ts';
import { articleSchema, documentSchema, siteSchema, text } from '../../src/model/schemas/index.ts';
import { z } from 'astro/zod';

const nfd = (s: string) => s.normalize('NFD');
const hasCombiningMarks = (s: string) => /[\u0300-\u036f]/.test(s);

describe('front matter in NFC', () => {
  const article = articleSchema(() => z.string(), ['kinh-te']);
  const fields = {
    title: 'Xã An Bình (mẫu) khởi công đường liên thôn Đông Tâm',
    date: '2025-03-02',
    category: 'kinh-te',
    summary: 'Tuyến đường dài 2,4 km nối thôn Đông với thôn Tâm, do nhân dân hiến đất và góp ngày công.',
    author: 'Ban biên tập',
    tags: ['giao thông nông thôn', 'nông thôn mới'],
  };

  it('normalises every text field written decomposed', () => {
    const data = article.parse({ ...fields, title: nfd(fields.title), summary: nfd(fields.summary), author: nfd(fields.author), tags: fields.tags.map(nfd) });
    expect(data).toMatchObject({ title: fields.title, summary: fields.summary, author: fields.author, tags: fields.tags });
  });

  it('measures a summary in NFC, as readers see it', () => {
    // 290 letters typed decomposed are over 300 code units, and were refused as too long.
    const summary = `${'Xã An Bình tổ chức hội nghị. '.repeat(10)}`.slice(0, 290);
    expect(nfd(summary).length).toBeGreaterThan(300);
    expect(article.safeParse({ ...fields, summary: nfd(summary) }).success).toBe(true);
  });

  it('keeps the messages of text fields as they were', () => {
    expect(text('tiêu đề (title)').safeParse('   ').error?.issues[0]?.message).toBe('tiêu đề (title) không được để trống');
    expect(text('tiêu đề (title)').safeParse(3).error?.issues[0]?.message).toBe('tiêu đề (title) phải là một đoạn văn bản');
  });

  it('takes a document type and a site name written decomposed', () => {
    const doc = documentSchema.parse({
      number: '06/KH-UBND',
      type: nfd('Quyết định'),
      title: nfd('Về việc ban hành quy chế tiếp công dân'),
      issuer: 'UBND xã An Bình',
      signer: 'Lê Văn Bình',
      issued: '2025-01-06',
      files: [{ file: './qd-06.pdf' }],
    });
    expect(doc.type).toBe('Quyết định');
    expect(hasCombiningMarks(JSON.stringify(doc))).toBe(false);
    const name = siteSchema.shape.fullName.parse(nfd('Ủy ban nhân dân xã An Bình'));
    expect(name).toBe('Ủy ban nhân dân xã An Bình');
  });
});

// The steps of astro.config.mjs, NFC first.
const pipeline: HastPluginList = [nfcWhereNeeded, sanitizeWhereNeeded, photosWhereNeeded, tableAlignWhereNeeded];
const renderer = await createSatteriMarkdownProcessor({ features: { rawHtml: true }, hastPlugins: pipeline });
const render = async (body: string) => renderer.render(body, {});

describe('Markdown bodies in NFC', () => {
  const BODY = [
    '## Kết quả họp dân thôn Đông',
    '',
    'Người dân góp ý về [kế hoạch làm đường](https://dichvucong.gov.vn/ "Cổng Dịch vụ công") và *mức đóng góp*.',
    '',
    '![Toàn cảnh buổi họp](./anh-hop.jpg "Buổi họp tại nhà văn hóa thôn")',
    '',
    '| Thôn | Số hộ đồng ý |',
    '| :--- | ---: |',
    '| Đông | 112 |',
    '',
    '<abbr title="Ủy ban nhân dân">UBND</abbr> xã ghi nhận ý kiến.',
  ].join('\n');

  it('publishes a decomposed body exactly as the same body typed in NFC', async () => {
    const typed = await render(BODY);
    const decomposed = await render(nfd(BODY));
    expect(decomposed.code).toBe(typed.code);
    expect(decomposed.metadata.headings).toEqual(typed.metadata.headings);
    expect(hasCombiningMarks(decomposed.code)).toBe(false);
    expect(decomposed.code).toContain('Toàn cảnh buổi họp');
    expect(decomposed.code).toContain('title="Ủy ban nhân dân"');
  });

  it('leaves NFC bodies out of the step', () => {
    const context = { fileURL: undefined, sourceFormat: 'markdown', data: {}, features: {} } as const;
    expect(nfcWhereNeeded({ ...context, source: BODY })).toBeNull();
    expect(nfcWhereNeeded({ ...context, source: nfd(BODY) })).not.toBeNull();
  });
});
