/**
 * The process roles as real processes (`node dist/server/main.js`): a worker (`ROLE=worker`) has no
 * API, serves only the probes and metrics on `METRICS_PORT`, takes runs an API process (`ROLE=api`)
 * stored, and stops on SIGTERM; a role without a shared database is refused at start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { freePort, postgresBinaries, startPostgres, type TestPostgres } from '../support/postgres.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];

/** Spawns the server; resolves once its output matches `until` (or with the exit code when it ends first). */
function start(
  env: Record<string, string>,
  until: RegExp,
): Promise<{ child: ChildProcess; log: () => string; exitCode?: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-roles-'));
  dirs.push(dir);
  const child = spawn(process.execPath, [fromRoot('dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      WORKERS: '1',
      OCR_WORKERS: '1',
      SMTP_PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let log = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (until.test(log)) resolve({ child, log: () => log });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => resolve({ child, log: () => log, exitCode: code ?? -1 }));
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('roles without PostgreSQL', () => {
  test('ROLE=worker without DATABASE_URL stops at start with the reason', async () => {
    const started = await start({ ROLE: 'worker', PORT: '0' }, /needs DATABASE_URL/);
    const code = await new Promise((resolve) =>
      started.child.exitCode !== null ? resolve(started.child.exitCode) : started.child.once('exit', resolve),
    );
    expect(code).toBe(1);
    expect(started.log()).toContain('ROLE=worker needs DATABASE_URL');
  }, 30_000);
});

(postgresBinaries() ? describe : describe.skip)('an API process and a worker process on PostgreSQL', () => {
  let cluster: TestPostgres;
  let url: string;
  beforeAll(async () => {
    cluster = await startPostgres();
    url = await cluster.createDatabase('roles');
  }, 60_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await cluster?.stop();
  });

  test('the worker serves only probes and metrics, checks the API process’s run, and stops on SIGTERM', async () => {
    const [apiPort, metricsPort] = [await freePort(), await freePort()];
    const api = await start({ DATABASE_URL: url, ROLE: 'api', PORT: String(apiPort) }, /listens on/);
    expect(api.exitCode).toBeUndefined();
    const worker = await start(
      { DATABASE_URL: url, ROLE: 'worker', PORT: String(apiPort + 1), METRICS_PORT: String(metricsPort) },
      /worker health and metrics/,
    );
    expect(worker.exitCode).toBeUndefined();
    const probes = `http://127.0.0.1:${metricsPort}`;
    expect((await fetch(`${probes}/health`)).status).toBe(200);
    expect((await fetch(`${probes}/api/runs`)).status).toBe(404);
    // Nothing listens on PORT: a worker has no API.
    await expect(fetch(`http://127.0.0.1:${apiPort + 1}/health`)).rejects.toThrow();

    const form = new FormData();
    form.set('file', new Blob([await textInvoicePdf()], { type: 'application/pdf' }), 'f.pdf');
    form.set('profile', 'lenient');
    const res = await fetch(`http://127.0.0.1:${apiPort}/api/runs?wait=30`, { method: 'POST', body: form });
    const run = (await res.json()) as { status: string };
    expect(run.status).toBe('completed');
    const metrics = await (await fetch(`${probes}/metrics`)).text();
    expect(metrics).toMatch(/proeffactuur_runs_finished_total\{status="completed",verdict="\w+"\} 1/);
    // The API process checked nothing itself.
    expect(await (await fetch(`http://127.0.0.1:${apiPort}/metrics`)).text()).not.toMatch(
      /proeffactuur_runs_finished_total\{/,
    );

    const exited = new Promise((resolve) => worker.child.once('exit', resolve));
    worker.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(worker.log()).toContain('"msg":"stopped"');
  }, 90_000);
});
