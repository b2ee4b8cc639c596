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

/**
 * The id of the marker entry that keeps a collection with no entries present
 * in Astro's content store (content.config.ts; model/queries.ts leaves it
 * out). Entry ids are slugs, which never hold a `#`.
 */
export const EMPTY_COLLECTION_ID = '#empty';

/** The folders of each collection, relative to the content folder. */
export const COLLECTION_DIRS = { articles: 'articles', notices: 'notices', pages: 'pages', albums: 'albums', documents: 'documents', schedules: 'schedules' } as const;
