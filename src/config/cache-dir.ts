/**
 * Where builds keep what they can reuse: Astro's processed images and content
 * store, the photo check's results and the generated share cards.
 *
 * `PORTAL_CACHE_DIR` moves it (netlify.toml points it at a folder the Netlify
 * build plugin in netlify/plugins/portal-cache saves and restores); the
 * default is Astro's own, `node_modules/.astro`, and a folder of its own
 * inside it for each other content folder (PORTAL_CONTENT_DIR): a content
 * store holding another folder's entries under the same ids stops Astro's
 * sync («multiple entries with the same slug»).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { setting } from './env.ts';

export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = setting('cacheDir', env);
  if (chosen) return path.resolve(chosen);
  const content = path.resolve(setting('contentDir', env));
  if (content === path.resolve('content')) return path.resolve(DEFAULT_CACHE_DIR);
  return path.resolve(DEFAULT_CACHE_DIR, 'by-content', crypto.createHash('sha1').update(content).digest('hex').slice(0, 12));
}

/** A folder of the portal's own inside the cache directory (`photo-check`, `share-cards`). */
export function portalCacheDir(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDir(env), 'portal', name);
}
