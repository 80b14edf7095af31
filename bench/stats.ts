/** Small helpers for the benchmark scripts: medians and percentiles, process memory, free ports. */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The q-quantile (0–1) of some numbers. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Formats milliseconds. */
export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** A TCP port that is free right now on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * CPU time a process has used so far (user + system, all threads) in ms (Linux /proc). Per unit of
 * work it is steadier than wall time on a shared machine: other jobs take turns, not cycles.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** One process in a {@link processCpu} snapshot. */
export interface ProcessCpu {
  readonly ppid: number;
  /** Its command line, arguments separated by spaces. */
  readonly command: string;
  /** CPU time used so far (user + system, all threads), ms. */
  readonly cpuMs: number;
}

/**
 * Every process's CPU time so far, by pid (Linux /proc; empty elsewhere). Two snapshots give what each
 * process used in between, also processes that are not ours (PostgreSQL's backends).
 */
export function processCpu(): Map<number, ProcessCpu> {
  const out = new Map<number, ProcessCpu>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(entry), {
        ppid: Number(fields[1]),
        command: readFileSync(`/proc/${entry}/cmdline`, 'latin1').replaceAll('\0', ' ').trim(),
        cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100,
      });
    } catch {
      // gone in between
    }
  }
  return out;
}
