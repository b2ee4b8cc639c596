/**
 * Builds the Pagefind search index from the pages Astro has just written,
 * as the last step of every `astro build`. Only regions marked
 * `data-pagefind-body` (articles, notices and documents) are indexed.
 */
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { paths } from '../lib/site.ts';

/**
 * The folders of the only pages with a `data-pagefind-body` region
 * (ArticleView, NoticeView, DocumentView). Lists, tags and archives, a third
 * of a large portal's pages, are not even read.
 */
const folders = [paths.article('x'), paths.notice('x'), paths.document('x')].map((url) => url.split('/')[1]);
const glob = `{${folders.join(',')}}/*/index.html`;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        // Written afresh: Pagefind leaves files of the same name alone, and dist/ is kept between builds.
        fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
