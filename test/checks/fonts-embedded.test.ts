import { describe, expect, test } from '@jest/globals';
import { nonEmbeddedFontPdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('fonts.embedded', () => {
  test('accepts a PDF that uses only a standard font (Helvetica)', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'fonts.embedded')).toEqual([]);
  });

  test('warns about a font that is not in the PDF, naming it and its page', async () => {
    const report = await check(await nonEmbeddedFontPdf());
    const [finding] = findingsOf(report, 'fonts.embedded');
    expect(finding).toMatchObject({ severity: 'warning', location: { page: 1 }, data: { fonts: 'Calibri' } });
    expect(finding?.message.nl).toContain('Calibri');
    expect(finding?.hint?.en).toMatch(/embed all fonts/);
  });

  test('also flags standard fonts when allowStandard14 is off', async () => {
    const strict = testProfile({ checks: { 'fonts.embedded': { params: { allowStandard14: false } } } });
    const [finding] = findingsOf(await check(await textInvoicePdf(), strict), 'fonts.embedded');
    expect(finding?.data.fonts).toBe('Helvetica');
  });
});
