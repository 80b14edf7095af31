import { describe, expect, test } from '@jest/globals';
import check from '../../checks/nl-legal-fields.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice, lines } from '../fixtures/words.js';

describe('nl.legal-fields', () => {
  test('passes a Dutch invoice with everything art. 35a asks', () => {
    expect(runOne(check, textDoc(dutchInvoice()))).toEqual([]);
  });

  test('warns per missing field of a Dutch invoice', () => {
    const findings = runOne(check, textDoc(lines(['Factuur', 'Factuurnummer: 12', 'Totaal € 10,00'])));
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.data.field)).toEqual([
      'issueDate',
      'sellerName',
      'sellerVatId',
      'netAmount',
      'taxAmount',
    ]);
    expect(findings[0]?.message.nl).toBe(
      'Een Nederlandse factuur moet de factuurdatum vermelden (artikel 35a Wet op de omzetbelasting), maar het is niet gevonden in de tekst van de PDF.',
    );
  });

  test('does not apply to an invoice that is not Dutch', () => {
    expect(runOne(check, textDoc(lines(['Invoice', 'Invoice number: 12', 'Total $10.00'])))).toEqual([]);
  });
});
