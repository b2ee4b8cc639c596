/**
 * Share images (Open Graph) for articles without a cover: one card per
 * category, with the emblem, the unit's names and the category's name.
 * One per category rather than one per article: a large archive would
 * otherwise draw, and publish, a card per article, while link previews print
 * the article's own title beside the image anyway.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../config/content-folder.ts';
import { shareCardPng } from '../../outputs/share-card.ts';
import { categories, site } from '../../site.ts';

export const getStaticPaths = (() => categories.map((category) => ({ params: { category: category.slug }, props: { name: category.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name } = props as { name: string };
  const png = await shareCardPng({ title: name, unit: site.fullName, parent: site.parent, footer: new URL(site.url).host }, path.resolve(contentDir(), site.emblem));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
