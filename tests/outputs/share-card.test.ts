/**
 * The share card of articles without a cover, drawn with the real fonts
 * (@fontsource/be-vietnam-pro) and rendered with sharp.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { emblemAsPng, shareCardPng, shareCardSvg, titleSize, type CardText } from '../../src/outputs/share-card.ts';

const EMBLEM = path.resolve(import.meta.dirname, '../fixtures/minimal/media/quoc-huy.svg');

/** Every Vietnamese letter: 12 vowels × 6 tones, upper and lower case, and đ/Đ. */
function allVietnameseLetters(): string {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = vowels.flatMap((vowel) => tones.map((tone) => `${vowel}${tone}`.normalize('NFC'))).join('');
  return `${lower} ${lower.toUpperCase()} đĐ`;
}

const text = (title: string): CardText => ({ title, unit: 'Ủy ban nhân dân xã An Bình', parent: 'Tỉnh Đồng Nguyên (mẫu)', footer: 'xa-anbinh-mau.netlify.app' });

async function missingGlyphs(title: string) {
  const missing: string[] = [];
  const svg = await shareCardSvg(text(title), await emblemAsPng(EMBLEM), { onMissingGlyphs: (segment) => missing.push(segment) });
  return { missing, svg };
}

describe('shareCardSvg', () => {
  it('has a font for every Vietnamese letter, in both cases, and for the unit names', async () => {
    const letters = allVietnameseLetters();
    expect([...letters.replace(/\s/g, '')].length).toBe(12 * 6 * 2 + 2);
    const { missing, svg } = await missingGlyphs(letters);
    expect(missing).toEqual([]);
    expect(svg).toMatch(/^<svg[^>]+width="1200" height="630"/);
  });

  it('draws decomposed (NFD) titles exactly like composed ones', async () => {
    const title = 'Xã An Bình đẩy mạnh cải cách hành chính, nâng chỉ số hài lòng';
    const nfc = await missingGlyphs(title.normalize('NFC'));
    const nfd = await missingGlyphs(title.normalize('NFD'));
    expect(nfd.missing).toEqual([]);
    expect(nfd.svg).toBe(nfc.svg);
  });

  it('reports text that no font can draw', async () => {
    const { missing } = await missingGlyphs('Hội nghị 会议');
    expect(missing.join('')).toContain('会');
  });

  it('draws different titles differently (the title is really on the card)', async () => {
    expect((await missingGlyphs('Xa An Binh')).svg).not.toBe((await missingGlyphs('Xã An Bình')).svg);
  });
});

describe('titleSize', () => {
  it('makes long titles smaller so that they fit', () => {
    expect(titleSize('Ngắn')).toBeGreaterThan(titleSize('x'.repeat(120)));
    expect(titleSize('x'.repeat(120))).toBeGreaterThan(titleSize('x'.repeat(200)));
  });
});

describe('shareCardPng', () => {
  it('renders a 1200×630 PNG and keeps it in the cache folder for the next build', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'share-cards-'));
    const png = await shareCardPng(text('Xã An Bình tổng kết năm 2026'), EMBLEM, cache);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const cached = fs.readdirSync(cache);
    expect(cached).toHaveLength(1);
    // The second call reads the cached file: replace it with a marker and get the marker back.
    const marker = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    fs.writeFileSync(path.join(cache, cached[0]!), marker);
    expect((await shareCardPng(text('Xã An Bình tổng kết năm 2026'), EMBLEM, cache)).equals(marker)).toBe(true);
    // A different title is a different card.
    expect((await shareCardPng(text('Một bài khác'), EMBLEM, cache)).equals(marker)).toBe(false);
    expect(fs.readdirSync(cache)).toHaveLength(2);
  });
});
