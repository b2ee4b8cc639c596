/**
 * The peak memory of a process and everything it starts, read from /proc
 * (Linux). GNU time's figure is the largest single process the shell
 * waited for, which misses helpers that are killed rather than waited for,
 * such as Pagefind's indexing service, and never adds up processes that
 * run at the same time.
 */
import fs from 'node:fs';

const PAGE_SIZE = 4096;

interface Process {
  parent: number;
  command: string;
  rss: number;
}

/** Every live process's parent, command name and resident bytes. */
function processes(): Map<number, Process> {
  const found = new Map<number, Process>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/N/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // The program's file name, from its command line (the kernel's own name is cut at 15 characters, and Node calls itself MainThread).
      const program = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0')[0] ?? '';
      const command = program.split('/').pop() || stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rss = Number(fs.readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      found.set(Number(name), { parent, command, rss });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** `root` and all its descendants now: their resident bytes added up, and the largest of them. */
export function treeMemory(root: number): { total: number; largest: { command: string; rss: number } } {
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of all) {
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(pid);
  }
  let total = 0;
  let largest = { command: '', rss: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const entry = all.get(pid);
    if (entry) {
      total += entry.rss;
      if (entry.rss > largest.rss) largest = { command: entry.command, rss: entry.rss };
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/**
 * Samples the tree under `root` every `everyMs` until `stop()`, which returns the peak of the sum
 * in bytes, and the largest single process seen (its command name and peak).
 */
export function watchTreeMemory(root: number, everyMs = 100): { stop(): { peak: number; largest: { command: string; rss: number } } } {
  let peak = 0;
  let largest = { command: '', rss: 0 };
  const sample = () => {
    const now = treeMemory(root);
    peak = Math.max(peak, now.total);
    if (now.largest.rss > largest.rss) largest = now.largest;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peak, largest };
    },
  };
}
