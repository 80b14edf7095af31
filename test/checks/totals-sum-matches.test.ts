import { describe, expect, test } from '@jest/globals';
import check from '../../checks/totals-sum-matches.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

describe('totals.sum-matches', () => {
  test('passes when net + VAT = total and the VAT fits its rate', () => {
    expect(runOne(check, textDoc(dutchInvoice()))).toEqual([]);
  });

  test('reports a total that does not add up, at the total', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ total: '1.100,00' })));
    expect(finding).toMatchObject({
      messageId: 'totals.sum-matches.mismatch',
      data: { net: '1000.00', tax: '90.00', sum: '1090.00', total: '1100.00' },
      location: { field: 'totalAmount', page: 1 },
    });
    expect(finding?.message.en).toBe(
      'The amounts do not add up: 1000.00 excluding VAT + 90.00 VAT = 1090.00, but the invoice total is 1100.00.',
    );
  });

  test('accepts a difference within the tolerance parameter', () => {
    const tolerant = testProfile({ checks: { 'totals.sum-matches': { params: { tolerance: 0.05 } } } });
    expect(runOne(check, textDoc(dutchInvoice({ total: '1.090,03' })), tolerant)).toEqual([]);
    expect(runOne(check, textDoc(dutchInvoice({ total: '1.090,03' })))).toHaveLength(1);
  });

  test('reports VAT that is not its rate of the base', () => {
    const findings = runOne(
      check,
      textDoc([
        { text: 'Subtotaal € 300,00', x: 300, y: 200 },
        { text: 'Btw 9% over € 100,00 € 9,00', x: 300, y: 216 },
        { text: 'Btw 21% over € 200,00 € 24,00', x: 300, y: 232 },
        { text: 'Totaal € 333,00', x: 300, y: 248 },
      ]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'totals.sum-matches.vat-rate',
        data: { rate: 21, base: '200.00', expected: '42.00', amount: '24.00' },
      }),
    ]);
  });

  test('reports VAT lines that do not add up to the VAT total', () => {
    const findings = runOne(
      check,
      textDoc([
        { text: 'Subtotaal € 300,00', x: 300, y: 200 },
        { text: 'Btw 9% € 9,00', x: 300, y: 216 },
        { text: 'Btw 21% € 42,00', x: 300, y: 232 },
        { text: 'Totaal btw € 50,00', x: 300, y: 248 },
        { text: 'Totaal € 350,00', x: 300, y: 264 },
      ]),
    );
    expect(findings.map((f) => f.messageId)).toContain('totals.sum-matches.vat-lines');
  });
});
