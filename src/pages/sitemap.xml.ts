import type { APIRoute } from 'astro';
import { publicPages } from '../outputs/sitemap.ts';
import { sitemapIndexXml, sitemapParts } from '../outputs/sitemap-xml.ts';
import { absoluteUrl } from '../site.ts';

/** The sitemap index: robots.txt points here; the addresses are in /sitemap-N.xml ([part].xml.ts). */
export const GET: APIRoute = async () =>
  new Response(sitemapIndexXml(sitemapParts(await publicPages()), absoluteUrl), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
