/**
 * `npm run bench:load`: the real server (a child process as `npm start` runs it: embedded defaults,
 * rate limits included, a temporary data folder) under anonymous uploads of generated sample invoices
 * at concurrency 1, 8, 32 and 128. Each client loops: `POST /api/runs?wait=60` (one of a few generated
 * invoices, text-layer preset `lenient`), then, if the answer is `202`, `GET /api/runs/{id}?wait=60`
 * until the run is final. Per level it prints finished runs per second, p50/p99 latency from the
 * accepted upload to the final verdict, the `429` and `503` answers (each is retried after 250 ms, or
 * `Retry-After` when that is shorter), other failures, and the server's peak RSS.
 *
 * LOAD_SECONDS (default 20) is the time per level; LOAD_LEVELS (default `1,8,32,128`) the levels;
 * LOAD_ENV passes server settings, e.g. `LOAD_ENV="RATE_LIMIT_PER_IP=0"` to measure without the
 * per-address rate limit. Everything goes to 127.0.0.1 and stops by itself.
 */
import { textInvoicePdf } from '../test/fixtures/pdfs.js';
import { startServer } from './server.js';
import { quantile, rssMb } from './stats.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const LEVELS = (process.env.LOAD_LEVELS ?? '1,8,32,128').split(',').map(Number);
const SERVER_ENV = Object.fromEntries(
  (process.env.LOAD_ENV ?? '')
    .split(/\s+/)
    .filter((kv) => kv.includes('='))
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);
const FINAL = new Set(['completed', 'failed', 'timed_out']);

/** A few different sample invoices, as suppliers would send them. */
async function samples(): Promise<Uint8Array[]> {
  return Promise.all([
    textInvoicePdf(),
    textInvoicePdf({ pages: 2 }),
    textInvoicePdf({ buyerName: 'Gemeente Voorbeeld' }),
    textInvoicePdf({ size: [612, 792] }),
  ]);
}

interface LevelResult {
  readonly concurrency: number;
  readonly finished: number;
  readonly seconds: number;
  readonly latencies: number[];
  readonly status429: number;
  readonly status503: number;
  readonly failures: number;
  readonly peakRssMb: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const backoff = (res: Response): number =>
  Math.min(250, Number(res.headers.get('retry-after') ?? 1) * 1000 || 250);

async function level(
  base: string,
  pid: number,
  pdfs: Uint8Array[],
  concurrency: number,
  seconds = SECONDS,
): Promise<LevelResult> {
  const latencies: number[] = [];
  let finished = 0;
  let status429 = 0;
  let status503 = 0;
  let failures = 0;
  let peakRssMb = rssMb(pid);
  const sampler = setInterval(() => {
    try {
      peakRssMb = Math.max(peakRssMb, rssMb(pid));
    } catch {
      // the process is gone
    }
  }, 200);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let sent = 0;

  const client = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const form = new FormData();
      form.append('profile', 'lenient');
      const pdf = pdfs[sent++ % pdfs.length]!;
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'factuur.pdf');
      const t0 = performance.now();
      let res: Response;
      try {
        res = await fetch(`${base}/api/runs?wait=60`, { method: 'POST', body: form });
      } catch {
        failures++;
        await sleep(250);
        continue;
      }
      if (res.status === 429 || res.status === 503) {
        if (res.status === 429) status429++;
        else status503++;
        await res.body?.cancel();
        await sleep(backoff(res));
        continue;
      }
      if (res.status !== 201 && res.status !== 202) {
        failures++;
        await res.body?.cancel();
        continue;
      }
      let run = (await res.json()) as { id: string; status: string };
      while (!FINAL.has(run.status)) {
        const poll = await fetch(`${base}/api/runs/${run.id}?wait=60`);
        if (poll.status === 429) {
          status429++;
          await poll.body?.cancel();
          await sleep(backoff(poll));
          continue;
        }
        if (!poll.ok) {
          failures++;
          await poll.body?.cancel();
          break;
        }
        run = (await poll.json()) as { id: string; status: string };
      }
      if (!FINAL.has(run.status)) continue;
      if (run.status !== 'completed') failures++;
      finished++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  clearInterval(sampler);
  return {
    concurrency,
    finished,
    seconds: (performance.now() - started) / 1000,
    latencies,
    status429,
    status503,
    failures,
    peakRssMb,
  };
}

const pdfs = await samples();
const server = await startServer({ env: SERVER_ENV });
const pid = server.child.pid!;
try {
  console.log(
    `input: ${pdfs.length} generated sample invoices (${pdfs.map((p) => p.length).join(', ')} bytes), preset lenient, anonymous; ` +
      `server: defaults${Object.keys(SERVER_ENV).length ? ` + ${JSON.stringify(SERVER_ENV)}` : ''}; ${SECONDS} s per level; node ${process.version}`,
  );
  // Warm-up: workers, JIT, SQLite pages.
  await level(server.base, pid, pdfs, 2, 3);
  console.log(
    '| concurrency | runs finished | runs/s | p50 upload → verdict | p99 | 429s | 503s | other failures | peak RSS |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const concurrency of LEVELS) {
    const r = await level(server.base, pid, pdfs, concurrency);
    const fmt = (v: number): string => (Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);
    console.log(
      `| ${r.concurrency} | ${r.finished} | ${(r.finished / r.seconds).toFixed(1)} | ${fmt(quantile(r.latencies, 0.5))} | ${fmt(quantile(r.latencies, 0.99))} | ${r.status429} | ${r.status503} | ${r.failures} | ${Math.round(r.peakRssMb)} MB |`,
    );
  }
} finally {
  await server.stop();
}
