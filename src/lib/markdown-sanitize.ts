/**
 * The Markdown pipeline's safety step: every article, notice and page body is
 * parsed with its raw HTML as real elements (Sätteri's `rawHtml` feature),
 * then replaced by a clean copy made by the allowlist in html-policy.ts.
 * Runs before Astro's own image and heading steps, so pages and RSS feeds
 * (rendered through the same pipeline) only ever see the clean tree.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition } from 'satteri';
import { sanitizeTree, type HastLike } from './html-policy.ts';

export const sanitizePlugin: HastPluginDefinition = {
  name: 'portal-sanitize-html',
  before(root, ctx) {
    const { tree } = sanitizeTree(root as unknown as HastLike);
    ctx.replaceNode(root, tree as unknown as typeof root);
  },
};

/** `markdown.processor` for astro.config.mjs: Sätteri with raw HTML parsed, then sanitised. */
export function safeMarkdown() {
  return satteri({ features: { rawHtml: true }, hastPlugins: [sanitizePlugin] });
}
