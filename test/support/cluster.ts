/**
 * Processes of a Proeffactuur cluster for tests and `bench:scale`: each one is the real server
 * (`node dist/server/main.js`) as a child process with `DATABASE_URL` and a `ROLE` (`api`: HTTP only;
 * `worker`: takes runs, no HTTP; `all`: both), its own data folder and port, and its pino log (JSON
 * lines on stdout) kept in memory so a test can wait for and count log lines.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../runtime/paths.js';
import { freePort } from './postgres.js';

/** One pino log line (JSON); a line that is not JSON is kept as `{ msg: line }`. */
export type LogLine = { readonly msg?: string; readonly level?: number } & Record<string, unknown>;

/** A running server process of a cluster. */
export interface ClusterProcess {
  readonly name: string;
  readonly role: 'api' | 'worker' | 'all';
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>` (API and `all` processes; a worker has no HTTP). */
  readonly base: string;
  readonly dataDir: string;
  /** Every log line so far, in order. */
  readonly logs: LogLine[];
  /** What it wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the first log line (so far or later) that `match` accepts. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Whether the process still runs. */
  alive(): boolean;
  /** SIGKILL, and wait until it is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (SIGKILL after `graceMs`), wait until it is gone, and remove its data folder. */
  stop(graceMs?: number): Promise<void>;
}

/** Settings that let one address (a test or benchmark) send as much as it likes. */
export const UNLIMITED = {
  RATE_LIMIT_PER_IP: '0',
  RATE_LIMIT_PER_KEY: '0',
  ANONYMOUS_MAX_ACTIVE_RUNS: '100000',
  ANONYMOUS_MAX_MB_PER_DAY: '100000',
  MAX_QUEUED_RUNS: '100000',
} as const;

/** A TCP port that is free right now on loopback. */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const gone = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/** Children still running: killed when this process exits, so a crash leaves none behind. */
const running = new Set<ChildProcess>();
let reaperInstalled = false;
function reapOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (reaperInstalled) return;
  reaperInstalled = true;
  process.once('exit', () => {
    for (const left of running) left.kill('SIGKILL');
  });
}

/** A worker process says so once it takes runs. */
export const isWorkerReady = (line: LogLine): boolean =>
  typeof line.msg === 'string' && line.msg.startsWith('Proeffactuur worker');

/**
 * Starts one process and resolves once it is ready: an API (or `all`) process when `/health`
 * answers, a worker when it logs "Proeffactuur worker…". Rejects (and kills it) when it exits first
 * or does not get ready within `startTimeoutMs`.
 */
export async function startClusterProcess(options: {
  readonly name: string;
  readonly role: 'api' | 'worker' | 'all';
  readonly databaseUrl: string;
  /** More environment (after the defaults here, so it may override them). */
  readonly env?: Record<string, string>;
  /** Default 60 s. */
  readonly startTimeoutMs?: number;
}): Promise<ClusterProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `proeffactuur-${options.name}-`));
  const child = spawn(process.execPath, [fromRoot('dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      // Jest's flags (--experimental-vm-modules) are not the server's.
      NODE_OPTIONS: '',
      MALLOC_ARENA_MAX: '1',
      DATABASE_URL: options.databaseUrl,
      ROLE: options.role,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SMTP_ENABLED: 'false',
      LOG_LEVEL: 'debug',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  reapOnExit(child);
  const logs: LogLine[] = [];
  const listeners = new Set<() => void>();
  let partial = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const raw of lines) {
      if (!raw.trim()) continue;
      try {
        logs.push(JSON.parse(raw) as LogLine);
      } catch {
        logs.push({ msg: raw });
      }
    }
    for (const wake of listeners) wake();
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const wake of listeners) wake();
  });

  const waitForLog = async (match: (line: LogLine) => boolean, timeoutMs = 60_000): Promise<LogLine> => {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < logs.length; seen++) if (match(logs[seen]!)) return logs[seen]!;
      if (gone(child))
        throw new Error(
          `${options.name} exited (${child.exitCode ?? child.signalCode}): ${stderr.slice(-2000)}`,
        );
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${options.name}: no such log line in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          listeners.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, 500));
        listeners.add(wake);
      });
    }
  };

  const kill9 = async (): Promise<void> => {
    if (!gone(child)) child.kill('SIGKILL');
    await exited;
  };
  const stop = async (graceMs = 15_000): Promise<void> => {
    if (!gone(child)) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const base = `http://127.0.0.1:${port}`;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  try {
    if (options.role === 'worker') await waitForLog(isWorkerReady, startTimeoutMs);
    else {
      const deadline = Date.now() + startTimeoutMs;
      for (;;) {
        if (gone(child))
          throw new Error(
            `${options.name} exited (${child.exitCode ?? child.signalCode}): ${stderr.slice(-2000)} ${JSON.stringify(logs.slice(-5))}`,
          );
        const res = await fetch(`${base}/health`).catch(() => undefined);
        if (res?.ok) break;
        if (Date.now() > deadline) throw new Error(`${options.name} did not answer /health in time`);
        await sleep(100);
      }
    }
  } catch (error) {
    await kill9();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    name: options.name,
    role: options.role,
    child,
    base,
    dataDir,
    logs,
    stderr: () => stderr,
    waitForLog,
    alive: () => !gone(child),
    kill9,
    stop,
  };
}

export { freePort };
