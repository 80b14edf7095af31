import { describe, expect, test } from '@jest/globals';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('pdf.max-pages', () => {
  test('accepts a PDF with as many pages as the limit', async () => {
    const report = await check(await textInvoicePdf({ pages: 2 }), testProfile({ file: { maxPages: 2 } }));
    expect(findingsOf(report, 'pdf.max-pages')).toEqual([]);
  });

  test('rejects a PDF with more pages than the profile allows', async () => {
    const report = await check(await textInvoicePdf({ pages: 3 }), testProfile({ file: { maxPages: 2 } }));
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'pdf.max-pages');
    expect(finding?.data).toEqual({ pages: 3, limit: 2 });
    expect(finding?.message.nl).toBe(
      "De PDF heeft 3 pagina's; de afnemer accepteert maximaal 2 pagina's per factuur.",
    );
  });
});
