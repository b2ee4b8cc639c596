/** The build step waits for the content check (src/check/gate.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGate } from '../../src/check/gate.ts';
import type { Problem } from '../../src/check/validate.ts';

const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message), warn: (message: string) => logged.push(`warn: ${message}`) };
const noProblems = async () => [];
const buildStart = (gate: string | undefined, check: () => Promise<Problem[]> = noProblems, stop: (report: string) => void = () => {}) =>
  checkGate(gate, check, stop).hooks['astro:build:start']! as unknown as (options: { logger: typeof logger }) => Promise<void>;
/** The config step of a command (`build`, `dev`…), where `astro build` run by hand checks the content. */
const configSetup =
  (gate: string | undefined, check: () => Promise<Problem[]> = noProblems, stop: (report: string) => void = () => {}) =>
  (command: string) =>
    (checkGate(gate, check, stop).hooks['astro:config:setup']! as unknown as (options: { command: string; logger: typeof logger }) => Promise<void>)({ command, logger });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('checkGate', () => {
  it('holds the build step until the check has passed, then lets it go on', async () => {
    const gate = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-gate-')), 'passed');
    let started = false;
    const waiting = buildStart(gate)({ logger }).then(() => (started = true));
    await sleep(300);
    expect(started).toBe(false);
    expect(logged).toContain('waiting for the content check');
    fs.writeFileSync(gate, 'passed\n');
    await waiting;
    expect(started).toBe(true);
  });

  it('does not wait when the check has already passed', async () => {
    const gate = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-gate-')), 'passed');
    fs.writeFileSync(gate, 'passed\n');
    logged.length = 0;
    await buildStart(gate)({ logger });
    expect(logged).toEqual([]);
  });

  it('runs the check itself under astro build run by hand, and stops with the editor’s list when it fails', async () => {
    const stopped: string[] = [];
    let checked = 0;
    const failing = async (): Promise<Problem[]> => (checked++, [{ file: 'content/articles/2024/a.md', line: 2, field: 'title', message: 'bắt buộc: cần nhập tiêu đề (title)' }]);
    await configSetup(undefined, failing, (report) => stopped.push(report))('dev');
    expect(checked).toBe(0);
    await configSetup(undefined, failing, (report) => stopped.push(report))('build');
    expect(checked).toBe(1);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatch(/^✗ Nội dung có 1 lỗi, cần sửa trước khi đăng:/);
    expect(stopped[0]).toContain('content/articles/2024/a.md:2: trường "title": bắt buộc: cần nhập tiêu đề (title)');
    await configSetup(undefined, noProblems, (report) => stopped.push(report))('build');
    expect(stopped).toHaveLength(1);
    // The build step itself does not wait then.
    await buildStart(undefined)({ logger });
  });

  it('skips the check only when asked to, and says so', async () => {
    logged.length = 0;
    let checked = 0;
    await configSetup('skip', async () => (checked++, []))('build');
    await buildStart('skip')({ logger });
    expect(checked).toBe(0);
    expect(logged).toEqual([expect.stringMatching(/^warn: content check skipped \(PORTAL_CHECK_GATE=skip\)/)]);
  });
});
