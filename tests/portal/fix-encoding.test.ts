/**
 * `npm run fix-encoding` (scripts/fix-encoding.ts): the command the content
 * check prints converts the file it names, and the check then passes; it
 * refuses files outside the content folder, files that are not content
 * text, and files it cannot decide on, leaving them untouched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, makePortal } from '../helpers/portal.ts';

const run = (command: string, content: string) => {
  const result = spawnSync('sh', ['-c', command], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-fix-cache-')) },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

const fixEncoding = (content: string, ...args: string[]) => run(`npm run -s fix-encoding -- ${args.map((a) => `'${a}'`).join(' ')}`, content);

describe('npm run fix-encoding', () => {
  it.each([
    ['encoding-windows-1258', /✓ .*kenh-noi-dong-binh-minh\.md: đã chuyển từ bảng mã Windows-1258 .* sang UTF-8/],
    ['encoding-tcvn3', /✓ .*ra-quan-ve-sinh-duong-lang\.md: đã chuyển 1 dòng chữ TCVN3 .* sang Unicode UTF-8 \(dòng 9\)/],
    ['encoding-vni', /✓ .*hoi-thi-nau-an-phu-nu\.md: đã chuyển 2 dòng chữ VNI .* sang Unicode UTF-8 \(dòng 5, 9\)/],
    ['encoding-site-windows-1258', /✓ .*site\.yaml: đã chuyển từ bảng mã Windows-1258/],
  ])('%s: the command the check prints converts the file, and the check passes', (overlay, done) => {
    const content = makePortal(overlay);
    const before = run('npm run -s check', content);
    expect(before.status, before.output).toBe(1);
    const command = /npm run fix-encoding -- .*$/m.exec(before.output)?.[0];
    expect(command, before.output).toBeDefined();

    const fixed = run(command!, content);
    expect(fixed.status, fixed.output).toBe(0);
    expect(fixed.output).toMatch(done);

    const after = run('npm run -s check', content);
    expect(after.status, after.output).toBe(0);
    expect(after.output).toContain('✓ Nội dung hợp lệ');
  });

  it('finds the encoding itself without --from, and leaves a clean file alone', () => {
    const content = makePortal('encoding-vni');
    const file = path.join(content, 'articles/2024/hoi-thi-nau-an-phu-nu.md');
    expect(fixEncoding(content, file)).toMatchObject({ status: 0, output: expect.stringContaining('đã chuyển 2 dòng chữ VNI') });
    expect(fs.readFileSync(file, 'utf8')).toContain('summary: "Mười hai đội thi tranh tài với các món ăn quê nhà');
    expect(fixEncoding(content, file)).toMatchObject({ status: 0, output: expect.stringContaining('đã là UTF-8 chuẩn (NFC), không cần chuyển') });
  });

  it('normalises a decomposed file to NFC', () => {
    const content = makePortal();
    const file = path.join(content, 'articles/2024/bai-hop-le.md');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.normalize('NFD'));
    expect(fixEncoding(content, file)).toMatchObject({ status: 0, output: expect.stringContaining('Unicode NFC') });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses files outside the content folder, and files that are not content text, touching none', () => {
    const content = makePortal('encoding-windows-1258');
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-outside-')), 'ghi-chu.md');
    fs.copyFileSync(path.join(content, 'articles/2024/kenh-noi-dong-binh-minh.md'), outside);
    // A link inside the content folder to a file outside it is outside too.
    fs.symlinkSync(outside, path.join(content, 'articles/2024/lien-ket.md'));
    const emblem = path.join(content, 'media/quoc-huy.svg');
    const readme = path.join(ROOT, 'README.md');
    const before = [outside, emblem, readme].map((file) => fs.readFileSync(file));

    const { status, output } = fixEncoding(content, outside, path.join(content, 'articles/2024/lien-ket.md'), emblem, readme, path.join(content, 'khong-co.md'));
    expect(status, output).toBe(1);
    expect(output).toMatch(/✗ .*ghi-chu\.md: tệp nằm ngoài thư mục nội dung/);
    expect(output).toMatch(/✗ .*lien-ket\.md: tệp nằm ngoài thư mục nội dung/);
    expect(output).toMatch(/✗ .*README\.md: tệp nằm ngoài thư mục nội dung/);
    expect(output).toMatch(/✗ .*quoc-huy\.svg: lệnh chỉ chuyển tệp nội dung \.md và tệp \.yaml/);
    expect(output).toMatch(/✗ .*khong-co\.md: không tìm thấy tệp/);
    expect([outside, emblem, readme].map((file) => fs.readFileSync(file))).toEqual(before);
  });

  it('refuses a file it cannot decide on, and an unknown --from', () => {
    const content = makePortal();
    const file = path.join(content, 'articles/2024/nhieu.md');
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 151 + 7) % 256));
    fs.writeFileSync(file, noise);
    const refused = fixEncoding(content, file);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/✗ .*nhieu\.md: tệp không phải UTF-8 và không đoán được bảng mã .*hãy chỉ rõ bảng mã bằng --from/);
    expect(fs.readFileSync(file)).toEqual(noise);

    const unknown = fixEncoding(content, file, '--from', 'latin1');
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain('--from «latin1» không có; hãy dùng một trong: windows-1258, tcvn3, vni');
  });
});
