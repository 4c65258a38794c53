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
  // cutime and cstime are fields 16 and 17.
  return statTicks('self', 16, 17);
}

/**
 * CPU milliseconds (user + system, every thread) a running process has used
 * so far: `utime` and `stime` of `/proc/<pid>/stat`. Linux only; undefined
 * elsewhere or once the process has gone.
 */
export function processCpuMs(pid: number): number | undefined {
  // utime and stime are fields 14 and 15.
  const seconds = statTicks(String(pid), 14, 15);
  return seconds === undefined ? undefined : seconds * 1000;
}

/** Two clock-tick fields of `/proc/<process>/stat` (numbered from 1, as `man proc` does), summed, in seconds. */
function statTicks(process: string, first: number, second: number): number | undefined {
  try {
    // Asked first: getconf is a child too, and must not land inside a measurement.
    const ticks = clockTicks();
    const stat = readFileSync(`/proc/${process}/stat`, 'utf8');
    // The fields after the command name (field 2, in parentheses, which may hold spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[first - 3]) + Number(fields[second - 3])) / ticks;
  } catch {
    return undefined;
  }
}
