import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fileFacts } from '../../engine/stages/intake.js';
import { findPreset } from '../../profiles/presets.js';
import { BlobStore } from '../../server/store/blobs.js';
import { openDatabase } from '../../server/store/database.js';
import { RunStore } from '../../server/store/runs.js';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

const json = async (res: Response): Promise<Record<string, any>> => (await res.json()) as Record<string, any>;

describe('a run past its time-out', () => {
  let server: TestServer;
  let slow: Uint8Array;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1, runTimeoutMs: 2000 });
    slow = await slowPdf(600_000); // takes pdf.js many seconds
  });
  afterAll(() => server.close());

  test('ends timed_out, never accepted, and says why', async () => {
    const res = await postRun(server, uploadForm(slow), '?wait=20');
    expect(res.body.status).toBe('timed_out');
    expect(res.body.verdict).toBe('undetermined');
    expect(res.body.report.verdict).toBe('undetermined');
    expect(res.body.report.incomplete.code).toBe('run_timed_out');
    expect(res.body.report.incomplete.message.nl).toContain('langer dan 2 seconden');
  });

  test('does not take the worker pool down: the next run completes', async () => {
    const res = await postRun(server, uploadForm(await textInvoicePdf()), '?wait=20');
    expect(res.body.status).toBe('completed');
    expect(res.body.verdict).toBe('accepted');
  });
});

describe('the HTTP thread while runs are processing', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 2, runTimeoutMs: 4000 });
  });
  afterAll(() => server.close());

  test('answers /health and pages while every worker is busy', async () => {
    const slow = await slowPdf(600_000);
    const runs = await Promise.all([1, 2, 3].map(() => postRun(server, uploadForm(slow), '')));
    const first = runs[0]!.body.id as string;
    const health = await json(await fetch(`${server.url}/health`));
    expect(health.runs.running).toBe(2);
    const ready = await json(await fetch(`${server.url}/ready`));
    expect(ready.checks.queue.queued).toBe(1);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    // The health answer came while the slow run was still being processed.
    const during = await json(await fetch(`${server.url}/api/runs/${first}`));
    expect(during.status).toBe('running');
  });
});

describe('a restart', () => {
  test('picks up queued and interrupted runs, and gives up on a run that keeps dying', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-restart-'));
    const profile = findPreset('lenient')!;
    const pdf = await textInvoicePdf();
    const facts = fileFacts({ bytes: pdf });
    // A previous process stored three runs and died.
    const db = openDatabase(dataDir);
    const store = new RunStore(db);
    await new BlobStore(dataDir).put(facts.sha256, pdf);
    const file = { sha256: facts.sha256, bytes: facts.bytes, kind: facts.kind, name: 'f.pdf' };
    const ids = {
      queued: 'run_queuedqueuedqueuedqueu',
      interrupted: 'run_interruptedinterrupted',
      poison: 'run_poisonpoisonpoisonpois',
    };
    for (const id of Object.values(ids))
      await store.insert({ id, profile, file, createdAt: new Date().toISOString() });
    db.prepare(`UPDATE runs SET status = 'running', attempts = 1 WHERE id = ?`).run(ids.interrupted);
    db.prepare(`UPDATE runs SET status = 'running', attempts = 3 WHERE id = ?`).run(ids.poison);
    db.close();

    const server = await startTestServer({ dataDir });
    try {
      for (const id of [ids.queued, ids.interrupted]) {
        const run = await json(await fetch(`${server.url}/api/runs/${id}?wait=20`));
        expect(run.status).toBe('completed');
        expect(run.verdict).toBe('accepted');
      }
      const poison = await json(await fetch(`${server.url}/api/runs/${ids.poison}`));
      expect(poison.status).toBe('failed');
      expect(poison.error.code).toBe('run_interrupted');
    } finally {
      await server.close();
    }
  });
});

describe('a full queue', () => {
  test('answers 503 with Retry-After instead of queueing without bound', async () => {
    const server = await startTestServer({ workers: 1, maxQueuedRuns: 1, runTimeoutMs: 3000 });
    try {
      const slow = await slowPdf(600_000);
      const running = await postRun(server, uploadForm(slow), '');
      const queued = await postRun(server, uploadForm(slow), '');
      expect([running.status, queued.status]).toEqual([202, 202]);
      const refused = await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(slow) });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(((await refused.json()) as Record<string, unknown>).code).toBe('queue_full');
    } finally {
      await server.close();
    }
  });
});
