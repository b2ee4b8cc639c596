import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyFile, withBodyFiles, withoutBody } from '../../src/build/body-files.ts';
import { memoryStore, type Entry } from '../helpers/loader-store.ts';

/** A stand-in for the glob loader: stores the given files, rendering only those not stored with the same digest. */
function fakeGlob(files: Record<string, { digest: string; html: string; photos?: boolean }>, rendered: string[]): Loader {
  return {
    name: 'fake-glob',
    async load({ store }) {
      for (const id of store.keys()) if (!(id in files)) store.delete(id);
      for (const [id, file] of Object.entries(files)) {
        if (store.get(id)?.digest === file.digest) continue;
        rendered.push(id);
        store.set({ id, data: {}, digest: file.digest, rendered: { html: file.html, metadata: { imagePaths: file.photos ? ['./anh.jpg'] : [] } } });
      }
    },
  };
}

describe('withoutBody', () => {
  it('takes the HTML out of an entry without photos, and keeps it for one with photos', () => {
    const plain: Entry = { id: 'a', data: { title: 'A' }, digest: 'd1', rendered: { html: '<p>A</p>', metadata: { imagePaths: [] } } };
    expect(withoutBody(plain)).toEqual({ entry: { ...plain, rendered: undefined }, html: '<p>A</p>' });
    const withPhoto: Entry = { ...plain, rendered: { html: '<img src="__ASTRO_IMAGE_x">', metadata: { imagePaths: ['./x.jpg'] } } };
    expect(withoutBody(withPhoto)).toEqual({ entry: withPhoto });
    expect(bodyFile('articles', withPhoto)).toBeUndefined();
  });
});

describe('withBodyFiles', () => {
  let cache: string;
  const previous = process.env.PORTAL_CACHE_DIR;
  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'body-files-'));
    process.env.PORTAL_CACHE_DIR = cache;
  });
  afterEach(() => {
    process.env.PORTAL_CACHE_DIR = previous;
    fs.rmSync(cache, { recursive: true, force: true });
  });

  const load = async (loader: Loader, store: LoaderContext['store']) => loader.load({ collection: 'articles', store } as LoaderContext);
  const bodyFiles = () => fs.readdirSync(path.join(cache, 'portal', 'bodies', 'articles')).sort();

  it('writes each body to a file named by its digest, keeps photo bodies in the store, and prunes old files', async () => {
    const { entries, store } = memoryStore();
    const files = { a: { digest: 'd1', html: '<p>A</p>' }, b: { digest: 'd2', html: '<p>B</p>' }, c: { digest: 'd3', html: '<p>C</p>', photos: true } };
    const rendered: string[] = [];
    await load(withBodyFiles(fakeGlob(files, rendered)), store);

    expect(bodyFiles()).toEqual(['d1.html', 'd2.html']);
    expect(fs.readFileSync(bodyFile('articles', entries.get('a')!)!, 'utf8')).toBe('<p>A</p>');
    expect(entries.get('a')!.rendered).toBeUndefined();
    expect(entries.get('c')!.rendered?.html).toBe('<p>C</p>');

    // b edited, a deleted: only b is rendered again, and the two stale files go.
    const next = { b: { digest: 'd4', html: '<p>B2</p>' }, c: files.c };
    rendered.length = 0;
    await load(withBodyFiles(fakeGlob(next, rendered)), store);
    expect(rendered).toEqual(['b']);
    expect(bodyFiles()).toEqual(['d4.html']);
    expect(fs.readFileSync(bodyFile('articles', entries.get('b')!)!, 'utf8')).toBe('<p>B2</p>');
  });

  it('renders an entry again when its body file has gone', async () => {
    const { store } = memoryStore();
    const files = { a: { digest: 'd1', html: '<p>A</p>' }, b: { digest: 'd2', html: '<p>B</p>' } };
    const rendered: string[] = [];
    await load(withBodyFiles(fakeGlob(files, rendered)), store);
    fs.rmSync(path.join(cache, 'portal', 'bodies', 'articles', 'd1.html'));

    rendered.length = 0;
    await load(withBodyFiles(fakeGlob(files, rendered)), store);
    expect(rendered).toEqual(['a']);
    expect(bodyFiles()).toEqual(['d1.html', 'd2.html']);
  });
});
