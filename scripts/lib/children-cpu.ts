/**
 * The CPU time of the processes this one has started and waited for, and of
 * theirs (Linux: /proc/self/stat's cutime and cstime). Read before and after
 * a build, the difference is the build's user and system time. The system
 * time is the kernel's work for the build, mostly creating and writing files:
 * on a slow file system it is as large as the user time (docs/performance.md).
 */
import fs from 'node:fs';
import os from 'node:os';

/** /proc counts in USER_HZ, which is 100 on every Linux architecture that Node supports. */
const TICKS_A_SECOND = 100;

export interface CpuTime {
  user: number;
  system: number;
}

/** Seconds of CPU so far of the children that ended, or undefined where /proc is not there. */
export function childrenCpu(): CpuTime | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // "pid (command) state ppid …": after the command, field 3 (state) is index 0; cutime is field 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[13]) / TICKS_A_SECOND, system: Number(fields[14]) / TICKS_A_SECOND };
  } catch {
    return undefined;
  }
}

/** What the children that ended between two readings used. */
export function cpuBetween(before: CpuTime | undefined, after: CpuTime | undefined): CpuTime | undefined {
  return before && after ? { user: after.user - before.user, system: after.system - before.system } : undefined;
}

/**
 * How a build used the machine: the cores it kept busy on average (its CPU time over its wall
 * time), and the least wall time that CPU work could take on `cores`, were every core busy
 * from start to end. A build can be made faster than that floor only by doing less work.
 */
export function coreUse(cpu: CpuTime, wallSeconds: number, cores = os.availableParallelism()): { busy: number; cores: number; floor: number } {
  const total = cpu.user + cpu.system;
  return { busy: wallSeconds > 0 ? total / wallSeconds : 0, cores, floor: total / cores };
}
