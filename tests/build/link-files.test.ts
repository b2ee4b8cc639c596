import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkFiles } from '../../src/build/link-files.ts';

describe('linkFiles: trees of files put in place as hard links', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'link-files-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('links every file into the same place under the target, making its folders', () => {
    const from = path.join(work, 'cache', 'dist');
    const to = path.join(work, 'dist');
    for (const file of ['tin-tuc/bai-a/index.html', 'tin-tuc/bai-b/index.html', 'chuyen-muc/kinh-te/2/index.html']) {
      fs.mkdirSync(path.dirname(path.join(from, file)), { recursive: true });
      fs.writeFileSync(path.join(from, file), `<p>${file}</p>`);
    }
    expect(linkFiles(from, to)).toBe(3);
    const inode = (dir: string, file: string) => fs.statSync(path.join(dir, file)).ino;
    expect(inode(to, 'chuyen-muc/kinh-te/2/index.html')).toBe(inode(from, 'chuyen-muc/kinh-te/2/index.html'));
    expect(fs.readFileSync(path.join(to, 'tin-tuc/bai-b/index.html'), 'utf8')).toBe('<p>tin-tuc/bai-b/index.html</p>');
    expect(fs.readdirSync(path.join(to, 'tin-tuc')).sort()).toEqual(['bai-a', 'bai-b']);
  });

  it('links only the files it is given when the caller knows them, skipping one that is not there', () => {
    const from = path.join(work, 'cache', 'dist');
    const to = path.join(work, 'listed');
    expect(linkFiles(from, to, ['tin-tuc/bai-a/index.html', 'tin-tuc/bai-khong-co/index.html'])).toBe(1);
    expect(fs.statSync(path.join(to, 'tin-tuc/bai-a/index.html')).ino).toBe(fs.statSync(path.join(from, 'tin-tuc/bai-a/index.html')).ino);
    expect(fs.existsSync(path.join(to, 'tin-tuc/bai-b'))).toBe(false);
    expect(() => linkFiles(from, to, ['tin-tuc/bai-a/index.html'])).toThrow(/EEXIST/);
  });
});
