// Netlify build plugin: keeps the portal's cache directory between builds, so
// that a build where no photo changed encodes none (Astro's processed images,
// its content store, the photo check's results and the share cards live there;
// see src/config/cache-dir.ts). Restored before the build, saved after a
// successful one. Plain JavaScript: Netlify runs plugins with its own Node.
import path from 'node:path';

/** Same rule as src/config/cache-dir.ts (a unit test keeps the two in step). */
export function cacheDirectory(env = process.env) {
  return path.resolve(env.PORTAL_CACHE_DIR || 'node_modules/.astro');
}

export const onPreBuild = async ({ utils }) => {
  const dir = cacheDirectory();
  const restored = await utils.cache.restore(dir);
  console.log(restored ? `portal-cache: restored ${dir}` : `portal-cache: nothing cached yet for ${dir}`);
};

export const onPostBuild = async ({ utils }) => {
  const dir = cacheDirectory();
  const saved = await utils.cache.save(dir);
  console.log(saved ? `portal-cache: saved ${dir}` : `portal-cache: ${dir} does not exist, nothing saved`);
};
