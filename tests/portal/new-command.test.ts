/**
 * `npm run new` on a copy of the minimal portal: with flags and with answers
 * typed at its prompts, it writes the entry where the guide says, and the
 * result passes `npm run check` as written.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, makePortal } from '../helpers/portal.ts';

function npm(args: string[], content: string, input?: string) {
  const result = spawnSync('npm', ['run', ...args], { cwd: ROOT, env: { ...process.env, PORTAL_CONTENT_DIR: content }, encoding: 'utf8', input });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run new', () => {
  it('creates an article from flags that passes npm run check, and says where the photos go', () => {
    const content = makePortal();
    const made = npm(
      [
        'new',
        '--',
        '--type',
        'tin',
        '--title',
        'Xã An Bình ra quân làm đường giao thông nông thôn',
        '--category',
        'kinh-te',
        '--date',
        '2026-03-02 07:30',
        '--summary',
        'Sáng 2/3, hơn 300 người dân cùng lực lượng đoàn viên ra quân làm đường bê tông liên thôn.',
        '--author',
        'Lê Văn Bình',
      ],
      content,
    );
    expect(made.status, made.output).toBe(0);
    const folder = path.join(content, 'articles/2026/xa-an-binh-ra-quan-lam-duong-giao-thong-nong-thon');
    const file = fs.readFileSync(path.join(folder, 'index.md'), 'utf8');
    expect(file).toContain('title: "Xã An Bình ra quân làm đường giao thông nông thôn"');
    expect(file).toContain('date: "2026-03-02 07:30"');
    expect(file).toContain('draft: false');
    expect(made.output).toContain(`Đặt ảnh và tệp vào thư mục ${path.relative(ROOT, folder)}/`);
    const checked = npm(['check'], content);
    expect(checked.status, checked.output).toBe(0);
  });

  it('asks for what is missing (answers piped in) and writes a notice that passes npm run check', () => {
    const content = makePortal();
    const answers = ['thông báo', 'Lịch tiếp công dân tháng 4 năm 2026', '2026-04-01', 'Lãnh đạo UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở UBND xã.', ''].join(
      '\n',
    );
    const made = npm(['new'], content, answers);
    expect(made.status, made.output).toBe(0);
    expect(made.output).toMatch(/Loại nội dung — tin \(Tin tức\), thong-bao \(Thông báo\)/);
    const file = fs.readFileSync(path.join(content, 'notices/2026/lich-tiep-cong-dan-thang-4-nam-2026/index.md'), 'utf8');
    expect(file).toMatch(/^summary: "Lãnh đạo UBND xã tiếp công dân/m);
    expect(npm(['check'], content).status).toBe(0);
  });

  it('keeps an entry written with placeholders as a draft that still passes npm run check', () => {
    const content = makePortal();
    const made = npm(['new', '--', '--type', 'tin', '--title', 'Tin chưa viết xong', '--category', 'kinh-te', '--date', '2026-01-05'], content);
    expect(made.status, made.output).toBe(0);
    expect(made.output).toContain('Cần thay nội dung tạm ở: summary, author');
    expect(fs.readFileSync(path.join(content, 'articles/2026/tin-chua-viet-xong/index.md'), 'utf8')).toContain('draft: true');
    expect(npm(['check'], content).status).toBe(0);
  });

  it('refuses, in Vietnamese and without writing, a title that would publish at an existing address', () => {
    const content = makePortal();
    const made = npm(['new', '--', '--type', 'tin', '--title', 'Bài hợp lệ', '--category', 'kinh-te', '--date', '2026-01-05'], content);
    expect(made.status).toBe(1);
    expect(made.output).toMatch(/✗ đã có bài viết cùng địa chỉ «bai-hop-le» \(articles\/2024\/bai-hop-le\.md\)/);
    expect(fs.existsSync(path.join(content, 'articles/2026'))).toBe(false);
  });

  it('refuses an unknown kind and an unknown category, naming the choices', () => {
    const content = makePortal();
    expect(npm(['new', '--', '--type', 'video', '--title', 'A'], content).output).toMatch(/✗ không có loại «video»; hãy chọn: tin \(Tin tức\)/);
    expect(npm(['new', '--', '--type', 'tin', '--title', 'A b c', '--category', 'the-thao', '--date', '2026-01-05'], content).output).toMatch(
      /✗ chuyên mục «the-thao» không có; hãy chọn một trong: cai-cach-hanh-chinh/,
    );
  });
});
