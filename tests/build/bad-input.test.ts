/**
 * Bad content stops `npm run build` with a Vietnamese message naming the
 * file, the field and what is expected, and nothing is written to the output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, makePortal } from '../helpers/portal.ts';

const cases: { overlay: string; file: string; expected: RegExp[] }[] = [
  { overlay: 'missing-title', file: 'articles/2024/thieu-tieu-de.md', expected: [/trường "title": bắt buộc: cần nhập tiêu đề/] },
  { overlay: 'unknown-category', file: 'articles/2024/sai-chuyen-muc.md:4', expected: [/trường "category": chuyên mục «the-thao» không có trong content\/site.yaml/, /cai-cach-hanh-chinh/] },
  { overlay: 'bad-date', file: 'articles/2024/sai-ngay.md:3', expected: [/trường "date": .*«2024-02-30» không phải là ngày hợp lệ; hãy viết dạng 2024-03-17/] },
  { overlay: 'missing-cover-alt', file: 'articles/2024/co-anh/index.md', expected: [/trường "cover.alt": bắt buộc: cần nhập mô tả ảnh bìa/] },
  { overlay: 'missing-photo', file: 'articles/2024/thieu-anh/index.md', expected: [/trường "cover.src": không tìm thấy tệp ảnh «.\/anh-khong-co.jpg»/] },
  { overlay: 'duplicate-url', file: 'articles/2025/hop-giao-ban.md', expected: [/trùng địa chỉ với .*articles\/2024\/hop-giao-ban.md: cả hai sẽ đăng tại cùng một URL «hop-giao-ban»/] },
  { overlay: 'unclosed-frontmatter', file: 'articles/2024/chua-dong.md:1', expected: [/mở bằng --- ở dòng 1 nhưng chưa được đóng/] },
  { overlay: 'bad-yaml', file: 'articles/2024/yaml-hong.md:', expected: [/YAML không hợp lệ/] },
  { overlay: 'site-missing-email', file: 'site.yaml', expected: [/trường "email": email phải là một địa chỉ thư điện tử hợp lệ/] },
];

describe('bad input stops the build', () => {
  it.each(cases)('$overlay', ({ overlay, file, expected }) => {
    const content = makePortal(overlay);
    const outDir = path.join(os.tmpdir(), `portal-out-${overlay}-${Date.now()}`);
    const { status, output } = build(content, outDir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(path.join(path.relative(process.cwd(), content), file));
    for (const pattern of expected) expect(output).toMatch(pattern);
    expect(fs.existsSync(outDir), 'nothing may be published').toBe(false);
  });

  it('builds the same portal when nothing is broken (the control case)', () => {
    const content = makePortal();
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-out-ok-'));
    const { status, output } = build(content, outDir);
    expect(status, output).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'tin-tuc/bai-hop-le/index.html'))).toBe(true);
  });
});
