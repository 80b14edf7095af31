/**
 * `npm run bench:api`: drives the real server (a child process, rate limits off) over loopback with
 * autocannon: text-only runs (`lenient` preset) of a generated 1-page invoice, `POST /api/runs?wait=10`,
 * 20 concurrent clients for 30 s. Prints runs/s, latency p50/p99, errors (must be 0) and the server's
 * peak RSS, and the server's CPU time per finished run (steadier than throughput on a shared machine).
 * The server runs as `npm start` runs it (bench/server.ts). Targets on the 2-core reference machine: ≥ 150 runs/s, p99 ≤ 250 ms, RSS ≤ 400 MB.
 * BENCH_CONNECTIONS and BENCH_SECONDS change the load; BENCH_SERVER_NODE_ARGS passes flags to the server
 * (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where its time goes).
 */
import { createRequire } from 'node:module';
import { textInvoicePdf } from '../test/fixtures/pdfs.js';
import { startServer } from './server.js';
import { cpuMs, rssMb } from './stats.js';

/** The part of autocannon's result this script reads (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const BOUNDARY = 'proeffactuur-bench-boundary';

function multipart(pdf: Uint8Array): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="profile"\r\n\r\nlenient\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="factuur.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    Buffer.from(pdf),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

const pdf = await textInvoicePdf();
const body = multipart(pdf);
const serverArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
const server = await startServer({
  env: { RATE_LIMIT_PER_KEY: '0', RATE_LIMIT_PER_IP: '0' },
  nodeArgs: serverArgs,
});
const { base, child } = server;
let peakRss = 0;
const sampler = setInterval(() => {
  try {
    peakRss = Math.max(peakRss, rssMb(child.pid!));
  } catch {
    // the process is gone
  }
}, 250);

try {
  const load = (connections: number, duration: number): Promise<AutocannonResult> =>
    autocannon({
      url: `${base}/api/runs?wait=10`,
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body,
      connections,
      duration,
    });
  console.log(
    `input: generated 1-page text invoice, ${pdf.length} bytes; preset lenient (text only); node ${process.version}; ${CONNECTIONS} connections for ${SECONDS} s`,
  );
  await load(4, 3); // warm-up: workers, JIT, SQLite pages
  const idleRss = rssMb(child.pid!);
  peakRss = 0;
  const cpuBefore = cpuMs(child.pid!);
  const result = await load(CONNECTIONS, SECONDS);
  const cpuUsed = cpuMs(child.pid!) - cpuBefore;
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}: ${count}`)
    .join(', ');
  const completed = result.statusCodeStats?.['201']?.count ?? 0;
  console.log(
    `throughput: ${(completed / result.duration).toFixed(1)} finished runs/s (${result.requests.total} requests; ${codes})  [target ≥ 150]`,
  );
  console.log(
    `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms  [target p99 ≤ 250 ms]`,
  );
  console.log(
    `errors: ${result.errors} connection errors, ${result.timeouts} time-outs, ${result.non2xx} non-2xx answers, ${result.requests.total - completed - result.non2xx} unfinished (202)  [target 0]`,
  );
  console.log(
    `server CPU per finished run: ${(cpuUsed / Math.max(1, completed)).toFixed(1)} ms (user + system, all threads; 2 cores give 2 000 ms per second)`,
  );
  console.log(
    `server RSS: after warm-up ${idleRss.toFixed(0)} MB, peak under load ${peakRss.toFixed(0)} MB  [target ≤ 400 MB]`,
  );
} finally {
  clearInterval(sampler);
  await server.stop();
}
