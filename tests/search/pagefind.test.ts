import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { afterAstro, indexedCopies, mirrorPages, pagefindIndex, readFragment, writeSearchIndex } from '../../src/search/pagefind.ts';
import { pageUrl } from '../../src/search/index-parts.ts';

describe('mirrorPages: the copies Pagefind reads', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-mirror-'));
  const site = path.join(work, 'dist');
  const dir = path.join(work, 'copies');
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));
  const writePage = (name: string, text: string, year = '2025') => {
    fs.mkdirSync(path.join(site, 'tin-tuc', name), { recursive: true });
    fs.writeFileSync(
      path.join(site, 'tin-tuc', name, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta data-pagefind-filter="year[content]" content="${year}"></head><body><header>Menu</header><article data-pagefind-body><p>${text}</p></article></body></html>`,
    );
  };
  const copy = (name: string, year = '2025') => path.join(dir, year, 'tin-tuc', `${name}.html`);
  const copies = (year = '2025') =>
    fs
      .readdirSync(path.join(dir, year, 'tin-tuc'))
      .map((file) => file.replace(/\.html$/, ''))
      .sort();

  it('holds one copy per indexed page, in its year’s folder, with only what Pagefind reads', () => {
    writePage('a', 'Một');
    writePage('b', 'Hai', '2024');
    fs.mkdirSync(path.join(site, 'tin-tuc', 'trang-2'), { recursive: true });
    fs.writeFileSync(path.join(site, 'tin-tuc', 'trang-2', 'index.html'), '<html lang="vi"><body>Danh sách</body></html>');
    const pages = mirrorPages(site, dir);
    expect(pages.map(({ file, year }) => [file, year])).toEqual([
      [path.join('tin-tuc', 'a', 'index.html'), '2025'],
      [path.join('tin-tuc', 'b', 'index.html'), '2024'],
    ]);
    expect(copies('2025')).toEqual(['a']);
    expect(copies('2024')).toEqual(['b']);
    expect(fs.readFileSync(copy('a'), 'utf8')).toContain('<article data-pagefind-body><p>Một</p></article>\n</html>\n');
    expect(fs.readFileSync(copy('a'), 'utf8')).not.toContain('Menu');
  });

  it('rewrites changed pages, moves a page whose year changed, removes pages gone', async () => {
    writePage('a', 'Một');
    writePage('b', 'Hai');
    writePage('c', 'Ba');
    const first = mirrorPages(site, dir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writePage('b', 'Hai đã sửa');
    writePage('c', 'Ba', '2023');
    fs.rmSync(path.join(site, 'tin-tuc', 'a'), { recursive: true });
    writePage('d', 'Bốn');
    const second = mirrorPages(site, dir);
    expect(copies('2025')).toEqual(['b', 'd']);
    expect(copies('2023')).toEqual(['c']);
    expect(fs.readFileSync(copy('b'), 'utf8')).toContain('Hai đã sửa');
    expect(second.find((page) => page.file.includes('/b/'))!.digest).not.toBe(first.find((page) => page.file.includes('/b/'))!.digest);
  });

  it('does not read a page whose size and time are those recorded', () => {
    const file = path.join(site, 'tin-tuc', 'a', 'index.html');
    const at = (date: string) => fs.utimesSync(file, new Date(date), new Date(date));
    const digest = () => mirrorPages(site, dir)[0]!.digest;
    writePage('a', 'Một');
    at('2026-01-01T00:00:00Z');
    const first = digest();
    writePage('a', 'Mốt'); // the same size in bytes
    at('2026-01-01T00:00:00Z');
    expect(digest()).toBe(first);
    at('2026-01-02T00:00:00Z');
    expect(digest()).not.toBe(first);
    expect(fs.readFileSync(copy('a'), 'utf8')).toContain('Mốt');
  });

  it('does not read the pages a build without dist/ linked from Astro’s page cache', () => {
    const pageCache = path.join(work, 'astro-pages');
    const cachedCopy = (name: string) => path.join(pageCache, 'tin-tuc', name, 'index.html');
    for (const [name, text] of [
      ['a', 'Một'],
      ['b', 'Hai'],
    ] as const) {
      writePage(name, text);
      // Astro writes a page and its cached copy with the same bytes, a moment apart.
      fs.mkdirSync(path.dirname(cachedCopy(name)), { recursive: true });
      fs.copyFileSync(path.join(site, 'tin-tuc', name, 'index.html'), cachedCopy(name));
      fs.utimesSync(cachedCopy(name), new Date('2026-01-01T00:00:00.004Z'), new Date('2026-01-01T00:00:00.004Z'));
    }
    const first = mirrorPages(site, dir, pageCache);
    // The next build starts without dist/: restore-output.ts links the cached copies in.
    fs.rmSync(site, { recursive: true });
    for (const name of ['a', 'b']) {
      fs.mkdirSync(path.join(site, 'tin-tuc', name), { recursive: true });
      fs.linkSync(cachedCopy(name), path.join(site, 'tin-tuc', name, 'index.html'));
    }
    const read: string[] = [];
    const realRead = fs.readFileSync as (file: fs.PathOrFileDescriptor, options?: unknown) => string | Buffer;
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      if (String(file).startsWith(site)) read.push(path.relative(site, String(file)));
      return realRead(file, options);
    }) as typeof fs.readFileSync);
    try {
      expect(mirrorPages(site, dir, pageCache)).toEqual(first);
      expect(read).toEqual([]);
      // A page Astro then renders again (both files rewritten) is read, and only that one.
      writePage('b', 'Hai đã sửa');
      expect(mirrorPages(site, dir, pageCache).find((page) => page.file.includes('/b/'))!.digest).not.toBe(first[1]!.digest);
      expect(read).toEqual([path.join('tin-tuc', 'b', 'index.html')]);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(copy('b'), 'utf8')).toContain('Hai đã sửa');
  });

  it('starts again when its record is missing', () => {
    fs.mkdirSync(path.join(dir, '2025', 'tin-tuc'), { recursive: true });
    fs.writeFileSync(copy('cu'), 'left from elsewhere');
    writePage('a', 'Một');
    mirrorPages(site, dir);
    expect(copies()).toEqual(['a']);
  });

  it('makes every copy again when the kept ones were made by other code', () => {
    writePage('a', 'Một');
    const pages = mirrorPages(site, dir);
    // As an older version of the portal left them: a record of another format, a copy made another way.
    const manifest = path.join(dir, 'pages.json');
    fs.writeFileSync(manifest, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifest, 'utf8')), format: 'older' }));
    fs.writeFileSync(copy('a'), 'made by older code');
    expect(mirrorPages(site, dir)).toEqual(pages);
    expect(fs.readFileSync(copy('a'), 'utf8')).toContain('<article data-pagefind-body><p>Một</p></article>');
  });
});

describe('writeSearchIndex: the index in parts of whole years', () => {
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
  const partsJson = () => JSON.parse(fs.readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8'));

  it('writes one part per year (with parts of at least one page), newest first, without Pagefind’s unused UI kits', async () => {
    writePage('bai-a', '2025', 'Khánh thành nhà văn hóa thôn.');
    writePage('bai-b', '2025', 'Tập huấn phòng cháy chữa cháy.');
    writePage('bai-c', '2023', 'Trồng cây xanh ven đường.');
    expect(await writeSearchIndex(site, { cache, input, partPages: 1 })).toEqual({ pages: 3, parts: 2, made: 2, recent: 0 });
    expect(partsJson()).toEqual({ parts: ['2025', '2023'], stale: [] });
    const files = fs.readdirSync(path.join(site, 'pagefind/2025'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'fragment', 'index']));
    expect(files.filter((file) => file.startsWith('pagefind-ui') || file.startsWith('pagefind-highlight'))).toEqual([]);
    expect(fs.readdirSync(path.join(site, 'pagefind/2025/fragment'))).toHaveLength(2);
    expect(fs.readdirSync(path.join(site, 'pagefind/2023/fragment'))).toHaveLength(1);
  }, 60_000);

  it('gives each result an address that leads back to its page', () => {
    // The search page links to pageUrl(url).
    const fragments = ['2025', '2023'].flatMap((part) => {
      const folder = path.join(site, 'pagefind', part, 'fragment');
      return fs.readdirSync(folder).map((file) => JSON.parse(readFragment(path.join(folder, file))) as { url: string; meta: Record<string, string> });
    });
    expect(fragments.map((fragment) => pageUrl(fragment.url)).sort()).toEqual(['/tin-tuc/bai-a/', '/tin-tuc/bai-b/', '/tin-tuc/bai-c/']);
    // Nothing but the title in meta: Pagefind searches every meta value.
    expect(fragments.flatMap((fragment) => Object.keys(fragment.meta))).toEqual(['title', 'title', 'title']);
  });

  it('makes again only the part whose page changed, once more of its pages changed than go into recent, and drops a year no page has any more', async () => {
    const before = { kept: inode(entry('2023')), changed: fs.readFileSync(path.join(site, 'pagefind', entry('2025')), 'utf8') };
    writePage('bai-b', '2025', 'Tập huấn phòng cháy chữa cháy cho các hộ kinh doanh.');
    expect(await writeSearchIndex(site, { cache, input, partPages: 1, recentPages: 0 })).toEqual({ pages: 3, parts: 2, made: 1, recent: 0 });
    expect(inode(entry('2023'))).toBe(before.kept);
    expect(fs.readFileSync(path.join(site, 'pagefind', entry('2025')), 'utf8')).not.toBe(before.changed);

    fs.rmSync(path.join(site, 'tin-tuc', 'bai-c'), { recursive: true });
    expect(await writeSearchIndex(site, { cache, input, partPages: 1, recentPages: 0 })).toEqual({ pages: 2, parts: 1, made: 0, recent: 0 });
    expect(fs.existsSync(path.join(site, 'pagefind/2023'))).toBe(false);
    expect(fs.readdirSync(cache)).toEqual(['2025']);
  }, 60_000);

  it('indexes the pages changed since their part was made in recent, and lists the part’s older copies of them', async () => {
    const kept = inode(entry('2025'));
    const made = indexedCopies(path.join(site, 'pagefind/2025'));
    writePage('bai-b', '2025', 'Tập huấn phòng cháy chữa cháy cho tiểu thương chợ Trung tâm.');
    writePage('bai-e', '2025', 'Bàn giao nhà tình nghĩa.');
    expect(await writeSearchIndex(site, { cache, input, partPages: 1 })).toEqual({ pages: 3, parts: 2, made: 1, recent: 2 });
    expect(inode(entry('2025'))).toBe(kept);
    const recent = indexedCopies(path.join(site, 'pagefind/recent'));
    expect(Object.keys(recent).sort()).toEqual(['/2025/tin-tuc/bai-b.html', '/2025/tin-tuc/bai-e.html']);
    // The older copy of the edited page is listed with the part it is in; the new page has none.
    const old = made['/2025/tin-tuc/bai-b.html']!;
    expect(partsJson()).toEqual({ parts: ['2025', 'recent'], stale: [{ id: old.id, filters: { year: ['2025'], part: ['2025'] } }] });
    expect(recent['/2025/tin-tuc/bai-b.html']!.id).not.toBe(old.id);

    // Nothing changed: the same, recent included, from the cache.
    const recentEntry = inode(entry('recent'));
    expect(await writeSearchIndex(site, { cache, input, partPages: 1 })).toMatchObject({ made: 0, recent: 2 });
    expect(inode(entry('recent'))).toBe(recentEntry);

    // A page deleted: its copy is listed too.
    fs.rmSync(path.join(site, 'tin-tuc', 'bai-a'), { recursive: true });
    expect(await writeSearchIndex(site, { cache, input, partPages: 1 })).toMatchObject({ pages: 2, made: 0, recent: 2 });
    expect(partsJson().stale.map((copy: { id: string }) => copy.id)).toEqual([made['/2025/tin-tuc/bai-a.html']!.id, old.id]);

    // More changes than recent takes for a part: the part is made again, and recent goes.
    expect(await writeSearchIndex(site, { cache, input, partPages: 1, recentPages: 2 })).toEqual({ pages: 2, parts: 1, made: 1, recent: 0 });
    expect(partsJson()).toEqual({ parts: ['2025'], stale: [] });
    expect(Object.keys(indexedCopies(path.join(site, 'pagefind/2025'))).sort()).toEqual(['/2025/tin-tuc/bai-b.html', '/2025/tin-tuc/bai-e.html']);
    expect(fs.readdirSync(cache)).toEqual(['2025']);
    expect(fs.existsSync(path.join(site, 'pagefind/recent'))).toBe(false);
  }, 60_000);

  it('makes a part again, rather than fail, when its index in the cache lacks the older copy of a changed page', async () => {
    const [made] = fs.readdirSync(path.join(cache, '2025')).filter((name) => name !== 'made.json');
    const fragments = path.join(cache, '2025', made!, 'fragment');
    const { id } = indexedCopies(path.join(cache, '2025', made!))['/2025/tin-tuc/bai-b.html']!;
    fs.rmSync(path.join(fragments, `${id}.pf_fragment`));
    writePage('bai-b', '2025', 'Tập huấn phòng cháy chữa cháy cho các cơ sở lưu trú.');
    expect(await writeSearchIndex(site, { cache, input, partPages: 1 })).toEqual({ pages: 2, parts: 1, made: 1, recent: 0 });
    expect(Object.keys(indexedCopies(path.join(site, 'pagefind/2025'))).sort()).toEqual(['/2025/tin-tuc/bai-b.html', '/2025/tin-tuc/bai-e.html']);
  }, 60_000);

  it('marks an older copy Pagefind gave the same id as the page’s copy in recent (nothing it reads changed)', async () => {
    const sorted = (date: string) =>
      `<!doctype html><html lang="vi"><head><meta data-pagefind-filter="year[content]" content="2025"><meta data-pagefind-sort="date[content]" content="${date}"></head><body><article data-pagefind-body><p>Lịch tiếp công dân.</p></article></body></html>`;
    fs.mkdirSync(path.join(site, 'tin-tuc', 'bai-f'), { recursive: true });
    fs.writeFileSync(path.join(site, 'tin-tuc', 'bai-f', 'index.html'), sorted('2025-01-02'));
    await writeSearchIndex(site, { cache, input, partPages: 1, recentPages: 0 });
    fs.writeFileSync(path.join(site, 'tin-tuc', 'bai-f', 'index.html'), sorted('2025-01-03'));
    expect(await writeSearchIndex(site, { cache, input, partPages: 1 })).toMatchObject({ recent: 1 });
    const { stale } = partsJson();
    expect(stale).toEqual([{ id: indexedCopies(path.join(site, 'pagefind/recent'))['/2025/tin-tuc/bai-f.html']!.id, filters: { year: ['2025'], part: ['2025'] }, twin: true }]);
    fs.rmSync(path.join(site, 'tin-tuc', 'bai-f'), { recursive: true });
    await writeSearchIndex(site, { cache, input, partPages: 1, recentPages: 0 });
  }, 60_000);

  it('groups years into parts of at least the pages asked for', async () => {
    writePage('bai-c', '2023', 'Trồng cây xanh ven đường.');
    writePage('bai-d', '2024', 'Sửa chữa cầu treo.');
    expect(await writeSearchIndex(site, { cache, input, partPages: 2 })).toEqual({ pages: 4, parts: 2, made: 1, recent: 0 }); // 2025 is unchanged
    expect(partsJson()).toEqual({ parts: ['2025', '2023-2024'], stale: [] });
    expect(fs.readdirSync(path.join(site, 'pagefind/2023-2024/fragment'))).toHaveLength(2);
    expect(fs.readdirSync(path.join(site, 'pagefind'))).toEqual(['2023-2024', '2025', 'parts.json']);
  }, 60_000);

  it('splits the word index into files of a few thousand positions, so a query fetches little besides its own words', async () => {
    // 12 pages of 1,000 words: 12,000 positions, one file with Pagefind's default of 20,000.
    const syllables = 'công tác cải cách hành chính phường xã huyện tỉnh dân cư nông thôn mới giao thông thủy lợi trường học y tế văn hóa thể thao'.split(' ');
    for (let page = 0; page < 12; page++) {
      const words = Array.from({ length: 1000 }, (_, i) => syllables[(i * 7 + page * 3) % syllables.length]);
      writePage(`bai-dai-${page}`, '2020', words.join(' '));
    }
    await writeSearchIndex(site, { cache, input, partPages: 100 });
    const part = JSON.parse(fs.readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8')).parts.find((name: string) => name.includes('2020'));
    expect(fs.readdirSync(path.join(site, 'pagefind', part, 'index')).length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

describe('pagefindIndex and afterAstro: when the index is made', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-after-'));
  const site = path.join(work, 'dist');
  const after = path.join(work, 'site');
  const logged: string[] = [];
  const hook = (integration: ReturnType<typeof pagefindIndex>) =>
    (integration.hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: { info: (message: string) => void } }) => Promise<void>)({
      dir: pathToFileURL(`${site}/`),
      logger: { info: (message) => logged.push(message) },
    });
  const previousCache = process.env.PORTAL_CACHE_DIR;
  beforeAll(() => {
    process.env.PORTAL_CACHE_DIR = path.join(work, 'cache');
    fs.mkdirSync(path.join(site, 'tin-tuc', 'bai-a'), { recursive: true });
    fs.writeFileSync(
      path.join(site, 'tin-tuc', 'bai-a', 'index.html'),
      '<!doctype html><html lang="vi"><head><meta data-pagefind-filter="year[content]" content="2025"></head><body><article data-pagefind-body><p>Khánh thành cầu mới.</p></article></body></html>',
    );
  });
  afterAll(() => {
    if (previousCache === undefined) delete process.env.PORTAL_CACHE_DIR;
    else process.env.PORTAL_CACHE_DIR = previousCache;
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('under npm run build, Astro only hands its output folder over, and the index is made after it has exited', async () => {
    await hook(pagefindIndex(after));
    expect(fs.readFileSync(after, 'utf8')).toBe(`${site}/`);
    expect(fs.readdirSync(path.join(site, 'pagefind'))).toEqual([]);
    await afterAstro(after);
    expect(JSON.parse(fs.readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8'))).toEqual({ parts: ['2025'], stale: [] });
  }, 60_000);

  it('under a bare astro build, the index is made in Astro’s last step', async () => {
    fs.rmSync(path.join(site, 'pagefind'), { recursive: true });
    await hook(pagefindIndex(undefined));
    expect(logged.at(-1)).toMatch(/^reused the search index of the last build \(1 parts, 1 pages\) in \d+ ms$/);
    expect(fs.existsSync(path.join(site, 'pagefind/parts.json'))).toBe(true);
  }, 60_000);
});
