import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { indexedPage, mirrorParts, writeSearchIndex } from '../../src/integrations/pagefind.ts';

describe('mirrorParts: the copies Pagefind reads', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-mirror-'));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const page = (name: string, text: string) => indexedPage(path.join('tin-tuc', name, 'index.html'), `<html lang="vi">\n<article data-pagefind-body><p>${text}</p></article>`);
  const read = (name: string) => fs.readFileSync(path.join(dir, 'tin-tuc', name, 'index.html'), 'utf8');
  const written = (name: string) => fs.statSync(path.join(dir, 'tin-tuc', name, 'index.html')).mtimeMs;
  const pages = () => fs.readdirSync(path.join(dir, 'tin-tuc')).sort();

  it('holds one copy per page, rewrites only changed ones and removes pages gone', async () => {
    mirrorParts([page('a', 'Một'), page('b', 'Hai'), page('c', 'Ba')], dir);
    expect(pages()).toEqual(['a', 'b', 'c']);
    expect(read('a')).toBe('<html lang="vi">\n<article data-pagefind-body><p>Một</p></article>\n</html>\n');

    const before = written('a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    mirrorParts([page('a', 'Một'), page('b', 'Hai đã sửa')], dir);
    expect(pages()).toEqual(['a', 'b']);
    expect(read('b')).toContain('Hai đã sửa');
    expect(written('a')).toBe(before);
  });

  it('starts again when its list of copies is missing', () => {
    fs.mkdirSync(path.join(dir, 'tin-tuc', 'cu'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'tin-tuc', 'cu', 'index.html'), 'left from elsewhere');
    mirrorParts([page('a', 'Một')], dir);
    expect(pages()).toEqual(['a']);
  });
});

describe('writeSearchIndex: the index in parts, one per year', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-parts-'));
  const site = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  const input = path.join(work, 'input');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const writePage = (slug: string, year: string, text: string) => {
    fs.mkdirSync(path.join(site, 'tin-tuc', slug), { recursive: true });
    fs.writeFileSync(
      path.join(site, 'tin-tuc', slug, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta data-pagefind-filter="year[content]" content="${year}"></head><body><article data-pagefind-body><h1>${slug}</h1><p>${text}</p></article></body></html>`,
    );
  };
  const inode = (file: string) => fs.statSync(path.join(site, 'pagefind', file)).ino;
  const entry = (part: string) => path.join(part, 'pagefind-entry.json');

  it('writes one part per year, newest first, without Pagefind’s unused UI kits', async () => {
    writePage('bai-a', '2025', 'Khánh thành nhà văn hóa thôn.');
    writePage('bai-b', '2025', 'Tập huấn phòng cháy chữa cháy.');
    writePage('bai-c', '2023', 'Trồng cây xanh ven đường.');
    expect(await writeSearchIndex(site, cache, input)).toEqual({ pages: 3, parts: 2, made: 2 });
    expect(JSON.parse(fs.readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8'))).toEqual({ parts: ['2025', '2023'] });
    const files = fs.readdirSync(path.join(site, 'pagefind/2025'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'fragment', 'index']));
    expect(files.filter((file) => file.startsWith('pagefind-ui') || file.startsWith('pagefind-highlight'))).toEqual([]);
    expect(fs.readdirSync(path.join(site, 'pagefind/2025/fragment'))).toHaveLength(2);
    expect(fs.readdirSync(path.join(site, 'pagefind/2023/fragment'))).toHaveLength(1);
  }, 60_000);

  it('makes again only the part whose page changed, and drops a year no page has any more', async () => {
    const before = { kept: inode(entry('2023')), changed: fs.readFileSync(path.join(site, 'pagefind', entry('2025')), 'utf8') };
    writePage('bai-b', '2025', 'Tập huấn phòng cháy chữa cháy cho các hộ kinh doanh.');
    expect(await writeSearchIndex(site, cache, input)).toEqual({ pages: 3, parts: 2, made: 1 });
    expect(inode(entry('2023'))).toBe(before.kept);
    expect(fs.readFileSync(path.join(site, 'pagefind', entry('2025')), 'utf8')).not.toBe(before.changed);

    fs.rmSync(path.join(site, 'tin-tuc', 'bai-c'), { recursive: true });
    expect(await writeSearchIndex(site, cache, input)).toEqual({ pages: 2, parts: 1, made: 0 });
    expect(fs.existsSync(path.join(site, 'pagefind/2023'))).toBe(false);
    expect(fs.readdirSync(cache)).toEqual(['2025']);
  }, 60_000);
});
