/**
 * The content of the portal under test (the sample of tests/fixtures/sample,
 * see portal-setup.ts) read independently of the site's own code
 * (gray-matter), for tests that check the built portal against it.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { inject } from 'vitest';
import { SAMPLE, listFiles } from './portal.ts';

export const CONTENT = inject('portal')?.content ?? SAMPLE;

export interface Entry {
  slug: string;
  file: string;
  data: Record<string, any>;
  /** The Markdown after the front matter. */
  body: string;
}

/** Every Markdown entry of a collection folder; the slug is the file name, or the folder name for index.md. */
export function readCollection(folder: string): Entry[] {
  const dir = path.join(CONTENT, folder);
  if (!fs.existsSync(dir)) return [];
  return listFiles(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const parsed = matter(fs.readFileSync(path.join(dir, file), 'utf8'));
      return { slug: path.basename(file.endsWith('/index.md') ? path.dirname(file) : file, '.md'), file, data: parsed.data, body: parsed.content };
    });
}

/** A YAML date means that wall-clock time in Vietnam (UTC+7). */
export const vietnamInstant = (value: Date | string) => new Date((value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)).getTime() - 7 * 3600e3);

const now = new Date();

/** Neither a draft nor dated after now (the time the tests started). */
export const isPublic = (entry: Entry) => !entry.data.draft && vietnamInstant(entry.data.date) <= now;
