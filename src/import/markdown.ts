/**
 * An article's HTML as Markdown, by turndown with its GitHub-flavoured
 * tables (the plugin kept up by Joplin): headings, lists, tables, links and
 * emphasis kept, in the form the portal's editors write (`##` headings, `-`
 * lists), then shaped to pass the content check: headings start at `##` and
 * go down one level at a time, and a heading with nothing under it becomes
 * a bold line.
 */
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';

/**
 * A table's own rows (not those of a table inside it): the GFM plugin reads
 * `table.rows`, which linkedom's elements lack. Given on the prototype all of
 * linkedom's elements share, because turndown converts a clone of the tree.
 */
function withRows(root: Element) {
  const table = root.ownerDocument.createElement('table');
  let proto: object | null = Object.getPrototypeOf(table);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'innerHTML')) proto = Object.getPrototypeOf(proto);
  if (!proto || 'rows' in table) return;
  Object.defineProperty(proto, 'rows', {
    configurable: true,
    get(this: Element) {
      if (this.nodeName !== 'TABLE') return undefined;
      return (Array.from(this.querySelectorAll('tr')) as Element[]).filter((tr) => tr.closest('table') === this);
    },
  });
}

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', codeBlockStyle: 'fenced', hr: '---' });
  service.use(gfm);
  service.remove(['script', 'style', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'img', 'noscript']);
  // `- item`, as the portal's editors write lists (turndown pads to four columns).
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node, options) => {
      const text = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, '\n   ');
      const parent = node.parentNode as Element | null;
      let prefix = `${options.bulletListMarker} `;
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? 1);
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      return prefix + text + (node.nextSibling && !/\n$/.test(text) ? '\n' : '');
    },
  });
  // Underline and font tags say nothing Markdown keeps.
  service.addRule('plain', { filter: (node) => /^(U|FONT|SPAN|SMALL|BIG|CENTER)$/.test(node.nodeName), replacement: (content) => content });
  return service;
}

/** Headings renumbered from `##` down in steps of one; a heading with nothing under it made a bold line. */
export function shapeHeadings(markdown: string): string {
  const lines = markdown.split('\n');
  const headings = lines.flatMap((line, i) => {
    const match = /^(#{1,6})\s+(.*)$/.exec(line);
    return match ? [{ i, depth: match[1]!.length, text: match[2]!.replace(/\s*#+\s*$/, '').trim() }] : [];
  });
  // Each heading's level: its rank among the depths used above it, from 2.
  const stack: number[] = [];
  for (const heading of headings) {
    while (stack.length && stack.at(-1)! >= heading.depth) stack.pop();
    stack.push(heading.depth);
    const level = Math.min(6, stack.length + 1);
    lines[heading.i] = `${'#'.repeat(level)} ${heading.text}`;
  }
  // Empty sections: a heading followed by a heading of its level or above, or by nothing.
  const isHeading = (line: string | undefined) => line !== undefined && /^#{2,6}\s/.test(line);
  const levelOf = (line: string) => /^(#+)/.exec(line)![1]!.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isHeading(lines[i])) continue;
    let next = i + 1;
    while (next < lines.length && !lines[next]!.trim()) next++;
    const after = lines[next];
    if (after === undefined || (isHeading(after) && levelOf(after) <= levelOf(lines[i]!))) lines[i] = `**${lines[i]!.replace(/^#+\s+/, '')}**`;
  }
  return lines.join('\n');
}

/** Markdown of `root`'s content. */
export function toMarkdown(root: Element): string {
  withRows(root);
  const markdown = turndown()
    .turndown(root as unknown as HTMLElement)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, (spaces) => (spaces.length >= 2 ? '  ' : ''))
    // Emphasis left around nothing by removed elements.
    .replace(/^\s*(\*{1,3}|_{1,3})\s*\1?\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return shapeHeadings(markdown).normalize('NFC');
}
