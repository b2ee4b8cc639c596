/**
 * What the content folder already holds, read before an import writes
 * anything: the articles' ids (a new slug must not take one) and their old
 * addresses (`aliases`), so that a second run skips what the first imported,
 * wherever an editor has since moved or renamed it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml, CORE_SCHEMA } from 'js-yaml';
import { markdownFiles } from '../files/markdown-files.ts';
import { entryId } from '../model/slugify.ts';
import { oldAddressKey } from '../model/old-addresses.ts';

export interface ExistingArticles {
  /** Ids (slugs) of every article. */
  ids: Set<string>;
  /** Old address (its key: src/model/old-addresses.ts) → the article's file. */
  aliases: Map<string, string>;
}

/** The front matter of a Markdown file, parsed, or undefined when it has none that reads. */
export function frontMatter(text: string): Record<string, unknown> | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data = parseYaml(match[1]!, { schema: CORE_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function existingArticles(contentDir: string, siteUrl: string): ExistingArticles {
  const base = path.join(contentDir, 'articles');
  const found: ExistingArticles = { ids: new Set(), aliases: new Map() };
  for (const relative of markdownFiles(base).published) {
    found.ids.add(entryId(relative));
    const file = path.join(base, relative);
    const text = fs.readFileSync(file, 'utf8');
    // Most articles have no old address: their front matter is not even parsed.
    if (!/^aliases:/m.test(text)) continue;
    const aliases = frontMatter(text)?.aliases;
    if (!Array.isArray(aliases)) continue;
    for (const alias of aliases) {
      if (typeof alias !== 'string') continue;
      try {
        found.aliases.set(oldAddressKey(alias, siteUrl), file);
      } catch {
        // An address the check will refuse; nothing to skip by.
      }
    }
  }
  return found;
}
