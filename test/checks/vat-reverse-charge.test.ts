import { describe, expect, test } from '@jest/globals';
import check from '../../checks/vat-reverse-charge.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';

const reverse = { vatLine: 'BTW verlegd', vat: '0,00', total: '1.000,00' };

describe('vat.reverse-charge', () => {
  test('passes a reverse-charge invoice that shows the buyer VAT id', () => {
    expect(runOne(check, textDoc(dutchInvoice({ ...reverse, buyerVat: 'NL810433941B01' })))).toEqual([]);
  });

  test('passes an ordinary invoice without the buyer VAT id', () => {
    expect(runOne(check, textDoc(dutchInvoice()))).toEqual([]);
  });

  test('rejects "btw verlegd" without the buyer VAT id, pointing at the statement', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice(reverse)));
    expect(finding).toMatchObject({
      messageId: 'vat.reverse-charge.missing-buyer-vat',
      data: { text: 'BTW verlegd € 0,00' },
      location: { page: 1, field: 'buyerVatId', channel: 'text' },
    });
  });

  test('knows the English and German wording', () => {
    for (const vatLine of ['VAT reverse charge', 'Reverse-Charge-Verfahren', 'Autoliquidation'])
      expect(runOne(check, textDoc(dutchInvoice({ ...reverse, vatLine })))).toHaveLength(1);
  });
});
