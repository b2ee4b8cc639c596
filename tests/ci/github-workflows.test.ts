/**
 * The GitHub files of the workflows, parsed for real, their shell steps run
 * for real: pull requests touching only content/ take the fast path (`npm run
 * test:site`), any other change the full suite (the commands of .ci/run, in
 * order, the content check first), both installing the lock file with `npm ci`
 * and npm's cache; the jobs only read the repository; the scheduled rebuild
 * calls the Netlify build hook from a secret at times that make sense in
 * Vietnam, and ends with a notice while the secret is not set; the
 * pull-request template and CODEOWNERS are there and well formed.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { load as parseYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/portal.ts';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: string;
  needs?: string;
  if?: string;
  permissions?: unknown;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** Run a step's shell script with bash, as GitHub runs it, in `cwd` with `env`. */
function runStep(step: Step, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env: { PATH: process.env.PATH, HOME: os.homedir(), ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
/** runStep without blocking this process. */
function runStepInBackground(step: Step, env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', step.run!], { env: { PATH: process.env.PATH, HOME: os.homedir(), ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}
/** git in `cwd`, with an identity of its own. */
const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.invalid', ...args], { cwd, encoding: 'utf8' }).stdout.trim();

/** The commands a shell script runs, one per line, without comments, control flow, `set`, `cd` and `export`. */
function commands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .filter((line) => !/^(set|cd|export|if|then|else|fi|exit)\b/.test(line));
}

/** Variables `export`ed by a shell script. */
function exported(script: string): Record<string, string> {
  return Object.fromEntries([...script.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('.github/workflows/pull-request.yml', () => {
  const workflow = parseYaml(read('.github/workflows/pull-request.yml')) as Workflow;
  const jobs = workflow.jobs;
  const commandsOf = (job: Job) => job.steps.flatMap((step) => (step.run ? commands(step.run) : []));
  const fast = Object.values(jobs).find((job) => commandsOf(job).includes('npm run test:site'))!;
  const full = Object.values(jobs).find((job) => commandsOf(job).includes('npm test'))!;
  const [classifyName, classify] = Object.entries(jobs).find(([, job]) => job.steps.some((step) => step.id && job.outputs))!;

  it('runs on every pull request and every push to main, reading the repository and nothing more', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(jobs)) {
      expect(job.permissions, name).toBeUndefined();
      expect(job.steps[0]?.uses, name).toMatch(/^actions\/checkout@v\d+$/);
    }
  });

  it('sends a change to the fast path only when every file it touches is under content/', () => {
    const step = classify.steps.find((s) => s.id)!;
    expect(step.env).toMatchObject({ BASE: expect.stringContaining('github.event.pull_request.base.sha'), HEAD: expect.stringContaining('github.event.pull_request.head.sha') });
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-changes-'));
    const commit = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      fs.writeFileSync(path.join(repo, file), text);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', file);
      return git(repo, 'rev-parse', 'HEAD');
    };
    git(repo, 'init', '-q');
    const base = commit('src/a.ts', 'a');
    const content = commit('content/articles/2026/tin.md', 'tin');
    const photo = commit('content/articles/2026/anh.jpg', 'ảnh');
    const engine = commit('src/a.ts', 'b');
    const verdict = (from: string, to: string) => {
      const out = path.join(repo, '..', `${path.basename(repo)}-output`);
      fs.writeFileSync(out, '');
      const result = runStep(step, repo, { BASE: from, HEAD: to, GITHUB_OUTPUT: out });
      expect(result.status, result.output).toBe(0);
      return fs.readFileSync(out, 'utf8').trim();
    };
    expect(verdict(base, photo)).toBe('engine=false');
    expect(verdict(content, photo)).toBe('engine=false');
    expect(verdict(base, engine)).toBe('engine=true');
    expect(verdict(photo, engine)).toBe('engine=true');
    // A push that opens a branch has no base (GitHub gives zeros): the full suite.
    expect(verdict('', photo)).toBe('engine=true');
    expect(verdict('0000000000000000000000000000000000000000', photo)).toBe('engine=true');
    expect(fast.needs).toBe(classifyName);
    expect(fast.if).toBe(`needs.${classifyName}.outputs.engine == 'false'`);
    expect(full.needs).toBe(classifyName);
    expect(full.if).toBe(`needs.${classifyName}.outputs.engine == 'true'`);
  });

  it('checks content-only changes with npm run test:site, not the engine’s suite', () => {
    const run = commandsOf(fast);
    expect(run).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run check', 'npm run test:site']));
    expect(run.indexOf('npm run check')).toBeLessThan(run.indexOf('npm run test:site'));
    expect(run).not.toContain('npm test');
  });

  it('runs the same commands as .ci/run for engine changes, in the same order, the content check first', () => {
    const ci = commands(read('.ci/run'));
    expect(ci).toContain('npm test');
    expect(ci).toContain('npm ci --no-audit --no-fund');
    expect(ci.some((c) => c.startsWith('npm install'))).toBe(false);
    const run = commandsOf(full);
    let from = 0;
    for (const command of ci) {
      const at = run.indexOf(command, from);
      expect(at, `«${command}» of .ci/run`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    const check = full.steps.findIndex((step) => step.run?.trim() === 'npm run check');
    const test = full.steps.findIndex((step) => step.run?.trim() === 'npm test');
    expect(check).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(check);
    expect(full.steps[check]!.name).toMatch(/Kiểm tra nội dung/);
  });

  it('installs the lock file with npm’s cache kept between runs, on Debian (for Debian’s chromium), with the environment .ci/run exports', () => {
    for (const job of [fast, full]) {
      const cache = job.steps.find((step) => step.uses?.startsWith('actions/cache@'));
      expect(cache?.with).toMatchObject({ path: '~/.npm', key: expect.stringContaining("hashFiles('package-lock.json')") });
      expect(job.steps.indexOf(cache!)).toBeLessThan(job.steps.findIndex((step) => step.run?.startsWith('npm ci')));
      expect(job.container).toMatch(/^node:24-(bookworm|trixie)/);
      expect({ ...job.env }).toMatchObject(exported(read('.ci/run')));
    }
  });
});

describe('.github/workflows/scheduled-rebuild.yml', () => {
  const workflow = parseYaml(read('.github/workflows/scheduled-rebuild.yml')) as Workflow;
  const schedule = (workflow.on.schedule ?? []) as { cron: string }[];
  const call = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((step) => step.run?.includes('curl'))!;

  it('rebuilds daily just after midnight in Vietnam (UTC+7), and can be started by hand', () => {
    expect(schedule.length).toBeGreaterThan(0);
    const times = schedule.map(({ cron }) => {
      const [minute, hour, ...rest] = cron.split(/\s+/);
      expect(rest, cron).toEqual(['*', '*', '*']);
      return (Number(hour) * 60 + Number(minute) + 7 * 60) % (24 * 60);
    });
    // 00:00–00:30 Vietnam time: an entry dated today appears within half an hour of its date.
    expect(times.some((minutes) => minutes <= 30)).toBe(true);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('has no access to the repository at all', () => {
    expect(workflow.permissions).toEqual({});
  });

  it('ends with a notice, not a failure, while the secret is not set', () => {
    expect(call.env?.NETLIFY_BUILD_HOOK).toBe('${{ secrets.NETLIFY_BUILD_HOOK }}');
    const skipped = runStep(call, os.tmpdir(), { NETLIFY_BUILD_HOOK: '' });
    expect(skipped.status).toBe(0);
    expect(skipped.output).toMatch(/^::notice::Chưa có secret NETLIFY_BUILD_HOOK/m);
  });

  it('calls the build hook kept in the secret once it is set (here a local server), and fails when the call fails', async () => {
    const calls: { method?: string; url?: string }[] = [];
    const server = http.createServer((req, res) => {
      calls.push({ method: req.method, url: req.url });
      res.statusCode = req.url?.startsWith('/hook') ? 200 : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // (Not spawnSync: this process's server must answer while curl waits.)
      const hook = await runStepInBackground(call, { NETLIFY_BUILD_HOOK: `${base}/hook` });
      expect(hook.status, hook.output).toBe(0);
      expect(calls).toEqual([{ method: 'POST', url: '/hook?trigger_title=Xay+dung+lai+theo+lich' }]);
      const broken = await runStepInBackground(call, { NETLIFY_BUILD_HOOK: `${base}/khong-co` });
      expect(broken.status).not.toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('pull-request template, CODEOWNERS and deploy previews', () => {
  it('has a Vietnamese checklist that points to the editor guide', () => {
    const template = read('.github/pull_request_template.md');
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain('npm run check');
    expect(template).toContain('Deploy Preview');
    const guide = /\]\(([^)]*huong-dan-bien-tap\.md)\)/.exec(template)![1]!;
    expect(fs.existsSync(path.resolve(ROOT, '.github', guide))).toBe(true);
  });

  it('gives every rule of CODEOWNERS a path and owners, with content approved by editors', () => {
    const rules = read('.github/CODEOWNERS')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/));
    expect(rules.length).toBeGreaterThan(0);
    for (const [pattern, ...owners] of rules) {
      expect(pattern).toMatch(/^[*/]/);
      expect(owners.length, pattern).toBeGreaterThan(0);
      for (const owner of owners) expect(owner).toMatch(/^@[\w-]+(\/[\w-]+)?$/);
    }
    expect(rules.find(([pattern]) => pattern === '/content/')).toBeDefined();
  });

  it('builds deploy previews of pull requests on Netlify with the production build command', () => {
    const toml = parseToml(read('netlify.toml')) as { build: { command: string }; context: Record<string, { command?: string }> };
    expect(toml.context['deploy-preview']?.command).toBe(toml.build.command);
  });
});
