import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childrenCpu, coreUse, cpuBetween } from '../../scripts/lib/children-cpu.ts';

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => spawn(command, args, { stdio: 'ignore' }).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))));

describe('childrenCpu: the bench reads a build’s user and system time', () => {
  // The children spin until they have used a second of CPU by their own count, whatever else the machine runs.
  it('counts a grandchild that spins for a second in user time', async () => {
    const before = childrenCpu();
    // A shell that starts node: the spinning process is this test's grandchild, waited for by the shell.
    await run('sh', ['-c', `"${process.execPath}" -e 'while (process.cpuUsage().user < 1e6);'`]);
    const used = cpuBetween(before, childrenCpu())!;
    expect(used.user).toBeGreaterThanOrEqual(0.95);
    expect(used.user).toBeLessThan(5);
    expect(used.system).toBeGreaterThanOrEqual(0);
  });

  it('counts the kernel’s work for a child that creates files as system time', async () => {
    const before = childrenCpu();
    const script = `const fs = require('fs'), path = require('path'), os = require('os');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpu-')); const used = () => { const c = process.cpuUsage(); return c.user + c.system; };
      for (let i = 0; used() < 1e6; i++) { fs.writeFileSync(path.join(dir, 'f' + (i % 500)), 'x'); fs.statSync(dir); }
      fs.rmSync(dir, { recursive: true });`;
    await run(process.execPath, ['-e', script]);
    const used = cpuBetween(before, childrenCpu())!;
    expect(used.system).toBeGreaterThan(0.1);
    expect(used.user + used.system).toBeGreaterThanOrEqual(0.95);
  });

  it('gives nothing when a reading is missing', () => {
    expect(cpuBetween(undefined, { user: 1, system: 1 })).toBeUndefined();
  });

  it('gives the cores a build kept busy and the least time its work takes on the machine’s cores', () => {
    // A full build at 20,000 articles in memory: 92.1 s user and 18.1 s system in 74.3 s.
    const use = coreUse({ user: 92.1, system: 18.1 }, 74.3, 2);
    expect(use.busy).toBeCloseTo(1.483, 3);
    expect(use.floor).toBeCloseTo(55.1, 1);
    expect(use.cores).toBe(2);
    expect(coreUse({ user: 3, system: 1 }, 2).cores).toBeGreaterThanOrEqual(1);
    expect(coreUse({ user: 1, system: 0 }, 0, 1).busy).toBe(0);
  });
});
