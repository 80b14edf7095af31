import { describe, expect, test } from '@jest/globals';
import { pdfWithVersion } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, messageIds, testProfile } from '../helpers.js';

const range = testProfile({ file: { pdfVersions: { min: '1.4', max: '1.7' } } });

describe('pdf.version-allowed', () => {
  test('accepts a PDF 1.7 when the buyer reads 1.4 to 1.7', async () => {
    const report = await check(await textInvoicePdf(), range);
    expect(report.document.pdfVersion).toBe('1.7');
    expect(findingsOf(report, 'pdf.version-allowed')).toEqual([]);
  });

  test('rejects a PDF 1.3 as too old, naming both versions', async () => {
    const report = await check(await pdfWithVersion('1.3'), range);
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'pdf.version-allowed');
    expect(finding?.messageId).toBe('pdf.version-allowed.too-old');
    expect(finding?.message.en).toContain('version 1.3');
    expect(finding?.message.nl).toContain('1.4 of nieuwer');
    expect(finding?.hint?.nl).toMatch(/PDF\/A/);
  });

  test('rejects a file whose catalog raises the version to 2.0, although its header says 1.7', async () => {
    const report = await check(await pdfWithVersion('1.7', '2.0'), range);
    expect(report.document.pdfVersion).toBe('2.0');
    expect(messageIds(report, 'pdf.version-allowed')).toEqual(['pdf.version-allowed.too-new']);
  });

  test('sets no limit when the profile names no versions', async () => {
    const report = await check(await pdfWithVersion('1.3'));
    expect(findingsOf(report, 'pdf.version-allowed')).toEqual([]);
  });
});
