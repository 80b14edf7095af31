import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-currency-allowed.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice, lines } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

describe('fields.currency-allowed', () => {
  test('accepts euro for a buyer that pays in euro', () => {
    expect(
      runOne(check, textDoc(dutchInvoice()), testProfile({ fields: { currency: { oneOf: ['EUR'] } } })),
    ).toEqual([]);
  });

  test('rejects dollars for a buyer that pays in euro (check parameter)', () => {
    const profile = testProfile({ checks: { 'fields.currency-allowed': { params: { allowed: ['EUR'] } } } });
    const [finding] = runOne(check, textDoc(lines(['Invoice No. 5', 'Total: $120.00'])), profile);
    expect(finding).toMatchObject({
      messageId: 'fields.currency-allowed.not-allowed',
      data: { currency: 'USD', allowed: 'EUR' },
    });
  });

  test('rejects a currency label with a code that is not ISO 4217', () => {
    const [finding] = runOne(check, textDoc(lines(['Valuta: XBT', 'Totaal 5,00'])));
    expect(finding).toMatchObject({
      messageId: 'fields.currency-allowed.unknown',
      data: { currency: 'XBT' },
    });
  });
});
