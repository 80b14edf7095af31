/**
 * `npm run bench:verdicts`: every preset over every corpus invoice. Reads
 * `../shared/corpus/manifest.json` (beside the repository; `CORPUS_DIR` overrides the folder), runs
 * each printed invoice (text, hybrid and scanned PDFs, images) through the in-process pipeline under
 * every preset in `profiles/examples/`, and prints per preset the verdict counts and which checks fire
 * how often (errors and warnings apart), so a false alarm on real invoices stands out. The corpus holds
 * real, valid invoices: an error that fires on many of them is suspect.
 *
 * OCR is real (the server's tesseract pool, two workers, run `nice`), and what it read is kept per page
 * image in `BENCH_OCR_CACHE` (default `/tmp/proeffactuur-ocr-cache`), keyed by a sha256 of the pixels,
 * the dpi and the languages, so a second run takes seconds. `--no-cache` reads everything again.
 * `--details` lists, per preset, the files and the checks that rejected them; `--preset=ID` runs one preset.
 */
import path from 'node:path';
import { registry } from '../checks/index.js';
import { runPipeline } from '../engine/pipeline.js';
import { presets } from '../profiles/presets.js';
import { benchOcr, corpusBytes, DEFAULT_OCR_CACHE, loadCorpus } from './corpus.js';

/** Counts per key, printed largest first. */
class Counter {
  readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  sorted(): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }
}

const PRINTED_KINDS = new Set(['text-pdf', 'hybrid-pdf', 'scanned-pdf', 'image']);

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const folder = corpus.folder;
  if (!corpus.found) {
    console.log(`No corpus at ${corpus.manifestPath}: nothing to measure (set CORPUS_DIR to its folder).`);
    return;
  }
  const cases = corpus.cases.filter((c) => PRINTED_KINDS.has(c.kind));
  const bench = benchOcr({ pageTimeoutMs: 180_000, defaultCacheFolder: DEFAULT_OCR_CACHE });
  const { ocr, cacheFolder } = bench;
  const details = process.argv.includes('--details');
  const kinds = new Counter();
  for (const c of cases) kinds.add(c.kind);

  console.log(`Corpus: ${folder}`);
  console.log(
    `${cases.length} invoices (${kinds
      .sorted()
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}); OCR ${cacheFolder ? `cached in ${cacheFolder}` : 'read fresh'}.`,
  );
  try {
    const only = process.argv.find((arg) => arg.startsWith('--preset='))?.slice('--preset='.length);
    for (const profile of presets().values()) {
      if (only !== undefined && profile.id !== only) continue;
      const verdicts = new Counter();
      const errors = new Counter();
      const warnings = new Counter();
      const rejected: string[] = [];
      for (const c of cases) {
        const bytes = corpusBytes(corpus, c.file);
        const report = await runPipeline({ bytes, name: path.basename(c.file) }, profile, { registry, ocr });
        verdicts.add(report.verdict);
        const errorChecks = new Set(
          report.findings.filter((f) => f.severity === 'error').map((f) => f.checkId),
        );
        const warningChecks = new Set(
          report.findings.filter((f) => f.severity === 'warning').map((f) => f.checkId),
        );
        for (const id of errorChecks) errors.add(id);
        for (const id of warningChecks) warnings.add(id);
        if (report.verdict !== 'accepted')
          rejected.push(
            `    ${c.file} (${c.kind}): ${report.verdict} by ${[...errorChecks].join(', ') || '—'}`,
          );
      }
      const v = (name: string): number => verdicts.counts.get(name) ?? 0;
      console.log('');
      console.log(
        `## ${profile.id} (channels ${profile.channels}): ${v('accepted')} accepted, ${v('rejected')} rejected, ${v('undetermined')} undetermined`,
      );
      const rows = new Set([...errors.counts.keys(), ...warnings.counts.keys()]);
      if (rows.size === 0) console.log('  no check fired');
      else {
        console.log(`  ${'check'.padEnd(30)}${'errors'.padStart(7)}${'warnings'.padStart(10)}`);
        const ordered = [...rows].sort(
          (a, b) =>
            (errors.counts.get(b) ?? 0) - (errors.counts.get(a) ?? 0) ||
            (warnings.counts.get(b) ?? 0) - (warnings.counts.get(a) ?? 0) ||
            a.localeCompare(b),
        );
        for (const id of ordered)
          console.log(
            `  ${id.padEnd(30)}${String(errors.counts.get(id) ?? 0).padStart(7)}${String(warnings.counts.get(id) ?? 0).padStart(10)}`,
          );
      }
      if (details && rejected.length > 0) console.log(rejected.join('\n'));
    }
  } finally {
    await bench.close();
  }
}

await main();
