/**
 * onlyChangedFiles (src/build/changed-files.ts) hands the glob loader only the
 * files that changed since the last build. Here the glob loader is a stand-in
 * that records the pattern it gets and stores what it reads; the real one is
 * exercised by tests/portal/incremental.test.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { onlyChangedFiles } from '../../src/build/changed-files.ts';
import { entryId } from '../../src/model/slugify.ts';
import { memoryStore } from '../helpers/loader-store.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'changed-files-'));
const base = path.join(work, 'content/articles');
const previousCache = process.env.PORTAL_CACHE_DIR;
beforeAll(() => (process.env.PORTAL_CACHE_DIR = path.join(work, 'cache')));
afterAll(() => {
  process.env.PORTAL_CACHE_DIR = previousCache;
  fs.rmSync(work, { recursive: true, force: true });
});

const digest = (text: string) => crypto.createHash('sha1').update(text).digest('hex');
const { entries, store, assetImports } = memoryStore();

/** What the stand-in glob loader was given, per load. */
const patterns: (string | string[])[] = [];
/** Stores every file matching `pattern` (as tinyglobby would find it), and deletes the stored entries it did not see. */
const fakeGlob = (pattern: string | string[]): Loader => ({
  name: 'fake-glob',
  async load({ store: seen }) {
    patterns.push(pattern);
    const untouched = new Set(seen.keys());
    const files = (fs.readdirSync(base, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.split(path.sep).join('/'));
    for (const file of files.filter((f) => [pattern].flat().some((p) => path.posix.matchesGlob(f, p)))) {
      const text = fs.readFileSync(path.join(base, file), 'utf8');
      const id = entryId(file);
      untouched.delete(id);
      const photo = /photo: (\S+)/.exec(text)?.[1];
      seen.set({ id, data: { text }, digest: digest(text), filePath: `content/articles/${file}`, assetImports: photo ? [photo] : undefined });
    }
    untouched.forEach((id) => seen.delete(id));
  },
});

const loader = onlyChangedFiles({ base, idOf: entryId, glob: fakeGlob });
const logs: string[] = [];
const load = (watcher?: object) =>
  loader.load({
    collection: 'articles',
    store,
    config: { root: pathToFileURL(`${work}/`) },
    generateDigest: digest,
    logger: { info: (line: string) => logs.push(line) },
    watcher,
  } as unknown as LoaderContext);
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
  fs.writeFileSync(path.join(base, file), text);
};
const texts = () => Object.fromEntries([...entries].map(([id, entry]) => [id, (entry.data as { text: string }).text]).sort());

describe('onlyChangedFiles', () => {
  it('gives the glob loader every file the first time', async () => {
    write('2024/mot.md', 'một');
    write('2024/hai/index.md', 'hai\nphoto: ./anh.jpg');
    write('2025/bai (3).md', 'ba');
    await load();
    expect(patterns.pop()).toBe('**/*.md');
    expect(texts()).toEqual({ 'bai-3': 'ba', hai: 'hai\nphoto: ./anh.jpg', mot: 'một' });
  });

  it('then nothing when nothing changed, registering kept entries’ photos again', async () => {
    assetImports.length = 0;
    await load();
    expect(patterns).toEqual([]);
    expect(texts()).toEqual({ 'bai-3': 'ba', hai: 'hai\nphoto: ./anh.jpg', mot: 'một' });
    expect(assetImports).toEqual(['content/articles/2024/hai/index.md:./anh.jpg']);
    expect(logs.pop()).toBe('articles: 0 of 3 files changed since the last build');
  });

  it('then only the edited and added files; all files when a name reads as a glob pattern', async () => {
    write('2025/bai (3).md', 'ba, đã sửa');
    write('2025/bon.md', 'bốn');
    await load();
    expect(patterns.pop()).toBe('**/*.md');
    expect(texts()).toEqual({ 'bai-3': 'ba, đã sửa', bon: 'bốn', hai: 'hai\nphoto: ./anh.jpg', mot: 'một' });
  });

  it('not a file whose times changed but not its text (a git clone)', async () => {
    write('2025/bon.md', 'bốn, đã sửa');
    await load();
    expect(patterns.pop()).toEqual(['2025/bon.md']);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(base, '2024/mot.md'), later, later);
    await load();
    expect(patterns).toEqual([]);
  });

  it('removes the entries of deleted files, with or without changed files', async () => {
    fs.rmSync(path.join(base, '2025/bon.md'));
    await load();
    expect(patterns).toEqual([]);
    expect(Object.keys(texts())).toEqual(['bai-3', 'hai', 'mot']);

    fs.rmSync(path.join(base, '2024/mot.md'));
    write('2024/hai/index.md', 'hai, đã sửa');
    await load();
    expect(patterns.pop()).toEqual(['2024/hai/index.md']);
    expect(texts()).toEqual({ 'bai-3': 'ba, đã sửa', hai: 'hai, đã sửa' });
  });

  it('reads a file moved to another folder again (same id, another file)', async () => {
    write('2025/nam.md', 'năm');
    await load();
    patterns.pop();
    fs.renameSync(path.join(base, '2025/nam.md'), path.join(base, '2024/nam.md'));
    await load();
    expect(patterns.pop()).toEqual(['2024/nam.md']);
    expect(entries.get('nam')?.filePath).toBe('content/articles/2024/nam.md');
  });

  it('gives every file under astro dev, where the glob loader also watches them', async () => {
    await load({ on: () => {} });
    expect(patterns.pop()).toBe('**/*.md');
  });
});
