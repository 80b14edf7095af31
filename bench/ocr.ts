/**
 * `npm run bench:ocr`: the OCR channel's figures for a generated 300 DPI scanned invoice.
 * - OCR time per page with a warm pool (tesseract.js, nld+eng, best_int), median and p95;
 * - the same page through native `tesseract` (Debian's tesseract-ocr, `OMP_THREAD_LIMIT=1`, the
 *   same traineddata from the npm packages, gunzipped), as the reference — skipped with a message
 *   when `tesseract` is not installed (`apt-get install tesseract-ocr`; only for this benchmark);
 * - throughput in pages per minute for a 12-page scan with the default pool, in-process (in a fresh
 *   child process, so its peak RSS is that of the run alone), and for 12 one-page scans sent at once
 *   to the real server;
 * - peak RSS (of that child process, and of the server);
 * - the HTTP round trip of `POST /api/runs?wait=60` for a 1-page scanned invoice (OCR-only preset).
 * Targets on the 2-core reference machine: ≤ 1.3× native per page, ≥ 100 pages/min, peak RSS
 * ≤ 700 MB, round trip ≤ 1.8 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { registry } from '../checks/index.js';
import { openPdfRenderer } from '../engine/adapters/render.js';
import { languageDataFile, toPgm } from '../engine/adapters/tesseract.js';
import type { GreyImage } from '../engine/ocr-engine.js';
import { runPipeline } from '../engine/pipeline.js';
import { createTesseractPool } from '../runtime/ocr/tesseract-pool.js';
import { loadOcrConfig } from '../server/core/config.js';
import { scannedInvoicePdf } from '../test/fixtures/scans.js';
import { START_ENV, startServer } from './server.js';
import { ms, quantile, rssMb } from './stats.js';

const PAGE_RUNS = 8;
const HTTP_RUNS = 8;
const settings = loadOcrConfig();
const languages = settings.languages;
const copy = (image: GreyImage): GreyImage => ({ ...image, pixels: new Uint8Array(image.pixels) });
const minutes = (msValue: number): number => msValue / 60_000;

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

async function pageImage(pdf: Uint8Array): Promise<GreyImage> {
  const renderer = await openPdfRenderer(pdf);
  try {
    return (await renderer.render(0, 300)).image;
  } finally {
    await renderer.close();
  }
}

async function warmPool(image: GreyImage): Promise<number> {
  const pool = createTesseractPool({ ...settings, workers: 1 });
  try {
    for (let i = 0; i < 2; i++) await pool.recognize(copy(image), { dpi: 300 });
    const times: number[] = [];
    for (let i = 0; i < PAGE_RUNS; i++) {
      const started = performance.now();
      await pool.recognize(copy(image), { dpi: 300 });
      times.push(performance.now() - started);
    }
    const median = quantile(times, 0.5);
    console.log(
      `OCR per page, warm pool (tesseract.js ${languages.join('+')}, ${PAGE_RUNS} runs): median ${ms(median)}, p95 ${ms(quantile(times, 0.95))}`,
    );
    return median;
  } finally {
    await pool.close();
  }
}

function native(image: GreyImage, ours: number, dir: string): void {
  if (!hasCommand('tesseract')) {
    console.log('native tesseract: not installed (apt-get install tesseract-ocr), reference skipped');
    return;
  }
  // The same models as tesseract.js: the npm packages' best_int files, gunzipped.
  const tessdata = path.join(dir, 'tessdata');
  execFileSync('mkdir', ['-p', tessdata]);
  for (const language of languages)
    writeFileSync(
      path.join(tessdata, `${language}.traineddata`),
      gunzipSync(readFileSync(languageDataFile(language))),
    );
  const page = path.join(dir, 'page.pgm');
  writeFileSync(page, toPgm(image));
  const env = { ...process.env, OMP_THREAD_LIMIT: '1', TESSDATA_PREFIX: tessdata };
  const args = ['-l', languages.join('+'), '--oem', '1', '--psm', '3', '--dpi', '300', 'hocr'];
  const run = (input: string): number => {
    const started = performance.now();
    execFileSync('tesseract', [input, path.join(dir, 'out'), ...args], { env, stdio: 'ignore' });
    return performance.now() - started;
  };
  run(page);
  const single = Array.from({ length: 5 }, () => run(page));
  const list = path.join(dir, 'pages.txt');
  writeFileSync(list, `${Array(6).fill(page).join('\n')}\n`);
  const perPage = run(list) / 6;
  const median = quantile(single, 0.5);
  console.log(
    `native tesseract (OMP_THREAD_LIMIT=1, same traineddata): ${ms(median)} per run incl. model load, ${ms(perPage)} per page over 6 pages`,
  );
  console.log(`  tesseract.js / native per page: ${(ours / perPage).toFixed(2)}×  [target ≤ 1.3×]`);
}

/** Reads the 12-page and the 1-page scan that {@link writeScans} wrote (the child's input). */
async function throughput(files: { twelve: string; one: string }): Promise<void> {
  const pdf = new Uint8Array(readFileSync(files.twelve));
  const pool = createTesseractPool(settings);
  const profile = {
    id: 'bench',
    version: 1,
    name: 'Bench',
    channels: 'ocr' as const,
    file: { maxPages: 50 },
  };
  try {
    const one = new Uint8Array(readFileSync(files.one));
    await runPipeline({ bytes: one }, profile, { registry, ocr: pool }); // start the workers
    const started = performance.now();
    const report = await runPipeline({ bytes: pdf }, profile, { registry, ocr: pool });
    const elapsed = performance.now() - started;
    if (report.incomplete) throw new Error(`run incomplete: ${report.incomplete.message.en}`);
    console.log(
      `throughput, one 12-page scan in-process, ${settings.workers} OCR workers: ${(12 / minutes(elapsed)).toFixed(0)} pages/min (${ms(elapsed)}; stages ${report.stages.map((s) => `${s.name} ${Math.round(s.ms)}`).join(', ')})  [target ≥ 100]`,
    );
    console.log(
      `peak RSS of that process (pipeline, pdf.js, sharp and ${settings.workers} OCR workers): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB  [target ≤ 700 MB]`,
    );
  } finally {
    await pool.close();
  }
}

