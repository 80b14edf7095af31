/**
 * One trip per upload through the pipeline: the file facts the server computed on upload are used as
 * they are (not hashed or sniffed again), and pdf-lib parses a PDF once per run even when its pages
 * are drawn for OCR (the render stage reuses what the analysis found).
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { registry } from '../../checks/index.js';
import { openPdfRenderer } from '../../engine/adapters/render.js';
import type { Report } from '../../engine/model/report.js';
import type { OcrEngine } from '../../engine/ocr-engine.js';
import { runPipeline } from '../../engine/pipeline.js';
import { fileFacts } from '../../engine/stages/intake.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { scannedInvoicePdf } from '../fixtures/scans.js';
import { testProfile } from '../helpers.js';

/** The report without its timings (the only part that differs between two runs of one file). */
const untimed = (report: Report) => ({
  ...report,
  stages: report.stages.map(({ ms: _ms, ...rest }) => rest),
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('file facts from the upload', () => {
  test('reach the report unchanged, and the report is the one the pipeline makes without them', async () => {
    const bytes = await textInvoicePdf();
    const profile = testProfile();
    const computed = fileFacts({ bytes });
    const handedIn = { sha256: computed.sha256, bytes: computed.bytes, kind: computed.kind };
    const withFacts = await runPipeline({ bytes, name: 'f.pdf', facts: handedIn }, profile, { registry });
    const without = await runPipeline({ bytes, name: 'f.pdf' }, profile, { registry });
    expect(untimed(withFacts)).toEqual(untimed(without));
    expect(JSON.stringify(untimed(withFacts))).toBe(JSON.stringify(untimed(without)));
  });

  test('are taken as given: the pipeline does not hash the bytes again', async () => {
    const bytes = await textInvoicePdf();
    // A hash the bytes do not have: only the facts handed in can put it in the report.
    const facts = { sha256: 'cd'.repeat(32), bytes: bytes.length, kind: 'pdf' } as const;
    const report = await runPipeline({ bytes, facts }, testProfile(), { registry });
    expect(report.document).toMatchObject({ sha256: facts.sha256, bytes: bytes.length, kind: 'pdf' });
    expect(report.document.pageCount).toBe(1);
  });
});

describe('pdf-lib parses a PDF once per run', () => {
  const blankReader: OcrEngine = {
    concurrency: 1,
    recognize: async () => ({ words: [], lines: [] }),
  };

  test('for an OCR run of a three-page scan: the render stage reuses the analysis', async () => {
    const bytes = await scannedInvoicePdf('clean', { pages: 3 });
    const recognize = jest.spyOn(blankReader, 'recognize');
    const load = jest.spyOn(PDFDocument, 'load');
    const report = await runPipeline({ bytes }, testProfile({ channels: 'ocr' }), {
      registry,
      ocr: blankReader,
    });
    expect(report.stages.find((stage) => stage.name === 'render')?.skipped).toBeUndefined();
    expect(recognize).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenCalledTimes(1);

    // The counter does see a parse for drawing: a renderer not told the scans parses again.
    const renderer = await openPdfRenderer(bytes);
    try {
      await renderer.render(0, 100);
    } finally {
      await renderer.close();
    }
    expect(load).toHaveBeenCalledTimes(2);
  }, 60_000);

  test('for a text-layer run', async () => {
    const bytes = await textInvoicePdf();
    const load = jest.spyOn(PDFDocument, 'load');
    await runPipeline({ bytes }, testProfile(), { registry });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
