/**
 * Faults around runs, through the real server and store: a run given up after its attempts, SIGTERM
 * (drain, hand back), a worker out of memory, a full disk when a run finishes, a read-only data folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { pino } from 'pino';
import { fileFacts } from '../../engine/stages/intake.js';
import { findPreset } from '../../profiles/presets.js';
import { fromRoot } from '../../runtime/paths.js';
import { PipelinePool } from '../../runtime/pool/pipeline-pool.js';
import { RunService } from '../../server/services/runs.js';
import { BlobStore } from '../../server/store/blobs.js';
import { openDatabase } from '../../server/store/database.js';
import { RunStore } from '../../server/store/runs.js';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { eventually, startReceiver } from './api-helpers.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

const json = async (res: Response): Promise<Record<string, any>> => (await res.json()) as Record<string, any>;
const lenient = findPreset('lenient')!;
const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `proeffactuur-${prefix}-`));

describe('a run given up after three interrupted attempts', () => {
  test('ends undetermined with a report saying why, its report page works, and its callback is sent', async () => {
    const receiver = await startReceiver();
    const dataDir = tempDir('give-up');
    const pdf = await textInvoicePdf();
    const facts = fileFacts({ bytes: pdf });
    // A previous process died three times on this run.
    const db = openDatabase(dataDir);
    await new BlobStore(dataDir).put(facts.sha256, pdf);
    const id = 'run_poisonpoisonpoisonpois';
    await new RunStore(db).insert({
      id,
      profile: lenient,
      file: { sha256: facts.sha256, bytes: facts.bytes, kind: facts.kind, name: 'f.pdf' },
      createdAt: new Date().toISOString(),
      callbackUrl: receiver.url,
      callbackSecret: 'whsec_test',
    });
    db.prepare(`UPDATE runs SET status = 'running', attempts = 3 WHERE id = ?`).run(id);
    db.close();

    const server = await startTestServer({ dataDir });
    try {
      const run = await json(await fetch(`${server.url}/api/runs/${id}`));
      expect(run.status).toBe('failed');
      expect(run.verdict).toBe('undetermined');
      expect(run.report.verdict).toBe('undetermined');
      expect(run.report.incomplete.code).toBe('run_interrupted');
      expect(run.report.incomplete.message.nl).toContain('onderbroken');
      expect(run.report.incomplete.message.en).toContain('interrupted');
      const html = await fetch(`${server.url}/api/runs/${id}/report.html`);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('interrupted several times');
      const [got] = await receiver.waitFor(1);
      const event = JSON.parse(got!.body) as { type: string; data: { run: { id: string; verdict: string } } };
      expect(event.type).toBe('run.completed');
      expect(event.data.run).toMatchObject({ id, verdict: 'undetermined' });
    } finally {
      await server.close();
      await receiver.close();
    }
  }, 60_000);
});

describe('SIGTERM (services.close)', () => {
  test('drains: a run that finishes within the grace period is stored completed', async () => {
    const server = await startTestServer({ workers: 1 });
    const dataDir = server.dataDir;
    try {
      const { body } = await postRun(server, uploadForm(await textInvoicePdf()), '');
      await server.services.close(30_000);
      const store = new RunStore(openDatabase(dataDir));
      expect(await store.get(body.id)).toMatchObject({ status: 'completed', verdict: 'accepted' });
    } finally {
      await server.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  test('hands a run still running back to the queue without spending an attempt', async () => {
    const server = await startTestServer({ workers: 1, runTimeoutMs: 60_000 });
    const dataDir = server.dataDir;
    const { body } = await postRun(server, uploadForm(await slowPdf(600_000)), '');
    await eventually(async () => {
      const run = await json(await fetch(`${server.url}/api/runs/${body.id}`));
      return run.status === 'running' ? run : undefined;
    });
    await server.close({ keepData: true });
    const db = openDatabase(dataDir);
    expect(await new RunStore(db).get(body.id)).toMatchObject({ status: 'queued', attempts: 0 });
    db.close();
    // The next start takes it up again as its first attempt.
    const again = await startTestServer({ dataDir, workers: 1, runTimeoutMs: 1000 });
    try {
      const run = await json(await fetch(`${again.url}/api/runs/${body.id}?wait=20`));
      expect(run.status).toBe('timed_out');
      await again.close({ keepData: true });
      const after = openDatabase(dataDir);
      expect(await new RunStore(after).get(body.id)).toMatchObject({ status: 'timed_out', attempts: 1 });
      after.close();
    } finally {
      await again.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('a worker that runs out of memory, through the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The worker processes inherit the switch that lets a file named `fault-heap…` exhaust the heap.
    process.env.PROEFFACTUUR_FAULT_INJECTION = '1';
    server = await startTestServer({ workers: 1, workerMaxHeapMb: 128 });
  });
  afterAll(async () => {
    delete process.env.PROEFFACTUUR_FAULT_INJECTION;
    await server.close();
  });

  test('fails that run with run_out_of_memory; the server stays up and the next run is accepted', async () => {
    const invoice = await textInvoicePdf();
    const bomb = await postRun(server, uploadForm(invoice, {}, { name: 'fault-heap.pdf' }), '?wait=30');
    expect(bomb.body.status).toBe('failed');
    expect(bomb.body.verdict).toBe('undetermined');
    expect(bomb.body.error.code).toBe('run_out_of_memory');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const next = await postRun(server, uploadForm(invoice), '?wait=30');
    expect(next.body.status).toBe('completed');
    expect(next.body.verdict).toBe('accepted');
  }, 90_000);
});

describe('a full disk when a run finishes', () => {
  test('keeps the process up, puts the run back in the queue, logs it, and finishes it once there is room', async () => {
    const dataDir = tempDir('disk-full');
    const db = openDatabase(dataDir);
    const store = new RunStore(db);
    const pool = new PipelinePool(1);
    const lines: Record<string, any>[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const runs = new RunService(store, new BlobStore(dataDir), pool, {
      runTimeoutMs: 30_000,
      maxQueuedRuns: 10,
      storageRetryMs: 500,
      log,
    });
    try {
      await runs.start();
      const pdf = await textInvoicePdf();
      // The database may not grow by a single page: storing the report fails with SQLITE_FULL.
      const pages = db.pragma('page_count', { simple: true }) as number;
      const { id } = await runs.submit({ bytes: pdf, name: 'f.pdf', profile: lenient });
      db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 0}`);
      expect(pages).toBeGreaterThan(0);
      const full = await eventually(() => lines.find((line) => line.code === 'SQLITE_FULL'), 30_000);
      expect(full).toMatchObject({ runId: id, level: 50 });
      expect(full.msg).toContain('the disk is full');
      // Never half-finished: it is queued or running again, with no verdict, and no attempt spent on it.
      const meanwhile = (await store.get(id))!;
      expect(['queued', 'running']).toContain(meanwhile.status);
      expect(meanwhile.verdict).toBeUndefined();
      expect(meanwhile.attempts).toBeLessThanOrEqual(1);
      // Room again: the run is checked once more and stored.
      db.pragma('max_page_count = 1073741823');
      const done = await runs.waitFor(id, 30_000);
      expect(done).toMatchObject({ status: 'completed', verdict: 'accepted', attempts: 1 });
    } finally {
      await runs.stop(0);
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('a read-only data folder at start', () => {
  const canMount =
    process.getuid?.() === 0 && spawnSync('unshare', ['-m', 'true'], { stdio: 'ignore' }).status === 0;
  test('stops with a message naming the folder and what to do, without a stack trace', () => {
    const dataDir = tempDir('read-only');
    const main = fromRoot('dist', 'server', 'main.js');
    const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', SMTP_PORT: '0', NODE_OPTIONS: '' };
    // Root may write anywhere: make the folder a read-only mount in a mount namespace of its own.
    const readOnlyStart = () => {
      if (canMount)
        return spawnSync(
          'unshare',
          [
            '-m',
            'sh',
            '-c',
            `mount --bind "$DATA_DIR" "$DATA_DIR" && mount -o remount,ro,bind "$DATA_DIR" && exec node "${main}"`,
          ],
          { env, encoding: 'utf8', timeout: 30_000 },
        );
      if (process.getuid?.() === 0) return undefined;
      spawnSync('chmod', ['555', dataDir]);
      return spawnSync('node', [main], { env, encoding: 'utf8', timeout: 30_000 });
    };
    const result = readOnlyStart();
    if (!result) {
      console.warn('skipped: running as root without mount namespaces, a read-only folder cannot be made');
      return;
    }
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain(`The data folder ${dataDir} cannot be written`);
    expect(output).toContain('DATA_DIR');
    expect(output).not.toMatch(/\n\s+at /);
    rmSync(dataDir, { recursive: true, force: true });
  }, 40_000);
});
