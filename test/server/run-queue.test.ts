/**
 * The pg-boss run queue with several processes' services on one real PostgreSQL (in this jest
 * process: each `startServices` is what one `node dist/server/main.js` runs). A second pg-boss
 * client plays the worker that died: it takes a job and never finishes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import PgBoss from 'pg-boss';
import { findPreset } from '../../profiles/presets.js';
import { type Config, loadConfig, type Role } from '../../server/core/config.js';
import { DEAD_RUN_QUEUE, RUN_QUEUE } from '../../server/services/run-queue.js';
import { MAX_ATTEMPTS, newRunId } from '../../server/services/runs.js';
import { type ClusterStore, openCluster, type Services, startServices } from '../../server/services.js';
import { RunStore } from '../../server/store/runs.js';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { postgresBinaries, startPostgres, type TestPostgres } from '../support/postgres.js';

const withPostgres = postgresBinaries() !== undefined;
const lenient = findPreset('lenient')!;

(withPostgres ? describe : describe.skip)('the run queue on PostgreSQL (pg-boss)', () => {
  let cluster: TestPostgres;
  let url: string;
  const opened: { services: Services; store: ClusterStore; dir: string }[] = [];
  let rogue: PgBoss | undefined;

  beforeAll(async () => {
    cluster = await startPostgres();
    url = await cluster.createDatabase('queue');
  }, 60_000);

  afterAll(async () => {
    await rogue?.stop({ graceful: false, wait: true, timeout: 1000 }).catch(() => undefined);
    for (const { services, dir } of opened.splice(0)) {
      await services.close(1000).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
    await cluster?.stop();
  }, 60_000);

  /** One process's services in the given role, with a short lease and quick maintenance. */
  async function processOf(role: Role): Promise<Services> {
    const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-queue-'));
    const config: Config = {
      ...loadConfig({}),
      dataDir: dir,
      workers: 1,
      // The lease is at least the run time-out plus 5 s: 9 s here.
      runTimeoutMs: 4000,
      maxQueuedRuns: 100,
      databaseUrl: url,
      role,
      queue: { leaseSeconds: 2, maintenanceSeconds: 1, retryDelaySeconds: 1 },
    };
    const store = await openCluster({ ...config, databaseUrl: url }, () => undefined);
    const services = startServices(config, { cluster: store, role });
    opened.push({ services, store, dir });
    return services;
  }

  /** Resolves with the first `finished` run with this id that `services` observes. */
  const observedFinish = (services: Services, id: string) =>
    new Promise<{ id: string; status: string; attempts: number }>((resolve) => {
      const on = (run: { id: string; status: string; attempts: number }): void => {
        if (run.id !== id) return;
        services.runs.observed.off('finished', on);
        resolve(run);
      };
      services.runs.observed.on('finished', on);
    });

  let api: Services;
  let worker: Services;
  let store: RunStore;

  test('a run uploaded to an API process is checked by a worker process, and the API process sees it finish', async () => {
    api = await processOf('api');
    worker = await processOf('worker');
    store = new RunStore(opened[0]!.store.sql);
    const run = await api.runs.submit({ bytes: await textInvoicePdf(), name: 'a.pdf', profile: lenient });
    expect(run.status).toBe('queued');
    const finished = await observedFinish(api, run.id);
    expect(finished).toMatchObject({ status: 'completed', attempts: 1 });
    // The API process checked nothing itself.
    expect(api.runs.activity().running).toBe(0);
    expect((await api.runs.get(run.id))?.report?.verdict).toBeDefined();
  }, 60_000);

  test('a run whose worker died is taken again once its lease expires, and counts the attempt', async () => {
    rogue = new PgBoss({ connectionString: url, schedule: false, supervise: false });
    await rogue.start();
    const id = newRunId();
    // The dead worker: it took the run and its job, and then nothing.
    await store.insert({
      id,
      profile: lenient,
      file: await storedFile(worker, await textInvoicePdf({ buyerName: 'F-DEAD-1' })),
      createdAt: new Date().toISOString(),
    });
    await rogue.send(RUN_QUEUE, { runId: id });
    const [job] = await rogue.fetch<{ runId: string }>(RUN_QUEUE, { batchSize: 1 });
    expect(job?.data.runId).toBe(id);
    expect(await store.claim(id, new Date().toISOString())).toMatchObject({ status: 'running', attempts: 1 });
    const finished = await observedFinish(api, id);
    expect(finished).toMatchObject({ status: 'completed', attempts: 2 });
  }, 60_000);

  test('a run whose workers keep dying ends failed after its attempts, with a report that says why', async () => {
    const id = newRunId();
    await store.insert({
      id,
      profile: lenient,
      file: await storedFile(worker, await textInvoicePdf({ buyerName: 'F-DEAD-2' })),
      createdAt: new Date().toISOString(),
    });
    for (let i = 0; i < MAX_ATTEMPTS; i++) await store.claim(id, new Date().toISOString());
    await rogue!.send(RUN_QUEUE, { runId: id });
    await rogue!.fetch(RUN_QUEUE, { batchSize: 1 });
    const finished = await observedFinish(api, id);
    expect(finished).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS + 1 });
    const run = await api.runs.get(id);
    expect(run?.verdict).toBe('undetermined');
    expect(run?.error?.code).toBe('run_interrupted');
  }, 60_000);

  test('a job that used up its attempts in the queue ends its run failed (dead letter)', async () => {
    const id = newRunId();
    await store.insert({
      id,
      profile: lenient,
      file: await storedFile(worker, await textInvoicePdf({ buyerName: 'F-DEAD-3' })),
      createdAt: new Date().toISOString(),
    });
    await rogue!.send(RUN_QUEUE, { runId: id }, { retryLimit: 0, deadLetter: DEAD_RUN_QUEUE });
    const [job] = await rogue!.fetch<{ runId: string }>(RUN_QUEUE, { batchSize: 1 });
    const finishing = observedFinish(api, id);
    await rogue!.fail(RUN_QUEUE, job!.id);
    expect(await finishing).toMatchObject({ status: 'failed' });
    expect((await api.runs.get(id))?.error?.code).toBe('run_interrupted');
  }, 60_000);

  test('two jobs of one run (two workers) check it once', async () => {
    const second = await processOf('worker');
    const finishes: string[] = [];
    for (const services of [worker, second])
      services.runs.on('finished', (run: { id: string }) => finishes.push(run.id));
    const run = await api.runs.submit({
      bytes: await textInvoicePdf({ buyerName: 'F-TWICE' }),
      name: 'twice.pdf',
      profile: lenient,
    });
    const finished = observedFinish(api, run.id);
    await rogue!.send(RUN_QUEUE, { runId: run.id });
    expect(await finished).toMatchObject({ status: 'completed' });
    // Give the second job time to be taken and found done.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(finishes.filter((id) => id === run.id)).toHaveLength(1);
    expect(await rogue!.getQueueSize(RUN_QUEUE)).toBe(0);
    workers = [worker, second];
  }, 60_000);

  let workers: Services[] = [];

  test('a worker stopped mid-run hands the run back without counting the attempt, and another worker ends it', async () => {
    const run = await api.runs.submit({ bytes: await slowPdf(), name: 'slow.pdf', profile: lenient });
    const deadline = Date.now() + 20_000;
    let holder: Services | undefined;
    while (!holder && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      holder = workers.find((services) => services.runs.activity().running > 0);
    }
    expect(holder).toBeDefined();
    const other = workers.find((services) => services !== holder)!;
    const endedElsewhere = new Promise<{ id: string; attempts: number }>((resolve) =>
      other.runs.on('finished', (finished: { id: string; attempts: number }) => {
        if (finished.id === run.id) resolve(finished);
      }),
    );
    // SIGTERM's path with no grace left: the run is cut short and goes back to the queue.
    await holder!.close(0);
    const ended = await endedElsewhere;
    // One attempt: the other worker's (the stopped worker's was handed back uncounted; counted, it
    // would be 2).
    expect(ended.attempts).toBe(1);
  }, 60_000);
});

/** Stores a file through a process's blob store (PostgreSQL's table) and returns the run's file facts. */
async function storedFile(services: Services, bytes: Uint8Array) {
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await services.blobs.put(sha256, bytes);
  return { sha256, bytes: bytes.length, kind: 'pdf' as const, name: 'f.pdf' };
}
