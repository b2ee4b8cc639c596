/**
 * Where content lives and how a file becomes an entry id (its URL slug).
 *
 * The content folder defaults to `content/`; `PORTAL_CONTENT_DIR` points the
 * build at another one (test fixtures, the benchmark's synthetic portal).
 */
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
