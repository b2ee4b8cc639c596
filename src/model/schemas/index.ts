/**
 * The content model: every field of every kind of content, defined once.
 *
 * `src/content.config.ts` builds Astro's collections from these schemas, and
 * `scripts/check.ts` validates content with the very same ones. Messages are
 * in Vietnamese because editors read them; they name what is expected.
 *
 * One file per kind of content (article.ts, notice.ts…), the kinds of field
 * they share in fields.ts, the rules every schema follows in rules.ts.
 */
import type { z } from 'astro/zod';
import type { ImageField } from './fields.ts';
import { articleSchema } from './article.ts';
import { noticeSchema } from './notice.ts';
import { albumSchema } from './album.ts';
import { pageSchema } from './page.ts';
import { documentSchema } from './document.ts';
import { scheduleSchema } from './schedule.ts';

export * from './fields.ts';
export * from './site.ts';
export * from './article.ts';
export * from './notice.ts';
export * from './album.ts';
export * from './page.ts';
export * from './document.ts';
export * from './schedule.ts';

/**
 * Every content collection's schema, by collection (folder) name: what the
 * web CMS configuration, the editor guide's field tables and `npm run new`
 * read (through src/editor/schema-fields.ts). A new collection is added here.
 */
export function collectionSchemas<I extends z.ZodType>(image: ImageField<I>, categorySlugs: readonly string[]) {
  return {
    articles: articleSchema(image, categorySlugs),
    notices: noticeSchema,
    albums: albumSchema(image),
    pages: pageSchema,
    documents: documentSchema,
    schedules: scheduleSchema,
  };
}
