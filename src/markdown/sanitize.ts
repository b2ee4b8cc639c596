/**
 * The Markdown pipeline's safety step: every article, notice and page body is
 * parsed with its raw HTML as real elements (Sätteri's `rawHtml` feature),
 * then replaced by a clean copy made by the allowlist in html-policy.ts, or,
 * where its source shows it cannot hold more than Markdown's own elements,
 * cleaned attribute by attribute by the same allowlist, or left as it is.
 * Runs before Astro's own image and heading steps, so pages and RSS feeds
 * (rendered through the same pipeline) only ever see the clean tree.
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { sanitizeTree, type HastLike } from './html-policy.ts';

/**
 * What in a body's source can make HTML that the allowlist changes. Raw HTML,
 * comments and autolinks (`<`); code blocks, which the highlighter (Shiki)
 * fills with classes and inline styles: fences (`` ` ``, `~`) and lines
 * indented by four spaces or a tab; photos (`![`), whose addresses the photo
 * step reads; tables (`|`), whose cells the table step also changes. All
 * these need the whole tree copied clean.
 */
const NEEDS_FULL_COPY = /[<`~|]|!\[|^(?: {4}|\t)/m;
/** Links, footnotes and task lists (`[`): only the attributes of their elements. */
const NEEDS_ATTRIBUTES = /\[/;

export const sanitizePlugin: HastPluginDefinition = {
  name: 'portal-sanitize-html',
  before(root, ctx) {
    const { tree } = sanitizeTree(root as unknown as HastLike);
    ctx.replaceNode(root, tree as unknown as typeof root);
  },
};

/** The only elements Markdown itself writes with attributes the allowlist may change, outside code: links, task-list boxes, footnote items. */
const MARKDOWN_ELEMENTS = ['a', 'input', 'li'];

/**
 * The clean-up of a body whose elements are all Markdown's own: the same
 * allowlist, applied to the attributes of the few elements that have any,
 * instead of a copy of the whole tree.
 */
export const markdownAttributesPlugin: HastPluginDefinition = {
  name: 'portal-sanitize-markdown',
  element: {
    filter: MARKDOWN_ELEMENTS,
    visit(node, ctx) {
      const properties = { ...(node.properties as Record<string, unknown>) };
      const { tree: clean } = sanitizeTree<HastLike>({ type: 'element', tagName: node.tagName, properties, children: [] });
      if (clean.type !== 'element') return ctx.removeNode(node);
      // A task-list box is made anew by the allowlist, attributes in its order: the same here.
      if (node.tagName === 'input') return ctx.replaceNode(node, clean as unknown as typeof node);
      const kept = clean.properties ?? {};
      for (const key of Object.keys(properties)) if (!(key in kept)) ctx.setProperty(node, key, null);
      for (const [key, value] of Object.entries(kept)) if (JSON.stringify(value) !== JSON.stringify(properties[key])) ctx.setProperty(node, key, value);
    },
  },
};

/**
 * The clean-up for one body, by what its source can hold: nothing to clean
 * (most bodies: prose, headings, lists, quotes, web addresses written out),
 * only Markdown's own elements (links, footnotes, task lists: their
 * attributes), or anything (the whole tree copied clean). The copy walks and
 * rebuilds every node: for every body, a large share of a cold build's
 * Markdown time. tests/markdown/sanitize.test.ts holds these rules to the full clean-up.
 */
export function cleanUpFor(source: string): HastPluginDefinition | null {
  if (NEEDS_FULL_COPY.test(source)) return sanitizePlugin;
  return NEEDS_ATTRIBUTES.test(source) ? markdownAttributesPlugin : null;
}

/** `cleanUpFor` as a Sätteri plugin factory, which sees each body's source before it is parsed. */
export const sanitizeWhereNeeded = ({ source }: PluginFactoryContext) => cleanUpFor(source);
