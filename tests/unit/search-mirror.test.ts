import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexedPage, mirrorParts } from '../../src/integrations/pagefind.ts';

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
