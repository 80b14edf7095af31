import { describe, expect, test } from '@jest/globals';
import { invoiceLines, pagesPdf, twoInvoicesPdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

const withoutNumber = invoiceLines('').filter((line) => !line.startsWith('Factuurnummer'));

describe('content.single-invoice', () => {
  test('accepts one invoice over two pages ("Pagina 1 van 2", "Pagina 2 van 2", one invoice number)', async () => {
    expect(findingsOf(await check(await textInvoicePdf({ pages: 2 })), 'content.single-invoice')).toEqual([]);
  });

  test('flags two invoice numbers on two pages, pointing at the second one', async () => {
    const [finding] = findingsOf(await check(await twoInvoicesPdf()), 'content.single-invoice');
    expect(finding?.messageId).toBe('content.single-invoice.several-numbers');
    expect(finding?.data).toMatchObject({ count: 2, numbers: 'F-2026-0042, F-2026-0043', page: 2 });
    expect(finding?.location?.page).toBe(2);
    expect(finding?.location?.box?.x).toBeGreaterThan(56);
    expect(finding?.hint?.nl).toContain('eigen PDF-bestand');
    expect(finding?.severity).toBe('warning');
  });

  test('flags page numbering that starts again when no invoice numbers are printed', async () => {
    const pdf = await pagesPdf([
      { lines: withoutNumber, footer: 'Pagina 1 van 2' },
      { lines: withoutNumber, footer: 'Pagina 2 van 2' },
      { lines: withoutNumber, footer: 'Pagina 1 van 1' },
    ]);
    const [finding] = findingsOf(await check(pdf), 'content.single-invoice');
    expect(finding).toMatchObject({
      messageId: 'content.single-invoice.numbering-restarts',
      data: { page: 3, label: '1/1' },
      location: { page: 3 },
    });
  });

  test('rejects when the profile asks one invoice per file, and is silent when it allows several', async () => {
    const strict = testProfile({ file: { singleInvoice: true } });
    expect((await check(await twoInvoicesPdf(), strict)).verdict).toBe('rejected');
    const several = testProfile({ file: { singleInvoice: false } });
    expect(findingsOf(await check(await twoInvoicesPdf(), several), 'content.single-invoice')).toEqual([]);
  });
});
