/**
 * An entry's body for its page and the feeds: read from its body file
 * (body-files.ts), or rendered by Astro when the content store keeps it
 * (bodies with photos, which Astro's image step must see).
 */
import fs from 'node:fs/promises';
import { render } from 'astro:content';
import { createComponent, renderTemplate, unescapeHTML, type AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Album, Article, DocumentEntry, Notice, StaticPage } from '../model/queries.ts';
import { bodyFile } from './body-files.ts';

/**
 * An entry's body as a component (`<Content />`): read from its body file
 * (body-files.ts), or rendered by Astro when the store keeps it.
 */
export async function renderEntry(entry: Article | Notice | StaticPage | Album | DocumentEntry): Promise<{ Content: AstroComponentFactory }> {
  const file = bodyFile(entry.collection, entry);
  if (!file) return render(entry);
  const html = await fs.readFile(file, 'utf8');
  return { Content: createComponent(() => renderTemplate`${unescapeHTML(html)}`) };
}
