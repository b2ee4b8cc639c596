import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroHasCache, buildCode, currentStamp, LOCK_FILES, OWN_CACHE_FOLDER, recordedStamp, recordStamp, whyFullBuild } from '../../src/build/build-stamp.ts';

describe('the build stamp: what the reuse between builds depends on', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-stamp-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    fs.writeFileSync(path.join(work, file), text);
  };
  write('node_modules/astro/package.json', JSON.stringify({ name: 'astro', version: '7.4.7' }));
  write('astro.config.mjs', "import { a } from './src/build/a.ts';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [a()] });\n");
  write('src/content.config.ts', "export { collections } from './model/c.ts';\n");
  write('src/build/a.ts', "import { b } from '../markdown/b.ts';\nexport const a = () => import('./lazy.ts');\n");
  write('src/build/lazy.ts', 'export const lazy = 1;\n');
  write('src/markdown/b.ts', 'export const b = 1;\n');
  write('src/model/c.ts', 'export const collections = {};\n');
  write('src/pages/index.astro', '<p>not part of the build code: Astro hashes each route</p>\n');

  it('covers astro.config.mjs, the collections and every project module they import, not packages', () => {
    expect(buildCode(work)).toEqual(['astro.config.mjs', 'src/build/a.ts', 'src/build/lazy.ts', 'src/content.config.ts', 'src/markdown/b.ts', 'src/model/c.ts']);
  });

  it('changes with Astro’s version and with any of that code', () => {
    const first = currentStamp(work);
    expect(first.astro).toBe('7.4.7');
    write('src/pages/index.astro', '<p>changed</p>\n');
    expect(currentStamp(work)).toEqual(first);
    write('src/markdown/b.ts', 'export const b = 2;\n');
    const second = currentStamp(work);
    expect(second.code).not.toBe(first.code);
    expect(whyFullBuild(first, second)).toMatch(/build code changed/);
    expect(whyFullBuild(second, { ...second, astro: '7.5.0' })).toBe('Astro 7.4.7 → 7.5.0');
    expect(whyFullBuild(second, second)).toBeUndefined();
  });

  it('changes with the lock file: a new Markdown processor renders every body again', () => {
    const before = currentStamp(work);
    expect(before.packages).toBe('');
    write('package-lock.json', JSON.stringify({ packages: { 'node_modules/@astrojs/markdown-satteri': { version: '0.4.7' } } }));
    const locked = currentStamp(work);
    expect(locked.packages).toMatch(/^[0-9a-f]{64}$/);
    expect(whyFullBuild(before, locked)).toMatch(/installed packages changed/);
    write('package-lock.json', JSON.stringify({ packages: { 'node_modules/@astrojs/markdown-satteri': { version: '0.4.10' } } }));
    const upgraded = currentStamp(work);
    expect({ ...upgraded, packages: locked.packages }).toEqual(locked);
    expect(whyFullBuild(locked, upgraded)).toBe('the installed packages changed (the lock file)');
    // A stamp recorded before the lock file was part of it reuses nothing either.
    const { packages: _, ...older } = upgraded;
    expect(whyFullBuild(older as typeof upgraded, upgraded)).toMatch(/installed packages changed/);
    fs.rmSync(path.join(work, 'package-lock.json'));
  });

  it('knows every lock file Astro reads for its own cache (Astro drops its pages when one changes; the stamp must then drop the rest)', async () => {
    // Astro's list is internal, not exported: read from its file, so an Astro that learns a new lock file fails here.
    const { KNOWN_LOCKFILES } = (await import(path.join(process.cwd(), 'node_modules/astro/dist/core/build/lockfile/finder.js'))) as { KNOWN_LOCKFILES: string[] };
    expect(KNOWN_LOCKFILES.length).toBeGreaterThan(3);
    expect([...LOCK_FILES].sort()).toEqual([...KNOWN_LOCKFILES].sort());
    for (const name of LOCK_FILES) {
      write(name, 'lock');
      expect(currentStamp(work).packages, name).toMatch(/^[0-9a-f]{64}$/);
      fs.rmSync(path.join(work, name));
    }
  });

  it('is recorded in the cache directory; a cache without one reuses nothing', () => {
    const cache = path.join(work, 'cache');
    expect(recordedStamp(cache)).toBeUndefined();
    expect(whyFullBuild(recordedStamp(cache), currentStamp(work))).toMatch(/no record/);
    recordStamp(cache, currentStamp(work));
    expect(recordedStamp(cache)).toEqual(currentStamp(work));
  });

  it('tells a first build (nothing of Astro in the cache: no --force, no warning) from a cache of an unknown build', () => {
    const cache = path.join(work, 'first-cache');
    expect(astroHasCache(cache)).toBe(false);
    fs.mkdirSync(path.join(cache, OWN_CACHE_FOLDER), { recursive: true });
    expect(astroHasCache(cache)).toBe(false);
    fs.writeFileSync(path.join(cache, 'data-store.json'), '{}');
    expect(astroHasCache(cache)).toBe(true);
  });
});
