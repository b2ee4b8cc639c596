/**
 * The sections a government portal must carry, in the built sample portal
 * (tests/fixtures/sample, built by tests/helpers/portal-setup.ts), checked against the content read independently
 * with gray-matter: the work schedule and its iCalendar feed (parsed with
 * ical.js), the documents with their metadata, files and filter pages, the
 * Netlify forms, and the English page.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, listFiles, readDist } from '../helpers/portal.ts';
import { CONTENT, readCollection, type Entry } from '../helpers/content.ts';
import { headersFor, loadHeaderRules } from '../helpers/checks/headers.ts';

const DAY = 86400e3;
const site = matter(`---\n${fs.readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')}\n---`).data;

/** A YAML date is a calendar day in Vietnam: its start is 17:00 UTC the day before. */
const dayStart = (value: Date | string) => new Date(`${(value instanceof Date ? value.toISOString() : value).slice(0, 10)}T00:00:00+07:00`);
/** `07:30`, `7h30`, `14h` on a day → the instant. */
function instant(day: Date | string, time: string): Date {
  const [, h, m = '0'] = /^(\d{1,2})[:h](\d{2})?$/.exec(time.trim())!;
  return new Date(dayStart(day).getTime() + (Number(h) * 60 + Number(m)) * 60e3);
}
const html = (file: string) => parse(readDist(file));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const weeks = readCollection('schedules').filter((w) => !w.data.draft);
const documents = readCollection('documents').filter((d) => !d.data.draft);
const articles = readCollection('articles');

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`the built sample portal is missing from ${DIST}`);
});

describe('the sample content', () => {
  it('has several weeks of schedule and 6–10 documents of several types, one numbered 06/KH-UBND', () => {
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    expect(documents.length).toBeGreaterThanOrEqual(6);
    expect(documents.length).toBeLessThanOrEqual(10);
    expect(new Set(documents.map((d) => d.data.type)).size).toBeGreaterThanOrEqual(3);
    expect(documents.some((d) => d.data.number === '06/KH-UBND')).toBe(true);
  });
});

