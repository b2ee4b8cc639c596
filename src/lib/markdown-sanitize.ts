/**
 * The Markdown pipeline's safety step: every article, notice and page body is
 * parsed with its raw HTML as real elements (Sätteri's `rawHtml` feature),
 * then replaced by a clean copy made by the allowlist in html-policy.ts.
 * Runs before Astro's own image and heading steps, so pages and RSS feeds
 * (rendered through the same pipeline) only ever see the clean tree.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { sanitizeTree, type HastLike } from './html-policy.ts';

/**
 * Characters without which Markdown cannot make anything the policy changes:
 * raw HTML, comments and autolinks (`<`); links, images, footnotes and task
 * lists (`[`); fenced code, whose language becomes a class (`` ` ``, `~`);
 * table cells with an alignment (`|`). Everything else Markdown makes
 * (paragraphs, headings, emphasis, lists, quotes, web addresses written out)
 * is allowed as it is. tests/unit/markdown-sanitize.test.ts holds this rule
 * to the full clean-up.
 */
const MAY_NEED_CLEANING = /[<[`~|]/;

/** Whether a body's source may hold something the allowlist would remove or change. */
export function mayNeedCleaning(source: string): boolean {
  return MAY_NEED_CLEANING.test(source);
}

export const sanitizePlugin: HastPluginDefinition = {
  name: 'portal-sanitize-html',
  before(root, ctx) {
    const { tree } = sanitizeTree(root as unknown as HastLike);
    ctx.replaceNode(root, tree as unknown as typeof root);
  },
};

/**
 * The clean-up for one body: left out where the source cannot need it. The
 * copy walks and rebuilds every node of the tree, a quarter of the Markdown
 * time of a cold build (20,000 articles: about 8 s).
 */
export const sanitizeWhereNeeded = ({ source }: PluginFactoryContext) => (mayNeedCleaning(source) ? sanitizePlugin : null);

/** `markdown.processor` for astro.config.mjs: Sätteri with raw HTML parsed, then sanitised. */
export function safeMarkdown() {
  return satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeWhereNeeded] });
}
