/** Test portals: the minimal fixture, optionally with broken files laid over it, built with the real build command. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildEnv } from './portal-setup.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/** The sample portal the engine's tests build and read: a fictional unit with every kind of content. */
export const SAMPLE = path.join(FIXTURES, 'sample');
/**
 * The built portal under test (tests/helpers/portal-setup.ts): the sample's
 * build, or the unit's own (PORTAL_DIST) in `npm run test:site`.
 */
export const DIST = inject('portal')?.dist ?? path.join(ROOT, '.cache/test-portal/dist');

/** A fresh content folder: `tests/fixtures/minimal` plus the files of `overlay` (a folder under fixtures/bad-input). */
export function makePortal(overlay?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-'));
  fs.cpSync(path.join(FIXTURES, 'minimal'), dir, { recursive: true });
  if (overlay) fs.cpSync(path.join(FIXTURES, 'bad-input', overlay), dir, { recursive: true });
  return dir;
}

/** `npm run build` (content check + astro build) of a content folder into `outDir`; `env` adds variables (PORTAL_CACHE_DIR…). */
export function build(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...buildEnv(), PORTAL_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: withoutColours(`${result.stdout}\n${result.stderr}`) };
}

/** A log without its colour codes: Astro's logger colours its output when CI is set. */
export function withoutColours(log: string): string {
  return log.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.replace(/\\/g, '/'))
    .sort();
}

export function readDist(file: string): string {
  const target = path.join(DIST, file);
  if (!fs.existsSync(DIST)) throw new Error(`${DIST} is missing: run the tests through vitest's portal, browser or site project, which build it`);
  return fs.readFileSync(target, 'utf8');
}
