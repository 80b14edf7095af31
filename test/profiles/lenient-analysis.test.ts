import { describe, expect, test } from '@jest/globals';
import { findPreset } from '../../profiles/presets.js';
import {
  blankFirstPagePdf,
  javaScriptPdf,
  nonEmbeddedFontPdf,
  ownerPasswordPdf,
  pageSizePdf,
  scanPdf,
  shiftedTextPdf,
  twoInvoicesPdf,
} from '../fixtures/analysis-pdfs.js';
import { check } from '../helpers.js';

describe('the lenient preset with the PDF analysis checks', () => {
  const lenient = findPreset('lenient')!;

  test.each([
    ['several invoices in one file', twoInvoicesPdf],
    ['an owner password that forbids copying', () => ownerPasswordPdf({ copying: false })],
    ['JavaScript', javaScriptPdf],
    ['a font that is not embedded', nonEmbeddedFontPdf],
    ['a text layer that reads as gibberish', shiftedTextPdf],
    ['a 5-metre page', async () => pageSizePdf(14400, 14400)],
    ['a blank first page', blankFirstPagePdf],
    ['a 50 DPI scan', () => scanPdf(413, 585)],
  ])('still accepts a readable PDF with %s, warning about it', async (_, make) => {
    const report = await check(await make(), lenient);
    expect(report.verdict).toBe('accepted');
    expect(report.findings.some((f) => f.severity === 'warning')).toBe(true);
  });
});
