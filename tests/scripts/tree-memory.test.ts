import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { treeMemory, watchTreeMemory } from '../../scripts/lib/tree-memory.ts';

const MB = 1024 * 1024;

describe('treeMemory: the bench counts every process a build starts', () => {
  it('adds a grandchild holding 200 MB to its ancestors', async () => {
    // A shell that starts node: the node process is this test's grandchild.
    const script = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log("ready"); setTimeout(() => b.length, 60000);';
    const shell = spawn('sh', ['-c', `"${process.execPath}" -e '${script}'`], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    await new Promise<void>((resolve) => shell.stdout.once('data', () => resolve()));
    const watch = watchTreeMemory(shell.pid!, 20);
    let now: ReturnType<typeof treeMemory>;
    let everything: number;
    try {
      now = treeMemory(shell.pid!);
      everything = treeMemory(process.pid).total;
      await new Promise((resolve) => setTimeout(resolve, 60));
    } finally {
      process.kill(-shell.pid!, 'SIGKILL'); // the shell's whole process group
    }
    const { peak, largest } = watch.stop();
    expect(now.total).toBeGreaterThan(200 * MB);
    expect(now.largest.command).toBe('node');
    expect(everything).toBeGreaterThan(now.total);
    expect(peak).toBeGreaterThan(200 * MB);
    expect(largest.command).toBe('node');
    expect(largest.rss).toBeGreaterThan(200 * MB);
  });

  it('gives nothing for a process that does not exist', () => {
    expect(treeMemory(2 ** 22 + 1).total).toBe(0);
  });
});
