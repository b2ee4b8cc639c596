/**
 * The GitHub files of the pull-request workflow, parsed for real: the
 * pull-request check runs the commands of .ci/run (what CI runs) in the
 * same order, with the content check first; the scheduled rebuild calls the
 * Netlify build hook from a secret at times that make sense in Vietnam;
 * the pull-request template and CODEOWNERS are there and well formed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/portal.ts';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; container?: string; env?: Record<string, string>; steps: Step[] }>;
}

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
  const jobs = Object.values(workflow.jobs);
  const steps = jobs.flatMap((job) => job.steps);
  const run = steps.flatMap((step) => (step.run ? commands(step.run) : []));

  it('runs on every pull request', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(jobs).toHaveLength(1);
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@v\d+$/);
  });

  it('runs the same commands as .ci/run, in the same order', () => {
    const ci = commands(read('.ci/run'));
    expect(ci).toContain('npm test');
    expect(ci.some((c) => c.startsWith('npm install'))).toBe(true);
    let from = 0;
    for (const command of ci) {
      const at = run.indexOf(command, from);
      expect(at, `«${command}» of .ci/run`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('sets the environment .ci/run exports, on Debian (for Debian’s chromium)', () => {
    const env = { ...jobs[0]!.env };
    expect(env).toMatchObject(exported(read('.ci/run')));
    expect(jobs[0]!.container).toMatch(/^node:24-(bookworm|trixie)/);
  });

  it('runs the content check before the build and tests, as its own step', () => {
    const check = steps.findIndex((step) => step.run?.trim() === 'npm run check');
    const test = steps.findIndex((step) => step.run?.trim() === 'npm test');
    expect(check).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(check);
    expect(steps[check]!.name).toMatch(/Kiểm tra nội dung/);
  });
});

describe('.github/workflows/scheduled-rebuild.yml', () => {
  const workflow = parseYaml(read('.github/workflows/scheduled-rebuild.yml')) as Workflow;
  const schedule = (workflow.on.schedule ?? []) as { cron: string }[];

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

  it('calls the Netlify build hook kept in a secret, and fails loudly when it is missing', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const call = steps.find((step) => step.run?.includes('curl'));
    expect(call?.env?.NETLIFY_BUILD_HOOK).toBe('${{ secrets.NETLIFY_BUILD_HOOK }}');
    expect(call!.run).toMatch(/curl --fail .*-X POST .*"\$NETLIFY_BUILD_HOOK/);
    expect(call!.run).toMatch(/if \[ -z "\$NETLIFY_BUILD_HOOK" \]; then[\s\S]*exit 1/);
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