describe('work schedule', () => {
  const ics = () => readDist('lich-lam-viec/lich.ics');
  const calendar = () => {
    const component = new ICAL.Component(ICAL.parse(ics()));
    const zone = component.getFirstSubcomponent('vtimezone');
    if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), 'Asia/Ho_Chi_Minh');
    return component;
  };
  /** The build's "now", as the feed stamps it. */
  const builtAt = () => (calendar().getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate();

  it('publishes an iCalendar feed that ical.js parses, with CRLF lines of at most 75 octets', () => {
    const raw = ics();
    expect(raw.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    const component = calendar();
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(component.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
  });

  it('holds one event per schedule entry, at its time in Vietnam (+07:00), with title, place and a unique UID', () => {
    const events = calendar()
      .getAllSubcomponents('vevent')
      .map((c) => ({ component: c, event: new ICAL.Event(c) }));
    const expected = weeks.flatMap((w) =>
      w.data.entries.map((e: any) => ({
        start: instant(e.date, e.time).toISOString(),
        end: e.until ? instant(e.date, e.until).toISOString() : undefined,
        title: e.title,
        location: e.location,
      })),
    );
    expect(events).toHaveLength(expected.length);
    const got = events.map(({ event }) => ({
      start: event.startDate.toJSDate().toISOString(),
      end: event.component.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : undefined,
      title: event.summary,
      location: event.location,
    }));
    const key = (e: { start: string; title: string }) => `${e.start} ${e.title}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    for (const { component, event } of events) {
      expect(component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
      expect(event.startDate.utcOffset()).toBe(7 * 3600);
      expect(event.uid).toMatch(new RegExp(`@${new URL(site.url).host.replace(/\./g, '\\.')}$`));
    }
    expect(new Set(events.map(({ event }) => event.uid)).size).toBe(events.length);
  });

  it('is served as text/calendar by Netlify', () => {
    const headers = headersFor(loadHeaderRules(path.join(ROOT, 'netlify.toml')), '/lich-lam-viec/lich.ics');
    expect(headers['Content-Type']).toBe('text/calendar; charset=utf-8');
  });

  it('shows at /lich-lam-viec/ the week holding the build date, else the nearest one, and says which', () => {
    const now = builtAt().getTime();
    const ranges = weeks.map((w) => {
      const first = dayStart(w.data.from).getTime();
      const last = w.data.to ? dayStart(w.data.to).getTime() : first + 6 * DAY;
      return { w, first, end: last + DAY, distance: now < first ? first - now : now >= last + DAY ? now - (last + DAY) : 0 };
    });
    const current = ranges.find((r) => r.distance === 0);
    const nearest = current ?? [...ranges].sort((a, b) => a.distance - b.distance)[0]!;
    const page = html('lich-lam-viec/index.html');
    expect(text(page.querySelector('h1'))).toBe(nearest.w.data.title);
    expect(text(page.querySelector('.eyebrow'))).toBe(current ? 'Lịch làm việc tuần này' : 'Lịch làm việc tuần gần nhất');
    expect(page.querySelector('.notice-box') === null).toBe(!!current);
    expect(page.querySelectorAll('.schedule-entry')).toHaveLength(nearest.w.data.entries.length);
    const home = html('index.html');
    expect(text(home.querySelector('#lich-tuan'))).toContain(current ? 'Lịch làm việc tuần này' : 'Lịch làm việc tuần gần nhất');
  });

  it('gives every week a page with its entries (time, what, who chairs, who attends, where), links to the weeks before and after, and tools to print and subscribe', () => {
    const ordered = [...weeks].sort((a, b) => dayStart(a.data.from).getTime() - dayStart(b.data.from).getTime());
    ordered.forEach((week, i) => {
      const page = html(`lich-lam-viec/${week.slug}/index.html`);
      expect(text(page.querySelector('h1'))).toBe(week.data.title);
      const shown = page.querySelectorAll('.schedule-entry');
      expect(shown).toHaveLength(week.data.entries.length);
      for (const entry of week.data.entries) {
        const item = shown.find((li) => text(li.querySelector('.schedule-title')) === entry.title)!;
        expect(item, entry.title).toBeDefined();
        expect(item.querySelector('.schedule-time time')!.getAttribute('datetime')).toBe(toVietnamIso(instant(entry.date, entry.time)));
        expect(text(item)).toContain(entry.location);
        if (entry.chair) expect(text(item)).toContain(entry.chair);
        if (entry.attendees) expect(text(item)).toContain(entry.attendees);
      }
      const prev = page.querySelector('.week-nav a[rel="prev"]')?.getAttribute('href');
      const next = page.querySelector('.week-nav a[rel="next"]')?.getAttribute('href');
      expect(prev).toBe(i > 0 ? `/lich-lam-viec/${ordered[i - 1]!.slug}/` : undefined);
      expect(next).toBe(i < ordered.length - 1 ? `/lich-lam-viec/${ordered[i + 1]!.slug}/` : undefined);
      expect(page.querySelector('[data-print-page]')).not.toBeNull();
      expect(page.querySelector('a[href^="webcal://"]')!.getAttribute('href')).toBe(`webcal://${new URL(site.url).host}/lich-lam-viec/lich.ics`);
    });
  });
});

/** `2026-11-16T07:30:00+07:00` for an instant. */
function toVietnamIso(date: Date): string {
  return `${new Date(date.getTime() + 7 * 3600e3).toISOString().slice(0, 19)}+07:00`;
}

