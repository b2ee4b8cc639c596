import { describe, expect, it } from 'vitest';
import { absolutizeHtml, channelData, feedItem } from '../../src/outputs/rss-items.ts';
import { parseVietnamDate } from '../../src/model/dates.ts';

const url = 'https://xa.example.gov.vn/tin-tuc/bai-viet/';

describe('absolutizeHtml', () => {
  it('makes root-relative and relative URLs absolute', () => {
    const html = '<p><a href="/chuyen-muc/kinh-te/">x</a> <img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w"> <a href="anh.jpg">y</a></p>';
    expect(absolutizeHtml(html, url)).toBe(
      '<p><a href="https://xa.example.gov.vn/chuyen-muc/kinh-te/">x</a> <img src="https://xa.example.gov.vn/_astro/a.webp" srcset="https://xa.example.gov.vn/_astro/a-400.webp 400w, https://xa.example.gov.vn/_astro/a-800.webp 800w"> <a href="https://xa.example.gov.vn/tin-tuc/bai-viet/anh.jpg">y</a></p>',
    );
  });

  it('leaves absolute URLs, mailto: and in-page anchors alone', () => {
    const html = '<a href="https://chinhphu.vn">a</a><a href="mailto:a@b.vn">b</a><a href="#muc-1">c</a><img src="//cdn.example/x.png">';
    expect(absolutizeHtml(html, url)).toBe(html);
  });
});

describe('feedItem', () => {
  const item = feedItem({
    title: 'Tổng kết năm',
    url,
    date: parseVietnamDate('2023-03-17 08:00')!,
    summary: 'Tóm tắt',
    html: '<img src="/_astro/x.jpg" alt="">',
    category: 'Cải cách hành chính',
    author: 'Lê Văn A & cộng sự',
  });

  it('carries full HTML with absolute URLs, the category and the byline', () => {
    expect(item.content).toBe('<img src="https://xa.example.gov.vn/_astro/x.jpg" alt="">');
    expect(item.categories).toEqual(['Cải cách hành chính']);
    expect(item.customData).toContain('<dc:creator>Lê Văn A &amp; cộng sự</dc:creator>');
  });

  it('dates the item in RFC 822 with +0700', () => {
    expect(item.customData).toContain('<pubDate>Fri, 17 Mar 2023 08:00:00 +0700</pubDate>');
  });
});

describe('channelData', () => {
  it('declares the language, the self link and the build date', () => {
    const xml = channelData('https://xa.example.gov.vn/rss.xml', parseVietnamDate('2024-01-01')!);
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<atom:link href="https://xa.example.gov.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Mon, 01 Jan 2024 00:00:00 +0700</lastBuildDate>');
  });
});
