/**
 * The multi-process test of the PostgreSQL mode (issue 14, "Real parts in tests"): one throw-away
 * PostgreSQL, two API processes (`ROLE=api`) and two worker processes (`ROLE=worker`), each the real
 * server (`dist/server/main.js`) as a child process. 200 runs go round-robin to both API processes
 * (born-digital invoices, some files sent more than once, and a few scans), and one worker is killed
 * with SIGKILL while it holds a run. Then: every accepted run ends `completed`; the runs the killed
 * worker held were taken and finished by the other worker; each run's callback (`run.completed`) came
 * exactly once; the `blobs` table holds each distinct file once, with its size; SSE on API process A
 * reported the end of runs submitted to B (the `status` event first, so the end was pushed across
 * processes, not read at connect); and the retention sweep ran once across the four processes.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { INVOICE_LINES, imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { type ClusterProcess, type LogLine, startClusterProcess, UNLIMITED } from '../support/cluster.js';
import { postgresBinaries, startPostgres, type TestPostgres } from '../support/postgres.js';
import { eventually, type Receiver, startReceiver } from './api-helpers.js';
import { uploadForm } from './harness.js';

type Json = Record<string, any>;

const withPostgres = postgresBinaries() !== undefined && process.platform === 'linux';

const FINAL = new Set(['completed', 'failed', 'timed_out']);

/** The settings of every process of the cluster. */
const CLUSTER_ENV = {
  ...UNLIMITED,
  WORKERS: '1',
  OCR_WORKERS: '1',
  // Callbacks go to the test's receiver on 127.0.0.1.
  REFUSE_PRIVATE_URLS: 'false',
  WEBHOOK_RETRY_SECONDS: '0.5',
  // A killed worker's run comes back within seconds: its lease expires after 10 s, and expiry is
  // looked for every 2 s; a run never takes longer than its lease.
  QUEUE_LEASE_SECONDS: '10',
  QUEUE_MAINTENANCE_SECONDS: '2',
  RUN_TIMEOUT_SECONDS: '8',
  // The sweep runs at start, once across the cluster, and not again during the test.
  RETENTION_SWEEP_MINUTES: '600',
  SHUTDOWN_GRACE_SECONDS: '2',
};

const RUNS = 200;
/** Positions of the scans: odd, so round-robin sends them all to API process B. */
const SCAN_AT = new Set([15, 45, 75, 105, 135, 165]);

interface Submitted {
  readonly index: number;
  readonly id: string;
  readonly api: 'A' | 'B';
  readonly scan: boolean;
  readonly sha256: string;
  readonly bytes: number;
}

interface SseEvent {
  readonly event: string;
  readonly data: Json;
}

const isTaken = (line: LogLine): boolean => line.msg === 'run taken' && typeof line.runId === 'string';
const takenBy = (proc: ClusterProcess): string[] =>
  proc.logs.filter(isTaken).map((line) => String(line.runId));

/** Reads a run's event stream until the server ends it; rejects when `signal` aborts it first. */
async function readEvents(url: string, signal: AbortSignal): Promise<SseEvent[]> {
  const res = await fetch(url, { signal, headers: { Accept: 'text/event-stream' } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      let event = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data += line.slice(6);
      }
      if (data) events.push({ event, data: JSON.parse(data) as Json });
    }
  }
  return events;
}

