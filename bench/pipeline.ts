/**
 * `npm run bench`: the foundation's figures for a generated 1-page text invoice.
 * - in-process pipeline time (runPipeline, warm), median and p95;
 * - HTTP round trip of `POST /api/runs?wait=10` against the real server (a child process), median and p95;
 * - the server's resident memory when idle and after the load.
 * Targets on the 2-core reference machine: pipeline ≤ 25 ms, round trip ≤ 60 ms, idle RSS ≤ 250 MB.
 */

import { registry } from '../checks/index.js';
import { runPipeline } from '../engine/pipeline.js';
import { findPreset } from '../profiles/presets.js';
import { textInvoicePdf } from '../test/fixtures/pdfs.js';
import { startServer } from './server.js';
import { ms, quantile, rssMb } from './stats.js';

const PIPELINE_RUNS = 200;
const HTTP_RUNS = 100;

async function pipeline(pdf: Uint8Array): Promise<void> {
  const profile = findPreset('lenient')!;
  for (let i = 0; i < 20; i++) await runPipeline({ bytes: pdf }, profile, { registry });
  const times: number[] = [];
  for (let i = 0; i < PIPELINE_RUNS; i++) {
    const started = performance.now();
    await runPipeline({ bytes: pdf }, profile, { registry });
    times.push(performance.now() - started);
  }
  console.log(
    `pipeline (in-process, warm, ${PIPELINE_RUNS} runs): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}  [target ≤ 25 ms]`,
  );
}

async function http(pdf: Uint8Array): Promise<void> {
  const server = await startServer();
  const { base, child } = server;
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = rssMb(child.pid!);
    const post = async (): Promise<number> => {
      const form = new FormData();
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'factuur.pdf');
      const started = performance.now();
      const res = await fetch(`${base}/api/runs?wait=10`, { method: 'POST', body: form });
      const body = (await res.json()) as { status: string };
      if (body.status !== 'completed') throw new Error(`run ended ${body.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 10; i++) await post();
    const times: number[] = [];
    for (let i = 0; i < HTTP_RUNS; i++) times.push(await post());
    console.log(
      `HTTP round trip (POST /api/runs?wait=10, sequential, ${HTTP_RUNS} runs): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}  [target ≤ 60 ms]`,
    );
    console.log(
      `server RSS: idle ${idle.toFixed(0)} MB [target ≤ 250 MB], after load ${rssMb(child.pid!).toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
  }
}

const pdf = await textInvoicePdf();
console.log(`input: generated 1-page text invoice, ${pdf.length} bytes; node ${process.version}`);
await pipeline(pdf);
await http(pdf);
