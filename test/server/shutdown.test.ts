/**
 * SIGTERM to the real server (`dist/server/main.js` as a child process): it stops accepting
 * connections, an upload being received is finished and stored, a request
 * waiting for a run answers with the run as it is, a run still running at the end of the grace period
 * goes back to the queue without counting an attempt and is checked on the next start, and the process
 * exits with code 0. Nothing is lost.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { fromRoot } from '../../runtime/paths.js';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { eventually } from './api-helpers.js';
import { uploadForm } from './harness.js';

type Json = Record<string, any>;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

interface Server {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
}

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function startServer(dataDir: string, graceSeconds: number): Promise<Server> {
  const port = await freePort();
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
      LOG_LEVEL: 'warn',
      RUN_TIMEOUT_SECONDS: '120',
      SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  started.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () => ((await fetch(`${url}/ready`).catch(() => undefined))?.ok ? true : undefined),
    30_000,
  );
  return { url, port, child, exited };
}

/** The run as stored in the data folder (read after the process has ended). */
function storedRun(dataDir: string, id: string): { status: string; attempts: number } {
  const db = new Database(path.join(dataDir, 'store.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT status, attempts FROM runs WHERE id = ?').get(id) as {
      status: string;
      attempts: number;
    };
  } finally {
    db.close();
  }
}

/** Resolves once new connections are refused. */
const refusingConnections = (server: Server): Promise<true> =>
  eventually(async () =>
    (await fetch(`${server.url}/health`).then(
      () => false,
      (error: { cause?: { code?: string } }) => error.cause?.code === 'ECONNREFUSED',
    ))
      ? true
      : undefined,
  );

const finalRun = (server: Server, id: string): Promise<Json> =>
  eventually(async () => {
    const run = (await (await fetch(`${server.url}/api/runs/${id}?wait=5`)).json()) as Json;
    return ['completed', 'failed', 'timed_out'].includes(run.status) ? run : undefined;
  }, 120_000);

const onLinux = process.platform === 'linux';

(onLinux ? describe : describe.skip)('SIGTERM to the server', () => {
  test("keeps idle connections 65 s, not Node's 5 s, so a client reusing one is not reset", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-keepalive-'));
    dirs.push(dataDir);
    const server = await startServer(dataDir, 5);
    const res = await fetch(`${server.url}/health`);
    expect(res.headers.get('keep-alive')).toBe('timeout=65');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  test('finishes an upload being received, refuses new connections, and exits 0 with the run kept', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-term-'));
    dirs.push(dataDir);
    let server = await startServer(dataDir, 10);
    const form = uploadForm(await textInvoicePdf(), {}, { name: 'factuur.pdf' });
    const request = new Request(`${server.url}/api/runs`, { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    // The request's headers arrive and are accepted (`100 Continue`) before SIGTERM; its body after.
    const socket: Socket = connect(server.port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
      });
      socket.on('close', () => resolve(text));
    });
    const continued = new Promise<void>((resolve) =>
      socket.on('data', (chunk) => chunk.toString('latin1').includes('100 Continue') && resolve()),
    );
    socket.write(
      `POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${request.headers.get('content-type')}\r\n` +
        `Content-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    await continued;
    socket.write(body.subarray(0, 100));

    server.child.kill('SIGTERM');
    await refusingConnections(server);
    // (write, not end: a client that half-closes its side gets no answer from Node's HTTP server.)
    socket.write(body.subarray(100));
    const response = await answer;
    expect(response).toMatch(/HTTP\/1\.1 202 /);
    const final = response.slice(response.indexOf('HTTP/1.1 202 '));
    const run = JSON.parse(final.slice(final.indexOf('\r\n\r\n') + 4)) as Json;
    expect(await server.exited).toBe(0);

    // Kept: checked before the exit, or queued and checked on the next start.
    expect(['completed', 'queued']).toContain(storedRun(dataDir, run.id).status);
    server = await startServer(dataDir, 10);
    expect((await finalRun(server, run.id)).status).toBe('completed');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);

  test('hands a run still running at the end of the grace period back to the queue; it is checked on the next start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-term-'));
    dirs.push(dataDir);
    let server = await startServer(dataDir, 1);
    // A run that takes several seconds (far longer than the grace period of 1 s).
    const waiting = fetch(`${server.url}/api/runs?wait=60`, {
      method: 'POST',
      body: uploadForm(await slowPdf(25_000)),
    });
    await eventually(async () => {
      const ready = (await (await fetch(`${server.url}/ready`)).json()) as Json;
      return ready.checks.workers.running === 1 ? true : undefined;
    }, 30_000);

    server.child.kill('SIGTERM');
    // The request waiting for the run answers at once with the run as it is.
    const answer = await waiting;
    expect(answer.status).toBe(202);
    const run = (await answer.json()) as Json;
    expect(run.status).toBe('running');
    expect(await server.exited).toBe(0);

    const stored = storedRun(dataDir, run.id);
    expect(stored.status).toBe('queued');
    const attemptsBefore = stored.attempts;

    server = await startServer(dataDir, 1);
    const done = await finalRun(server, run.id);
    expect(done.status).toBe('completed');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // The interrupted attempt was not counted against the run (one more: the run after the restart).
    expect(storedRun(dataDir, run.id).attempts).toBe(attemptsBefore + 1);
  }, 180_000);
});
