/** Temporary copies of this repository, for the commands that change it as a whole (npm run init, npm run update). */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './portal.ts';
import { buildEnv } from './portal-setup.ts';

/** The files of the working tree git would commit (tracked, and new ones not ignored). */
export function repositoryFiles(root = ROOT): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return [...new Set(listed.stdout.split('\0').filter(Boolean))].filter((file) => fs.existsSync(path.join(root, file)));
}

/**
 * A copy of the repository in a temporary folder, as a new unit gets it,
 * sharing this one's node_modules (a link: installing again would only take
 * time) and, with `withSampleBuild`, the tests' build of the sample portal.
 */
export function copyRepository({ withSampleBuild = false } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-repo-'));
  for (const file of repositoryFiles()) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const sample = path.join(ROOT, '.cache/test-portal');
  if (withSampleBuild && fs.existsSync(sample)) fs.cpSync(sample, path.join(dir, '.cache/test-portal'), { recursive: true });
  return dir;
}

/** Run a command in `cwd` as a person would (no vitest variables), returning its status and output. */
export function run(cwd: string, command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** git in `cwd`, with an identity of its own. */
export function git(cwd: string, ...args: string[]) {
  const result = run(cwd, 'git', ['-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.invalid', '-c', 'init.defaultBranch=main', ...args]);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${result.output}`);
  return result.output.trim();
}
