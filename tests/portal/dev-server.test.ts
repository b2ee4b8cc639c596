/**
 * `npm run dev` on a fixture portal serves what a build publishes from the
 * content folder at the same addresses: the emblem and an article's
 * attachments, with their media types (src/outputs/dev-files.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, makePortal } from '../helpers/portal.ts';
import { buildEnv } from '../helpers/portal-setup.ts';
import { devFileUrl } from '../../src/outputs/dev-files.ts';

let content: string;
let dev: ChildProcess;
let base: string;
let log = '';

/** A port nothing listens on. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  content = makePortal();
  fs.cpSync(path.join(FIXTURES, 'attachments'), content, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so that the dev server and the processes npm starts end together.
  dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...buildEnv(), PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: path.join(content, '..', `${path.basename(content)}-cache`), ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  const started = Date.now();
  for (;;) {
    if (Date.now() - started > 150_000) throw new Error(`npm run dev did not answer:\n${log}`);
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}, 180_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('npm run dev', () => {
  it('serves the emblem where pages show it', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('src="/tep/media/quoc-huy.svg"');
    const emblem = await fetch(`${base}/tep/media/quoc-huy.svg`);
    expect(emblem.status, log).toBe(200);
    expect(emblem.headers.get('content-type')).toBe('image/svg+xml');
    expect(Buffer.from(await emblem.arrayBuffer()).equals(fs.readFileSync(path.join(content, 'media/quoc-huy.svg')))).toBe(true);
  });

  it('serves an article’s attachments where its page links to them', async () => {
    const page = await (await fetch(`${base}/tin-tuc/ban-tin-phat-thanh/`)).text();
    for (const [name, type] of [
      ['lich-tiem-chung.pdf', 'application/pdf'],
      ['ban-tin-tuan-2.mp3', 'audio/mpeg'],
    ] as const) {
      const href = new RegExp(`href="(/tep/[^"]*${name.replace('.', '\\.')})"`).exec(page)?.[1];
      expect(href, name).toBeDefined();
      const file = await fetch(`${base}${href}`);
      expect(file.status, `${href}\n${log}`).toBe(200);
      expect(file.headers.get('content-type')).toBe(type);
      expect(Buffer.from(await file.arrayBuffer()).equals(fs.readFileSync(path.join(content, 'articles/2024/ban-tin-phat-thanh', name)))).toBe(true);
    }
  });
});

describe('devFileUrl', () => {
  it('gives files under /tep/ the slash the dev server matches, and leaves pages alone', () => {
    expect(devFileUrl('/tep/media/bieu-trung.svg')).toBe('/tep/media/bieu-trung.svg/');
    expect(devFileUrl('/tep/thong-bao/a/b.pdf?tai=1')).toBe('/tep/thong-bao/a/b.pdf/?tai=1');
    expect(devFileUrl('/tin-tuc/')).toBe('/tin-tuc/');
    expect(devFileUrl('/tep/thong-bao/')).toBe('/tep/thong-bao/');
  });
});
