/**
 * `npm run bench:accuracy`: field accuracy on the shared invoice corpus. Reads
 * `../shared/corpus/manifest.json` (beside the repository; `CORPUS_DIR` overrides the folder), runs
 * every invoice case through the in-process pipeline with the lenient profile, and compares
 * `report.fields` with the case's `truth` (fields listed in `notPrinted` are skipped). Text-layer and
 * hybrid PDFs are scored on what the buyer's channel reads; scanned PDFs and images go through the
 * lenient profile read as an OCR buyer would (`channels: 'ocr'`, images allowed; the lenient preset itself
 * reads only text layers) with real OCR (the same tesseract pool as the server), scored on
 * `report.channels.ocr`. UBL XML cases are not printed
 * invoices and are left out. Prints accuracy per field and per kind, the overall figures, and the
 * slowest cases (every case runs once untimed first, so the times are warm). `--misses` lists every
 * wrong or missing value. `--ocr-cache DIR` (or env `BENCH_OCR_CACHE=DIR`) keeps what OCR read per page
 * image in DIR and reads it back on the next run, keyed by a sha256 of the pixels, the dpi and the
 * languages: for iterating on the field rules only; the reported figures come from real OCR (default).
 *
 * Scoring: amounts compare as numbers (a credit note's amounts also when only the sign differs: the
 * XML of a credit note carries positive amounts, the page often prints them negative); dates exactly;
 * ids and references upper case without spaces, dots or dashes; names by their distinctive words.
 */
import path from 'node:path';
import { registry } from '../checks/index.js';
import { nameCore } from '../engine/fields/normalise.js';
import { FIELD_IDS, type FieldId } from '../engine/model/fields.js';
import type { Report } from '../engine/model/report.js';
import { runPipeline } from '../engine/pipeline.js';
import { findPreset } from '../profiles/presets.js';
import { benchOcr, type CorpusCase, corpusBytes, loadCorpus } from './corpus.js';

/** A manifest case with its truth. */
type Case = CorpusCase & { readonly truth: Readonly<Record<string, string>> };

/** The fields the accuracy target is set on. */
const TARGET_FIELDS: readonly FieldId[] = [
  'invoiceNumber',
  'issueDate',
  'totalAmount',
  'taxAmount',
  'netAmount',
  'currency',
  'sellerVatId',
  'iban',
];
const AMOUNTS = new Set<string>(['totalAmount', 'payableAmount', 'taxAmount', 'netAmount']);
const NAMES = new Set<string>(['sellerName', 'buyerName']);
const PRINTED_KINDS = new Set(['text-pdf', 'hybrid-pdf']);
const IMAGE_KINDS = new Set(['scanned-pdf', 'image']);

function same(field: string, got: string | undefined, want: string, creditNote: boolean): boolean {
  if (got === undefined) return false;
  if (AMOUNTS.has(field)) {
    const a = Math.round(Number(got) * 100);
    const b = Math.round(Number(want) * 100);
    return a === b || (creditNote && Math.abs(a) === Math.abs(b));
  }
  if (NAMES.has(field)) return nameCore(got) === nameCore(want);
  const compact = (v: string): string => v.replace(/[\s.-]/g, '').toUpperCase();
  return compact(got) === compact(want);
}

/** The value scored for a case: the buyer's channel for printed PDFs, OCR for scans and images. */
function readValue(report: Report, field: FieldId, kind: string): string | undefined {
  if (IMAGE_KINDS.has(kind)) return report.channels.ocr?.values[field]?.value ?? report.fields[field]?.value;
  return report.fields[field]?.value;
}

class Tally {
  readonly counts = new Map<string, { ok: number; total: number }>();
  add(key: string, ok: boolean): void {
    const entry = this.counts.get(key) ?? { ok: 0, total: 0 };
    entry.total++;
    if (ok) entry.ok++;
    this.counts.set(key, entry);
  }
  get(key: string): { ok: number; total: number } {
    return this.counts.get(key) ?? { ok: 0, total: 0 };
  }
}

const pct = ({ ok, total }: { ok: number; total: number }): string =>
  total === 0 ? '    –' : `${((100 * ok) / total).toFixed(1).padStart(5)}%`;
