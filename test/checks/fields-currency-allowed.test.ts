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

  test('names a withdrawn currency such as DEM as withdrawn, with the currency to use', () => {
    const [finding] = runOne(check, textDoc(lines(['Rechnung 5', 'Währung: DEM', 'Gesamtbetrag 5,00'])));
    expect(finding).toMatchObject({
      messageId: 'fields.currency-allowed.withdrawn',
      data: { currency: 'DEM', since: 2002, replacement: 'EUR' },
    });
    expect(finding?.message.en).toBe(
      'The invoice is in DEM, a currency that is no longer in use since 2002; use EUR.',
    );
    expect(finding?.message.nl).toContain('sinds 2002 niet meer bestaat; gebruik EUR');
    expect(finding?.message.en).not.toContain('not a valid currency code');
  });
});
