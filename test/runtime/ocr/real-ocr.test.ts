/**
 * The few tests that run real OCR (tesseract.js with the Dutch and English data from npm), in this
 * process: about a second per page on the reference machine, so they are kept few. Everything else
 * replays recorded OCR (`test/fixtures/ocr/`).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { registry } from '../../../checks/index.js';
import { runPipeline } from '../../../engine/pipeline.js';
import { findPreset } from '../../../profiles/presets.js';
import { createTesseractPool } from '../../../runtime/ocr/tesseract-pool.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';
import { hiddenNumberPdf, scannedInvoicePdf, turnedScanPdf } from '../../fixtures/scans.js';
import { documentOf, findingsOf, testProfile } from '../../helpers.js';

const pool = createTesseractPool({ workers: 1, pageTimeoutMs: 60_000, languages: ['nld', 'eng'] });
afterAll(() => pool.close());

describe('real OCR', () => {
  test('a clean scanned invoice passes the OCR-only preset, its key values read correctly', async () => {
    const pdf = await scannedInvoicePdf('clean');
    const report = await runPipeline({ bytes: pdf }, findPreset('ocr-only')!, { registry, ocr: pool });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('accepted');
    const { doc } = await documentOf(pdf, findPreset('ocr-only')!, { ocr: pool });
    const text = doc.pages[0]!.ocr!.words.map((word) => word.text).join(' ');
    expect(text).toContain('F-2026-0042'); // invoice number
    expect(text).toContain('12-01-2026'); // invoice date
    expect(text).toContain('1.090,00'); // total
    expect(text).toContain('NL91 ABNA 0417 1643 00'); // IBAN
  }, 60_000);

  test('an upside-down scan is found out and rejected for it, with the page read as sent', async () => {
    const report = await runPipeline({ bytes: await turnedScanPdf(180) }, findPreset('ocr-only')!, {
      registry,
      ocr: pool,
    });
    expect(report.incomplete).toBeUndefined();
    expect(findingsOf(report, 'ocr.page-orientation').map((f) => f.data)).toEqual([
      { page: 1, degrees: 180 },
    ]);
    expect(report.fields.invoiceNumber).toBeUndefined();
    expect(report.verdict).toBe('rejected');
  }, 60_000);

  test('cloud-capture reads a text invoice at 150 DPI: its 11 pt invoice data is large enough, smaller print at most warns', async () => {
    const report = await runPipeline({ bytes: await textInvoicePdf() }, findPreset('cloud-capture')!, {
      registry,
      ocr: pool,
    });
    expect(report.incomplete).toBeUndefined();
    expect(report.fields.invoiceNumber?.value).toBe('F-2026-0042');
    const heights = findingsOf(report, 'ocr.text-height');
    expect(heights.filter((f) => f.severity === 'error')).toEqual([]);
    for (const f of heights) expect(f).toMatchObject({ severity: 'warning', data: { dpi: 150, limit: 8 } });
    expect(findingsOf(report, 'ocr.min-confidence')).toEqual([]);
  }, 60_000);

  test('a fax-quality scan fails on confidence', async () => {
    const report = await runPipeline(
      { bytes: await scannedInvoicePdf('fax') },
      testProfile({ channels: 'ocr' }),
      { registry, ocr: pool },
    );
    expect(findingsOf(report, 'ocr.min-confidence')).toHaveLength(1);
    expect(report.verdict).toBe('rejected');
  }, 60_000);

  test('channels.agree catches a text layer that says another amount than the page shows', async () => {
    const report = await runPipeline({ bytes: await hiddenNumberPdf() }, testProfile({ channels: 'both' }), {
      registry,
      ocr: pool,
    });
    expect(findingsOf(report, 'channels.agree').map((f) => f.data)).toEqual([
      expect.objectContaining({ textValue: '1.284,50', ocrValue: '1.234,50' }),
    ]);
  }, 60_000);
});
