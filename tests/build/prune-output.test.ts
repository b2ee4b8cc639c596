import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPageFiles, fileSystemNow, staleFiles } from '../../src/build/prune-output.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-output-'));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const write = (file: string, text = '') => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

describe('cachedPageFiles: the pages of Astro’s incremental cache', () => {
  const manifest = (version: number, outputs: string[]) =>
    write(
      path.join(work, 'incremental-build.json'),
      JSON.stringify({
        version,
        routes: {
          'src/pages/tin-tuc/[slug].astro': {
            dependencyHash: 'x',
            paths: Object.fromEntries(outputs.map((file) => [`/${path.dirname(file)}/`, { cacheKey: 'k', outputFile: file }])),
          },
        },
      }),
    );

  it('reads them from the manifest of the last build, not from the folder', () => {
    manifest(1, ['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    write(path.join(work, 'dist', 'tin-tuc', 'a', 'index.html'));
    write(path.join(work, 'dist', 'tin-tuc', 'stray', 'index.html'));
    expect([...cachedPageFiles(work)].sort()).toEqual(['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
  });

  it('lists the folder when there is no manifest, or one of a version it does not know', () => {
    write(path.join(work, 'dist', 'tin-tuc', 'a', 'index.html'));
    expect([...cachedPageFiles(work)]).toEqual(['tin-tuc/a/index.html']);
    manifest(2, ['tin-tuc/b/index.html']);
    expect([...cachedPageFiles(work)]).toEqual(['tin-tuc/a/index.html']);
    write(path.join(work, 'incremental-build.json'), '{ not json');
    expect([...cachedPageFiles(work)]).toEqual(['tin-tuc/a/index.html']);
  });

  it('is empty for a first build', () => {
    expect(cachedPageFiles(path.join(work, 'nothing-yet')).size).toBe(0);
  });
});

describe('staleFiles: what the build no longer publishes', () => {
  it('keeps what was listed or written during the build, removes the rest and the route outputs not listed', async () => {
    const out = path.join(work, 'out');
    write(path.join(out, 'old.html'));
    write(path.join(out, 'tin-tuc', 'gone', 'index.html'));
    write(path.join(out, 'pagefind', 'x.pf_index'));
    write(path.join(out, 'listed.html'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = fileSystemNow(out);
    write(path.join(out, 'written.css'));
    write(path.join(out, 'tin-tuc', 'renamed', 'index.html'));
    const stale = staleFiles(out, { keep: new Set(['listed.html']), since, routeOutputs: new Set(['tin-tuc/renamed/index.html']), skip: new Set(['pagefind']) });
    expect(stale.sort()).toEqual(['old.html', 'tin-tuc/gone/index.html', 'tin-tuc/renamed/index.html']);
  });
});
