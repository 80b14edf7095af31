import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-ambiguous.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice, lines } from '../fixtures/words.js';

describe('fields.ambiguous', () => {
  test('is quiet for a clearly labelled invoice', () => {
    expect(runOne(check, textDoc(dutchInvoice()))).toEqual([]);
  });

  test('warns about two invoice numbers', () => {
    const [finding] = runOne(check, textDoc(lines(['Factuurnummer: A-100', '', '', 'Factuurnummer: B-200'])));
    expect(finding).toMatchObject({
      severity: 'warning',
      messageId: 'fields.ambiguous.close-candidates',
      data: { field: 'invoiceNumber', values: 'A-100, B-200' },
      location: { field: 'invoiceNumber', page: 1 },
    });
    expect(finding?.message.nl).toContain('meerdere waarden voor het factuurnummer (A-100, B-200)');
  });

  test('warns about dates none of which is labelled as the invoice date', () => {
    const [finding] = runOne(check, textDoc(lines(['Bakkerij Jansen', '12-01-2026', 'Levering 15-01-2026'])));
    expect(finding?.messageId).toBe('fields.ambiguous.unlabelled-dates');
  });

  test('warns about totals that disagree', () => {
    const findings = runOne(
      check,
      textDoc([
        { text: 'Totaal 100,00', x: 300, y: 200 },
        { text: 'Totaal 120,00', x: 300, y: 300 },
      ]),
    );
    expect(findings.map((f) => f.messageId)).toContain('fields.ambiguous.totals-disagree');
  });
});
