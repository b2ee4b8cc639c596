/**
 * `npm run check`'s editorial rules, each against a fixture holding one kind
 * of mistake (tests/fixtures/bad-input/<case>, laid over the minimal portal):
 * the command fails and names the file, the line, the field and what to do,
 * in Vietnamese. One fixture with several mistakes shows they are all
 * reported in one run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SAMPLE, makePortal } from '../helpers/portal.ts';
import fs from 'node:fs';

function check(content: string) {
  const result = spawnSync('npm', ['run', 'check'], { cwd: ROOT, env: { ...process.env, PORTAL_CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `file:line: trường "field": message` as the check prints it, for a file of the portal in `content`. */
const at = (content: string, file: string, line: number, field: string) => `${path.join(path.relative(ROOT, content), file)}:${line}: trường "${field}": `;

const cases: { overlay: string; file: string; line: number; field: string; message: RegExp }[] = [
  {
    overlay: 'editorial-heading-h1',
    file: 'articles/2024/tieu-de-cap-mot.md',
    line: 9,
    field: 'nội dung',
    message: /^tiêu đề cấp 1 \(# …\) đã dành cho tên bài; hãy dùng ## cho các mục trong bài$/m,
  },
  {
    overlay: 'editorial-heading-skip',
    file: 'articles/2024/tieu-de-nhay-cap.md',
    line: 13,
    field: 'nội dung',
    message: /^tiêu đề #### nhảy cấp sau ##; hãy dùng ### \(mỗi lần chỉ xuống một cấp\)$/m,
  },
  {
    overlay: 'editorial-empty-section',
    file: 'articles/2024/muc-trong.md',
    line: 9,
    field: 'nội dung',
    message: /^mục «Mục trống» không có nội dung; hãy viết nội dung cho mục hoặc xóa tiêu đề này$/m,
  },
  {
    overlay: 'editorial-broken-link',
    file: 'articles/2024/lien-ket-hong.md',
    line: 11,
    field: 'nội dung',
    message: /^liên kết «\/tin-tuc\/bai-khong-ton-tai\/» dẫn tới bài viết «bai-khong-ton-tai» không có trên trang; hãy kiểm tra lại đường dẫn/m,
  },
  {
    overlay: 'editorial-broken-link',
    file: 'articles/2024/lien-ket-hong.md',
    line: 11,
    field: 'nội dung',
    message: /^liên kết «\/trang-khong-co\/» dẫn tới một trang không có trên cổng/m,
  },
  {
    overlay: 'editorial-relative-link',
    file: 'notices/2024/lien-ket-tuong-doi.md',
    line: 6,
    field: 'nội dung',
    message: /^liên kết tương đối «\.\/mau-don\.docx» sẽ không hoạt động trên trang; với tệp đính kèm hãy khai báo trong attachments/m,
  },
  {
    overlay: 'editorial-summary-short',
    file: 'articles/2024/tom-tat-ngan.md',
    line: 5,
    field: 'summary',
    message: /^tóm tắt \(summary\) quá ngắn \(9 ký tự\); hãy viết một hoặc hai câu, từ 40 đến 300 ký tự$/m,
  },
  {
    overlay: 'editorial-summary-long',
    file: 'articles/2024/tom-tat-dai.md',
    line: 5,
    field: 'summary',
    message: /^tóm tắt \(summary\) quá dài \(\d+ ký tự\); hãy rút gọn còn tối đa 300 ký tự/m,
  },
  {
    overlay: 'editorial-raw-img',
    file: 'articles/2024/co-anh-html/index.md',
    line: 13,
    field: 'nội dung',
    message: /^ảnh «\.\/anh-hoi-nghi\.jpg» viết bằng thẻ <img> sẽ không được đăng kèm bài; hãy viết !\[mô tả ảnh\]\(\.\/anh-hoi-nghi\.jpg\)/m,
  },
  {
    overlay: 'missing-attachment',
    file: 'notices/2024/thieu-tep/index.md',
    line: 5,
    field: 'attachments[0].file',
    message: /^không tìm thấy tệp đính kèm «\.\/thong-bao-so-5\.pdf»; hãy đặt tệp cạnh tệp \.md của thông báo$/m,
  },
];

/** The text after `prefix` on the line where it occurs. */
function messageAfter(output: string, prefix: string): string {
  const lines = output.split('\n').filter((line) => line.includes(prefix));
  return lines.map((line) => line.slice(line.indexOf(prefix) + prefix.length)).join('\n');
}

describe('npm run check: editorial rules', () => {
  it.each(cases)('$overlay: $file:$line', ({ overlay, file, line, field, message }) => {
    const content = makePortal(overlay);
    const { status, output } = check(content);
    expect(status, output).toBe(1);
    expect(output).toContain('✗ Nội dung có');
    expect(messageAfter(output, at(content, file, line, field)), output).toMatch(message);
  });

  it('refuses unsafe raw HTML, naming each line (the XSS fixture)', () => {
    const content = makePortal();
    fs.cpSync(path.join(FIXTURES, 'xss'), content, { recursive: true });
    const { status, output } = check(content);
    expect(status, output).toBe(1);
    const file = 'articles/2024/thu-chen-ma-doc.md';
    const expected: [number, RegExp][] = [
      [13, /thẻ <script> không được phép trong nội dung vì lý do an toàn; hãy xóa thẻ này/],
      [15, /thuộc tính onerror="…" trên thẻ <img> có thể chạy mã JavaScript và không được phép/],
      [17, /thuộc tính onclick="…" trên thẻ <p>/],
      [19, /liên kết «javascript:alert\('XSS-MDLINK'\)» không an toàn/],
      [21, /địa chỉ «JaVaScRiPt:alert\('XSS-HTMLLINK'\)» trong href của thẻ <a> không an toàn/],
      [23, /địa chỉ «javascript:alert\('XSS-ENTITY'\)» trong href của thẻ <a> không an toàn/],
      [25, /chỉ được nhúng video từ youtube-nocookie\.com, youtube\.com, player\.vimeo\.com.*khung nhúng «https:\/\/evil\.example\.com\/XSS-IFRAME» sẽ bị bỏ/],
      [27, /thẻ <object> không được phép/],
      [31, /thẻ <form> không được phép/],
    ];
    for (const [line, pattern] of expected) expect(messageAfter(output, at(content, file, line, 'nội dung')), `line ${line}\n${output}`).toMatch(pattern);
    // The allowlisted YouTube player (line 35) is not reported.
    expect(output).not.toContain(at(content, file, 35, 'nội dung'));
    expect(messageAfter(output, at(content, 'notices/2024/thong-bao-chen-ma.md', 7, 'nội dung'))).toMatch(/thuộc tính onerror="…" trên thẻ <img>/);
  });

  it('lists every problem of a file in one run, in line order', () => {
    const content = makePortal('editorial-many-mistakes');
    const { status, output } = check(content);
    expect(status, output).toBe(1);
    const prefix = path.join(path.relative(ROOT, content), 'articles/2024/nhieu-loi.md');
    const reported = output.split('\n').filter((line) => line.includes(`${prefix}:`));
    expect(reported.map((line) => Number(/\.md:(\d+):/.exec(line)![1]))).toEqual([5, 9, 11, 15, 17]);
    expect(output).toMatch(/Nội dung có 5 lỗi/);
  });

  it('passes the minimal portal and the sample portal (no false alarms)', () => {
    const minimal = check(makePortal());
    expect(minimal.status, minimal.output).toBe(0);
    const sample = check(SAMPLE);
    expect(sample.status, sample.output).toBe(0);
    expect(sample.output).toMatch(/✓ Nội dung hợp lệ/);
  });
});
