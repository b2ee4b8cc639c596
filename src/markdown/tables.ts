/**
 * Table cell alignment as classes, not style attributes: GFM writes
 * `style="text-align: right"` on aligned cells, which the site's
 * Content-Security-Policy (no inline styles) would block. `align-right` and
 * friends are defined in global.css.
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { Properties } from 'hast';

const ALIGN = /^\s*text-align:\s*(left|right|center)\s*;?\s*$/i;

/** A cell's properties with its text-align style moved into a class (any other style dropped); null if unchanged. */
export function alignedCellProperties(properties: Readonly<Properties>): { style: null; className: string[] } | null {
  const style = properties.style;
  if (typeof style !== 'string') return null;
  const existing = properties.className;
  const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? (existing as string).split(/\s+/) : [];
  const match = ALIGN.exec(style);
  return { style: null, className: [...classes.filter(Boolean), ...(match ? [`align-${match[1]!.toLowerCase()}`] : [])] };
}

export const tableAlignPlugin: HastPluginDefinition = {
  name: 'portal-table-align',
  element: {
    filter: ['td', 'th'],
    visit(node, ctx) {
      const next = alignedCellProperties(node.properties);
      if (!next) return;
      ctx.setProperty(node, 'style', next.style);
      ctx.setProperty(node, 'className', next.className);
    },
  },
};

/** Only bodies that can hold a table cell: a GFM table (`|`) or raw HTML (`<`). */
export const tableAlignWhereNeeded = ({ source }: PluginFactoryContext) => (/[|<]/.test(source) ? tableAlignPlugin : null);
