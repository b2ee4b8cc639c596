import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentProblem, checkAttachmentFiles, svgProblem } from '../../src/files/file-signature.ts';
import { SAMPLE } from '../helpers/portal.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-signature-'));
const file = (name: string, bytes: Buffer | string) => {
  fs.writeFileSync(path.join(dir, name), bytes);
  return path.join(dir, name);
};
/** Attachments of the sample portal, one of each type it has. */
const sample = (pattern: RegExp) => (fs.readdirSync(SAMPLE, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => path.join(SAMPLE, f)).find((f) => pattern.test(f))!;

describe('attachmentProblem', () => {
  it.each([/\.pdf$/, /\.docx$/, /\.xlsx$/])('passes a real %s', async (pattern) => {
    const real = sample(pattern);
    expect(real).toBeDefined();
    expect(await attachmentProblem(real, path.basename(real))).toBeUndefined();
  });

  it('passes an MP3 (ID3 tag and MPEG frames)', async () => {
    const frame = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]);
    const mp3 = file('ban-tin.mp3', Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00', 'latin1'), frame, frame, frame]));
    expect(await attachmentProblem(mp3, './ban-tin.mp3')).toBeUndefined();
  });

  it.each([
    ['a program renamed .pdf', 'a.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]), /có đuôi \.pdf nhưng thực ra là tệp EXE/],
    ['a PDF renamed .docx', 'b.docx', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'), /có đuôi \.docx nhưng thực ra là tệp PDF/],
    ['text renamed .xlsx', 'c.xlsx', Buffer.from('Họ tên, Số hồ sơ\nNguyễn Văn A, 12\n'), /có đuôi \.xlsx nhưng không đọc được như tệp loại này/],
    ['an empty file', 'd.pdf', Buffer.alloc(0), /trống \(0 byte\); hãy chép lại tệp gốc/],
  ])('refuses %s', async (_, name, bytes, message) => {
    expect(await attachmentProblem(file(name, bytes), `./${name}`)).toMatch(message);
  });

  it('refuses an extension that is not an attachment type', async () => {
    expect(await attachmentProblem(file('e.exe', 'MZ'), './e.exe')).toMatch(/có đuôi \.exe không được đăng; chỉ dùng PDF/);
  });
});

describe('checkAttachmentFiles', () => {
  it('reads a file again only when its stamp changed', async () => {
    const cache = path.join(dir, 'passed.json');
    const pdf = file('f.pdf', '%PDF-1.4\n');
    expect(await checkAttachmentFiles([{ path: pdf, written: './f.pdf' }], cache)).toEqual([]);
    // Replaced by something else: a new stamp, so it is read again and refused.
    fs.rmSync(pdf);
    file('f.pdf', 'MZ');
    const bad = await checkAttachmentFiles([{ path: pdf, written: './f.pdf' }], cache);
    expect(bad.map((b) => b.problem)).toEqual([expect.stringMatching(/không đọc được như tệp loại này|thực ra là/)]);
  });
});

describe('svgProblem', () => {
  it('passes the sample emblem and an SVG of shapes with internal references', () => {
    expect(svgProblem(fs.readFileSync(path.join(SAMPLE, 'media/quoc-huy.svg'), 'utf8'))).toBeUndefined();
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="a" d="M0 0"/></defs><use href="#a"/><rect fill="url(#g)"/></svg>')).toBeUndefined();
  });
  it.each([
    ['<svg><script>alert(1)</script></svg>', /có mã <script>/],
    ['<svg onload="alert(1)"></svg>', /thuộc tính sự kiện/],
    ['<svg><a href="javascript:alert(1)"><rect/></a></svg>', /javascript:/],
    ['<svg><foreignObject><div>x</div></foreignObject></svg>', /nhúng nội dung HTML/],
    ['<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', /thực thể XML/],
    ['<svg><image href="https://example.net/theo-doi.png"/></svg>', /tham chiếu tới tệp khác/],
    ['<svg><style>@import url(https://example.net/a.css);</style></svg>', /@import|url\(/],
    ['<html><body>không phải SVG</body></html>', /không phải hình SVG/],
  ])('refuses %s', (svg, message) => {
    expect(svgProblem(svg)).toMatch(message);
  });
});
