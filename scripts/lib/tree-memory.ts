/**
 * The peak memory of a process and everything it starts, read from /proc
 * (Linux). GNU time's figure is the largest single process the shell
 * waited for, which misses helpers that are killed rather than waited for,
 * such as Pagefind's indexing service, and never adds up processes that
 * run at the same time.
 */
import fs from 'node:fs';

const PAGE_SIZE = 4096;

/** Every live process's parent and resident bytes. */
function processes(): Map<number, { parent: number; rss: number }> {
  const found = new Map<number, { parent: number; rss: number }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/N/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = Number(fs.readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      found.set(Number(name), { parent, rss });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** Resident bytes of `root` and all its descendants now. */
export function treeResident(root: number): number {
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += all.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree under `root` every `everyMs` until `stop()`, which returns the peak in bytes. */
export function watchTreeMemory(root: number, everyMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeResident(root));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
