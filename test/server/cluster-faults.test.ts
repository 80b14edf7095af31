/**
 * Faults of the PostgreSQL cluster mode, with real processes (`node dist/server/main.js`) on a
 * throw-away PostgreSQL (skipped where PostgreSQL is not installed; `.ci/run` installs it):
 * - PostgreSQL unreachable at start: a clear one-line message, a non-zero exit, no stack, no password;
 * - PostgreSQL stopped under a running server: `503 database_unavailable` with `Retry-After`, `/ready`
 *   503, the process stays up, and uploads work again once PostgreSQL is back;
 * - two API processes racing on one `Idempotency-Key`: one run;
 * - a full queue with no worker: `503 queue_full` with `Retry-After`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { freePort, postgresBinaries, startPostgres, type TestPostgres } from '../support/postgres.js';
import { eventually } from './api-helpers.js';
import { uploadForm } from './harness.js';

type Json = Record<string, any>;

const withPostgres = postgresBinaries() !== undefined;

/** A process of the server: its output so far, and how it ended (once it has). */
interface Proc {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
  readonly exited: Promise<number | null>;
}

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  const done = [...started];
  for (const child of started.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }
  for (const child of done.splice(0)) {
    // Its pipeline workers may hold the pipes a moment longer: this test reads no more of them.
    child.stdout?.destroy();
    child.stderr?.destroy();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Spawns `node dist/server/main.js` with `env` on top of a test setup; does not wait for it. */
async function spawnServer(env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-cluster-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, [fromRoot('dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      SMTP_PORT: '0',
      HOST: '127.0.0.1',
      WORKERS: '1',
      OCR_WORKERS: '1',
      LOG_LEVEL: 'info',
      ANONYMOUS_MAX_ACTIVE_RUNS: '100',
      RATE_LIMIT_PER_IP: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** The log lines (pino JSON) of a process so far. */
const logLines = (proc: Proc): Json[] =>
  proc
    .output()
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Json];
      } catch {
        return [];
      }
    });

/** A process with HTTP (ROLE `all` or `api`), once `/health` answers. */
async function startHttp(env: Record<string, string>): Promise<Proc> {
  const proc = await spawnServer(env);
  await eventually(async () => {
    if (proc.child.exitCode !== null) throw new Error(`the server ended early:\n${proc.output()}`);
    return (await fetch(`${proc.url}/health`).catch(() => undefined))?.ok ? true : undefined;
  }, 60_000);
  return proc;
}

/** A worker process (ROLE `worker`), once it logs that it takes runs. */
async function startWorker(env: Record<string, string>): Promise<Proc> {
  const proc = await spawnServer({ ...env, ROLE: 'worker' });
  await eventually(() => {
    if (proc.child.exitCode !== null) throw new Error(`the worker ended early:\n${proc.output()}`);
    return logLines(proc).some((line) => String(line.msg ?? '').startsWith('Proeffactuur worker'))
      ? true
      : undefined;
  }, 60_000);
  return proc;
}

const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

const post = (proc: Proc, body: FormData, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${proc.url}/api/runs`, { method: 'POST', body, headers });

const final = (proc: Proc, id: string): Promise<Json> =>
  eventually(async () => {
    const run = await json(await fetch(`${proc.url}/api/runs/${id}?wait=5`));
    return ['completed', 'failed', 'timed_out'].includes(run.status) ? run : undefined;
  }, 120_000);

test('PostgreSQL unreachable at start: one clear line, a non-zero exit, no stack trace, no password', async () => {
  const port = await freePort();
  const password = 'Sup3r-s3cret-pw';
  const proc = await spawnServer({
    DATABASE_URL: `postgres://proef:${password}@127.0.0.1:${port}/proeffactuur`,
  });
  const code = await proc.exited;
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  const output = proc.output();
  // One line naming the server, the reason and what to check (the database name may follow the port).
  expect(output).toMatch(
    new RegExp(
      `(cannot reach|cannot use) PostgreSQL at 127\\.0\\.0\\.1:${port}\\S* \\(ECONNREFUSED\\): check DATABASE_URL and that the database server runs`,
    ),
  );
  expect(output).not.toContain(password);
  expect(output).not.toMatch(/\n\s+at /);
}, 60_000);

