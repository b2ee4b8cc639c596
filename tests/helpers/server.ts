/**
 * A static file server for dist/, behaving like Netlify for what the tests
 * need: `/x/` serves `/x/index.html`, unknown paths get `404.html` with 404,
 * and the headers of the path asked for (not those of /404.html: see
 * tests/helpers/checks/headers.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serve `root` (or several folders as one site, the first that has a path serving it);
 * `headers` adds response headers, fixed or per path (see tests/helpers/checks/headers.ts).
 */
export async function serveStatic(roots: string | string[], headers: Record<string, string> | ((pathname: string) => Record<string, string>) = {}): Promise<StaticServer> {
  const folders = [roots].flat();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const root = folders.find((dir) => fs.existsSync(path.join(dir, pathname))) ?? folders[0]!;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = fs.existsSync(file);
    const target = found ? file : path.join(root, '404.html');
    if (!found && !fs.existsSync(target)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    // The requested path's headers, also when 404.html answers it.
    const extra = typeof headers === 'function' ? headers(pathname) : headers;
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream', ...extra });
    fs.createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
