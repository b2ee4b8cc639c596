/** The build step waits for the content check (src/build/check-gate.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGate } from '../../src/build/check-gate.ts';

const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) };
const buildStart = (gate: string | undefined) => checkGate(gate).hooks['astro:build:start']! as unknown as (options: { logger: typeof logger }) => Promise<void>;
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

  it('does not wait when the check has already passed, or when astro build runs without the check', async () => {
    const gate = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-gate-')), 'passed');
    fs.writeFileSync(gate, 'passed\n');
    logged.length = 0;
    await buildStart(gate)({ logger });
    await buildStart(undefined)({ logger });
    expect(logged).toEqual([]);
  });
});
