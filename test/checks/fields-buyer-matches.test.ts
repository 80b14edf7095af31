import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-buyer-matches.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

const buyer = { name: 'Gemeente Voorbeeld', vatId: 'NL810433941B01', kvk: '87654321' };

describe('fields.buyer-matches', () => {
  test('passes an invoice addressed to the buyer by name and VAT id', () => {
    const doc = textDoc(dutchInvoice({ buyerVat: 'NL810433941B01' }));
    expect(runOne(check, doc, testProfile({ buyer }))).toEqual([]);
  });

  test("reports another company's VAT id in the buyer's place", () => {
    const [finding] = runOne(
      check,
      textDoc(dutchInvoice({ buyerVat: 'NL853746333B01' })),
      testProfile({ buyer }),
    );
    expect(finding).toMatchObject({
      messageId: 'fields.buyer-matches.vat-id',
      data: { found: 'NL853746333B01', expected: 'NL810433941B01' },
      location: { field: 'buyerVatId' },
    });
  });

  test('reports an invoice addressed to someone else', () => {
    const [finding] = runOne(
      check,
      textDoc(dutchInvoice({ buyer: 'Provincie Elders' })),
      testProfile({ buyer }),
    );
    expect(finding).toMatchObject({
      messageId: 'fields.buyer-matches.name',
      data: { found: 'Provincie Elders' },
    });
    expect(finding?.message.en).toBe(
      'The invoice is addressed to "Provincie Elders", not to Gemeente Voorbeeld.',
    );
  });

  test('compares a field the profile ties to a buyer field', () => {
    const profile = testProfile({ buyer, fields: { buyerReference: { equals: { buyerField: 'kvk' } } } });
    const findings = runOne(check, textDoc(dutchInvoice({ reference: '11112222' })), profile);
    expect(findings).toEqual([expect.objectContaining({ messageId: 'fields.buyer-matches.field' })]);
    expect(runOne(check, textDoc(dutchInvoice({ reference: '87654321' })), profile)).toEqual([]);
  });

  test('does nothing without a buyer in the profile', () => {
    expect(runOne(check, textDoc(dutchInvoice({ buyer: 'Wie Dan Ook' })))).toEqual([]);
  });
});
