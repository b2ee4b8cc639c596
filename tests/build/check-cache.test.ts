/**
 * The content check keeps each file's result between runs (src/build/check-cache.ts).
 * A run with kept results must find exactly what a run without them finds, after
 * every kind of change: a file edited, a photo it names deleted, a photo added to
 * an album folder, a category renamed, a file at a taken URL, a linked article
 * deleted, a week file copied.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/build/check-cache.ts';
import { validateContent, type PhotoUse } from '../../src/check/validate.ts';
import { encodeWindows1258 } from '../../src/files/text-encoding.ts';
import { ROOT, SAMPLE } from '../helpers/portal.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-check-cache-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('CheckCache', () => {
  const file = path.join(temp, 'one.md');
  const photo = path.join(temp, 'one.jpg');
  const cacheFile = path.join(temp, 'cache.json');
  let runs = 0;
  /** One run over `file`, as the content check makes it: the check looks at `photo` through the probe. */
  const check = () => {
    const cache = new CheckCache<string>(cacheFile, { settings: 1 });
    const result = cache.check(
      file,
      () => fs.readFileSync(file, 'utf8'),
      (source, probe) => {
        runs++;
        return `${source}:${probe.exists(photo)}`;
      },
    );
    cache.save();
    return { result, reused: cache.counts.reused };
  };

  it('checks a file again only when its text or what it looked at changed', () => {
    fs.writeFileSync(file, 'a');
    expect(check()).toEqual({ result: 'a:false', reused: 0 });
    expect(check()).toEqual({ result: 'a:false', reused: 1 });
    expect(runs).toBe(1);

    fs.writeFileSync(file, 'b');
    expect(check()).toEqual({ result: 'b:false', reused: 0 });

    // Same text, new times (as after a git clone): read and compared by hash, not checked again.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    expect(check()).toEqual({ result: 'b:false', reused: 1 });
    expect(runs).toBe(2);

    fs.writeFileSync(photo, 'x');
    expect(check()).toEqual({ result: 'b:true', reused: 0 });
    expect(runs).toBe(3);
  });

  it('keeps nothing across other settings, and ignores a damaged cache file', () => {
    fs.writeFileSync(file, 'c');
    check();
    const other = new CheckCache<string>(cacheFile, { settings: 2 });
    other.check(
      file,
      () => 'c',
      () => 'again',
    );
    expect(other.counts.reused).toBe(0);

    fs.writeFileSync(cacheFile, '{"key": tru');
    const damaged = new CheckCache<string>(cacheFile, { settings: 1 });
    expect(
      damaged.check(
        file,
        () => 'c',
        () => 'fresh',
      ),
    ).toBe('fresh');
  });
});

describe('validateContent with kept results', () => {
  const content = path.join(temp, 'content');
  fs.cpSync(SAMPLE, content, { recursive: true });
  const cacheFile = path.join(temp, 'content-check.json');
  const articles = path.join(content, 'articles/2025');

  /** The problems and photos found with kept results, and without. */
  const both = () => {
    const keptPhotos: PhotoUse[] = [];
    const freshPhotos: PhotoUse[] = [];
    const kept = validateContent(content, ROOT, keptPhotos, cacheFile);
    const fresh = validateContent(content, ROOT, freshPhotos, false);
    expect({ problems: kept, photos: keptPhotos }).toEqual({ problems: fresh, photos: freshPhotos });
    return kept.map((p) => `${p.file}:${p.field ?? ''}:${p.message}`);
  };

  it.each([
    ['nothing changed', () => {}, []],
    [
      'an article edited: a heading skips a level, a link leads nowhere',
      () => fs.appendFileSync(path.join(articles, 'hoi-phu-nu-ky-niem-95-nam-thanh-lap.md'), '\n#### Mục sai cấp\n\nXem [bài cũ](/tin-tuc/khong-co-bai-nay/).\n'),
      ['nhảy cấp', 'bài viết «khong-co-bai-nay»'],
    ],
    ['the cover photo of an article deleted', () => fs.rmSync(path.join(articles, 'hop-tac-xa-rau-an-toan-phu-loi/anh-bia.jpg')), ['không tìm thấy tệp ảnh «./anh-bia.jpg»']],
    [
      'a photo added to an album folder without a caption',
      () => {
        const album = fs.readdirSync(path.join(content, 'albums/2025'))[0]!;
        const folder = path.join(content, 'albums/2025', album);
        fs.copyFileSync(path.join(folder, 'anh-01.jpg'), path.join(folder, 'anh-thua.jpg'));
      },
      ['ảnh «anh-thua.jpg» nằm trong thư mục album'],
    ],
    [
      'a category renamed in site.yaml',
      () => {
        const site = path.join(content, 'site.yaml');
        fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('slug: mttq-doan-the', 'slug: mat-tran-doan-the'));
      },
      ['category'],
    ],
    [
      'an article at an address another file already has',
      () =>
        fs.copyFileSync(path.join(articles, 'tien-thanh-nien-len-duong-nhap-ngu-nam-2025.md'), path.join(content, 'articles/2024/tien-thanh-nien-len-duong-nhap-ngu-nam-2025.md')),
      ['trùng địa chỉ'],
    ],
    [
      'an article deleted while another links to it',
      () => {
        fs.appendFileSync(
          path.join(articles, 'giai-quyet-thu-tuc-hanh-chinh-quy-iii-2025.md'),
          '\nXem thêm [bài về tuổi trẻ](/tin-tuc/doan-thanh-nien-ra-quan-thang-thanh-nien-2025/).\n',
        );
        expect(both().join('\n')).not.toContain('doan-thanh-nien-ra-quan-thang-thanh-nien-2025»');
        fs.rmSync(path.join(articles, 'doan-thanh-nien-ra-quan-thang-thanh-nien-2025.md'));
      },
      ['bài viết «doan-thanh-nien-ra-quan-thang-thanh-nien-2025»'],
    ],
    [
      'a week file copied: two files share the week',
      () => fs.copyFileSync(path.join(content, 'schedules/2026/tuan-46-2026.md'), path.join(content, 'schedules/2026/tuan-46-2026-ban-sao.md')),
      ['tuần này trùng'],
    ],
    [
      'an article saved as Windows-1258',
      () => {
        const file = path.join(articles, 'hoi-phu-nu-ky-niem-95-nam-thanh-lap.md');
        fs.writeFileSync(file, encodeWindows1258(fs.readFileSync(file, 'utf8')));
      },
      ['không được lưu bằng bảng mã UTF-8', 'Windows-1258'],
    ],
    [
      // Its text as `readFileSync(file, 'utf8')` reads it is the same as before: the kept result is for other bytes.
      'the same article saved again by an editor that read it as UTF-8, its bad bytes now «�»',
      () => {
        const file = path.join(articles, 'hoi-phu-nu-ky-niem-95-nam-thanh-lap.md');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8'));
      },
      ['ký tự lỗi «�»'],
    ],
  ] as const)('%s', (_change, change, expected) => {
    change();
    const found = both().join('\n');
    for (const text of expected) expect(found).toContain(text);
    if (expected.length === 0) expect(found).toBe('');
  });
});
