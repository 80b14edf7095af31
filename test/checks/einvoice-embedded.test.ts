import { describe, expect, test } from '@jest/globals';
import { attachmentBombPdf, attachmentPdf, ciiXml, facturXPdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf } from '../helpers.js';

describe('einvoice.embedded', () => {
  test('says nothing about a PDF without an e-invoice', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'einvoice.embedded')).toEqual([]);
  });

  test('tells the supplier its Factur-X PDF carries a real e-invoice, with what the XML says', async () => {
    const report = await check(await facturXPdf());
    const [finding] = findingsOf(report, 'einvoice.embedded');
    expect(finding).toMatchObject({
      messageId: 'einvoice.embedded.found',
      severity: 'info',
      data: { fileName: 'factur-x.xml', syntax: 'CII', invoiceNumber: 'F-2026-0042', totalAmount: '1090.00' },
    });
    expect(finding?.message.en).toContain('Factur-X / ZUGFeRD EN 16931');
    expect(finding?.message.en).toContain('invoice F-2026-0042, dated 2026-01-12, total EUR 1090.00');
    expect(finding?.message.nl).toContain('factuur F-2026-0042');
    expect(finding?.hint?.nl).toContain('Peppol');
    expect(report.verdict).toBe('accepted');
    expect(report.document.embeddedInvoice?.fields).toMatchObject({
      sellerVatId: 'NL123456782B01',
      iban: 'NL91ABNA0417164300',
    });
  });

  test('warns when the attached e-invoice cannot be read (a wrong encoding declaration)', async () => {
    const xml = ciiXml().replace('encoding="UTF-8"', 'encoding="UTF-8-W/O-BOM"');
    const [finding] = findingsOf(await check(await attachmentPdf('factur-x.xml', xml)), 'einvoice.embedded');
    expect(finding).toMatchObject({ messageId: 'einvoice.embedded.unreadable', severity: 'warning' });
    expect(finding?.data.reason).toBe('invalid-xml');
    expect(finding?.message.en).toContain('not valid XML');
  });

  test('does not take an attachment that is not an invoice for one', async () => {
    const report = await check(await attachmentPdf('foo.txt', 'hello', { mimeType: 'text/plain' }));
    expect(findingsOf(report, 'einvoice.embedded')).toEqual([]);
  });

  test('summarises an attachment bomb (256 MB of zeros) without inflating it', async () => {
    const report = await check(await attachmentBombPdf());
    const [finding] = findingsOf(report, 'einvoice.embedded');
    expect(finding?.data.reason).toBe('too-large');
    // How much was inflated is counted where it happens (test/engine/stages/analyze.test.ts).
  });
});
