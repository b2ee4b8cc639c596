/**
 * "This week" on any build date: the minimal portal plus a week file made for
 * the current week (and one for an older week), and a site banner running
 * now, built with the real build command. The schedule page and the home
 * page show this week; the banner is on every page, and in chromium its
 * script hides it outside its two instants (the browser's clock moved).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, makePortal } from '../helpers/portal.ts';
import { servedInChromium } from '../helpers/chromium.ts';

const DAY = 86400e3;
const HOUR = 3600e3;
/** Vietnam wall clock of an instant, as front matter writes it: `2026-11-21 15:04`. */
const wallClock = (t: number) => new Date(t + 7 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
const day = (t: number) => wallClock(t).slice(0, 10);

const now = Date.now();
// Monday of this week in Vietnam, and each day of the week.
const vnWeekday = new Date(now + 7 * HOUR).getUTCDay();
const monday = now - ((vnWeekday + 6) % 7) * DAY;
const days = Array.from({ length: 7 }, (_, i) => day(monday + i * DAY));
const today = day(now);
const banner = { message: 'Cổng thông tin tạm ngừng để bảo trì (kiểm thử).', from: now - HOUR, until: now + 2 * DAY };

const TITLE = 'Lịch làm việc tuần hiện tại (kiểm thử)';
const weekFile = (title: string, from: string, entries: string[]) => `---\ntitle: "${title}"\nfrom: ${from}\nentries:\n${entries.join('\n')}\n---\n`;
const entry = (date: string, time: string, title: string) => `  - date: ${date}\n    time: "${time}"\n    title: "${title}"\n    location: "Trụ sở UBND xã"`;

let outDir: string;
let result: { status: number | null; output: string };

beforeAll(() => {
  const content = makePortal();
  const year = today.slice(0, 4);
  fs.mkdirSync(path.join(content, 'schedules', year), { recursive: true });
  fs.writeFileSync(
    path.join(content, 'schedules', year, 'tuan-nay.md'),
    weekFile(
      TITLE,
      days[0]!,
      days.map((d, i) => entry(d, '23:00', `Việc ngày ${i + 1} (${d})`)),
    ),
  );
  const older = day(monday - 14 * DAY);
  fs.mkdirSync(path.join(content, 'schedules', older.slice(0, 4)), { recursive: true });
  fs.writeFileSync(path.join(content, 'schedules', older.slice(0, 4), 'hai-tuan-truoc.md'), weekFile('Lịch làm việc hai tuần trước', older, [entry(older, '08:00', 'Giao ban')]));
  fs.appendFileSync(
    path.join(content, 'site.yaml'),
    `\nbanner:\n  message: "${banner.message}"\n  from: ${wallClock(banner.from)}\n  until: ${wallClock(banner.until)}\n  kind: bao-tri\n`,
  );
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-current-week-'));
  result = build(content, outDir);
}, 300_000);

const page = (file: string) => parse(fs.readFileSync(path.join(outDir, file), 'utf8'));
const text = (el: { textContent: string } | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the current week, whatever the build date', () => {
  it('builds', () => expect(result.status, result.output).toBe(0));

  it('is the week shown at /lich-lam-viec/, called this week', () => {
    const schedule = page('lich-lam-viec/index.html');
    expect(text(schedule.querySelector('h1'))).toBe(TITLE);
    expect(text(schedule.querySelector('.eyebrow'))).toBe('Lịch làm việc tuần này');
    expect(schedule.querySelector('.notice-box')).toBeNull();
    expect(schedule.querySelectorAll('.schedule-entry')).toHaveLength(7);
    expect(schedule.querySelector('.week-nav a[rel="prev"]')!.getAttribute('href')).toBe('/lich-lam-viec/hai-tuan-truoc/');
  });

  it('is on the home page, from today on', () => {
    const home = page('index.html');
    const glance = home.querySelector('.schedule-glance')!;
    expect(text(glance.querySelector('h2'))).toContain('Lịch làm việc tuần này');
    const items = glance.querySelectorAll('li').map(text);
    expect(items[0]).toContain(`(${today})`);
    const left = days.filter((d) => d >= today).length;
    expect(items).toHaveLength(Math.min(5, left));
  });
});

describe('the site banner', () => {
  const chromium = servedInChromium(() => outDir);

  it('is on every page while it runs, with its message', () => {
    for (const file of ['index.html', 'lich-lam-viec/index.html', 'tin-tuc/bai-hop-le/index.html', '404.html']) {
      const section = page(file).querySelector('[data-site-banner]')!;
      expect(section, file).not.toBeNull();
      expect(section.hasAttribute('hidden'), file).toBe(false);
      expect(text(section)).toContain(banner.message);
    }
  });

  it('is hidden by its script before it starts and after it ends, shown in between', async () => {
    const shown = async (at: number) => {
      const context = await chromium.browser.newContext();
      const tab = await context.newPage();
      await tab.clock.setFixedTime(new Date(at));
      await tab.goto(`${chromium.url}/`);
      await tab.waitForLoadState('networkidle');
      const visible = await tab.locator('[data-site-banner]').isVisible();
      await context.close();
      return visible;
    };
    expect(await shown(now)).toBe(true);
    expect(await shown(banner.until + 60e3)).toBe(false);
    expect(await shown(banner.from - 60e3)).toBe(false);
    expect(await shown(banner.until - 60e3)).toBe(true);
  });
});
