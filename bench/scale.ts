/**
 * `npm run bench:scale`: what one process on SQLite (the one-machine default) gets through, end to
 * end through the HTTP API of the real server (a child process, as `npm start` runs it, with a
 * temporary data folder and the per-address limits lifted):
 *
 * - text runs/s: SCALE_TEXT_RUNS (default 300) distinct born-digital one-page invoices, generated here,
 *   submitted anonymously (`POST /api/runs`, preset `lenient`) SCALE_CONCURRENCY (default 16) at a
 *   time; measured from the first upload until the server's `/metrics` counts them all finished
 *   (after SCALE_CONCURRENCY warm-up runs: worker processes start on demand);
 * - OCR pages/min: SCALE_OCR_DOCS (default 6) scanned invoices of SCALE_OCR_PAGES_PER_DOC (default 2)
 *   image-only pages, preset `ocr-only`, all submitted at once; the pages OCR read (from `/metrics`)
 *   per minute from the first upload until the last run finished (after two warm-up scans: the OCR
 *   workers start on the first page).
 *
 * The server runs with its defaults unless SCALE_ENV gives settings (`SCALE_ENV="WORKERS=1
 * OCR_WORKERS=1"`). The PostgreSQL rows (N API + M worker processes on pg-boss) print "not built yet":
 * see docs/operations.md, "Growing past one machine".
 */
import os from 'node:os';
import { INVOICE_LINES, imageOnlyPdf, textInvoicePdf } from '../test/fixtures/pdfs.js';
import { startServer } from './server.js';
import { cpuMs, rssMb } from './stats.js';

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

/** Settings that let one address (this benchmark) send as much as it likes. */
const UNLIMITED = {
  RATE_LIMIT_PER_IP: '0',
  RATE_LIMIT_PER_KEY: '0',
  ANONYMOUS_MAX_ACTIVE_RUNS: '100000',
  ANONYMOUS_MAX_MB_PER_DAY: '100000',
  MAX_QUEUED_RUNS: '100000',
};

/** The sum of a metric's samples (all label sets) in the Prometheus text. */
function metricSum(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

const metrics = async (base: string): Promise<string> => (await fetch(`${base}/metrics`)).text();

/** Polls `/metrics` (every 100 ms) until `name` reaches `target`; resolves with the time it did. */
async function until(base: string, name: string, target: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (metricSum(await metrics(base), name) >= target) return performance.now();
    if (Date.now() > deadline) throw new Error(`${name} did not reach ${target} in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Posts each file (at most `concurrency` at a time); throws on any answer but 202. */
async function submitAll(base: string, files: readonly Uint8Array[], profile: string, concurrency: number) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const form = new FormData();
      form.append('profile', profile);
      form.append('file', new Blob([files[index]!], { type: 'application/pdf' }), `factuur-${index}.pdf`);
      const res = await fetch(`${base}/api/runs`, { method: 'POST', body: form });
      if (res.status !== 202) throw new Error(`upload ${index}: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

interface Measured {
  readonly label: string;
  readonly value: number;
  readonly detail: string;
}

/**
 * Starts a server, warms it up (`warmup` runs first: the worker processes and OCR workers start on
 * demand), then times `files`.
 */
async function measure(
  warmup: readonly Uint8Array[],
  files: readonly Uint8Array[],
  profile: string,
  concurrency: number,
  unit: 'runs' | 'ocr pages',
): Promise<Measured & { peakRssMb: number }> {
  const server = await startServer({ env: { ...UNLIMITED, ...SERVER_ENV }, startTimeoutMs: 120_000 });
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(server.child.pid!));
    } catch {
      // exited
    }
  }, 200);
  try {
    await submitAll(server.base, warmup, profile, concurrency);
    await until(server.base, 'proeffactuur_runs_finished_total', warmup.length, 600_000);
    const before = await metrics(server.base);
    const cpuBefore = cpuMs(server.child.pid!);
    const started = performance.now();
    await submitAll(server.base, files, profile, concurrency);
    const finishedAt = await until(
      server.base,
      'proeffactuur_runs_finished_total',
      warmup.length + files.length,
      600_000,
    );
    const seconds = (finishedAt - started) / 1000;
    const after = await metrics(server.base);
    const completed = (text: string): number =>
      metricSum(
        text
          .split('\n')
          .filter((line) => line.includes('status="completed"'))
          .join('\n'),
        'proeffactuur_runs_finished_total',
      );
    const failed = files.length - (completed(after) - completed(before));
    const pages =
      metricSum(after, 'proeffactuur_ocr_pages_total') - metricSum(before, 'proeffactuur_ocr_pages_total');
    const serverCpu = (cpuMs(server.child.pid!) - cpuBefore) / 1000;
    if (unit === 'runs')
      return {
        label: 'text runs/s',
        value: files.length / seconds,
        detail: `${files.length} runs in ${seconds.toFixed(1)} s, ${failed} not completed, server process CPU ${serverCpu.toFixed(1)} s (workers not counted)`,
        peakRssMb: peak,
      };
    return {
      label: 'OCR pages/min',
      value: pages / (seconds / 60),
      detail: `${pages} pages in ${files.length} runs in ${seconds.toFixed(1)} s, ${failed} not completed`,
      peakRssMb: peak,
    };
  } finally {
    clearInterval(sampler);
    await server.stop();
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
  const text = await measure(
    texts.slice(0, CONCURRENCY),
    texts.slice(CONCURRENCY),
    'lenient',
    CONCURRENCY,
    'runs',
  );
  process.stdout.write(`  text: ${text.detail}; server peak RSS ${Math.round(text.peakRssMb)} MB\n`);
  const ocr = await measure(scans.slice(0, 2), scans.slice(2), 'ocr-only', OCR_DOCS, 'ocr pages');
  process.stdout.write(`  OCR:  ${ocr.detail}; server peak RSS ${Math.round(ocr.peakRssMb)} MB\n\n`);
  const rows = [
    ['one process, SQLite (the default)', text.value.toFixed(1), ocr.value.toFixed(0)],
    ['PostgreSQL + pg-boss, 1 worker process', 'not built yet', 'not built yet'],
    ['PostgreSQL + pg-boss, 2 worker processes', 'not built yet', 'not built yet'],
  ];
  process.stdout.write('| setup | text runs/s | OCR pages/min |\n| --- | ---: | ---: |\n');
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:scale failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
