/**
 * `npm run bench:fields`: how long field extraction takes per page, in-process and warm (the
 * `fields` stage alone, words already extracted): for the generated golden layouts, for a page of
 * 5 000 words, and for the corpus's text-layer pages when `../shared/corpus` (or `CORPUS_DIR`) is
 * there. Target: ≤ 5 ms per page; the 5 000-word page shows that the cost grows linearly.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type PageWords, readChannelFields } from '../engine/fields/read-fields.js';
import { analyze } from '../engine/stages/analyze.js';
import { intake } from '../engine/stages/intake.js';
import { fromRoot } from '../runtime/paths.js';
import { drawLayout, LAYOUTS, type Run } from '../test/fixtures/invoice-layouts.js';
import { ms, quantile } from './stats.js';

async function pagesOf(bytes: Uint8Array): Promise<PageWords[]> {
  const doc = await analyze(intake({ bytes }), bytes);
  return doc.pages.map((p) => ({
    page: p.index + 1,
    width: p.widthPt,
    height: p.heightPt,
    words: p.text?.words ?? [],
  }));
}

/** Median and p95 time per page of extracting each document many times. */
function measure(label: string, docs: PageWords[][], rounds: number): void {
  for (const pages of docs) readChannelFields(pages); // warm up
  const perPage: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const pages of docs) {
      const started = performance.now();
      readChannelFields(pages);
      perPage.push((performance.now() - started) / Math.max(1, pages.length));
    }
  const words = docs.flat().reduce((n, p) => n + p.words.length, 0) / Math.max(1, docs.flat().length);
  console.log(
    `${label.padEnd(44)} ${String(docs.length).padStart(3)} docs, ~${Math.round(words)} words/page: median ${ms(quantile(perPage, 0.5))}, p95 ${ms(quantile(perPage, 0.95))} per page`,
  );
}

const golden = await Promise.all(LAYOUTS.map(async (layout) => pagesOf(await drawLayout(layout.pages))));
measure('generated golden layouts', golden, 50);

const filler: Run[] = [{ text: 'Factuurnummer: BIG-1', x: 56, y: 60 }];
for (let i = 0; i < 500; i++)
  filler.push({
    text: 'regel artikel omschrijving 12 stuks 4,50 per stuk 54,00 levering',
    x: 20,
    y: 200 + (i % 150) * 4,
    size: 3,
  });
const big = await pagesOf(await drawLayout([filler]));
measure('one page of 5 000 words', [big], 20);

const corpus = process.env.CORPUS_DIR ?? fromRoot('..', 'shared', 'corpus');
if (existsSync(path.join(corpus, 'manifest.json'))) {
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as {
    file: string;
    kind: string;
  }[];
  const docs: PageWords[][] = [];
  for (const c of manifest.filter((m) => m.kind === 'text-pdf' || m.kind === 'hybrid-pdf'))
    docs.push(await pagesOf(new Uint8Array(readFileSync(path.join(corpus, c.file)))));
  measure('corpus text-layer and hybrid invoices', docs, 20);
} else {
  console.log(`(no corpus at ${corpus}; set CORPUS_DIR to include it)`);
}
console.log('target: ≤ 5 ms per page');
