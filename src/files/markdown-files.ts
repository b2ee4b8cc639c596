/**
 * The Markdown files of a collection's folder, as the build will publish them.
 */
import fs from 'node:fs';
import path from 'node:path';
/**
 * A collection's Markdown files, in one walk of its folder (dot folders and
 * dot files left out, paths relative to it with `/`, sorted):
 * - `published`: exactly those the glob loader's `**\/*.md` publishes (the
 *   ending in lower case), so the content check reads the same files the
 *   build does;
 * - `misnamed`: those an editor surely meant as Markdown that the build
 *   would pass over (`.MD`, `.Md`…);
 * - `links`: symbolic links to a Markdown file or to a folder, which the
 *   check refuses: content is real files inside the content folder, and a
 *   link could bring in text from anywhere on the build machine.
 */
export function markdownFiles(base: string): { published: string[]; misnamed: string[]; links: string[] } {
  const found = { published: [] as string[], misnamed: [] as string[], links: [] as string[] };
  if (!fs.existsSync(base)) return found;
  const walk = (folder: string, prefix: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const relative = prefix + entry.name;
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        if (/\.md$/i.test(entry.name) || fs.statSync(full, { throwIfNoEntry: false })?.isDirectory()) found.links.push(relative);
      } else if (entry.isDirectory()) walk(full, `${relative}/`);
      else if (/\.md$/i.test(entry.name)) (entry.name.endsWith('.md') ? found.published : found.misnamed).push(relative);
    }
  };
  walk(base, '');
  // Sorted as whole paths, as a listing of the folder would be.
  for (const list of Object.values(found)) list.sort();
  return found;
}
