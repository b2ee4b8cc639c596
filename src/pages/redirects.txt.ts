/**
 * The redirect rules of this build (src/outputs/redirects.ts), gathered from
 * every source; moved to dist/_redirects once the build is done.
 */
import type { APIRoute } from 'astro';
import { redirectsFile, type Redirect } from '../outputs/redirects.ts';
import { listRedirects } from '../outputs/list-redirect-source.ts';

/** Each source gives its rules: imported articles' old addresses, list pages that no longer exist… */
const sources: (() => Promise<Redirect[]>)[] = [
  listRedirects, // list pages numbered from the newest before lists were made stable
];

export const GET: APIRoute = async () =>
  new Response(redirectsFile((await Promise.all(sources.map((source) => source()))).flat()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
