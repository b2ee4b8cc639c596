/**
 * The redirect rules of this build (src/outputs/redirects.ts), gathered from
 * every source; moved to dist/_redirects once the build is done.
 */
import type { APIRoute } from 'astro';
import { redirectsFile, type Redirect } from '../outputs/redirects.ts';
import { archiveRedirects } from '../outputs/archive-redirects.ts';
import { listRedirects } from '../outputs/list-redirect-source.ts';
import { getArticles } from '../model/queries.ts';
import { site } from '../site.ts';

/** Each source gives its rules. */
const sources: (() => Promise<Redirect[]>)[] = [
  async () => archiveRedirects(await getArticles(), site), // imported articles' addresses on the former portals
  listRedirects, // list pages numbered from the newest before lists were made stable
];

export const GET: APIRoute = async () =>
  new Response(redirectsFile((await Promise.all(sources.map((source) => source()))).flat()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
