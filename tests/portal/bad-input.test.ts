/**
 * Bad content stops `npm run build` with a Vietnamese message naming the
 * file, the field and what is expected, and nothing is written to the output.
 * (The check runs beside Astro, which waits for it before writing anything:
 * scripts/build.ts, tests/check/gate.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { build, makePortal, ROOT, withoutColours } from '../helpers/portal.ts';

const cases: { overlay: string; file: string; expected: RegExp[] }[] = [
  { overlay: 'missing-title', file: 'articles/2024/thieu-tieu-de.md', expected: [/trường "title": bắt buộc: cần nhập tiêu đề/] },
  {
    overlay: 'unknown-category',
    file: 'articles/2024/sai-chuyen-muc.md:4',
    expected: [/trường "category": chuyên mục «the-thao» không có trong content\/site.yaml/, /cai-cach-hanh-chinh/],
  },
  { overlay: 'bad-date', file: 'articles/2024/sai-ngay.md:3', expected: [/trường "date": .*«2024-02-30» không phải là ngày hợp lệ; hãy viết dạng 2024-03-17/] },
  { overlay: 'missing-cover-alt', file: 'articles/2024/co-anh/index.md', expected: [/trường "cover.alt": bắt buộc: cần nhập mô tả ảnh bìa/] },
  { overlay: 'missing-photo', file: 'articles/2024/thieu-anh/index.md', expected: [/trường "cover.src": không tìm thấy tệp ảnh «.\/anh-khong-co.jpg»/] },
  // Astro publishes only `.md` in lower case: a `.MD` file would otherwise pass the check and never appear.
  { overlay: 'markdown-ending-upper-case', file: 'articles/2024/hop-dan-thon.MD', expected: [/tệp có đuôi «\.MD» sẽ không được đăng; hãy đổi tên thành «hop-dan-thon\.md»/] },
  {
    overlay: 'duplicate-url',
    file: 'articles/2025/hop-giao-ban.md',
    expected: [/trùng địa chỉ với .*articles\/2024\/hop-giao-ban.md: cả hai sẽ đăng tại cùng một URL «hop-giao-ban»/],
  },
  { overlay: 'unclosed-frontmatter', file: 'articles/2024/chua-dong.md:1', expected: [/mở bằng --- ở dòng 1 nhưng chưa được đóng/] },
  // The quote opened on line 2 is named, not the line where YAML gave up.
  {
    overlay: 'bad-yaml',
    file: 'articles/2024/yaml-hong.md:2',
    expected: [/phần thông tin đầu bài \(YAML\) có lỗi: dòng «title: "Ngoặc kép chưa đóng» mở dấu " mà chưa đóng; hãy thêm " ở cuối giá trị/],
  },
  { overlay: 'site-missing-email', file: 'site.yaml', expected: [/trường "email": email phải là một địa chỉ thư điện tử hợp lệ/] },
  // Photos (issue 4): alt text, captions, files that are not sound photos, album folders.
  { overlay: 'missing-photo-alt', file: 'articles/2024/anh-khong-mo-ta/index.md:11', expected: [/trường "nội dung": ảnh «\.\/anh\.jpg» chưa có mô tả cho người khiếm thị/] },
  { overlay: 'missing-caption', file: 'articles/2024/bo-anh-thieu-chu-thich/index.md:7', expected: [/trường "gallery\[1\]\.caption": bắt buộc: cần nhập chú thích ảnh/] },
  {
    overlay: 'corrupt-jpeg',
    file: 'articles/2024/anh-hong/index.md:8',
    expected: [/trường "gallery\[0\]\.src": «\.\/anh-1\.jpg» bị hỏng, không đọc được hết dữ liệu ảnh/, /hãy chép lại ảnh gốc/],
  },
  { overlay: 'not-an-image', file: 'articles/2024/khong-phai-anh/index.md:8', expected: [/trường "gallery\[0\]\.src": «\.\/anh-1\.jpg» không phải là tệp ảnh/] },
  {
    overlay: 'photo-too-large',
    file: 'articles/2024/anh-qua-lon/index.md:8',
    expected: [/trường "cover\.src": «\.\/anh-1\.png» có 9\.000×8\.000 điểm ảnh \(72,0 megapixel\), quá giới hạn 64 megapixel/],
  },
  { overlay: 'gallery-marker-without-gallery', file: 'articles/2024/thieu-bo-anh/index.md:14', expected: [/có dòng ::gallery nhưng bài chưa có ảnh nào trong gallery/] },
  { overlay: 'unlisted-album-photo', file: 'albums/2024/album-thieu-anh/index.md:5', expected: [/ảnh «anh-02\.jpg» nằm trong thư mục album nhưng chưa có trong photos/] },
  // Work schedule, documents and the site banner (issue 8).
  {
    overlay: 'schedule-bad-time',
    file: 'schedules/2024/tuan-10-2024.md:11',
    expected: [/trường "entries\[1\]\.time": giờ bắt đầu \(time\) «25:00» không có thật: giờ từ 0 đến 23, phút từ 00 đến 59/],
  },
  {
    overlay: 'schedule-day-outside-week',
    file: 'schedules/2024/tuan-10-2024.md:5',
    expected: [/trường "entries\[0\]\.date": ngày 2024-03-12 không thuộc tuần này \(từ 2024-03-04 đến 2024-03-10\)/],
  },
  {
    overlay: 'schedule-overlap',
    file: 'schedules/2024/tuan-10-ban-sao.md:3',
    expected: [/trường "from": tuần này trùng 3 ngày \(06\/03\/2024, 07\/03\/2024, 08\/03\/2024\) với tệp lịch .*schedules\/2024\/tuan-10-2024\.md/],
  },
  {
    overlay: 'document-unknown-type',
    file: 'documents/2024/van-ban-sai-loai/index.md:3',
    expected: [/trường "type": loại văn bản \(type\) «Quyết đinh» không có trong danh sách; hãy dùng một trong: .*Quyết định, .*Kế hoạch/],
  },
  {
    overlay: 'document-missing-file',
    file: 'documents/2024/thieu-tep-van-ban/index.md:10',
    expected: [/trường "files\[0\]\.file": không tìm thấy tệp văn bản «\.\/ke-hoach-06\.pdf»; hãy đặt tệp cạnh tệp index\.md/],
  },
  { overlay: 'banner-bad-dates', file: 'site.yaml', expected: [/trường "banner\.until": thời điểm thôi hiện \(until\) phải sau thời điểm bắt đầu \(from\)/] },
  // Content is untrusted input (issue 19): what the editor did not mean stops the build, with a way to fix it.
  { overlay: 'unknown-key-draft', file: 'articles/2024/go-nham-truong.md:7', expected: [/trường "darft": trường "darft" không có; có phải ý bạn là "draft"\?/] },
  { overlay: 'unknown-key-category', file: 'articles/2024/go-nham-chuyen-muc.md:4', expected: [/trường "catgory": trường "catgory" không có; có phải ý bạn là "category"\?/] },
  { overlay: 'site-unknown-key', file: 'site.yaml:15', expected: [/trường "descripton": trường "descripton" không có; có phải ý bạn là "description"\?/] },
  {
    overlay: 'page-route-collision',
    file: 'pages/tin-tuc.md',
    expected: [/địa chỉ \/tin-tuc\/ trùng với một phần của cổng \(src\/pages\/tin-tuc\); trang này sẽ không được đăng/],
  },
  { overlay: 'page-admin-collision', file: 'pages/admin.md', expected: [/địa chỉ \/admin\/ trùng với một phần của cổng \(src\/pages\/admin\)/] },
  {
    overlay: 'article-numeric-name',
    file: 'articles/2024/2.md',
    expected: [/địa chỉ \/tin-tuc\/2\/ trùng với trang 2 của danh sách \/tin-tuc\/; tên chỉ gồm chữ số không dùng được/],
  },
  {
    overlay: 'invisible-file-name',
    file: 'articles/2025/hop-giao-ban<U+200B>.md',
    expected: [/tên tệp hoặc thư mục có ký tự ẩn <U\+200B>/, /hop-giao-ban<U\+200B>\.md: trùng địa chỉ với .*articles\/2024\/hop-giao-ban\.md/],
  },
  { overlay: 'title-invisible', file: 'articles/2024/tieu-de-an.md:2', expected: [/trường "title": tiêu đề \(title\) «<U\+200B><U\+200B><U\+00AD>» không có chữ hay số nào/] },
  { overlay: 'title-emoji', file: 'articles/2024/tieu-de-bieu-tuong.md:2', expected: [/trường "title": tiêu đề \(title\) «🎉🎉🎉» không có chữ hay số nào/] },
  { overlay: 'title-too-long', file: 'articles/2024/tieu-de-qua-dai.md:2', expected: [/trường "title": tiêu đề \(title\) quá dài \(359 ký tự\); tiêu đề tối đa 250 ký tự/] },
  { overlay: 'tag-emoji', file: 'articles/2024/the-bieu-tuong.md:7', expected: [/trường "tags\[0\]": thẻ \(tags\) «🎉» không có chữ hay số nào/] },
  { overlay: 'empty-body', file: 'articles/2024/chua-co-noi-dung.md:7', expected: [/trường "nội dung": bài chưa có nội dung; hãy viết nội dung dưới dòng --- thứ hai/] },
  {
    overlay: 'yaml-duplicate-key',
    file: 'articles/2024/truong-hai-lan.md:7',
    expected: [/phần thông tin đầu bài \(YAML\) có lỗi: trường "date" được ghi hai lần; hãy giữ một dòng và xóa dòng còn lại/],
  },
  { overlay: 'empty-frontmatter', file: 'articles/2024/dau-bai-trong.md:1', expected: [/phần thông tin đầu bài \(giữa hai dòng ---\) còn trống; hãy điền các trường/] },
  {
    overlay: 'attachment-program-as-pdf',
    file: 'notices/2024/tep-la-chuong-trinh/index.md:5',
    expected: [/trường "attachments\[0\]\.file": tệp «\.\/danh-sach\.pdf» có đuôi \.pdf nhưng thực ra là tệp EXE/],
  },
  {
    overlay: 'attachment-zip-as-pdf',
    file: 'notices/2024/tep-la-tep-nen/index.md:5',
    expected: [/trường "attachments\[0\]\.file": tệp «\.\/ke-hoach\.pdf» có đuôi \.pdf nhưng thực ra là tệp ZIP/],
  },
  { overlay: 'attachment-empty', file: 'notices/2024/tep-trong/index.md:5', expected: [/trường "attachments\[0\]\.file": tệp «\.\/bieu-mau\.pdf» trống \(0 byte\)/] },
  {
    overlay: 'facebook-embed',
    file: 'articles/2024/nhung-facebook.md:11',
    expected: [/chỉ được nhúng video từ youtube-nocookie\.com, youtube\.com, player\.vimeo\.com; khung nhúng «https:\/\/www\.facebook\.com/],
  },
  {
    overlay: 'audio-element',
    file: 'articles/2024/chen-am-thanh.md:11',
    expected: [/thẻ <audio> không được dùng trong nội dung; muốn đăng bản tin âm thanh, hãy đặt tệp \.mp3 cạnh bài và khai báo trong attachments/],
  },
  {
    overlay: 'external-image-html',
    file: 'articles/2024/anh-tu-trang-khac.md:11',
    expected: [/ảnh «https:\/\/anh\.example\.net\/hoi-nghi\.jpg» lấy từ nơi khác sẽ không được đăng/],
  },
  { overlay: 'reference-link-javascript', file: 'articles/2024/lien-ket-tham-chieu.md:9', expected: [/liên kết «javascript:alert\(document\.cookie\)» không an toàn/] },
  {
    overlay: 'reference-image-remote',
    file: 'articles/2024/anh-tham-chieu.md:9',
    expected: [/ảnh viết kiểu tham chiếu «!\[Hội nghị\]\[anh\]» không được đăng; hãy viết ngay tại chỗ/],
  },
  {
    overlay: 'reference-image-local',
    file: 'articles/2024/anh-tham-chieu-cuc-bo/index.md:11',
    expected: [/ảnh viết kiểu tham chiếu «!\[Toàn cảnh hội nghị\]\[anh\]» không được đăng/],
  },
  {
    overlay: 'site-http-url',
    file: 'site.yaml:7',
    expected: [/trường "url": địa chỉ trang \(url\): địa chỉ «http:\/\/xa-anbinh-mau\.netlify\.app» không an toàn \(http:\/\/\); hãy dùng địa chỉ https:\/\//],
  },
  {
    overlay: 'site-javascript-menu',
    file: 'site.yaml:55',
    expected: [/trường "menu\[6\]\.href": .*«javascript:alert\(document\.cookie\)» dùng giao thức javascript: không được phép/],
  },
  { overlay: 'site-javascript-link', file: 'site.yaml:65', expected: [/trường "links\[0\]\.url": .*«javascript:alert\(1\)» dùng giao thức javascript: không được phép/] },
  { overlay: 'site-javascript-banner', file: 'site.yaml:74', expected: [/trường "banner\.link\.href": .*«javascript:alert\(1\)» dùng giao thức javascript: không được phép/] },
  { overlay: 'svg-emblem-script', file: 'site.yaml:8', expected: [/trường "emblem": biểu trưng SVG có mã <script>/] },
  // Text that is not Unicode Vietnamese (content is untrusted input): a file saved as Windows-1258, TCVN3 and VNI pasted from Word.
  {
    overlay: 'encoding-windows-1258',
    file: 'articles/2024/kenh-noi-dong-binh-minh.md:2',
    expected: [
      /:2: tệp không được lưu bằng bảng mã UTF-8 \(byte sai đầu tiên ở dòng này\)/,
      /tệp có vẻ được lưu bằng bảng mã Windows-1258 \(bảng mã của Word và nhiều cổng thông tin cũ\), đọc theo bảng mã đó dòng này là «title: "Xã An Bình \(mẫu\) nghiệm thu/,
      /Hãy chuyển tệp sang UTF-8 bằng lệnh: npm run fix-encoding -- \S*articles\/2024\/kenh-noi-dong-binh-minh\.md --from windows-1258$/m,
    ],
  },
  {
    overlay: 'encoding-tcvn3',
    file: 'articles/2024/ra-quan-ve-sinh-duong-lang.md:9',
    expected: [
      /:9: dòng này có chữ gõ bằng bảng mã cũ TCVN3 \(ABC, phông \.VnTime, \.VnArial…\) dán vào nên hiện sai, ví dụ «kÕ» là «kế»/,
      /hãy chuyển tệp sang Unicode bằng lệnh: npm run fix-encoding -- \S*articles\/2024\/ra-quan-ve-sinh-duong-lang\.md --from tcvn3$/m,
    ],
  },
  {
    overlay: 'encoding-vni',
    file: 'articles/2024/hoi-thi-nau-an-phu-nu.md:5',
    expected: [
      /:5: dòng này có chữ gõ bằng bảng mã cũ VNI \(phông VNI-Times, VNI-Helve…\) dán vào nên hiện sai, ví dụ «Möôøi» là «Mười»/,
      /hãy chuyển tệp sang Unicode bằng lệnh: npm run fix-encoding -- \S*articles\/2024\/hoi-thi-nau-an-phu-nu\.md --from vni$/m,
    ],
  },
  {
    overlay: 'encoding-site-windows-1258',
    file: 'site.yaml:1',
    expected: [/site\.yaml:1: tệp không được lưu bằng bảng mã UTF-8/, /Windows-1258/, /npm run fix-encoding -- \S*site\.yaml --from windows-1258$/m],
  },
];

describe('bad input stops the build', () => {
  it.each(cases)('$overlay', ({ overlay, file, expected }) => {
    const content = makePortal(overlay);
    const outDir = path.join(os.tmpdir(), `portal-out-${overlay}-${Date.now()}`);
    const { status, output } = build(content, outDir);
    expect(status, output).not.toBe(0);
    expect(output).toContain(path.join(path.relative(process.cwd(), content), file));
    for (const pattern of expected) expect(output).toMatch(pattern);
    // Astro ran beside the check (scripts/build.ts): it was stopped, and only the check's list is shown.
    expect(output).not.toMatch(/\[(build|content|vite)\]/);
    expect(fs.existsSync(outDir), 'nothing may be published').toBe(false);
  });

  it('stops `astro build` run by hand the same way: the check runs before anything, with the same list (one build path)', () => {
    const content = makePortal('missing-title');
    const outDir = path.join(os.tmpdir(), `portal-out-astro-${Date.now()}`);
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-')), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = withoutColours(`${result.stdout}\n${result.stderr}`);
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/✗ Nội dung có \d+ lỗi, cần sửa trước khi đăng/);
    expect(output).toMatch(/articles\/2024\/thieu-tieu-de\.md: trường "title": bắt buộc: cần nhập tiêu đề/);
    expect(output).not.toMatch(/InvalidContentEntryDataError|\[build\]/);
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
