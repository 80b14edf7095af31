/**
 * Starts the real server for a benchmark the way `npm start` runs it: `node dist/server/main.js` in a
 * child process, with the start script's environment (`MALLOC_ARENA_MAX=1`, see docs/operations.md,
 * "Memory") unless the caller's environment sets it, its own port and data folder, and waits
 * until `/health` answers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromRoot } from '../runtime/paths.js';
import { freePort } from './stats.js';

/** The environment `npm start` gives the server (package.json's start script). */
export const START_ENV = { MALLOC_ARENA_MAX: '1' } as const;

/** A running server child process. */
export interface BenchServer {
  readonly base: string;
  readonly child: ChildProcess;
  /** Stops it and removes its data folder. */
  stop(): Promise<void>;
}

/** Starts the server with extra environment variables and Node flags; resolves once it answers. */
export async function startServer(
  options: {
    env?: Record<string, string>;
    nodeArgs?: readonly string[];
    /** How long it may take to answer (default 10 s; longer on a busy machine). */
    startTimeoutMs?: number;
  } = {},
): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-bench-'));
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), fromRoot('dist', 'server', 'main.js')],
    {
      env: {
        ...START_ENV,
        ...process.env,
        PORT: String(port),
        SMTP_PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      if (i > (options.startTimeoutMs ?? 10_000) / 100) {
        await stop();
        throw new Error('server did not start');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { base, child, stop };
}
