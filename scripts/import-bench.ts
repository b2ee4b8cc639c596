/**
 * `npm run bench:import [-- --pages 5000 --jobs 2]`: how fast `npm run import`
 * brings in a saved legacy portal of N article pages (no photos), as the
 * command editors run: a mirror folder of pages shaped like the fixture
 * portals' (menus, counters, «Các tin khác», a rating widget, footers),
 * each about 12 KB, imported into a copy of the minimal portal. Prints the
 * wall time, pages per second and the peak memory of the whole process tree
 * (scripts/lib/tree-memory.ts); asserts nothing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { watchTreeMemory } from './lib/tree-memory.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '5000' }, jobs: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.pages);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
const host = 'cu.example.gov.vn';
const content = path.join(work, 'content');
fs.cpSync(path.resolve('tests/fixtures/minimal'), content, { recursive: true });

/** A seeded PRNG, so two runs import the same pages. */
let seed = 20250701;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const WORDS =
  'hội nghị tổng kết công tác cải cách hành chính năm triển khai nhiệm vụ thôn xã cán bộ người dân hồ sơ tiếp nhận giải quyết đúng hạn trễ hạn kế hoạch chỉ tiêu nông thôn mới đường giao thông trường học trạm y tế tiêm chủng hợp tác xã sản phẩm thu hoạch lúa mùa vụ đông xuân đoàn thanh niên hội phụ nữ mặt trận tổ quốc an ninh trật tự phòng cháy chữa cháy văn hóa thể thao lễ hội dịch vụ công trực tuyến chuyển đổi số'.split(
    ' ',
  );
const sentence = (n: number) => {
  const words = Array.from({ length: n }, () => pick(WORDS));
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
};
const SECTIONS = ['Kinh tế', 'Văn hóa - Xã hội', 'Cải cách hành chính', 'An ninh - Quốc phòng'];
const menu = `<div id="mainmenu"><ul>${SECTIONS.map((s, i) => `<li><a href="/chuyen-muc/${i}.html">${s}</a></li>`).join('')}<li><a href="/lien-he.html">Liên hệ</a></li></ul></div>`;

fs.mkdirSync(path.join(work, host, 'tin-tuc'), { recursive: true });
const started = Date.now();
for (let i = 1; i <= count; i++) {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000);
  const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
  const title = sentence(8 + Math.floor(random() * 8)).replace(/\.$/, '');
  const paragraphs = Array.from({ length: 6 + Math.floor(random() * 8) }, () => `<p>${sentence(20)} ${sentence(25)} ${sentence(15)}</p>`).join('\n');
  const others = Array.from({ length: 8 }, (_, k) => `<li><a href="/tin-tuc/bai-${(i + k) % count}.html">${sentence(10)}</a> (${date})</li>`).join('');
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title} | Cổng thông tin điện tử xã Cũ</title></head><body>
<div id="header">Cổng thông tin điện tử xã Cũ — Thứ Năm, 08/06/2023</div>${menu}
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chuyen-muc/0.html">${pick(SECTIONS)}</a></div>
<div class="detail"><h2 class="detail-title">${title}</h2><div class="news-date">Thứ Hai, ${date} 08:30</div><div class="view-count">Lượt xem: ${Math.floor(random() * 5000)}</div>
<div class="detail-content">${paragraphs}<p>${pick(['Thu Hương', 'Duy Tuấn', 'Minh Khoa', 'Trung tâm Văn hóa - Truyền thông'])}</p></div>
<div class="rating">Đánh giá: ★★★★★</div><div class="print-tools">In bài | Gửi email | Quay lại</div>
<div class="tin-khac"><h4>Các tin khác</h4><ul>${others}</ul></div></div>
<div class="thongke">Thống kê truy cập<br>Đang online: 31<br>Hôm nay: 1.204</div><div class="footer">Thiết kế bởi Công ty Phần mềm Mẫu</div></body></html>`;
  fs.writeFileSync(path.join(work, host, 'tin-tuc', `bai-${i}.html`), html);
}
const bytes = fs.readdirSync(path.join(work, host, 'tin-tuc')).reduce((sum, name) => sum + fs.statSync(path.join(work, host, 'tin-tuc', name)).size, 0);
console.log(
  `${count} pages written in ${((Date.now() - started) / 1000).toFixed(1)} s (${Math.round(bytes / count / 1024)} KB each, ${Math.round(bytes / 1024 / 1024)} MB) in ${work}`,
);

const args = ['scripts/import.ts', path.join(work, host), '--unit', 'xã Cũ', '--yes', '--report', path.join(work, 'report.md'), '--state', path.join(work, 'state')];
if (values.jobs) args.push('--jobs', values.jobs);
const begin = performance.now();
const child = spawn(process.execPath, args, { env: { ...process.env, PORTAL_CONTENT_DIR: content }, stdio: ['ignore', 'pipe', 'inherit'] });
const memory = watchTreeMemory(child.pid!, 200);
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
const seconds = (performance.now() - begin) / 1000;
const { peak, largest } = memory.stop();
const imported = (fs.readdirSync(path.join(content, 'articles'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).length - 1;
console.log(output.trim());
console.log(`npm run import: ${count} pages in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)} pages/s; ${imported} articles written; exit ${status}`);
console.log(`peak memory of the process tree: ${Math.round(peak / 1024 / 1024)} MB (largest process: ${largest.command}, ${Math.round(largest.rss / 1024 / 1024)} MB)`);
console.log(`machine: ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 1024 / 1024 / 1024)} GB, Node ${process.version}`);
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