(withPostgres ? describe : describe.skip)('on PostgreSQL', () => {
  let cluster: TestPostgres;
  let invoice: Uint8Array;
  let databases = 0;
  beforeAll(async () => {
    cluster = await startPostgres();
    invoice = await textInvoicePdf();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  /** A fresh database of its own for one test. */
  const database = (): Promise<string> => cluster.createDatabase(`cluster_faults_${++databases}`);

  /** Rows of a query on `url`. */
  async function query<T extends Json>(url: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  test('PostgreSQL stopped under a running server: 503 database_unavailable with Retry-After, /ready 503, the process stays up and works again once PostgreSQL is back', async () => {
    const url = await database();
    const server = await startHttp({ DATABASE_URL: url, ROLE: 'all' });
    const answer = await post(server, uploadForm(invoice));
    expect(answer.status).toBe(202);
    const first = await json(answer);
    expect(await final(server, first.id)).toMatchObject({ status: 'completed' });

    await cluster.pause();
    try {
      // The process notices: its connection listening for run events is lost (and it lives on).
      await eventually(
        () => (logLines(server).some((line) => line.msg === 'run event connection') ? true : undefined),
        30_000,
      );
      const refused = await post(server, uploadForm(invoice));
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await json(refused)).toMatchObject({ code: 'database_unavailable', status: 503 });
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await json(ready)).toMatchObject({
        status: 'not_ready',
        checks: { database: { ok: false, error: 'unreachable' } },
      });
      const readBack = await fetch(`${server.url}/api/runs/${first.id}`);
      expect(readBack.status).toBe(503);
      expect((await json(readBack)).code).toBe('database_unavailable');
      expect(server.child.exitCode).toBeNull();
    } finally {
      await cluster.resume();
    }

    // The pool reconnects: an upload is taken and checked.
    const again = await eventually(async () => {
      const res = await post(server, uploadForm(invoice));
      return res.status === 202 ? json(res) : undefined;
    }, 60_000);
    expect(await final(server, again.id)).toMatchObject({ status: 'completed', verdict: 'accepted' });
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    // Nothing of the refused upload was stored: the two accepted runs, no more.
    expect(await query(url, 'SELECT count(*)::int AS n FROM runs')).toEqual([{ n: 2 }]);
  }, 240_000);

  test('two API processes racing on one Idempotency-Key make one run', async () => {
    const url = await database();
    const worker = await startWorker({ DATABASE_URL: url });
    const [a, b] = await Promise.all([
      startHttp({ DATABASE_URL: url, ROLE: 'api' }),
      startHttp({ DATABASE_URL: url, ROLE: 'api' }),
    ]);
    const rounds = 6;
    const ids = new Set<string>();
    for (let round = 0; round < rounds; round++) {
      const key = `race-${round}`;
      const answers = await Promise.all(
        [a, b].map(async (proc) => {
          const res = await post(proc, uploadForm(invoice), { 'Idempotency-Key': key });
          return { status: res.status, body: await json(res) };
        }),
      );
      const taken = answers.filter((answer) => answer.status === 201 || answer.status === 202);
      // At least one takes it; the other gives the same run, or refuses (409) as the API documents.
      expect(taken.length).toBeGreaterThanOrEqual(1);
      for (const answer of answers)
        if (answer.status !== 201 && answer.status !== 202) expect(answer.status).toBe(409);
      const runIds = taken.map((answer) => answer.body.id as string);
      expect(runIds).toEqual(runIds.map(() => runIds[0]));
      ids.add(taken[0]!.body.id);
    }
    expect(ids.size).toBe(rounds);
    expect(await query(url, 'SELECT count(*)::int AS n FROM runs')).toEqual([{ n: rounds }]);
    // The worker checks them; either API process reads them.
    for (const id of ids) expect(await final(a, id)).toMatchObject({ status: 'completed' });
    expect(worker.child.exitCode).toBeNull();
  }, 300_000);

  test('a full queue with no worker: uploads beyond MAX_QUEUED_RUNS get 503 queue_full with Retry-After', async () => {
    const url = await database();
    const api = await startHttp({ DATABASE_URL: url, ROLE: 'api', MAX_QUEUED_RUNS: '2' });
    for (let i = 0; i < 2; i++) expect((await post(api, uploadForm(invoice))).status).toBe(202);
    const full = await post(api, uploadForm(invoice));
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await json(full)).toMatchObject({ code: 'queue_full', status: 503 });
    // A full queue refuses uploads but does not make the API process unready: reports are still served.
    const ready = await fetch(`${api.url}/ready`);
    expect(await json(ready)).toMatchObject({ status: 'ready', checks: { queue: { full: true } } });
    expect(ready.status).toBe(200);
    expect(await query(url, 'SELECT status, count(*)::int AS n FROM runs GROUP BY status')).toEqual([
      { status: 'queued', n: 2 },
    ]);
  }, 120_000);
});
