/** Share images (Open Graph) for articles without a cover: a card with the emblem, the unit's names and the title. */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../lib/content.ts';
import { contentDir } from '../../lib/content-paths.ts';
import { shareCardPng } from '../../lib/share-card.ts';
import { site } from '../../lib/site.ts';

export const getStaticPaths = (async () =>
  (await getArticles()).filter((article) => !article.data.cover).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: Article };
  const png = await shareCardPng(
    { title: article.data.title, unit: site.fullName, parent: site.parent, footer: new URL(site.url).host },
    path.resolve(contentDir(), site.emblem),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
