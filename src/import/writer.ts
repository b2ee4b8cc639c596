/**
 * Writing an imported article into the content folder: its Markdown (front
 * matter the schemas accept as is) and its photos and files, in a folder
 * made beside the content folder and moved in whole, so that an import
 * stopped half-way never leaves half an article in content/. A slug already
 * taken gets the year, then the unit, then a number.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../model/slugify.ts';

export interface ArticleFile {
  /** The name of a file beside the article (`anh-1.jpg`) and its bytes. */
  name: string;
  data: Uint8Array;
}

export interface FrontMatter {
  title: string;
  date: string;
  category: string;
  summary: string;
  cover?: { src: string; alt: string; caption?: string };
  author: string;
  source?: string;
  unit: string;
  aliases: string[];
  attachments: { file: string; title?: string }[];
  draft: boolean;
}

const q = (text: string) => JSON.stringify(text);

/** Front matter as editors write it: one field a line, text in double quotes. */
export function frontMatterYaml(data: FrontMatter): string {
  const lines = [`title: ${q(data.title)}`, `date: ${q(data.date)}`, `category: ${data.category}`, `summary: ${q(data.summary)}`];
  if (data.cover) {
    lines.push('cover:', `  src: ${q(data.cover.src)}`, `  alt: ${q(data.cover.alt)}`);
    if (data.cover.caption) lines.push(`  caption: ${q(data.cover.caption)}`);
  }
  lines.push(`author: ${q(data.author)}`);
  if (data.source) lines.push(`source: ${q(data.source)}`);
  lines.push(`unit: ${data.unit}`, 'aliases:', ...data.aliases.map((alias) => `  - ${q(alias)}`));
  if (data.attachments.length) {
    lines.push('attachments:');
    for (const file of data.attachments) lines.push(`  - file: ${q(file.file)}`, ...(file.title ? [`    title: ${q(file.title)}`] : []));
  }
  lines.push(`draft: ${data.draft}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A slug of at most 80 characters, cut at a word. */
export function slugOf(title: string): string {
  const slug = slugify(title);
  if (slug.length <= 80) return slug || 'bai-viet';
  return slug.slice(0, 81).replace(/-[^-]*$/, '') || slug.slice(0, 80);
}

/** A slug not in `taken`: the title's, then with the year, the unit, a number. */
export function freeSlug(title: string, year: string, unitSlug: string, taken: ReadonlySet<string>): string {
  const base = slugOf(title);
  const tries = [base, `${base}-${year}`, `${base}-${unitSlug}`, `${base}-${unitSlug}-${year}`];
  for (const slug of tries) if (!taken.has(slug) && !/^\d+$/.test(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${year}-${n}`)) return `${base}-${year}-${n}`;
}

export const digest = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * Writes the article: `markdown` at `articles/<year>/<slug>.md`, or with its
 * files at `articles/<year>/<slug>/index.md`. Returns the Markdown file's path.
 */
export function writeArticle(contentDir: string, staging: string, year: string, slug: string, markdown: string, files: readonly ArticleFile[]): string {
  const yearDir = path.join(contentDir, 'articles', year);
  fs.mkdirSync(yearDir, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  const work = fs.mkdtempSync(path.join(staging, `${slug}-`));
  try {
    if (files.length === 0) {
      const temporary = path.join(work, `${slug}.md`);
      fs.writeFileSync(temporary, markdown);
      const target = path.join(yearDir, `${slug}.md`);
      moveIn(temporary, target);
      return target;
    }
    const folder = path.join(work, slug);
    fs.mkdirSync(folder);
    for (const file of files) fs.writeFileSync(path.join(folder, file.name), file.data);
    fs.writeFileSync(path.join(folder, 'index.md'), markdown);
    const target = path.join(yearDir, slug);
    moveIn(folder, target);
    return path.join(target, 'index.md');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Moves a finished file or folder into place in one step; across devices, copied beside it under a dot name first. */
function moveIn(from: string, to: string) {
  if (fs.existsSync(to)) throw new Error(`${to} đã có`);
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Dot names are not published (the loaders and the check leave them out) until the last rename.
    const hidden = path.join(path.dirname(to), `.${path.basename(to)}.nhap`);
    fs.cpSync(from, hidden, { recursive: true });
    fs.renameSync(hidden, to);
  }
}
