import type { APIRoute, GetStaticPaths } from 'astro';
import { publicPages } from '../outputs/sitemap.ts';
import { sitemapParts, urlsetXml } from '../outputs/sitemap-xml.ts';
import { absoluteUrl } from '../site.ts';

export const getStaticPaths = (async () =>
  sitemapParts(await publicPages()).map((entries, i) => ({ params: { part: String(i + 1) }, props: { entries } }))) satisfies GetStaticPaths;

/** One file of addresses of the sitemap (sitemap.xml is their index). */
export const GET: APIRoute<{ entries: Awaited<ReturnType<typeof publicPages>> }> = ({ props }) =>
  new Response(urlsetXml(props.entries, absoluteUrl), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
