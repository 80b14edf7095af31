/**
 * `npm run bench:render`: drawing one A4 page at 300 DPI to pixels (pdf.js + @napi-rs/canvas, then
 * greyscale, in a warm process) against poppler's `pdftoppm -r 300` writing a PPM (whole process),
 * for a generated text invoice, a generated scanned invoice (one full-page JPEG, which the render
 * adapter decodes directly with libjpeg-turbo) and the same scan as a PNG (Flate) page image, which
 * pdf.js draws. pdftoppm is skipped with a message
 * when poppler-utils is not installed (`apt-get install poppler-utils`; only for this benchmark).
 * Target: ≤ 1.6× pdftoppm.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPdfRenderer } from '../engine/adapters/render.js';
import { textInvoicePdf } from '../test/fixtures/pdfs.js';
import { pngScanPdf, scannedInvoicePdf } from '../test/fixtures/scans.js';
import { ms, quantile } from './stats.js';

const RUNS = 15;

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

async function inProcess(pdf: Uint8Array): Promise<{ median: number; p95: number }> {
  const renderer = await openPdfRenderer(pdf);
  try {
    for (let i = 0; i < 3; i++) await renderer.render(0, 300);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await renderer.render(0, 300);
      times.push(performance.now() - started);
    }
    return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
  } finally {
    await renderer.close();
  }
}

function pdftoppm(file: string, dir: string): { median: number; p95: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const started = performance.now();
    execFileSync('pdftoppm', ['-r', '300', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    if (i >= 2) times.push(performance.now() - started);
  }
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-bench-render-'));
try {
  console.log(`node ${process.version}; ${RUNS} runs each, A4 page at 300 DPI (2480 × 3508 px)`);
  const inputs: [string, Uint8Array][] = [
    ['text invoice', await textInvoicePdf()],
    ['scanned invoice, JPEG page (decoded directly)', await scannedInvoicePdf('office')],
    ['scanned invoice, PNG page (drawn by pdf.js)', await pngScanPdf('office')],
  ];
  const poppler = hasCommand('pdftoppm');
  for (const [name, pdf] of inputs) {
    const file = path.join(dir, `input-${inputs.findIndex(([n]) => n === name)}.pdf`);
    writeFileSync(file, pdf);
    const ours = await inProcess(pdf);
    console.log(
      `${name}: render adapter → greyscale pixels, in-process warm: median ${ms(ours.median)}, p95 ${ms(ours.p95)}`,
    );
    if (!poppler) {
      console.log('  pdftoppm: not installed (apt-get install poppler-utils), reference skipped');
      continue;
    }
    const ref = pdftoppm(file, dir);
    console.log(
      `  pdftoppm -r 300 → PPM, whole process: median ${ms(ref.median)}, p95 ${ms(ref.p95)}; ratio ${(ours.median / ref.median).toFixed(2)}×  [target ≤ 1.6×]`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