const cell = (t: { ok: number; total: number }): string => `${pct(t)} (${t.ok}/${t.total})`.padEnd(18);

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const folder = corpus.folder;
  if (!corpus.found) {
    console.log(`No corpus at ${corpus.manifestPath}: nothing to measure (set CORPUS_DIR to its folder).`);
    return;
  }
  const manifest = corpus.cases.map((c) => ({ ...c, truth: c.truth ?? {} }));
  const profile = findPreset('lenient')!;
  const ocrProfile = { ...profile, channels: 'ocr' as const, file: { ...profile.file, imagesAllowed: true } };
  const bench = benchOcr({ pageTimeoutMs: 120_000 });
  const { ocr, cache, cacheFolder } = bench;
  const run = (c: Case, bytes: Uint8Array, name?: string) =>
    IMAGE_KINDS.has(c.kind)
      ? runPipeline({ bytes, ...(name && { name }) }, ocrProfile, { registry, ocr })
      : runPipeline({ bytes, ...(name && { name }) }, profile, { registry });
  const cases = manifest.filter((c) => PRINTED_KINDS.has(c.kind) || IMAGE_KINDS.has(c.kind));
  const skipped = manifest.filter((c) => c.kind === 'ubl-xml').length;
  const showMisses = process.argv.includes('--misses');

  const printed = new Tally(); // per field, text + hybrid
  const images = new Tally(); // per field, scanned + image
  const perKind = new Tally(); // target fields per kind
  const timings: { file: string; ms: number; fieldsMsPerPage: number }[] = [];
  const misses: string[] = [];

  // Warm up the engine (module loading, JIT) on every case once, untimed; then measure.
  // (OCR cases are not warmed up twice: OCR time dwarfs the warm-up effect.)
  for (const c of cases.filter((c) => !IMAGE_KINDS.has(c.kind))) await run(c, corpusBytes(corpus, c.file));

  for (const c of cases) {
    const bytes = corpusBytes(corpus, c.file);
    const started = performance.now();
    const report = await run(c, bytes, path.basename(c.file));
    const ms = performance.now() - started;
    const fieldsStage = report.stages.find((s) => s.name === 'fields');
    const pages = report.document.pageCount ?? 1;
    timings.push({ file: c.file, ms, fieldsMsPerPage: (fieldsStage?.ms ?? 0) / Math.max(1, pages) });
    const creditNote = c.truth.documentType === 'credit-note';
    const tally = PRINTED_KINDS.has(c.kind) ? printed : images;
    for (const [field, want] of Object.entries(c.truth)) {
      if (!(FIELD_IDS as readonly string[]).includes(field) || c.notPrinted?.includes(field)) continue;
      const got = readValue(report, field as FieldId, c.kind);
      const ok = same(field, got, want, creditNote);
      tally.add(field, ok);
      if (TARGET_FIELDS.includes(field as FieldId)) {
        perKind.add(c.kind, ok);
        tally.add('*target', ok);
      }
      tally.add('*all', ok);
      if (!ok) misses.push(`${c.file}  ${field}: expected ${want}, read ${got ?? '(nothing)'}`);
    }
  }

  const header = `${'field'.padEnd(16)}${'text + hybrid'.padEnd(18)}scanned + image`;
  console.log(`Corpus: ${folder}`);
  if (cache)
    console.log(
      `OCR from cache ${cacheFolder}: ${cache.hits} pages read back, ${cache.misses} read by OCR (not a real-OCR measurement).`,
    );
  console.log(
    `${cases.length} invoice cases (${cases.filter((c) => PRINTED_KINDS.has(c.kind)).length} text/hybrid, ${cases.filter((c) => IMAGE_KINDS.has(c.kind)).length} scanned/image); ${skipped} UBL XML cases left out (not printed).`,
  );
  console.log('');
  console.log(header);
  console.log('-'.repeat(header.length + 4));
  for (const field of FIELD_IDS) {
    const a = printed.get(field);
    const b = images.get(field);
    if (a.total + b.total === 0) continue;
    console.log(`${(TARGET_FIELDS.includes(field) ? `${field} *` : field).padEnd(16)}${cell(a)}${cell(b)}`);
  }
  console.log('-'.repeat(header.length + 4));
  console.log(`${'target fields *'.padEnd(16)}${cell(printed.get('*target'))}${cell(images.get('*target'))}`);
  console.log(`${'all fields'.padEnd(16)}${cell(printed.get('*all'))}${cell(images.get('*all'))}`);
  console.log('');
  console.log('Target fields per kind:');
  for (const kind of ['text-pdf', 'hybrid-pdf', 'scanned-pdf', 'image'])
    console.log(`  ${kind.padEnd(12)} ${cell(perKind.get(kind))}`);
  console.log('  (targets: ≥ 95% on text + hybrid, ≥ 85% on scanned + image; * = target field)');
  console.log('');
  const sorted = [...timings].sort((a, b) => b.ms - a.ms);
  console.log('Slowest cases (whole pipeline, in-process):');
  for (const t of sorted.slice(0, 5)) console.log(`  ${t.ms.toFixed(1).padStart(8)} ms  ${t.file}`);
  const perPage = timings.map((t) => t.fieldsMsPerPage).sort((a, b) => a - b);
  const median = perPage[Math.floor(perPage.length / 2)] ?? 0;
  const worst = perPage.at(-1) ?? 0;
  console.log(
    `Fields stage per page: median ${median.toFixed(2)} ms, worst ${worst.toFixed(2)} ms  [target ≤ 5 ms]`,
  );
  if (showMisses) {
    console.log('');
    console.log('Misses:');
    for (const miss of misses) console.log(`  ${miss}`);
  }
  await bench.close();
}

await main();
