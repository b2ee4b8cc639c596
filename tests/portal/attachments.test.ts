/**
 * Files attached to an article (tests/fixtures/attachments over the minimal
 * portal): published under /tep/tin-tuc/<article>/, listed with their type and
 * size, an MP3 with the browser's own player (the one way audio reaches a
 * page), and served with their media type; office files would download.
 * Built once, with the real build command.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, FIXTURES, makePortal } from '../helpers/portal.ts';
import { headersFor } from '../helpers/checks/headers.ts';
import { parseHeadersFile } from '../../src/outputs/headers.ts';

let outDir: string;
const FOLDER = 'articles/2024/ban-tin-phat-thanh';

beforeAll(() => {
  const content = makePortal();
  fs.cpSync(path.join(FIXTURES, 'attachments'), content, { recursive: true });
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-attachments-'));
  const { status, output } = build(content, outDir, { PORTAL_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-')) });
  if (status !== 0) throw new Error(output);
});

describe('an article with attachments', () => {
  const page = () => parse(fs.readFileSync(path.join(outDir, 'tin-tuc/ban-tin-phat-thanh/index.html'), 'utf8'));

  it('publishes each file byte for byte under /tep/tin-tuc/<article>/', () => {
    for (const name of ['ban-tin-tuan-2.mp3', 'lich-tiem-chung.pdf']) {
      expect(fs.readFileSync(path.join(outDir, 'tep/tin-tuc/ban-tin-phat-thanh', name))).toEqual(fs.readFileSync(path.join(FIXTURES, 'attachments', FOLDER, name)));
    }
  });

  it('lists them with type and size, and plays the MP3 with the browser’s own player, loading nothing before play', () => {
    const items = page().querySelectorAll('.attachments li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '/tep/tin-tuc/ban-tin-phat-thanh/ban-tin-tuan-2.mp3',
      '/tep/tin-tuc/ban-tin-phat-thanh/lich-tiem-chung.pdf',
    ]);
    expect(items[0]!.text).toMatch(/Bản tin phát thanh tuần 2 tháng 5/);
    expect(items[0]!.text).toMatch(/\(MP3, 3 KB\)/);
    const audio = items[0]!.querySelector('audio');
    expect(audio?.getAttribute('src')).toBe('/tep/tin-tuc/ban-tin-phat-thanh/ban-tin-tuan-2.mp3');
    expect(audio?.hasAttribute('controls')).toBe(true);
    expect(audio?.getAttribute('preload')).toBe('none');
    expect(audio?.getAttribute('aria-label')).toBe('Nghe: Bản tin phát thanh tuần 2 tháng 5');
    expect(items[1]!.querySelector('audio')).toBeNull();
  });

  it('serves each file with its media type (dist/_headers)', () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'));
    expect(headersFor(rules, '/tep/tin-tuc/ban-tin-phat-thanh/ban-tin-tuan-2.mp3')['Content-Type']).toBe('audio/mpeg');
    expect(headersFor(rules, '/tep/tin-tuc/ban-tin-phat-thanh/lich-tiem-chung.pdf')['Content-Type']).toBe('application/pdf');
  });
});
