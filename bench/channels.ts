/**
 * `npm run bench:channels`: false channel alarms on born-digital invoices. Runs every text-layer and
 * hybrid invoice of the shared corpus (`../shared/corpus/manifest.json`; `CORPUS_DIR` overrides the
 * folder) and the two generated fixture invoices (pdf-lib and pdfkit) through the pipeline with the
 * lenient preset read through both channels (`"channels": "both"`, with `channels.agree` and
 * `fields.channels-agree` as errors), with real OCR (the server's tesseract pool). Their text layers
 * are true to the print, so every error of those two checks is a false alarm. Prints per file what
 * fires (errors and warnings, with their message) and the totals.
 *
 * `--ocr-cache DIR` (or env `BENCH_OCR_CACHE=DIR`) keeps what OCR read per page image in DIR and reads
 * it back on the next run (keyed by a sha256 of the pixels, the dpi and the languages): for iterating
 * on the comparison only; the reported figures come from real OCR (default).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { registry } from '../checks/index.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import type { GreyImage, OcrEngine, OcrRequestOptions, OcrResult } from '../engine/ocr-engine.js';
import { runPipeline } from '../engine/pipeline.js';
import { findPreset } from '../profiles/presets.js';
import { createTesseractPool } from '../runtime/ocr/tesseract-pool.js';
import { fromRoot } from '../runtime/paths.js';
import { pdfkitPdf, textInvoicePdf } from '../test/fixtures/pdfs.js';

const CHANNEL_CHECKS = ['channels.agree', 'fields.channels-agree'] as const;
const BORN_DIGITAL = new Set(['text-pdf', 'hybrid-pdf']);

/** The lenient preset read through both channels, the channel checks as errors. */
function bothChannelsProfile(): AcceptanceProfile {
  const lenient = findPreset('lenient');
  if (!lenient) throw new Error('the lenient preset is missing');
  return {
    ...lenient,
    id: 'lenient-both',
    channels: 'both',
    checks: {
      ...lenient.checks,
      ...Object.fromEntries(CHANNEL_CHECKS.map((id) => [id, { severity: 'error' as const }])),
    },
  };
}

/** An OCR engine answered from `folder` where the same page image was read before. */
function cachedOcr(engine: OcrEngine, folder: string, languages: readonly string[]): OcrEngine {
  mkdirSync(folder, { recursive: true });
  return {
    concurrency: engine.concurrency,
    async recognize(image: GreyImage, options: OcrRequestOptions): Promise<OcrResult> {
      const key = createHash('sha256')
        .update(`${image.width}x${image.height}@${options.dpi}:${languages.join('+')}:`)
        .update(image.pixels)
        .digest('hex');
      const file = path.join(folder, `${key}.json`);
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OcrResult;
      const result = await engine.recognize(image, options);
      writeFileSync(file, JSON.stringify(result));
      return result;
    },
  };
}

function ocrCacheFolder(): string | undefined {
  const at = process.argv.indexOf('--ocr-cache');
  const value = at >= 0 ? process.argv[at + 1] : process.env.BENCH_OCR_CACHE;
  return value ? path.resolve(value) : undefined;
}

async function main(): Promise<void> {
  const folder = process.env.CORPUS_DIR ?? fromRoot('..', 'shared', 'corpus');
  const manifestPath = path.join(folder, 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { file: string; kind: string }[])
    : [];
  if (manifest.length === 0) console.log(`No corpus at ${manifestPath}: only the generated invoices.`);
  const cases: { name: string; bytes: () => Promise<Uint8Array> }[] = [
    ...manifest
      .filter((c) => BORN_DIGITAL.has(c.kind))
      .map((c) => ({
        name: c.file.replace(/^invoices\//, ''),
        bytes: async () => new Uint8Array(readFileSync(path.join(folder, c.file))),
      })),
    { name: '(generated) pdf-lib text invoice', bytes: () => textInvoicePdf() },
    { name: '(generated) pdfkit invoice', bytes: () => pdfkitPdf() },
  ];
  const languages = ['nld', 'eng'];
  const pool = createTesseractPool({ workers: 2, pageTimeoutMs: 120_000, languages });
  const cache = ocrCacheFolder();
  const ocr = cache ? cachedOcr(pool, cache, languages) : pool;
  const profile = bothChannelsProfile();
  let errors = 0;
  let warnings = 0;
  let filesWithErrors = 0;
  try {
    for (const c of cases) {
      const report = await runPipeline({ bytes: await c.bytes() }, profile, { registry, ocr });
      const fired = report.findings.filter((f) => (CHANNEL_CHECKS as readonly string[]).includes(f.checkId));
      const fileErrors = fired.filter((f) => f.severity === 'error').length;
      errors += fileErrors;
      warnings += fired.filter((f) => f.severity === 'warning').length;
      if (fileErrors > 0) filesWithErrors++;
      // Other checks' errors, by id: why a file without a channel error may still be rejected.
      const others = [
        ...new Set(
          report.findings
            .filter(
              (f) => f.severity === 'error' && !(CHANNEL_CHECKS as readonly string[]).includes(f.checkId),
            )
            .map((f) => f.checkId),
        ),
      ];
      console.log(
        `${fileErrors > 0 ? '✗' : '✓'} ${c.name}  (${report.verdict}${others.length > 0 ? `: ${others.join(', ')}` : ''})`,
      );
      for (const f of fired) console.log(`    ${f.severity.padEnd(7)} ${f.messageId}: ${f.message.en}`);
    }
  } finally {
    await pool.close();
  }
  console.log('');
  if (cache) console.log(`OCR read back from ${cache} where seen before (not a real-OCR measurement).`);
  console.log(
    `${cases.length} born-digital invoices read through both channels: ${filesWithErrors} with a channel error ` +
      `(${errors} errors, ${warnings} warnings from ${CHANNEL_CHECKS.join(' / ')}).`,
  );
}

await main();
