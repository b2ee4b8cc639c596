/** /admin/vi.js: the web editor's missing Vietnamese words, laid over Decap's own (src/editor/decap-locale.ts). */
import type { APIRoute } from 'astro';
import { localeScript } from '../../editor/decap-locale.ts';

export const GET: APIRoute = () => new Response(localeScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
