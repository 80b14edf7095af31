import { describe, expect, test } from '@jest/globals';
import { ciiXml, ublXml } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf } from '../helpers.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('einvoice.xml-uploaded', () => {
  test('says nothing about a PDF', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'einvoice.xml-uploaded')).toEqual([]);
  });

  test('rejects an uploaded UBL invoice with its summary and the Peppol advice, once', async () => {
    const report = await check(utf8(ublXml()), undefined, 'factuur.xml');
    expect(report.verdict).toBe('rejected');
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
    const [finding] = findingsOf(report, 'einvoice.xml-uploaded');
    expect(finding?.messageId).toBe('einvoice.xml-uploaded.ubl');
    expect(finding?.message.en).toContain(
      'invoice F-2026-0042, dated 2026-01-12, total EUR 1090.00, seller VAT id NL123456782B01',
    );
    expect(finding?.hint?.nl).toContain('Peppol');
    expect(report.document.embeddedInvoice).toMatchObject({
      syntax: 'UBL',
      source: { kind: 'upload' },
      profileName: 'Peppol BIS Billing 3.0 (UBL)',
    });
  });

  test('rejects an uploaded CII (Factur-X) XML the same way', async () => {
    const [finding] = findingsOf(await check(utf8(ciiXml())), 'einvoice.xml-uploaded');
    expect(finding?.messageId).toBe('einvoice.xml-uploaded.cii');
    expect(finding?.data).toMatchObject({ kind: 'cii-xml', invoiceNumber: 'F-2026-0042' });
  });

  test('rejects an e-invoice XML that cannot be read, saying why', async () => {
    const broken = utf8(`${ublXml().slice(0, 600)}<cbc:ID>`);
    const [finding] = findingsOf(await check(broken), 'einvoice.xml-uploaded');
    expect(finding).toMatchObject({
      messageId: 'einvoice.xml-uploaded.unreadable',
      data: { reason: 'invalid-xml' },
    });
  });
});
