/**
 * `npm run import` crawling a legacy portal served by a local HTTP server
 * (never the internet): the CMS fixture portal, its photos, a robots.txt
 * that forbids a folder, a page gone (404) and a redirect loop. The crawl
 * keeps to the host, honours robots.txt, reports each broken page and goes
 * on; killed half-way, it resumes from its journal without fetching again
 * what it had done.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePortal, ROOT, withoutColours } from '../helpers/portal.ts';
import { legacyMirror } from '../helpers/legacy-portals.ts';
import { frontMatter } from '../../src/import/existing.ts';

let site: string;
let server: http.Server;
let base: string;
/** Every path the server was asked for, in order. */
let requests: string[] = [];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.txt': 'text/plain; charset=utf-8' };

beforeAll(async () => {
  site = path.join(await legacyMirror(), 'doiche.example.gov.vn');
  server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    // A redirect loop, as a misconfigured legacy portal has them.
    if (pathname === '/vong-lap.html') return res.writeHead(302, { Location: '/vong-lap-2.html' }).end();
    if (pathname === '/vong-lap-2.html') return res.writeHead(302, { Location: '/vong-lap.html' }).end();
    let file = path.join(site, pathname);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(site) || !fs.existsSync(file)) return res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>Không tìm thấy</h1>');
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The import command crawling the server, run without blocking this process (the server answers from it). */
function run(content: string, state: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['scripts/import.ts', `${base}/`, '--unit', 'xã Đồi Chè', '--yes', '--jobs', '0', '--state', state, ...args], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_CONTENT_DIR: content },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

const articles = (content: string) =>
  (fs.readdirSync(path.join(content, 'articles'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => frontMatter(fs.readFileSync(path.join(content, 'articles', file), 'utf8'))!)
    .filter((data) => data.unit === 'xa-doi-che');

describe('crawling a legacy portal', () => {
  let content: string;
  let output: string;
  let report: string;
  beforeAll(async () => {
    requests = [];
    content = makePortal();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-'));
    report = path.join(work, 'report.md');
    const result = await run(content, path.join(work, 'state'), ['--delay', '0', '--report', report]);
    output = withoutColours(`${result.stdout}\n${result.stderr}`);
    expect(result.status, output).toBe(0);
  }, 120_000);

  it('imports the articles it finds by following links, with their photos', () => {
    const found = articles(content);
    expect(found.map((data) => data.title).sort()).toEqual([
      'Hợp tác xã chè Đồi Chè có sản phẩm đầu tiên đạt chuẩn OCOP 3 sao',
      'Tiêm chủng mở rộng đợt 2 năm 2023 cho trẻ em dưới 5 tuổi',
    ]);
    expect(found.flatMap((data) => data.aliases as string[]).sort()).toEqual([
      `${base}/tin-tuc/hop-tac-xa-che-doi-che-dat-chuan-ocop-125.html`,
      `${base}/tin-tuc/tiem-chung-mo-rong-dot-2-nam-2023-131.html`,
    ]);
    expect(requests).toContain('/images/2023/che-bup-ocop.jpg');
    expect(fs.readdirSync(path.join(content, 'articles/2023/hop-tac-xa-che-doi-che-co-san-pham-dau-tien-dat-chuan-ocop-3-sao'))).toContain('anh-1.jpg');
  });

  it('honours robots.txt: the forbidden folder is never fetched, and the report says why', () => {
    expect(requests[0]).toBe('/robots.txt');
    expect(requests.filter((p) => p.startsWith('/noi-bo/'))).toEqual([]);
    expect(fs.readFileSync(report, 'utf8')).toMatch(/noi-bo\/bao-cao-noi-bo-77\.html \|.*robots\.txt/);
  });

  it('reports a page gone and a redirect loop, and goes on', () => {
    const text = fs.readFileSync(report, 'utf8');
    expect(text).toMatch(/bai-da-go-khoi-cong-99\.html \|.*máy chủ trả lời 404/);
    expect(text).toMatch(/vong-lap\.html \|.*vòng lặp chuyển hướng/);
    // Each address of the loop asked for once: the loop is seen when it comes back to its start.
    expect(requests.filter((p) => p.startsWith('/vong-lap')).sort()).toEqual(['/vong-lap-2.html', '/vong-lap.html']);
  });

  it('skips the home, list, search and contact pages but follows their links', () => {
    const text = fs.readFileSync(report, 'utf8');
    for (const page of ['/ ', '/chuyen-muc/kinh-te.html', '/lien-he.html', '/tim-kiem.html']) expect(text).toContain(`${base}${page}`);
    expect(requests).toContain('/chuyen-muc/kinh-te.html');
    // Links to pages the list names but the portal lost are reported too, once.
    expect(requests.filter((p) => p === '/tin-tuc/hop-tac-xa-che-doi-che-dat-chuan-ocop-125.html').length).toBe(1);
  });
});

describe('a crawl stopped half-way', () => {
  it('goes on from its journal, fetching again only the page it was on, and imports each article once', async () => {
    const content = makePortal();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-stop-'));
    const state = path.join(work, 'state');
    const journal = path.join(state, 'xa-doi-che', 'crawl.jsonl');
    requests = [];
    // One request every 0.4 s, killed (no chance to tidy up) once three pages are done.
    const child = spawn(
      process.execPath,
      ['scripts/import.ts', `${base}/`, '--unit', 'xã Đồi Chè', '--yes', '--jobs', '0', '--state', state, '--delay', '0.4', '--report', path.join(work, 'first.md')],
      {
        cwd: ROOT,
        env: { ...process.env, PORTAL_CONTENT_DIR: content },
        stdio: 'ignore',
      },
    );
    const done = () =>
      fs.existsSync(journal)
        ? fs
            .readFileSync(journal, 'utf8')
            .split('\n')
            .filter((line) => line.startsWith('{"d"')).length
        : 0;
    const started = Date.now();
    while (done() < 3 && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const first = [...requests];
    const finished = fs
      .readFileSync(journal, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{"d"'))
      .map((line) => new URL((JSON.parse(line) as { d: string }).d).pathname);
    expect(finished.length).toBeGreaterThanOrEqual(3);

    requests = [];
    const again = await run(content, state, ['--delay', '0', '--report', path.join(work, 'second.md')]);
    const output = withoutColours(`${again.stdout}\n${again.stderr}`);
    expect(again.status, output).toBe(0);
    expect(output).toMatch(/Tiếp tục lần tải trước: \d+ trang đã xong\./);
    // Pages done before the stop are not fetched again.
    for (const page of finished) expect(requests, page).not.toContain(page);
    expect(first.length + requests.length).toBeGreaterThan(requests.length);
    const found = articles(content);
    expect(found.length).toBe(2);
    expect(new Set(found.map((data) => data.title)).size).toBe(2);
    // Nothing half-written in content/: every article folder has its index.md.
    for (const folder of fs.readdirSync(path.join(content, 'articles/2023'))) {
      const full = path.join(content, 'articles/2023', folder);
      if (fs.statSync(full).isDirectory()) expect(fs.existsSync(path.join(full, 'index.md')), folder).toBe(true);
    }
  }, 120_000);
});