(withPostgres ? describe : describe.skip)('a cluster: 2 API and 2 worker processes on one PostgreSQL', () => {
  let postgres: TestPostgres | undefined;
  let db: pg.Client | undefined;
  let receiver: Receiver | undefined;
  const processes: ClusterProcess[] = [];
  const streams = new AbortController();

  afterAll(async () => {
    streams.abort();
    await Promise.allSettled(processes.map((proc) => proc.stop(5_000)));
    await receiver?.close().catch(() => undefined);
    await db?.end().catch(() => undefined);
    await postgres?.stop();
  }, 60_000);

  test('200 runs round-robin, a worker killed mid-run: every run completes once, files once, SSE across processes, one sweep', async () => {
    postgres = await startPostgres();
    const databaseUrl = await postgres.createDatabase('cluster');
    receiver = await startReceiver();

    // A first (it migrates the empty database), then the others at once.
    const start = (name: string, role: 'api' | 'worker'): Promise<ClusterProcess> =>
      startClusterProcess({ name, role, databaseUrl, env: CLUSTER_ENV, startTimeoutMs: 90_000 }).then(
        (proc) => {
          processes.push(proc);
          return proc;
        },
      );
    const apiA = await start('api-a', 'api');
    const [apiB, worker1, worker2] = await Promise.all([
      start('api-b', 'api'),
      start('worker-1', 'worker'),
      start('worker-2', 'worker'),
    ]);
    const workers = [worker1!, worker2!];
    db = new pg.Client({ connectionString: databaseUrl });
    // A lost connection fails the next query (and the test), not the jest worker.
    db.on('error', () => undefined);
    await db.connect();

    // The files: distinct born-digital invoices, 7 of them sent three times, and scans (two alike).
    const text = (n: number): Promise<Uint8Array> =>
      textInvoicePdf({
        lines: INVOICE_LINES.map((line) =>
          line.startsWith('Factuurnummer:') ? `Factuurnummer: C-2026-${String(n).padStart(5, '0')}` : line,
        ),
      });
    const distinctTexts = await Promise.all(
      Array.from({ length: RUNS - SCAN_AT.size - 14 }, (_, n) => text(n)),
    );
    const texts = [...distinctTexts, ...distinctTexts.slice(0, 7), ...distinctTexts.slice(0, 7)];
    const scan = await imageOnlyPdf(1);
    const scanCopy = (n: number): Uint8Array => {
      const tail = new TextEncoder().encode(`\n% copy ${n}\n`);
      const bytes = new Uint8Array(scan.length + tail.length);
      bytes.set(scan);
      bytes.set(tail, scan.length);
      return bytes;
    };
    const scans = [scanCopy(0), scanCopy(1), scanCopy(2), scanCopy(3), scanCopy(4), scanCopy(0)];
    const files: Uint8Array[] = [];
    for (let i = 0, t = 0, s = 0; i < RUNS; i++) files.push(SCAN_AT.has(i) ? scans[s++]! : texts[t++]!);
    const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

    // SSE on A for runs submitted to B: each scan (it takes a second or more), opened right after
    // its upload was accepted.
    const sse = new Map<string, Promise<SseEvent[]>>();

    // Kill the first worker that is running a scan (a second or more of OCR) after it took a few runs.
    const scanIds = new Set<string>();
    let victim: ClusterProcess | undefined;
    let heldAtKill: string[] = [];
    let finalAtKill = 0;
    const killer = (async () => {
      const deadline = Date.now() + 150_000;
      for (;;) {
        if (Date.now() > deadline)
          throw new Error(
            `no worker was seen running a scan: ${JSON.stringify(workers.map((w) => w.logs.slice(-5)))}`,
          );
        for (const worker of workers) {
          const taken = takenBy(worker);
          const scansTaken = taken.filter((id) => scanIds.has(id));
          if (taken.length < 5 || scansTaken.length === 0) continue;
          const { rows: running } = await db!.query<{ id: string }>(
            "SELECT id FROM runs WHERE id = ANY($1) AND status = 'running'",
            [scansTaken],
          );
          if (running.length === 0) continue;
          await worker.kill9();
          victim = worker;
          const { rows } = await db!.query<{ id: string; status: string }>(
            'SELECT id, status FROM runs WHERE id = ANY($1)',
            [takenBy(worker)],
          );
          heldAtKill = rows.filter((row) => !FINAL.has(row.status)).map((row) => row.id);
          const counted = await db!.query<{ n: string }>(
            "SELECT count(*) AS n FROM runs WHERE status IN ('completed', 'failed', 'timed_out')",
          );
          finalAtKill = Number(counted.rows[0]!.n);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    killer.catch(() => undefined); // awaited below; no unhandled rejection meanwhile

    // Submit round-robin, 8 at a time.
    const submitted: Submitted[] = [];
    let next = 0;
    const submitter = async (): Promise<void> => {
      while (next < RUNS) {
        const index = next++;
        const api = index % 2 === 0 ? apiA : apiB!;
        const bytes = files[index]!;
        const isScan = SCAN_AT.has(index);
        const form = uploadForm(
          bytes,
          { profile: isScan ? 'ocr-only' : 'lenient', callbackUrl: receiver!.url },
          { name: `factuur-${index}.pdf` },
        );
        const res = await fetch(`${api.base}/api/runs`, { method: 'POST', body: form });
        const body = (await res.json()) as Json;
        if (res.status !== 202 && res.status !== 201)
          throw new Error(`upload ${index} to ${api.name}: ${res.status} ${JSON.stringify(body)}`);
        const run: Submitted = {
          index,
          id: String(body.id),
          api: api === apiA ? 'A' : 'B',
          scan: isScan,
          sha256: sha(bytes),
          bytes: bytes.length,
        };
        submitted.push(run);
        if (isScan) {
          scanIds.add(run.id);
          expect(run.api).toBe('B');
          sse.set(run.id, readEvents(`${apiA.base}/api/runs/${run.id}/events`, streams.signal));
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, submitter));
    expect(submitted).toHaveLength(RUNS);
    await killer;

    // The kill came while the victim held a run and runs were still to be done.
    expect(victim).toBeDefined();
    expect(heldAtKill.length).toBeGreaterThan(0);
    expect(finalAtKill).toBeLessThan(RUNS);
    const survivor = workers.find((w) => w !== victim)!;

    // Every accepted run reaches a final status.
    const ids = submitted.map((run) => run.id);
    const finals = await eventually(async () => {
      const { rows } = await db!.query<{
        id: string;
        status: string;
        attempts: number;
        error_json: string | null;
      }>('SELECT id, status, attempts, error_json FROM runs');
      return rows.length === RUNS && rows.every((row) => FINAL.has(row.status)) ? rows : undefined;
    }, 150_000);
    expect(new Set(finals.map((row) => row.id))).toEqual(new Set(ids));
    expect(finals.filter((row) => row.status !== 'completed')).toEqual([]);

    // The runs the victim held were taken again, by the other worker, after the kill.
    const survivorTook = new Set(takenBy(survivor));
    expect(heldAtKill.filter((id) => !survivorTook.has(id))).toEqual([]);
    // API processes take no runs; every run was taken by a worker.
    expect([...takenBy(apiA), ...takenBy(apiB!)]).toEqual([]);
    const takenByWorkers = new Set([...takenBy(victim!), ...survivorTook]);
    expect(ids.filter((id) => !takenByWorkers.has(id))).toEqual([]);

    // Each run's completion is published once: one event id per run, one delivery each. A delivery
    // the killed worker was sending at the moment it died is sent again by the other worker when its
    // lease ends (at least once: the receiver cannot have told the dead process it got it), with the
    // same event and delivery ids, by which receivers drop repeats (docs/api.md). So: repeats only of
    // one delivery, at most the killed worker's deliveries in flight (4 at a time).
    const deliveries = () => {
      const perRun = new Map<string, { events: Set<string>; deliveries: Set<string>; count: number }>();
      for (const got of receiver!.received) {
        const event = JSON.parse(got.body) as { id: string; type: string; data: { run: { id: string } } };
        expect(event.type).toBe('run.completed');
        const seen = perRun.get(event.data.run.id) ?? { events: new Set(), deliveries: new Set(), count: 0 };
        seen.events.add(event.id);
        seen.deliveries.add(String(got.headers['proeffactuur-delivery']));
        seen.count++;
        perRun.set(event.data.run.id, seen);
      }
      return perRun;
    };
    await eventually(() => (deliveries().size === RUNS ? true : undefined), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const perRun = deliveries();
    expect(new Set(perRun.keys())).toEqual(new Set(ids));
    expect([...perRun].filter(([, seen]) => seen.events.size !== 1 || seen.deliveries.size !== 1)).toEqual(
      [],
    );
    const repeated = [...perRun.values()].filter((seen) => seen.count > 1);
    expect(repeated.length).toBeLessThanOrEqual(4);
    for (const seen of repeated) expect(seen.count).toBe(2);
    expect(receiver!.received).toHaveLength(RUNS + repeated.length);

    // Each distinct file is stored once, with its size; every run's file is there.
    const expected = new Map(submitted.map((run) => [run.sha256, run.bytes]));
    const { rows: blobs } = await db.query<{ sha256: string; size: string }>(
      'SELECT sha256, size FROM blobs',
    );
    expect(blobs.map((row) => [row.sha256, Number(row.size)]).sort()).toEqual([...expected].sort());
    const { rows: runFiles } = await db.query<{ id: string; file_sha256: string; file_bytes: string }>(
      'SELECT id, file_sha256, file_bytes FROM runs',
    );
    const bySubmission = new Map(submitted.map((run) => [run.id, run]));
    for (const row of runFiles)
      expect([row.file_sha256, Number(row.file_bytes)]).toEqual([
        bySubmission.get(row.id)!.sha256,
        bySubmission.get(row.id)!.bytes,
      ]);

    // SSE on A: each scan submitted to B was reported queued or running, then finished and completed.
    for (const [id, stream] of sse) {
      // All runs are final by now: a stream still open after 30 s missed the end (no event from B's worker).
      const events = await Promise.race([
        stream,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`SSE on A did not report the end of ${id}`)), 30_000).unref(),
        ),
      ]);
      // `status` is sent on connect only while the run is not final: the end came later, pushed.
      const names = events.map((e) => e.event);
      expect({ sawStatus: names.includes('status'), last: names.at(-1) }).toEqual({
        sawStatus: true,
        last: 'finished',
      });
      expect(names.filter((name) => name !== 'status' && name !== 'progress')).toEqual(['finished']);
      expect(events.at(-1)!.data).toMatchObject({ id, status: 'completed' });
    }
    expect(sse.size).toBe(SCAN_AT.size);

    // The retention sweep ran once across the four processes.
    const sweeps = processes.flatMap((proc) =>
      proc.logs.filter((line) => line.msg === 'retention sweep').map(() => proc.name),
    );
    expect(sweeps).toHaveLength(1);
  }, 240_000);
});
