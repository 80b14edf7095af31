import { describe, expect, test } from '@jest/globals';
import check from '../../checks/einvoice-matches-printed.js';
import type { DocumentModel, EmbeddedInvoice } from '../../engine/model/document.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';

const withXml = (fields: EmbeddedInvoice['fields']): DocumentModel => ({
  ...textDoc(dutchInvoice()),
  embeddedInvoice: { syntax: 'CII', source: { kind: 'attachment', fileName: 'factur-x.xml' }, fields },
});

describe('einvoice.matches-printed', () => {
  test('passes when the printed values equal the XML (names and XML-only fields aside)', () => {
    const doc = withXml({
      invoiceNumber: 'F-2026-0042',
      issueDate: '2026-01-12',
      totalAmount: '1090.00',
      taxAmount: '90.00',
      iban: 'NL91ABNA0417164300',
      sellerName: 'Korenschoof',
      buyerReference: 'ONLY-IN-XML',
    });
    expect(runOne(check, doc)).toEqual([]);
  });

  test('accepts a credit note whose XML amounts are positive and printed ones negative', () => {
    const doc: DocumentModel = {
      ...textDoc(dutchInvoice({ net: '-1.000,00', vat: '-90,00', total: '-1.090,00' })),
      embeddedInvoice: { syntax: 'CII', source: { kind: 'upload' }, fields: { totalAmount: '1090.00' } },
    };
    expect(runOne(check, doc)).toEqual([]);
  });

  test('reports a printed total that differs from the XML, naming both', () => {
    const [finding, ...rest] = runOne(
      check,
      withXml({ totalAmount: '1091.00', invoiceNumber: 'F-2026-0042' }),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      messageId: 'einvoice.matches-printed.mismatch',
      data: { field: 'totalAmount', printed: '1090.00', embedded: '1091.00' },
      location: { field: 'totalAmount', page: 1, channel: 'text' },
    });
    expect(finding?.message.nl).toContain('(1090.00)');
    expect(finding?.message.nl).toContain('(1091.00)');
  });
});
