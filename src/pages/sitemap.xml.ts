import type { APIRoute } from 'astro';
import { publicPages } from '../outputs/sitemap.ts';
import { toIsoVietnam } from '../model/dates.ts';
import { absoluteUrl } from '../site.ts';

export const GET: APIRoute = async () => {
  const urls = (await publicPages()).map(({ path, lastmod }) => `  <url><loc>${absoluteUrl(path)}</loc>${lastmod ? `<lastmod>${toIsoVietnam(lastmod)}</lastmod>` : ''}</url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
