import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertEntryFiles, resolveContentFile } from '../../src/files/content-files.ts';

// A content folder with an article folder, and a folder beside it standing for the rest of the machine.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'content-files-'));
const root = path.join(base, 'content');
const article = path.join(root, 'articles/2024/bai');
const entry = path.join(article, 'index.md');
const elsewhere = path.join(base, 'ngoai');
fs.mkdirSync(article, { recursive: true });
fs.mkdirSync(elsewhere);
fs.writeFileSync(entry, '---\n---\n');
fs.writeFileSync(path.join(article, 'anh.jpg'), 'x');
fs.writeFileSync(path.join(root, 'chung.pdf'), 'x');
fs.writeFileSync(path.join(elsewhere, 'bi-mat.pdf'), 'x');
fs.mkdirSync(path.join(article, 'thu-muc'));
fs.symlinkSync(path.join(elsewhere, 'bi-mat.pdf'), path.join(article, 'lien-ket-ra-ngoai.pdf'));
fs.symlinkSync('/proc/self/environ', path.join(article, 'moi-truong.pdf'));
fs.symlinkSync(path.join(root, 'chung.pdf'), path.join(article, 'lien-ket-ben-trong.pdf'));
fs.symlinkSync(path.join(article, 'khong-co.pdf'), path.join(article, 'lien-ket-hong.pdf'));
fs.symlinkSync(elsewhere, path.join(article, 'thu-muc-ngoai'));

const kind = (written: string, from: string | null = entry) => {
  const resolved = resolveContentFile(root, from, written);
  return resolved.ok ? 'file' : resolved.kind;
};

describe('resolveContentFile', () => {
  it('accepts a file beside the entry, in a subfolder, or linked from inside to inside', () => {
    expect(resolveContentFile(root, entry, './anh.jpg')).toEqual({ ok: true, path: path.join(article, 'anh.jpg') });
    expect(kind('anh.jpg')).toBe('file');
    expect(kind('./lien-ket-ben-trong.pdf')).toBe('file');
    expect(kind('./chung.pdf', null)).toBe('file');
  });

  it.each([
    ['/etc/passwd', 'absolute'],
    ['C:\\Windows\\win.ini', 'absolute'],
    ['file:///etc/passwd', 'absolute'],
    ['https://example.net/x.pdf', 'absolute'],
    ['~/x.pdf', 'absolute'],
    ['\\\\server\\share\\x.pdf', 'absolute'],
    ['', 'absolute'],
    ['./anh\0.jpg', 'absolute'],
    ['../../../../ngoai/bi-mat.pdf', 'parent'],
    ['./thu-muc/../anh.jpg', 'parent'],
    ['..\\..\\x.pdf', 'parent'],
    ['./lien-ket-ra-ngoai.pdf', 'outside'],
    ['./moi-truong.pdf', 'outside'],
    ['./lien-ket-hong.pdf', 'outside'],
    ['./thu-muc-ngoai/bi-mat.pdf', 'outside'],
    ['./khong-co.jpg', 'missing'],
    ['./thu-muc', 'not-a-file'],
  ])('refuses %j as %s', (written, expected) => {
    expect(kind(written)).toBe(expected);
  });

  it('says why in Vietnamese, naming the path as written', () => {
    const resolved = resolveContentFile(root, entry, './moi-truong.pdf');
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && resolved.message).toBe('tệp «./moi-truong.pdf» là liên kết (symlink) trỏ ra ngoài thư mục nội dung, không được đăng; hãy thay bằng chính tệp đó');
  });

  it('works when the content folder itself is reached through a link', () => {
    const linked = path.join(base, 'noi-dung-lien-ket');
    fs.symlinkSync(root, linked);
    expect(resolveContentFile(linked, path.join(linked, 'articles/2024/bai/index.md'), './anh.jpg').ok).toBe(true);
    expect(resolveContentFile(linked, path.join(linked, 'articles/2024/bai/index.md'), './lien-ket-ra-ngoai.pdf').ok).toBe(false);
  });
});

describe('assertEntryFiles', () => {
  it('passes the photo and file paths of a front matter that stay inside', () => {
    expect(() =>
      assertEntryFiles(root, entry, { cover: { src: './anh.jpg' }, gallery: [{ src: './anh.jpg', caption: 'x' }], attachments: [{ file: './lien-ket-ben-trong.pdf' }] }),
    ).not.toThrow();
  });
  it('throws on the first path that leaves the content folder, naming the field', () => {
    expect(() => assertEntryFiles(root, entry, { gallery: [{ src: './anh.jpg' }, { src: '../../../../ngoai/bi-mat.pdf' }] })).toThrow(
      /trường "src": đường dẫn «\.\.\/\.\.\/\.\.\/\.\.\/ngoai\/bi-mat\.pdf» có «\.\.»/,
    );
    expect(() => assertEntryFiles(root, entry, { attachments: [{ file: './moi-truong.pdf' }] })).toThrow(/trường "file": .*liên kết \(symlink\)/);
  });
});