async function http(): Promise<void> {
  const server = await startServer();
  const { base, child } = server;
  const pdf = await scannedInvoicePdf('office');
  const post = async (): Promise<number> => {
    const form = new FormData();
    form.append('profile', 'ocr-only');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'scan.pdf');
    const started = performance.now();
    const res = await fetch(`${base}/api/runs?wait=60`, { method: 'POST', body: form });
    const body = (await res.json()) as { status: string; verdict: string };
    if (body.status !== 'completed') throw new Error(`run ended ${body.status}`);
    return performance.now() - started;
  };
  try {
    console.log(`server RSS idle: ${rssMb(child.pid!).toFixed(0)} MB (OCR not started yet)`);
    const first = await post();
    for (let i = 0; i < 2; i++) await post();
    const times: number[] = [];
    for (let i = 0; i < HTTP_RUNS; i++) times.push(await post());
    console.log(
      `HTTP round trip, 1-page scanned invoice, OCR-only preset (${HTTP_RUNS} sequential runs, warm): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}; first run (cold OCR start) ${ms(first)}  [target ≤ 1.8 s]`,
    );
    const started = performance.now();
    await Promise.all(Array.from({ length: 12 }, () => post()));
    const elapsed = performance.now() - started;
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024;
    console.log(
      `throughput, 12 one-page scans posted at once: ${(12 / minutes(elapsed)).toFixed(0)} pages/min (${ms(elapsed)})`,
    );
    console.log(
      `server RSS now ${rssMb(child.pid!).toFixed(0)} MB, peak ${hwm.toFixed(0)} MB  [target ≤ 700 MB]`,
    );
  } finally {
    await server.stop();
  }
}

/**
 * Writes the scans the throughput run reads, so the child process does not make them itself
 * (drawing and degrading a page at 300 DPI would count in its peak RSS).
 */
async function writeScans(dir: string): Promise<{ twelve: string; one: string }> {
  const twelve = path.join(dir, 'scan-12.pdf');
  const one = path.join(dir, 'scan-1.pdf');
  writeFileSync(twelve, await scannedInvoicePdf('office', { pages: 12 }));
  writeFileSync(one, await scannedInvoicePdf('office'));
  return { twelve, one };
}

/**
 * Runs {@link throughput} in a fresh process, so its peak RSS is that of the run alone: once with
 * this process's environment, once with the environment `npm start` gives the server.
 */
function throughputInChild(files: { twelve: string; one: string }): void {
  for (const [label, env] of [
    ['environment as given', process.env],
    [
      `as npm start runs the server (${Object.entries(START_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')})`,
      { ...process.env, ...START_ENV },
    ],
  ] as const) {
    console.log(`in-process run, ${label}:`);
    const args = [fileURLToPath(import.meta.url), '--throughput', files.twelve, files.one];
    const result = spawnSync(process.execPath, args, {
      stdio: 'inherit',
      env,
    });
    if (result.status !== 0) throw new Error(`the throughput run failed (exit ${result.status})`);
  }
}

if (process.argv[2] === '--throughput') {
  await throughput({ twelve: process.argv[3]!, one: process.argv[4]! });
  process.exit(0);
}

const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-bench-ocr-'));
try {
  console.log(
    `node ${process.version}; ${os.availableParallelism()} cores; OCR_WORKERS ${settings.workers}; input: generated 1-page scanned invoice ('office' quality), rendered at 300 DPI`,
  );
  const image = await pageImage(await scannedInvoicePdf('office'));
  const ours = await warmPool(image);
  native(image, ours, dir);
  throughputInChild(await writeScans(dir));
  await http();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
