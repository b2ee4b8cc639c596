/**
 * Astro content collections, read from `content/` (or PORTAL_CONTENT_DIR).
 * The schemas themselves live in `src/model/schemas/index.ts`, shared with `npm run check`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineCollection, type ImageFunction, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { albumSchema, articleSchema, documentSchema, noticeSchema, pageSchema, scheduleSchema } from './model/schemas/index.ts';
import { loadSiteConfig } from './files/site-file.ts';
import { COLLECTION_DIRS, EMPTY_COLLECTION_ID, contentDir } from './config/content-folder.ts';
import { entryId } from './model/slugify.ts';
import { withBodyFiles } from './build/body-files.ts';
import { onlyChangedFiles } from './build/changed-files.ts';
import { assertEntryFiles } from './files/content-files.ts';
import type { Loader } from 'astro/loaders';

const root = contentDir();
const site = loadSiteConfig(root);
const categorySlugs = site.categories.map((category) => category.slug);
const unitSlugs = site.units.map((unit) => unit.slug);

/**
 * Ids are URL slugs taken from the file or folder name. Two files that would
 * publish at the same URL stop the build, naming both.
 */
function uniqueIds(collection: keyof typeof COLLECTION_DIRS) {
  const base = path.join(root, COLLECTION_DIRS[collection]);
  const owners = new Map<string, string>();
  return ({ entry }: { entry: string }) => {
    const id = entryId(entry);
    const owner = owners.get(id);
    if (owner && owner !== entry && fs.existsSync(path.join(base, owner))) {
      const shown = (file: string) => path.relative(process.cwd(), path.join(base, file));
      throw new Error(`${shown(entry)}: trùng địa chỉ với ${shown(owner)} — cả hai sẽ đăng tại cùng một URL «${id}». Hãy đổi tên thư mục hoặc tệp của một trong hai.`);
    }
    owners.set(id, entry);
    return id;
  };
}

// retainBody: false — pages use the rendered HTML, never the Markdown source, so the data store
// (which every build parses, bundles and loads) does not carry it.
// withBodyFiles — nor the rendered HTML, kept as one file per body (src/build/body-files.ts).
// onlyChangedFiles — the glob loader reads only the files changed since the last build (src/build/changed-files.ts).
/**
 * The files an entry names are resolved by content-files.ts before Astro reads
 * them: a path out of the content folder stops the sync (the content check has
 * already refused it, with its line; this is the pages' side of the same rule).
 */
function filesInsideContent(inner: Loader): Loader {
  return {
    name: inner.name,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (props.filePath) assertEntryFiles(root, props.filePath, props.data);
          return context.parseData(props);
        },
      }),
  };
}

/**
 * A collection with no entry yet (a new unit's documents, albums…) is kept in
 * the content store by a marker entry: without one, Astro warns, in English,
 * that the collection "does not exist or is empty" at every query.
 * src/model/queries.ts leaves the marker out.
 */
function presentWhenEmpty(inner: Loader): Loader {
  return {
    name: inner.name,
    load: async (context) => {
      await inner.load(context);
      const entries = context.store.keys().filter((id) => id !== EMPTY_COLLECTION_ID);
      if (entries.length === 0) context.store.set({ id: EMPTY_COLLECTION_ID, data: {} });
      else context.store.delete(EMPTY_COLLECTION_ID);
    },
  };
}

const markdown = (collection: keyof typeof COLLECTION_DIRS) => {
  const base = path.join(root, COLLECTION_DIRS[collection]);
  const generateId = uniqueIds(collection);
  return presentWhenEmpty(
    filesInsideContent(
      withBodyFiles(
        onlyChangedFiles({
          base,
          idOf: entryId,
          glob: (pattern) => glob({ pattern, base, generateId, retainBody: false }),
        }),
      ),
    ),
  );
};

/**
 * Astro calls a schema that uses `image()` once per entry, giving it that
 * entry's `image()` (which resolves a photo's path next to the entry).
 * Making the article schema anew for each entry costs seconds of a large
 * archive's cold build, so it is made once, and its photo fields call the current
 * entry's `image()` when they run. This holds because Astro parses an entry
 * right after asking for its schema, and every step of these schemas is
 * synchronous, so no other entry can come in between. (An asynchronous step
 * would make `parse` below throw, not mix entries up.)
 */
function oneSchemaForAllEntries<S>(make: (image: ImageFunction) => S): (context: SchemaContext) => S {
  let entryImage: ImageFunction | undefined;
  const photoPath = () => z.string().transform((src) => entryImage!().parse(src));
  const schema = make(photoPath as unknown as ImageFunction);
  return ({ image }) => {
    entryImage = image;
    return schema;
  };
}

export const collections = {
  articles: defineCollection({
    loader: markdown('articles'),
    schema: oneSchemaForAllEntries((image) => articleSchema(image, categorySlugs, unitSlugs)),
  }),
  notices: defineCollection({ loader: markdown('notices'), schema: noticeSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  albums: defineCollection({ loader: markdown('albums'), schema: oneSchemaForAllEntries(albumSchema) }),
  documents: defineCollection({ loader: markdown('documents'), schema: documentSchema }),
  schedules: defineCollection({ loader: markdown('schedules'), schema: scheduleSchema }),
};
