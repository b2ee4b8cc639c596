/**
 * The cache directory survives Netlify builds: netlify.toml points
 * PORTAL_CACHE_DIR at a folder and runs the portal-cache plugin, which
 * restores that folder before the build and saves it after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/config/cache-dir.ts';
import { cacheDirectory, onPostBuild, onPreBuild } from '../../netlify/plugins/portal-cache/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const netlify = parse(fs.readFileSync(path.join(ROOT, 'netlify.toml'), 'utf8')) as {
  build: { environment: Record<string, string> };
  plugins?: { package: string }[];
};

function fakeUtils(found: boolean) {
  const calls: string[] = [];
  const record = (verb: string) => async (dir: string) => {
    calls.push(`${verb} ${dir}`);
    return found;
  };
  return { calls, utils: { cache: { restore: record('restore'), save: record('save') } } };
}

describe('netlify.toml', () => {
  it('sets PORTAL_CACHE_DIR and runs the portal-cache plugin from the repository', () => {
    expect(netlify.build.environment.PORTAL_CACHE_DIR).toBeTruthy();
    const plugin = netlify.plugins?.find((p) => p.package === './netlify/plugins/portal-cache');
    expect(plugin).toBeDefined();
    expect(fs.existsSync(path.join(ROOT, 'netlify/plugins/portal-cache/manifest.yml'))).toBe(true);
  });
});

describe('portal-cache plugin', () => {
  it('finds the cache directory by the same rule as the build', () => {
    for (const env of [{}, { PORTAL_CACHE_DIR: '.cache/astro' }, { PORTAL_CACHE_DIR: '/tmp/somewhere' }, { PORTAL_CACHE_DIR: '' }]) {
      expect(cacheDirectory(env)).toBe(cacheDir(env));
    }
  });

  it('restores the directory Netlify builds use before the build and saves it after', async () => {
    const previous = process.env.PORTAL_CACHE_DIR;
    process.env.PORTAL_CACHE_DIR = netlify.build.environment.PORTAL_CACHE_DIR;
    try {
      const expected = cacheDir();
      const { calls, utils } = fakeUtils(true);
      await onPreBuild({ utils });
      await onPostBuild({ utils });
      expect(calls).toEqual([`restore ${expected}`, `save ${expected}`]);
      expect(expected).toBe(path.resolve(netlify.build.environment.PORTAL_CACHE_DIR!));
    } finally {
      if (previous === undefined) delete process.env.PORTAL_CACHE_DIR;
      else process.env.PORTAL_CACHE_DIR = previous;
    }
  });
});
