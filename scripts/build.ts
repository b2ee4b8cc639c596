/**
 * `npm run build`: the content check (scripts/check.ts) and Astro's build,
 * side by side. Each keeps one core busy (the check, and Astro's content
 * sync), and build machines have two, so the check no longer adds its time
 * to the build's.
 *
 * Nothing is written before the check has passed: Astro waits at the start
 * of its build step (src/check/gate.ts) until this script tells
 * it the check passed. Astro's messages are held back until then too. When
 * the check finds problems, Astro is stopped and only the check's list is
 * shown, in Vietnamese, and the build fails. Arguments go to `astro build`.
 *
 * When the build's own code or Astro's version changed since the last
 * build (src/build/build-stamp.ts), nothing is reused from the cache:
 * Astro runs with `--force` (when it has cached anything), no page is linked in, the project's own
 * folder of the cache directory is emptied. The new stamp is
 * recorded once the build has succeeded.
 *
 * The search index is made last, once Astro has exited
 * (src/search/pagefind.ts): Astro's memory is then free for two
 * Pagefind processes at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAstro } from '../src/search/pagefind.ts';
import { SETTINGS } from '../src/config/env.ts';
import { cacheDir } from '../src/config/cache-dir.ts';
import { astroHasCache, currentStamp, OWN_CACHE_FOLDER, recordedStamp, recordStamp, whyFullBuild } from '../src/build/build-stamp.ts';

const root = path.join(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-'));
const gate = path.join(work, 'passed');
const searchAfter = path.join(work, 'site');

/** A child whose output is kept until `release()`, then passed through as it comes. */
function held(child: ChildProcess) {
  const kept: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  const pipe = (from: NodeJS.ReadableStream | null, to: NodeJS.WriteStream) => from?.on('data', (chunk: Buffer) => (released ? to.write(chunk) : kept.push([to, chunk])));
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  const exited = new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return {
    exited,
    release() {
      released = true;
      for (const [to, chunk] of kept.splice(0)) to.write(chunk);
    },
  };
}

const cache = cacheDir();
const stamp = currentStamp(root);
const full = whyFullBuild(recordedStamp(cache), stamp);
if (full) {
  console.log(`[portal-build] full build, nothing reused from the cache: ${full}`);
  // The project's own reuse (stored file stamps, checked photos, share cards, the search index's parts) goes too.
  fs.rmSync(path.join(cache, OWN_CACHE_FOLDER), { recursive: true, force: true });
}
const force = full !== undefined && astroHasCache(cache);

const check = held(spawn(process.execPath, [path.join(root, 'scripts/check.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }));
const astroProcess = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(force ? ['--force'] : []), ...process.argv.slice(2)], {
  cwd: root,
  env: {
    ...process.env,
    [SETTINGS.checkGate.variable]: gate,
    [SETTINGS.searchAfter.variable]: searchAfter,
    ...(full ? { [SETTINGS.fullBuild.variable]: '1' } : {}),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const astro = held(astroProcess);

const checked = await check.exited;
check.release();
if (checked !== 0) {
  astroProcess.kill('SIGTERM');
  await astro.exited;
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(checked);
}
fs.writeFileSync(gate, 'passed\n');
astro.release();
let built = await astro.exited;
if (built === 0) {
  try {
    await afterAstro(searchAfter);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    built = 1;
  }
}
if (built === 0) recordStamp(cache, stamp);
fs.rmSync(work, { recursive: true, force: true });
process.exit(built);