describe('documents', () => {
  it('give each document a page with its number, type, issuing body, signer, dates and status', () => {
    for (const doc of documents) {
      const page = html(`van-ban/${doc.slug}/index.html`);
      expect(text(page.querySelector('h1'))).toBe(doc.data.title);
      const props = text(page.querySelector('.document-props'));
      for (const value of [doc.data.number, doc.data.type, doc.data.issuer, doc.data.signer, doc.data.status ?? 'Còn hiệu lực']) expect(props, doc.file).toContain(value);
      const day = (value: Date) => value.toISOString().slice(0, 10).split('-').reverse().join('/');
      expect(props).toContain(day(doc.data.issued));
      if (doc.data.effective) expect(props).toContain(day(doc.data.effective));
      if (doc.data.replacedBy) {
        const replacing = documents.find((d) => d.data.number === doc.data.replacedBy);
        expect(page.querySelector('.document-props a[href="/van-ban/' + replacing?.slug + '/"]'), doc.file).not.toBeNull();
      }
    }
  });

  it('carry Dublin Core metadata (title, creator, date, description, publisher, identifier) and Legislation JSON-LD', () => {
    for (const doc of documents) {
      const source = readDist(`van-ban/${doc.slug}/index.html`);
      const page = parse(source);
      const meta = (name: string) => page.querySelector(`meta[name="DC.${name}"]`)?.getAttribute('content');
      expect(meta('title')).toBe(doc.data.title);
      expect(meta('creator')).toBe(doc.data.issuer);
      expect(meta('date')).toBe(toVietnamIso(dayStart(doc.data.issued)).slice(0, 10));
      expect(meta('description')).toContain(doc.data.number);
      expect(meta('publisher')).toBe(site.fullName);
      expect(meta('identifier')).toBe(new URL(`/van-ban/${doc.slug}/`, site.url).href);
      expect(page.querySelector('link[rel="schema.DC"]')).not.toBeNull();
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(source)![1]!);
      expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: doc.data.number, legislationType: doc.data.type, name: doc.data.title });
    }
  });

  it('publish their files unchanged, shown with format and size, to download', () => {
    for (const doc of documents) {
      const page = html(`van-ban/${doc.slug}/index.html`);
      for (const file of doc.data.files) {
        const name = path.basename(file.file);
        const source = path.join(CONTENT, 'documents', path.dirname(doc.file), file.file);
        const published = path.join(DIST, 'tep/van-ban', doc.slug, name);
        expect(fs.readFileSync(published).equals(fs.readFileSync(source)), name).toBe(true);
        const link = page.querySelector(`a[href="/tep/van-ban/${doc.slug}/${name}"]`)!;
        expect(link, name).not.toBeNull();
        expect(link.hasAttribute('download')).toBe(true);
        const kb = Math.round(fs.statSync(source).size / 1024);
        expect(text(link.parentNode as HTMLElement)).toContain(`(${path.extname(name).slice(1).toUpperCase()}, ${kb} KB)`);
      }
    }
  });

  it('are listed newest first, each item carrying its filter keys, with one page per type, issuing body and year listing exactly those', () => {
    const list = html('van-ban/index.html');
    const items = list.querySelectorAll('.document-item');
    expect(items.map((li) => li.querySelector('h2 a')!.getAttribute('href'))).toEqual(
      [...documents].sort((a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.data.number.localeCompare(b.data.number, 'vi')).map((d) => `/van-ban/${d.slug}/`),
    );
    for (const [facet, field] of [
      ['loai', 'type'],
      ['co-quan', 'issuer'],
      ['nam', 'year'],
    ] as const) {
      const folder = path.join(DIST, 'van-ban', facet);
      const values = fs.readdirSync(folder);
      const valueOf = (d: Entry) => (field === 'year' ? String(new Date(dayStart(d.data.issued).getTime() + 7 * 3600e3).getUTCFullYear()) : d.data[field]);
      expect(values.length).toBe(new Set(documents.map(valueOf)).size);
      for (const value of values) {
        const page = html(`van-ban/${facet}/${value}/index.html`);
        const label = text(page.querySelector('h1')).split(': ').pop()!;
        const listed = page
          .querySelectorAll('.document-item h2 a')
          .map((a) => a.getAttribute('href'))
          .sort();
        expect(listed, `${facet}/${value}`).toEqual(
          documents
            .filter((d) => valueOf(d) === label)
            .map((d) => `/van-ban/${d.slug}/`)
            .sort(),
        );
        expect(listed.length).toBeGreaterThan(0);
        expect(items.filter((li) => li.getAttribute(`data-${facet}`) === value)).toHaveLength(listed.length);
      }
    }
  });

  it('are indexed for search as «Văn bản», number included', () => {
    const doc = documents.find((d) => d.data.number === '06/KH-UBND')!;
    const page = html(`van-ban/${doc.slug}/index.html`);
    expect(page.querySelector('meta[data-pagefind-filter="type[content]"]')!.getAttribute('content')).toBe('Văn bản');
    expect(text(page.querySelector('[data-pagefind-body]'))).toContain('06/KH-UBND');
  });
});

