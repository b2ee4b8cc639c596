/**
 * The web CMS configuration and the guide's field tables follow from the
 * schemas: every collection and field of src/model/schemas/index.ts appears, with
 * its Vietnamese words, its required flag and limits; nothing else does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchemas, SUMMARY_LENGTH } from '../../src/model/schemas/index.ts';
import { PHOTO_LIMITS } from '../../src/model/photos.ts';
import { contentFields, fieldPaths, fieldsOf, type FieldInfo } from '../../src/editor/schema-fields.ts';
import { backendFromEnv, cmsConfig, repoFromUrl } from '../../src/editor/cms-config.ts';
import { COLLECTION_DOCS, fieldDoc } from '../../src/editor/field-docs.ts';
import { fieldTables, replaceTables, TABLE_START } from '../../src/editor/field-table.ts';
import { loadSiteConfig } from '../../src/files/site-file.ts';
import { ROOT } from '../helpers/portal.ts';

const site = loadSiteConfig(path.join(ROOT, 'tests/fixtures/minimal'));
const slugs = site.categories.map((c) => c.slug);
const fields = contentFields(slugs);
type Decap = {
  name: string;
  label: string;
  required?: boolean;
  widget: string;
  fields?: Decap[];
  options?: { label: string; value: string }[];
  pattern?: [string, string];
  hint?: string;
};
const config = cmsConfig(site, { repo: 'ubnd-an-binh/cong-thong-tin', branch: 'main' }) as {
  collections: { name: string; folder: string; path: string; media_folder?: string; public_folder?: string; fields: Decap[] }[];
  [key: string]: unknown;
};

describe('schema-fields', () => {
  it('reads every collection of the schemas', () => {
    expect(Object.keys(fields)).toEqual(Object.keys(collectionSchemas(() => z.string(), slugs)));
  });

  it('reads kinds, required flags, limits, defaults and options', () => {
    const article = Object.fromEntries(fields.articles!.map((f) => [f.name, f]));
    expect(article.title).toMatchObject({ kind: 'string', required: true });
    expect(article.date).toMatchObject({ kind: 'date', required: true });
    expect(article.updated).toMatchObject({ kind: 'date', required: false });
    expect(article.category).toMatchObject({ kind: 'string', options: slugs });
    expect(article.summary).toMatchObject({ minLength: SUMMARY_LENGTH.min, maxLength: SUMMARY_LENGTH.max });
    expect(article.cover!.fields!.map((f) => [f.path, f.kind, f.required])).toEqual(
      expect.arrayContaining([
        ['cover.src', 'image', true],
        ['cover.alt', 'string', true],
      ]),
    );
    expect(article.tags).toMatchObject({ kind: 'strings', required: false, default: [] });
    expect(article.draft).toMatchObject({ kind: 'boolean', default: false });
  });

  it('follows a field added to a schema', () => {
    const schema = z.object({ a: z.string(), b: z.array(z.object({ c: z.number().optional() })).min(2) });
    expect(fieldsOf(schema)).toEqual([
      { name: 'a', path: 'a', kind: 'string', required: true },
      { name: 'b', path: 'b', kind: 'list', required: true, minItems: 2, fields: [{ name: 'c', path: 'b.c', kind: 'number', required: false }] },
    ]);
  });
});

describe('field-docs', () => {
  it('gives every field of every schema a Vietnamese label and help', () => {
    for (const [collection, list] of Object.entries(fields)) {
      expect(COLLECTION_DOCS[collection], collection).toBeDefined();
      for (const field of [...fieldPaths(list), 'body']) {
        const doc = fieldDoc(collection, field);
        expect(doc, `${collection}.${field} has no entry in src/editor/field-docs.ts`).toBeDefined();
        expect(doc!.label).toMatch(/^\p{Lu}/u);
        expect(doc!.hint.length, `${collection}.${field}`).toBeGreaterThan(10);
      }
    }
  });
});

describe('cmsConfig (Decap CMS)', () => {
  it('uses the editorial workflow (one pull request per entry) on GitHub, in Vietnamese', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('vi');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'ubnd-an-binh/cong-thong-tin', branch: 'main' });
  });

  it('has one collection per schema, in its content folder, photos beside each entry', () => {
    expect(config.collections.map((c) => c.name)).toEqual(Object.keys(fields));
    const articles = config.collections.find((c) => c.name === 'articles')!;
    expect(articles).toMatchObject({ folder: 'content/articles', path: '{{year}}/{{slug}}/index', media_folder: '', public_folder: '' });
  });

  it('has exactly the schema fields (and the body), labelled from field-docs, required as in the schema but inside an optional object', () => {
    for (const collection of config.collections) {
      const schemaFields = fields[collection.name]!;
      expect(collection.fields.map((f) => f.name)).toEqual([...schemaFields.map((f) => f.name), 'body']);
      const compare = (decap: Decap[], info: FieldInfo[], prefix: string, inOptionalObject: boolean) => {
        for (const field of info) {
          const entry = decap.find((d) => d.name === field.name)!;
          expect(entry.label).toBe(fieldDoc(collection.name, field.path)!.label);
          expect(entry.required, `${prefix}${field.name}`).toBe(field.required && !inOptionalObject);
          if (field.fields) compare(entry.fields!, field.fields, `${field.path}.`, inOptionalObject || (field.kind === 'object' && !field.required));
        }
      };
      compare(collection.fields, schemaFields, '', false);
    }
  });

  it('limits photo uploads to what the content check accepts, and re-encodes them without their metadata', () => {
    expect(config.media_processing).toEqual({ enabled: true, quality: 85, strip_metadata: true });
    const articles = config.collections.find((c) => c.name === 'articles')!;
    const limit = { config: { max_file_size: PHOTO_LIMITS.maxBytes } };
    expect((articles.fields.find((f) => f.name === 'cover')!.fields!.find((f) => f.name === 'src') as Record<string, unknown>).media_library).toEqual(limit);
    expect((articles.fields.find((f) => f.name === 'body') as Record<string, unknown>).media_library).toEqual(limit);
    // Attachments (PDFs of signed documents) are not photos: no such limit.
    expect(articles.fields.find((f) => f.name === 'attachments')!.fields!.find((f) => f.name === 'file')).not.toHaveProperty('media_library');
  });

  it('requires nothing inside an article’s optional cover, so that an article without one can be saved (the check still wants alt with a cover)', () => {
    const cover = config.collections.find((c) => c.name === 'articles')!.fields.find((f) => f.name === 'cover')!;
    expect(cover.required).toBe(false);
    expect(cover.fields!.map((f) => [f.name, f.required])).toEqual([
      ['src', false],
      ['alt', false],
      ['caption', false],
    ]);
    // A gallery photo, in a list (not an optional object), still needs its file and caption.
    const gallery = config.collections.find((c) => c.name === 'articles')!.fields.find((f) => f.name === 'gallery')!;
    expect(gallery.fields!.filter((f) => f.required).map((f) => f.name)).toEqual(['src', 'caption']);
  });

  it('picks widgets from the schema: dates, the unit’s categories by name, photos, lists, length limits', () => {
    const articles = config.collections.find((c) => c.name === 'articles')!.fields;
    const byName = (name: string) => articles.find((f) => f.name === name)!;
    expect(byName('date').widget).toBe('datetime');
    expect(byName('category')).toMatchObject({ widget: 'select', options: site.categories.map((c) => ({ label: c.name, value: c.slug })) });
    expect(byName('cover').fields!.find((f) => f.name === 'src')!.widget).toBe('image');
    expect(byName('tags').widget).toBe('list');
    expect(byName('body').widget).toBe('markdown');
    const [pattern] = byName('summary').pattern!;
    expect(new RegExp(pattern).test('x'.repeat(SUMMARY_LENGTH.min))).toBe(true);
    expect(new RegExp(pattern).test('x'.repeat(SUMMARY_LENGTH.min - 1))).toBe(false);
    expect(new RegExp(pattern).test('x'.repeat(SUMMARY_LENGTH.max + 1))).toBe(false);
  });

  it('takes the repository from PORTAL_CMS_REPO, then site.yaml, then Netlify’s REPOSITORY_URL, and never makes one up', () => {
    expect(repoFromUrl('https://github.com/ubnd-an-binh/cong-thong-tin')).toBe('ubnd-an-binh/cong-thong-tin');
    expect(repoFromUrl('git@github.com:ubnd-an-binh/cong-thong-tin.git')).toBe('ubnd-an-binh/cong-thong-tin');
    expect(backendFromEnv({ REPOSITORY_URL: 'https://github.com/a/b' }).repo).toBe('a/b');
    expect(backendFromEnv({ REPOSITORY_URL: 'https://github.com/a/b', PORTAL_CMS_REPO: 'c/d', PORTAL_CMS_AUTH_URL: 'https://auth.example.vn' })).toMatchObject({
      repo: 'c/d',
      baseUrl: 'https://auth.example.vn',
    });
    expect(backendFromEnv({ REPOSITORY_URL: 'https://github.com/a/b' }, false, 'e/f').repo).toBe('e/f');
    expect(backendFromEnv({ PORTAL_CMS_REPO: 'c/d' }, false, 'e/f').repo).toBe('c/d');
    expect(backendFromEnv({}).repo).toBeUndefined();
    const backend = (cmsConfig(site, backendFromEnv({})) as { backend: Record<string, unknown> }).backend;
    expect(backend).toMatchObject({ name: 'github', branch: 'main' });
    expect(backend).not.toHaveProperty('repo');
  });
});

describe('the editor guide', () => {
  it('has field tables generated from the current schemas (run `npm run docs:fields` after changing a schema)', () => {
    const guide = fs.readFileSync(path.join(ROOT, 'docs/huong-dan-bien-tap.md'), 'utf8');
    expect(guide).toContain(TABLE_START);
    expect(replaceTables(guide)).toBe(guide);
    for (const list of Object.values(fields)) for (const field of list) expect(fieldTables()).toContain(`\`${field.name}\``);
  });
});
