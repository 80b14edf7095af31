/**
 * `kill -9` of the server process at any moment loses no accepted run and leaves no half-written
 * file: after an upload (queued runs), in the middle of OCR, and during a webhook delivery. The real
 * server (`dist/server/main.js`) runs as a child process; its pipeline workers (child processes of
 * their own) stop when it dies instead of working on for nobody.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { eventually, startReceiver } from './api-helpers.js';
import { uploadForm } from './harness.js';

const json = async (res: Response): Promise<Record<string, any>> => (await res.json()) as Record<string, any>;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

interface Server {
  readonly url: string;
  readonly child: ChildProcess;
}

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts `node dist/server/main.js` on `dataDir` and waits for /health. */
async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [fromRoot('dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      // A free port of its own for the test mailbox, so parallel test files never collide.
      SMTP_PORT: '0',
      HOST: '127.0.0.1',
      WORKERS: '1',
      OCR_WORKERS: '1',
      LOG_LEVEL: 'warn',
      REFUSE_PRIVATE_URLS: 'false',
      WEBHOOK_RETRY_SECONDS: '0.2',
      // The test queues several anonymous runs from one address at once.
      ANONYMOUS_MAX_ACTIVE_RUNS: '100',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  started.push(child);
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () => ((await fetch(`${url}/health`).catch(() => undefined))?.ok ? true : undefined),
    30_000,
  );
  return { url, child };
}

/** SIGKILL, and wait until the process is gone. */
async function kill9(server: Server): Promise<void> {
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await gone;
}

/** Processes (pool workers) still running with this data folder in their environment. */
function processesOf(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(`DATA_DIR=${dataDir}`))
        pids.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

/** Files that a write cut short would leave (`*.tmp`), anywhere in the data folder. */
function halfWritten(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

const upload = async (server: Server, body: FormData, query = ''): Promise<Record<string, any>> => {
  const res = await fetch(`${server.url}/api/runs${query}`, { method: 'POST', body });
  expect(res.status).toBe(202);
  return json(res);
};

const final = (server: Server, id: string): Promise<Record<string, any>> =>
  eventually(async () => {
    const run = await json(await fetch(`${server.url}/api/runs/${id}?wait=5`));
    return ['completed', 'failed', 'timed_out'].includes(run.status) ? run : undefined;
  }, 90_000);

const onLinux = process.platform === 'linux';

(onLinux ? describe : describe.skip)('kill -9 of the server', () => {
  test('right after uploads: every accepted run is checked after the restart, no half-written file', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-kill-'));
    dirs.push(dataDir);
    let server = await startServer(dataDir);
    const invoice = await textInvoicePdf();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await upload(server, uploadForm(invoice, {}, { name: `f${i}.pdf` }))).id);
    await kill9(server);
    await eventually(() => (processesOf(dataDir).length === 0 ? true : undefined), 10_000);
    expect(halfWritten(dataDir)).toEqual([]);
    server = await startServer(dataDir);
    for (const id of ids)
      expect(await final(server, id)).toMatchObject({ status: 'completed', verdict: 'accepted' });
  }, 180_000);

  test('in the middle of OCR: the run is checked again after the restart, and its workers stopped with it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-kill-ocr-'));
    dirs.push(dataDir);
    let server = await startServer(dataDir);
    const { id } = await upload(
      server,
      uploadForm(await imageOnlyPdf(2), { profile: 'ocr-only' }, { name: 'scan.pdf' }),
    );
    await eventually(async () => {
      const run = await json(await fetch(`${server.url}/api/runs/${id}`));
      return run.progress?.stage === 'ocr' ? run : undefined;
    }, 60_000);
    // The server and its pipeline worker process.
    expect(processesOf(dataDir).length).toBeGreaterThanOrEqual(2);
    await kill9(server);
    // The pipeline worker and the OCR host do not outlive the server.
    await eventually(() => (processesOf(dataDir).length === 0 ? true : undefined), 10_000);
    expect(halfWritten(dataDir)).toEqual([]);
    server = await startServer(dataDir);
    const run = await final(server, id);
    expect(run.status).toBe('completed');
    expect(run.report.stages.map((stage: { name: string }) => stage.name)).toContain('ocr');
  }, 180_000);

  test('during a webhook delivery: the delivery is made again after the restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-kill-hook-'));
    dirs.push(dataDir);
    const receiver = await startReceiver();
    try {
      receiver.respond = () => 'hang';
      let server = await startServer(dataDir);
      const { id } = await upload(server, uploadForm(await textInvoicePdf(), { callbackUrl: receiver.url }));
      await receiver.waitFor(1, 60_000);
      await kill9(server);
      receiver.respond = () => 204;
      server = await startServer(dataDir);
      const got = await receiver.waitFor(2, 60_000);
      const event = JSON.parse(got[1]!.body) as { type: string; data: { run: { id: string } } };
      expect(event).toMatchObject({ type: 'run.completed', data: { run: { id } } });
      expect(await final(server, id)).toMatchObject({ status: 'completed', verdict: 'accepted' });
      expect(halfWritten(dataDir)).toEqual([]);
    } finally {
      await receiver.close();
    }
  }, 180_000);
});
