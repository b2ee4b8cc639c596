/**
 * Bodies are published in NFC, as front matter is (schemas.ts): text pasted
 * with tone marks as combining characters (from some PDF readers, macOS file
 * names, old converters) would otherwise show misplaced marks in fonts that
 * draw them poorly, and fail to match searches typed in NFC.
 *
 * A Sätteri hast plugin, first in the pipeline (astro.config.mjs), so that
 * every later step (photos, headings and their ids, Astro's images) sees
 * NFC: it rewrites text and string attributes (alt, title…). Only bodies
 * whose source is not NFC get it; checking that costs far less than a walk.
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

export const nfcPlugin: HastPluginDefinition = {
  name: 'portal-nfc',
  text(node, ctx) {
    const value = node.value.normalize('NFC');
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
  element: {
    filter: [],
    visit(node, ctx) {
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (typeof value !== 'string') continue;
        const normal = value.normalize('NFC');
        if (normal !== value) ctx.setProperty(node, key, normal);
      }
    },
  },
};

/** `nfcPlugin` as a Sätteri plugin factory: only for a body whose source is not NFC. */
export const nfcWhereNeeded = ({ source }: PluginFactoryContext) => (source === source.normalize('NFC') ? null : nfcPlugin);
