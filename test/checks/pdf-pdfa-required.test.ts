import { describe, expect, test } from '@jest/globals';
import { pdfWithXmp } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

const pdfa = testProfile({ file: { pdfaRequired: true } });

describe('pdf.pdfa-required', () => {
  test('accepts a PDF whose XMP claims PDF/A-3b', async () => {
    const report = await check(await pdfWithXmp({ part: 3, conformance: 'b' }), pdfa);
    expect(findingsOf(report, 'pdf.pdfa-required')).toEqual([]);
  });

  test('rejects a PDF without a PDF/A claim when the buyer requires PDF/A', async () => {
    for (const pdf of [await textInvoicePdf(), await pdfWithXmp()]) {
      const report = await check(pdf, pdfa);
      expect(report.verdict).toBe('rejected');
      const [finding] = findingsOf(report, 'pdf.pdfa-required');
      expect(finding?.messageId).toBe('pdf.pdfa-required.missing');
      expect(finding?.hint?.nl).toContain('PDF/A-2b');
    }
  });

  test('does not ask for PDF/A when the profile does not', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'pdf.pdfa-required')).toEqual([]);
  });
});
