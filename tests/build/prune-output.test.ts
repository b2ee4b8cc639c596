import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSystemNow, staleFiles } from '../../src/build/prune-output.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-output-'));
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const write = (file: string, text = '') => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

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
