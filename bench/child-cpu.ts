import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
  return ticksPerSecond;
}

/**
 * CPU seconds (user + system, every thread) used so far by this process's
 * children that have exited and been waited for: `cutime` and `cstime` in
 * `/proc/self/stat`. The difference across one child's run is that child's
 * CPU time, which says how much work a run did whatever else the machine
 * was doing. Linux only; undefined elsewhere.
 */
export function childrenCpuSeconds(): number | undefined {
  try {
    // Asked first: getconf is a child too, and must not land inside a measurement.
    const ticks = clockTicks();
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return undefined;
  }
}

/**
 * CPU milliseconds (user + system, every thread) a running process has used
 * so far: `utime` and `stime` of `/proc/<pid>/stat`. Linux only; undefined
 * elsewhere or once the process has gone.
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    const ticks = clockTicks();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // utime and stime are fields 14 and 15, the 12th and 13th after the command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000;
  } catch {
    return undefined;
  }
}
