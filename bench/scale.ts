/**
 * `npm run bench:scale`: what the one-machine default (one process on SQLite) and the PostgreSQL mode
 * (one API process and 1 or 2 worker processes on pg-boss, `ROLE=api` / `ROLE=worker`) get through, end
 * to end through the HTTP API of the real server (child processes, as `npm start` runs them, each with
 * a temporary data folder and the per-address limits lifted):
 *
 * - text runs/s: SCALE_TEXT_RUNS (default 300) distinct born-digital one-page invoices, generated here,
 *   submitted anonymously (`POST /api/runs`, preset `lenient`) SCALE_CONCURRENCY (default 16) at a
 *   time; measured from the first upload until they all finished (after SCALE_CONCURRENCY warm-up
 *   runs: worker processes start on demand);
 * - OCR pages/min: SCALE_OCR_DOCS (default 6) scanned invoices of SCALE_OCR_PAGES_PER_DOC (default 2)
 *   image-only pages, preset `ocr-only`, all submitted at once; the pages OCR read per minute from the
 *   first upload until the last run finished (after two warm-up scans: the OCR workers start on the
 *   first page).
 *
 * Under each figure it prints the CPU time per run (per OCR page) by kind of process: the server or
 * the API and worker processes, their pipeline processes, PostgreSQL (every backend) and this client,
 * and the ceiling that total puts on this machine's cores (Linux /proc; all of it shares the machine).
 *
 * The SQLite server is counted through its `/metrics`; the PostgreSQL setups (a throw-away cluster,
 * a fresh database for each measurement; a worker has no HTTP) in PostgreSQL's `runs` table. Every
 * process runs with the server's defaults unless SCALE_ENV gives settings (`SCALE_ENV="WORKERS=1
 * OCR_WORKERS=1"`); without PostgreSQL installed only the SQLite row is printed. See
 * docs/operations.md, "Growing past one machine".
 */
import os from 'node:os';
import pg from 'pg';
import { INVOICE_LINES, imageOnlyPdf, textInvoicePdf } from '../test/fixtures/pdfs.js';
import { type ClusterProcess, startClusterProcess, UNLIMITED } from '../test/support/cluster.js';
import { postgresBinaries, startPostgres, type TestPostgres } from '../test/support/postgres.js';
import { startServer } from './server.js';
import { type ProcessCpu, processCpu, rssMb } from './stats.js';

const TEXT_RUNS = Number(process.env.SCALE_TEXT_RUNS ?? 300);
const CONCURRENCY = Number(process.env.SCALE_CONCURRENCY ?? 16);
const OCR_DOCS = Number(process.env.SCALE_OCR_DOCS ?? 6);
const OCR_PAGES_PER_DOC = Number(process.env.SCALE_OCR_PAGES_PER_DOC ?? 2);
const SERVER_ENV = Object.fromEntries(
  (process.env.SCALE_ENV ?? '')
    .split(/\s+/)
    .filter((kv) => kv.includes('='))
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);

/**
 * The settings of the PostgreSQL setups' processes besides SCALE_ENV: the limits lifted, and the log
 * at `info` (a worker says there when it takes runs).
 */
const CLUSTER_ENV = { ...UNLIMITED, LOG_LEVEL: 'info' };

