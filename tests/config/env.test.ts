import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTime, setting, SETTINGS } from '../../src/config/env.ts';
import { ROOT } from '../helpers/portal.ts';

/** Every text file of the engine and its docs, relative to the project. */
const files = (dir: string): string[] =>
  (fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(ts|mjs|js|astro|md|toml|yml)$/.test(file))
    .map((file) => path.join(dir, file));
const engine = [
  ...files('src'),
  ...files('scripts'),
  ...files('tests').filter((f) => !f.includes('fixtures')),
  ...files('docs'),
  ...files('netlify'),
  ...files('.github'),
  'astro.config.mjs',
  'netlify.toml',
  'README.md',
];
const declared = new Set(Object.values(SETTINGS).map((s) => s.variable));

describe('settings', () => {
  it('declares every PORTAL_* variable the engine, its tests and its docs mention', () => {
    const mentioned = new Set(engine.flatMap((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').match(/\bPORTAL_[A-Z_]+\b/g) ?? []));
    expect(mentioned.size).toBeGreaterThan(5);
    expect([...mentioned].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('lists every setting in the settings table of docs/architecture.md', () => {
    const table = fs.readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8').split('## Settings')[1] ?? '';
    expect([...declared].filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });

  it('is read by the engine only through src/config/env.ts (the Netlify plugin, a separate program, keeps its own copy in step: tests/netlify)', () => {
    const code = [...files('src'), ...files('scripts'), 'astro.config.mjs'];
    const readers = code.filter((file) => file !== path.join('src', 'config', 'env.ts') && /\benv(?:\.|\[\s*['"])PORTAL_/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('gives defaults, reads values, and refuses a count that is not one', () => {
    expect(setting('contentDir', {})).toBe('content');
    expect(setting('buildConcurrency', {})).toBe(8);
    expect(setting('searchPartPages', { PORTAL_SEARCH_PART_PAGES: '10' })).toBe(10);
    expect(setting('cacheDir', { PORTAL_CACHE_DIR: '' })).toBeUndefined();
    expect(() => setting('buildConcurrency', { PORTAL_BUILD_CONCURRENCY: 'nhiều' })).toThrow(/PORTAL_BUILD_CONCURRENCY=nhiều: expected a whole number of at least 1/);
    expect(() => setting('searchPartPages', { PORTAL_SEARCH_PART_PAGES: '0' })).toThrow(/at least 1/);
  });

  it('pins the build time to SOURCE_DATE_EPOCH when set', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1796342400' }).toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });
});
