import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