describe('reader feedback (Netlify Forms)', () => {
  const pages = () => listFiles(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  const forms = () =>
    pages().flatMap((file) =>
      html(file)
        .querySelectorAll('form[data-netlify], form[netlify]')
        .map((form) => ({ file, form })),
    );

  it('are valid Netlify forms: name, POST, hidden form-name, a honeypot hidden by the stylesheet, an existing confirmation page', () => {
    const all = forms();
    expect(all.length).toBeGreaterThan(0);
    const css = listFiles(path.join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(path.join(DIST, '_astro', f), 'utf8'))
      .join('\n');
    const fieldsByName = new Map<string, string>();
    for (const { file, form } of all) {
      const name = form.getAttribute('name')!;
      expect(name, file).toMatch(/^[a-z0-9-]+$/);
      expect(form.getAttribute('method')?.toLowerCase(), file).toBe('post');
      expect(form.getAttribute('data-netlify') ?? 'true').toBe('true');
      expect(form.querySelector('input[type="hidden"][name="form-name"]')?.getAttribute('value'), file).toBe(name);
      const honeypot = form.getAttribute('netlify-honeypot')!;
      expect(honeypot, file).toBeTruthy();
      const trap = form.querySelector(`input[name="${honeypot}"]`)!;
      expect(trap, file).not.toBeNull();
      const holder = trap.parentNode as HTMLElement;
      expect(css).toMatch(new RegExp(`\\.${holder.getAttribute('class')}\\s*\\{\\s*display:\\s*none`));
      const action = form.getAttribute('action')!;
      expect(fs.existsSync(path.join(DIST, action, 'index.html')), `${file}: ${action}`).toBe(true);
      // Netlify registers a form's fields once: every copy of a form must have the same fields.
      const fields = [...new Set(form.querySelectorAll('input, select, textarea').map((el) => el.getAttribute('name')))].sort().join(',');
      expect(fieldsByName.get(name) ?? fields, `${file}: fields of «${name}»`).toBe(fields);
      fieldsByName.set(name, fields);
    }
    expect([...fieldsByName.keys()].sort()).toEqual(['danh-gia-thong-tin', 'hoi-dap-gop-y']);
  });

  it('rate every article («Đánh giá thông tin»), sending the article’s address', () => {
    const now = Date.now();
    for (const article of articles.filter((a) => !a.data.draft && dayStart(a.data.date).getTime() <= now)) {
      const page = html(`tin-tuc/${article.slug}/index.html`);
      const form = page.querySelector('form[name="danh-gia-thong-tin"]')!;
      expect(form, article.file).not.toBeNull();
      expect(form.querySelector('input[name="trang"]')!.getAttribute('value')).toBe(`/tin-tuc/${article.slug}/`);
      expect(form.querySelectorAll('input[type="radio"][name="muc-do"][required]').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('take questions and suggestions at /hoi-dap-gop-y/, linked from every page', () => {
    const form = html('hoi-dap-gop-y/index.html').querySelector('form[name="hoi-dap-gop-y"]')!;
    for (const name of ['ho-ten', 'email', 'tieu-de', 'noi-dung', 'dong-y']) expect(form.querySelector(`[name="${name}"][required]`), name).not.toBeNull();
    for (const file of pages().filter((f) => f !== '404.html')) expect(readDist(file), file).toContain('href="/hoi-dap-gop-y/"');
  });
});

describe('English page', () => {
  it('is in English (lang="en") with the unit’s name, organisation, duties and contact', () => {
    const page = html('en/index.html');
    expect(page.querySelector('h1')!.getAttribute('lang')).toBe('en');
    const content = page.querySelector('.prose[lang="en"]')!;
    expect(content).not.toBeNull();
    for (const heading of ['Organisation', 'What we do', 'Contact']) expect(content.querySelectorAll('h2').map(text)).toContain(heading);
    expect(text(content)).toContain(site.email);
  });

  it('is reachable from every page by a link marked as English', () => {
    for (const file of listFiles(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      const link = html(file).querySelector('.header-tools a[href="/en/"]');
      expect(link, file).not.toBeNull();
      expect(link!.getAttribute('lang')).toBe('en');
      expect(link!.getAttribute('hreflang')).toBe('en');
    }
  });
});
