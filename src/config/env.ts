/**
 * Every setting of the engine, in one place: the environment variables a
 * unit's IT officer (or Netlify, or a test) can set, their defaults and what
 * they do. Nothing else reads `process.env` for a PORTAL_* variable
 * (tests/config/env.test.ts holds the code to that); docs/architecture.md
 * shows this table.
 */

type Env = Record<string, string | undefined>;

interface Setting<T> {
  variable: string;
  /** What it changes, for the settings table of docs/architecture.md. */
  meaning: string;
  /** Who sets it: the unit (or its host), or the build itself between its own processes. */
  setBy: 'unit' | 'build' | 'tests';
  read: (value: string | undefined, variable: string) => T;
}

const text = () => (value: string | undefined) => (value === '' ? undefined : value);
const textOr = (fallback: string) => (value: string | undefined) => value || fallback;
const count =
  <T extends number | undefined>(fallback: T) =>
  (value: string | undefined, variable: string): number | T => {
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${variable}=${value}: expected a whole number of at least 1`);
    return number;
  };

export const SETTINGS = {
  contentDir: {
    variable: 'PORTAL_CONTENT_DIR',
    meaning: 'The content folder to build (default `content`): another unit, a test fixture, the benchmark portal.',
    setBy: 'unit',
    read: textOr('content'),
  } satisfies Setting<string>,
  cacheDir: {
    variable: 'PORTAL_CACHE_DIR',
    meaning:
      'Where builds keep what they reuse (processed photos, content store, kept pages, search parts). Default `node_modules/.astro`, with a folder of its own per other content folder; netlify.toml sets `.cache/astro`, which the Netlify plugin saves between builds.',
    setBy: 'unit',
    read: text(),
  } satisfies Setting<string | undefined>,
  buildConcurrency: {
    variable: 'PORTAL_BUILD_CONCURRENCY',
    meaning: 'Pages rendered at a time by Astro (default 8).',
    setBy: 'unit',
    read: count(8),
  } satisfies Setting<number>,
  parallelPrerender: {
    variable: 'PORTAL_PARALLEL_PRERENDER',
    meaning:
      'Pages rendered in this many worker processes (Astro’s experimental.parallelPrerender); unset or 1: off. On a 2-core build machine it is slower and uses more memory (docs/performance.md); it may pay on larger ones.',
    setBy: 'unit',
    read: count(1),
  } satisfies Setting<number>,
  buildTimings: {
    variable: 'PORTAL_BUILD_TIMINGS',
    meaning: 'A file the build writes its phase timings to (used by `npm run bench`).',
    setBy: 'unit',
    read: text(),
  } satisfies Setting<string | undefined>,
  searchPartPages: {
    variable: 'PORTAL_SEARCH_PART_PAGES',
    meaning:
      'The fewest pages in a part of the search index made of older years (default 3,000; the newest year is always a part of its own; the tests build the sample with 10 so that it has several parts).',
    setBy: 'unit',
    read: count(3000),
  } satisfies Setting<number>,
  searchConcurrency: {
    variable: 'PORTAL_SEARCH_CONCURRENCY',
    meaning: 'Parts of the search index made at a time (default 2 after Astro has exited, 1 inside `astro build`).',
    setBy: 'unit',
    read: count(undefined),
  } satisfies Setting<number | undefined>,
  cmsRepo: {
    variable: 'PORTAL_CMS_REPO',
    meaning: 'The GitHub repository the web editor saves to, `owner/name` (default: Netlify’s REPOSITORY_URL).',
    setBy: 'unit',
    read: text(),
  } satisfies Setting<string | undefined>,
  cmsBranch: {
    variable: 'PORTAL_CMS_BRANCH',
    meaning: 'The branch the web editor opens pull requests against (default `main`).',
    setBy: 'unit',
    read: textOr('main'),
  } satisfies Setting<string>,
  cmsAuthUrl: {
    variable: 'PORTAL_CMS_AUTH_URL',
    meaning: 'Base address of an own GitHub OAuth proxy for the web editor (default: Netlify’s).',
    setBy: 'unit',
    read: text(),
  } satisfies Setting<string | undefined>,
  cmsAuthEndpoint: {
    variable: 'PORTAL_CMS_AUTH_ENDPOINT',
    meaning: 'The path of that proxy’s login endpoint (default `auth`).',
    setBy: 'unit',
    read: text(),
  } satisfies Setting<string | undefined>,
  checkGate: {
    variable: 'PORTAL_CHECK_GATE',
    meaning:
      'A file `npm run build` writes once the content check has passed; Astro waits for it before writing anything. Unset (`astro build` by hand), Astro runs the check itself; `skip` builds without it (tests of the pages’ own defences only).',
    setBy: 'build',
    read: text(),
  } satisfies Setting<string | undefined>,
  searchAfter: {
    variable: 'PORTAL_SEARCH_AFTER',
    meaning: 'A folder where `npm run build` asks Astro to leave the search index for after Astro has exited.',
    setBy: 'build',
    read: text(),
  } satisfies Setting<string | undefined>,
  fullBuild: {
    variable: 'PORTAL_FULL_BUILD',
    meaning: 'Set by `npm run build` when the build machinery changed since the last build (src/build/build-stamp.ts): nothing is reused from the cache.',
    setBy: 'build',
    read: text(),
  } satisfies Setting<string | undefined>,
  testDist: {
    variable: 'PORTAL_DIST',
    meaning:
      'The unit’s built portal that the site tests check (`npm run test:site` sets `dist`); unset, they check the sample portal of tests/fixtures/sample, which the engine’s tests build.',
    setBy: 'tests',
    read: text(),
  } satisfies Setting<string | undefined>,
};

type Settings = typeof SETTINGS;
export type SettingName = keyof Settings;

/** The value of one setting in `env` (the process's environment by default), or its default. */
export function setting<K extends SettingName>(name: K, env: Env = process.env): ReturnType<Settings[K]['read']> {
  const { variable, read } = SETTINGS[name];
  return read(env[variable], variable) as ReturnType<Settings[K]['read']>;
}

/**
 * The build's "now": entries dated later appear in a later (scheduled)
 * build. SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention)
 * pins it, so two builds of the same content give the same bytes.
 */
export function buildTime(env: Env = process.env): Date {
  return env.SOURCE_DATE_EPOCH ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : new Date();
}
