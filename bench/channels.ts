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
import { registry } from '../checks/index.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import { runPipeline } from '../engine/pipeline.js';
import { findPreset } from '../profiles/presets.js';
import { pdfkitPdf, textInvoicePdf } from '../test/fixtures/pdfs.js';
import { benchOcr, corpusBytes, loadCorpus } from './corpus.js';

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

async function main(): Promise<void> {
  const corpus = loadCorpus();
  if (corpus.cases.length === 0)
    console.log(`No corpus at ${corpus.manifestPath}: only the generated invoices.`);
  const cases: { name: string; bytes: () => Promise<Uint8Array> }[] = [
    ...corpus.cases
      .filter((c) => BORN_DIGITAL.has(c.kind))
      .map((c) => ({
        name: c.file.replace(/^invoices\//, ''),
        bytes: async () => corpusBytes(corpus, c.file),
      })),
    { name: '(generated) pdf-lib text invoice', bytes: () => textInvoicePdf() },
    { name: '(generated) pdfkit invoice', bytes: () => pdfkitPdf() },
  ];
  const bench = benchOcr({ pageTimeoutMs: 120_000 });
  const { ocr, cacheFolder: cache } = bench;
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
    await bench.close();
  }
  console.log('');
  if (cache) console.log(`OCR read back from ${cache} where seen before (not a real-OCR measurement).`);
  console.log(
    `${cases.length} born-digital invoices read through both channels: ${filesWithErrors} with a channel error ` +
      `(${errors} errors, ${warnings} warnings from ${CHANNEL_CHECKS.join(' / ')}).`,
  );
}

await main();
