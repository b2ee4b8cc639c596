import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordedPageFiles } from '../../src/build/restore-output.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-output-'));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const write = (file: string, text = '') => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

describe('recordedPageFiles: the pages Astro’s manifest records for its last build', () => {
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

  it('reads them from the manifest, not from the cache folder', () => {
    manifest(1, ['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    write(path.join(work, 'dist', 'tin-tuc', 'a', 'index.html'));
    write(path.join(work, 'dist', 'tin-tuc', 'stray', 'index.html'));
    expect([...recordedPageFiles(work)!].sort()).toEqual(['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
  });

  it('knows none without a manifest, or with one of a version it does not know', () => {
    expect(recordedPageFiles(work)).toBeUndefined();
    manifest(2, ['tin-tuc/b/index.html']);
    expect(recordedPageFiles(work)).toBeUndefined();
    write(path.join(work, 'incremental-build.json'), '{ not json');
    expect(recordedPageFiles(work)).toBeUndefined();
  });
});
