/**
 * Where content lives: the content folder and each collection's folder in it.
 *
 * The content folder defaults to `content/`; `PORTAL_CONTENT_DIR` points the
 * build at another one (test fixtures, the benchmark's synthetic portal).
 */
import { setting } from './env.ts';
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(setting('contentDir'));
}

/** The folders of each collection, relative to the content folder. */
export const COLLECTION_DIRS = { articles: 'articles', notices: 'notices', pages: 'pages', albums: 'albums', documents: 'documents', schedules: 'schedules' } as const;
