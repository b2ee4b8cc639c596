/**
 * What the reuse between builds depends on: Astro's version, the installed
 * packages (the lock file) and the code of the build itself
 * (astro.config.mjs, the content collections' definition and every module
 * of the project they import: the integrations and their list, the loaders,
 * the Markdown pipeline). `npm run build` records it in
 * the cache directory after each successful build; when it differs at the
 * next one (or the cache has none, as a cache from before this file), the
 * build reuses nothing: Astro runs with `--force` (its content store and
 * page cache dropped) and no page is linked from the cache
 * (restore-output.ts).
 *
 * Astro drops its page cache itself when the lock file or its configuration
 * changes, but not its content store, which holds every article's rendered
 * body, when the Markdown pipeline's code or the Markdown processor's
 * package changes (it compares its own version and configuration only), and
 * the project's own machinery (kept output, linked pages, the
 * search index's parts) depends on details of Astro that changed in a minor
 * release (7.3 → 7.4 gave copied files old times). A full build after an
 * upgrade costs minutes once; a wrong reuse publishes a broken portal.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildStamp {
  astro: string;
  /** sha256 over the lock file: every installed package's version (the Markdown processor's, sharp's…). */
  packages: string;
  /** sha256 over the build's own code, file by file. */
  code: string;
}

/** The files of the build's code to stamp: the roots, then the project modules they import, transitively. */
export function buildCode(root: string, roots: readonly string[] = ['astro.config.mjs', 'src/content.config.ts']): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    // Static imports, re-exports and dynamic imports of relative paths; packages are covered by the
    // lock file's digest.
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  for (const file of roots) visit(path.resolve(root, file));
  return [...seen].map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
}

/** sha256 over files of the project (relative paths), each with its name. */
function digestOf(root: string, files: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * The lock files npm and the other package managers write (the ones Astro reads for its own cache:
 * bun's older binary one too); a project may have none (then `packages` is empty).
 */
export const LOCK_FILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];

export function currentStamp(root: string): BuildStamp {
  const astro = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  const locks = LOCK_FILES.filter((name) => fs.existsSync(path.join(root, name)));
  return { astro, packages: locks.length ? digestOf(root, locks) : '', code: digestOf(root, buildCode(root)) };
}

/** The project's own folder in the cache directory (the stamp, the check's results, the search index's parts…); the rest is Astro's. */
export const OWN_CACHE_FOLDER = 'portal';

const stampFile = (cacheDir: string) => path.join(cacheDir, OWN_CACHE_FOLDER, 'build-stamp.json');

/**
 * Whether Astro has kept anything in the cache directory (content store, page
 * cache, images). A first build has nothing of Astro's to distrust: it needs
 * no `--force`, whose only effect would be Astro's warning that it cleared
 * an empty store.
 */
export function astroHasCache(cacheDir: string): boolean {
  try {
    return fs.readdirSync(cacheDir).some((name) => name !== OWN_CACHE_FOLDER);
  } catch {
    return false;
  }
}

export function recordedStamp(cacheDir: string): BuildStamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(stampFile(cacheDir), 'utf8')) as BuildStamp;
  } catch {
    return undefined;
  }
}

export function recordStamp(cacheDir: string, stamp: BuildStamp): void {
  fs.mkdirSync(path.dirname(stampFile(cacheDir)), { recursive: true });
  fs.writeFileSync(stampFile(cacheDir), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Why nothing may be reused from the cache, or undefined when it may. */
export function whyFullBuild(recorded: BuildStamp | undefined, current: BuildStamp): string | undefined {
  if (!recorded) return 'the cache has no record of the build that made it';
  if (recorded.astro !== current.astro) return `Astro ${recorded.astro} → ${current.astro}`;
  if (recorded.packages !== current.packages) return 'the installed packages changed (the lock file)';
  if (recorded.code !== current.code) return 'the build code changed (astro.config.mjs or a module it uses)';
  return undefined;
}