/** The sum of a metric's samples (all label sets) in the Prometheus text. */
function metricSum(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

const metrics = async (base: string): Promise<string> => (await fetch(`${base}/metrics`)).text();

/**
 * Posts each file (at most `concurrency` at a time); throws on any answer but 202, or 201 (a run a
 * worker finished before the answer was sent).
 */
async function submitAll(base: string, files: readonly Uint8Array[], profile: string, concurrency: number) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const form = new FormData();
      form.append('profile', profile);
      form.append('file', new Blob([files[index]!], { type: 'application/pdf' }), `factuur-${index}.pdf`);
      const res = await fetch(`${base}/api/runs`, { method: 'POST', body: form });
      if (res.status !== 202 && res.status !== 201)
        throw new Error(`upload ${index}: ${res.status} ${(await res.text()).slice(0, 500)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

interface Measured {
  readonly label: string;
  readonly value: number;
  readonly detail: string;
  /** CPU time per unit (run or page) by kind of process, and what that allows on this machine. */
  readonly cpu: string;
}

/**
 * What each kind of process used between two snapshots: the target's own processes by role, their
 * pipeline processes, PostgreSQL's processes (every backend, the queue's too) and this client.
 */
function cpuBreakdown(
  before: Map<number, ProcessCpu>,
  after: Map<number, ProcessCpu>,
  roles: ReadonlyMap<number, string>,
): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const [pid, now] of after) {
    const used = now.cpuMs - (before.get(pid)?.cpuMs ?? 0);
    if (used <= 0) continue;
    const kind =
      pid === process.pid
        ? 'this client'
        : roles.has(pid)
          ? `${roles.get(pid)} process${[...roles.values()].filter((r) => r === roles.get(pid)).length > 1 ? 'es' : ''}`
          : roles.has(now.ppid) && now.command.includes('pipeline-worker')
            ? 'pipeline processes'
            : /^postgres\b/.test(now.command)
              ? 'PostgreSQL'
              : undefined;
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + used);
  }
  return kinds;
}

/** "pipeline processes 13.9 ms, PostgreSQL 10.6 ms, …; 38.6 ms in all: at most 52 runs/s on 2 cores". */
function describeCpu(kinds: Map<string, number>, units: number, unit: string, perMinute: boolean): string {
  if (kinds.size === 0 || units === 0) return 'no CPU figures here (Linux /proc)';
  const total = [...kinds.values()].reduce((a, b) => a + b, 0) / units;
  const cores = os.availableParallelism();
  const ceiling = ((cores * 1000) / total) * (perMinute ? 60 : 1);
  const parts = [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, used]) => `${kind} ${(used / units).toFixed(1)} ms`);
  return `CPU per ${unit}: ${parts.join(', ')}; ${total.toFixed(1)} ms in all, so at most ${ceiling.toFixed(0)} ${unit}s/${perMinute ? 'min' : 's'} on ${cores} cores`;
}

/** What a measurement needs of a setup: where to upload, and how far the runs got. */
interface Target {
  /** The API process uploads go to. */
  readonly base: string;
  /** The processes whose memory is sampled (the server, or the API and worker processes). */
  readonly pids: readonly number[];
  /** What each of those processes is, for the CPU breakdown ('server', 'API', 'worker'). */
  readonly roles: ReadonlyMap<number, string>;
  /** Runs finished so far (any final status). */
  finished(): Promise<number>;
  /** Runs completed so far. */
  completed(): Promise<number>;
  /** Pages OCR read so far. */
  ocrPages(): Promise<number>;
  stop(): Promise<void>;
}

/** The one-machine default: one server process on SQLite, counted through its `/metrics`. */
async function sqliteTarget(): Promise<Target> {
  const server = await startServer({ env: { ...UNLIMITED, ...SERVER_ENV }, startTimeoutMs: 120_000 });
  const completed = (text: string): number =>
    metricSum(
      text
        .split('\n')
        .filter((line) => line.includes('status="completed"'))
        .join('\n'),
      'proeffactuur_runs_finished_total',
    );
  return {
    base: server.base,
    pids: [server.child.pid!],
    roles: new Map([[server.child.pid!, 'server']]),
    finished: async () => metricSum(await metrics(server.base), 'proeffactuur_runs_finished_total'),
    completed: async () => completed(await metrics(server.base)),
    ocrPages: async () => metricSum(await metrics(server.base), 'proeffactuur_ocr_pages_total'),
    stop: () => server.stop(),
  };
}

/**
 * One API process and `workers` worker processes on a fresh database of the PostgreSQL cluster
 * (pg-boss queue), counted in PostgreSQL: a worker has no HTTP, so no `/metrics` to read. Pages OCR
 * read are the pages of completed runs (`ocr-only` reads every page of a scan).
 */
async function postgresTarget(postgres: TestPostgres, name: string, workers: number): Promise<Target> {
  const databaseUrl = await postgres.createDatabase(name);
  const env = { ...CLUSTER_ENV, ...SERVER_ENV };
  const processes: ClusterProcess[] = [];
  const client = new pg.Client({ connectionString: databaseUrl });
  let lost: Error | undefined;
  // PostgreSQL gone (stopped from outside): the next count says so instead of the process crashing.
  client.on('error', (error) => {
    lost = error;
  });
  const stop = async (): Promise<void> => {
    await Promise.allSettled(processes.map((proc) => proc.stop()));
    await client.end().catch(() => undefined);
  };
  try {
    const start = async (procName: string, role: 'api' | 'worker'): Promise<ClusterProcess> => {
      const proc = await startClusterProcess({
        name: procName,
        role,
        databaseUrl,
        env,
        startTimeoutMs: 120_000,
      });
      processes.push(proc);
      return proc;
    };
    await start(`${name}-api`, 'api');
    await Promise.all(Array.from({ length: workers }, (_, i) => start(`${name}-worker-${i + 1}`, 'worker')));
    await client.connect();
  } catch (error) {
    await stop();
    throw error;
  }
  const count = async (where: string): Promise<number> => {
    if (lost) throw new Error(`PostgreSQL connection lost: ${lost.message}`);
    return Number(
      (await client.query<{ n: string }>(`SELECT count(*) AS n FROM runs WHERE ${where}`)).rows[0]!.n,
    );
  };
  return {
    base: processes[0]!.base, // the API process, started first
    pids: processes.map((proc) => proc.child.pid!),
    roles: new Map(processes.map((proc, i) => [proc.child.pid!, i === 0 ? 'API' : 'worker'])),
    finished: () => count("status IN ('completed', 'failed', 'timed_out')"),
    completed: () => count("status = 'completed'"),
    // Each measurement has a database of its own: in the OCR one, every run is a scan.
    ocrPages: async () => (await count("status = 'completed'")) * OCR_PAGES_PER_DOC,
    stop,
  };
}

/** Polls (every 100 ms) until `target` runs finished; resolves with the time they had. */
async function until(target: Target, runs: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await target.finished()) >= runs) return performance.now();
    if (Date.now() > deadline) throw new Error(`${runs} runs did not finish in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts a setup, warms it up (`warmup` runs first: worker processes and OCR workers start on
 * demand), then times `files`.
 */
async function measure(
  setup: () => Promise<Target>,
  warmup: readonly Uint8Array[],
  files: readonly Uint8Array[],
  profile: string,
  concurrency: number,
  unit: 'runs' | 'ocr pages',
): Promise<Measured & { peakRssMb: number }> {
  const target = await setup();
  let peak = 0;
  const sampler = setInterval(() => {
    let sum = 0;
    for (const pid of target.pids)
      try {
        sum += rssMb(pid);
      } catch {
        // exited
      }
    peak = Math.max(peak, sum);
  }, 200);
  try {
    await submitAll(target.base, warmup, profile, concurrency);
    await until(target, warmup.length, 600_000);
    const completedBefore = await target.completed();
    const pagesBefore = await target.ocrPages();
    const cpuBefore = processCpu();
    const started = performance.now();
    await submitAll(target.base, files, profile, concurrency);
    const finishedAt = await until(target, warmup.length + files.length, 600_000);
    const seconds = (finishedAt - started) / 1000;
    const failed = files.length - ((await target.completed()) - completedBefore);
    const pages = (await target.ocrPages()) - pagesBefore;
    const kinds = cpuBreakdown(cpuBefore, processCpu(), target.roles);
    if (unit === 'runs')
      return {
        label: 'text runs/s',
        value: files.length / seconds,
        detail: `${files.length} runs in ${seconds.toFixed(1)} s, ${failed} not completed`,
        cpu: describeCpu(kinds, files.length, 'run', false),
        peakRssMb: peak,
      };
    return {
      label: 'OCR pages/min',
      value: pages / (seconds / 60),
      detail: `${pages} pages in ${files.length} runs in ${seconds.toFixed(1)} s, ${failed} not completed`,
      cpu: describeCpu(kinds, pages, 'page', true),
      peakRssMb: peak,
    };
  } finally {
    clearInterval(sampler);
    await target.stop();
  }
}

async function main(): Promise<void> {
  const texts = await Promise.all(
    Array.from({ length: TEXT_RUNS + CONCURRENCY }, (_, i) =>
      textInvoicePdf({
        lines: INVOICE_LINES.map((line) =>
          line.startsWith('Factuurnummer:')
            ? `Factuurnummer: F-2026-${String(i + 1).padStart(5, '0')}`
            : line,
        ),
      }),
    ),
  );
  const scan = await imageOnlyPdf(OCR_PAGES_PER_DOC);
  // Distinct files (the file store is content-addressed): one trailing comment each.
  const scans = Array.from({ length: OCR_DOCS + 2 }, (_, i) => {
    const tail = new TextEncoder().encode(`\n% copy ${i}\n`);
    const bytes = new Uint8Array(scan.length + tail.length);
    bytes.set(scan);
    bytes.set(tail, scan.length);
    return bytes;
  });
  const settings = Object.entries(SERVER_ENV)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  process.stdout.write(
    `bench:scale on ${os.availableParallelism()} cores, Node ${process.version}${settings ? `, ${settings}` : ', server defaults'}\n`,
  );
  const rows: string[][] = [];
  const measureBoth = async (setup: string, start: (kind: string) => Promise<Target>): Promise<void> => {
    process.stdout.write(`${setup}\n`);
    const text = await measure(
      () => start('text'),
      texts.slice(0, CONCURRENCY),
      texts.slice(CONCURRENCY),
      'lenient',
      CONCURRENCY,
      'runs',
    );
    process.stdout.write(
      `  text: ${text.detail}; peak RSS ${Math.round(text.peakRssMb)} MB\n        ${text.cpu}\n`,
    );
    const ocr = await measure(
      () => start('ocr'),
      scans.slice(0, 2),
      scans.slice(2),
      'ocr-only',
      OCR_DOCS,
      'ocr pages',
    );
    process.stdout.write(
      `  OCR:  ${ocr.detail}; peak RSS ${Math.round(ocr.peakRssMb)} MB\n        ${ocr.cpu}\n`,
    );
    rows.push([setup, text.value.toFixed(1), ocr.value.toFixed(0)]);
  };
  await measureBoth('one process, SQLite (the default)', () => sqliteTarget());
  if (!postgresBinaries()) {
    process.stdout.write('PostgreSQL is not installed (apt-get install postgresql): no PostgreSQL rows\n');
  } else {
    const postgres = await startPostgres();
    try {
      for (const workers of [1, 2])
        await measureBoth(
          `PostgreSQL + pg-boss, 1 API + ${workers} worker process${workers > 1 ? 'es' : ''}`,
          (kind) => postgresTarget(postgres, `scale_${workers}_${kind}`, workers),
        );
    } finally {
      await postgres.stop();
    }
  }
  process.stdout.write('\n| setup | text runs/s | OCR pages/min |\n| --- | ---: | ---: |\n');
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:scale failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
