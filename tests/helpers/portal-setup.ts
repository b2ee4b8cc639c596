/**
 * Vitest's global setup for the projects that read a built portal (portal,
 * browser, site): it gives them, through `inject('portal')`, the built
 * portal under test and the content folder it was built from.
 *
 * The engine's tests read the sample portal of tests/fixtures/sample,
 * never content/: a unit that replaces the sample content (`npm run init`)
 * keeps a passing `npm test`. The sample is built once for all test files
 * into .cache/test-portal/, and built again only when something it is made
 * from has changed (the engine, the sample, the lock file, the day: the
 * sample has entries dated in the future and a "this week" schedule).
 *
 * The site project (`npm run test:site`) reads the unit's own portal
 * instead when PORTAL_DIST names it: its checks hold for any content.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { setting } from '../../src/config/env.ts';
import { contentDir } from '../../src/config/content-folder.ts';
import { vietnamParts } from '../../src/model/dates.ts';

// Not from ./portal.ts: a global setup runs outside the test workers, where `inject` (which that module calls) cannot.
const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'tests/fixtures/sample');
/**
 * The environment a build runs in: this process's, without what vitest adds
 * to it (NODE_ENV=test, DEV=1…), under which Astro builds as in `astro dev`,
 * drafts included.
 */
export function buildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']) delete clean[name];
  for (const name of Object.keys(clean)) if (name.startsWith('VITEST')) delete clean[name];
  return clean;
}

const listFiles = (dir: string) => (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => fs.statSync(path.join(dir, file)).isFile()).sort();

export interface PortalUnderTest {
  /** The built portal (an --outDir of `npm run build`). */
  dist: string;
  /** The content folder it was built from. */
  content: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    portal: PortalUnderTest;
  }
}

const WORK = path.join(ROOT, '.cache/test-portal');
/** The sample is built with search index parts of at least 10 pages, so that it has several. */
const BUILD_ENV = { PORTAL_SEARCH_PART_PAGES: '10' };
/** What the built sample is made from, besides node_modules (followed through the lock file). */
const INPUTS = ['src', 'scripts', 'public', 'tests/fixtures/sample', 'astro.config.mjs', 'netlify.toml', 'package-lock.json', 'tsconfig.json'];

/** A digest of everything the sample's build depends on. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const full = path.join(ROOT, input);
    if (!fs.existsSync(full)) continue;
    const files = fs.statSync(full).isDirectory() ? listFiles(full).map((file) => path.join(input, file)) : [input];
    for (const file of files)
      hash
        .update(`${file}\0`)
        .update(fs.readFileSync(path.join(ROOT, file)))
        .update('\0');
  }
  const today = vietnamParts(new Date());
  hash.update(JSON.stringify({ BUILD_ENV, day: [today.year, today.month, today.day] }));
  return hash.digest('hex');
}

/** The sample portal, built unless the build in .cache/test-portal/ is of the same inputs. */
export function samplePortal(): PortalUnderTest {
  const dist = path.join(WORK, 'dist');
  const stampFile = path.join(WORK, 'stamp');
  const stamp = fingerprint();
  const built = fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (!built) {
    fs.rmSync(stampFile, { force: true });
    const started = Date.now();
    const result = spawnSync('npm', ['run', 'build', '--', '--outDir', dist], {
      cwd: ROOT,
      env: { ...buildEnv(), ...BUILD_ENV, PORTAL_CONTENT_DIR: SAMPLE, PORTAL_CACHE_DIR: path.join(WORK, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`building the sample portal (tests/fixtures/sample) failed:\n${result.stdout}\n${result.stderr}`);
    fs.writeFileSync(stampFile, stamp);
    console.log(`built the sample portal (tests/fixtures/sample) into ${path.relative(ROOT, dist)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { dist, content: SAMPLE };
}

export default function setup(project: TestProject) {
  const unitDist = setting('testDist');
  if (project.name === 'site' && unitDist) project.provide('portal', { dist: path.resolve(ROOT, unitDist), content: contentDir() });
  else project.provide('portal', samplePortal());
}
