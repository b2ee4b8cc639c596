/**
 * Where content lives and how a file becomes an entry id (its URL slug).
 *
 * The content folder defaults to `content/`; `PORTAL_CONTENT_DIR` points the
 * build at another one (test fixtures, the benchmark's synthetic portal).
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from './slugify.ts';

export function contentDir(): string {
  return path.resolve(process.env.PORTAL_CONTENT_DIR ?? 'content');
}

/** The folders of each collection, relative to the content folder. */
export const COLLECTION_DIRS = { articles: 'articles', notices: 'notices', pages: 'pages', albums: 'albums', documents: 'documents', schedules: 'schedules' } as const;

/** `2024/day-manh-cai-cach/index.md` and `2024/day-manh-cai-cach.md` → `day-manh-cai-cach`. */
export function entryId(relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const file = parts.pop()!;
  const name = /^index\.md$/i.test(file) ? parts.pop() ?? '' : file.replace(/\.md$/i, '');
  return slugify(name);
}

/**
 * A collection's Markdown files, in one walk of its folder (dot folders and
 * dot files left out, paths relative to it with `/`, sorted):
 * - `published`: exactly those the glob loader's `**\/*.md` publishes (the
 *   ending in lower case), so the content check reads the same files the
 *   build does;
 * - `misnamed`: those an editor surely meant as Markdown that the build
 *   would pass over (`.MD`, `.Md`…).
 */
export function markdownFiles(base: string): { published: string[]; misnamed: string[] } {
  if (!fs.existsSync(base)) return { published: [], misnamed: [] };
  const files = (fs.readdirSync(base, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.md$/i.test(file) && !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  return { published: files.filter((file) => file.endsWith('.md')), misnamed: files.filter((file) => !file.endsWith('.md')) };
}
