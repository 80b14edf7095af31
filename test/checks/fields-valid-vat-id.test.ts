import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-valid-vat-id.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';

describe('fields.valid-vat-id', () => {
  test('accepts valid seller and buyer VAT ids (mod 11 and mod 97)', () => {
    expect(
      runOne(check, textDoc(dutchInvoice({ sellerVat: 'NL000099998B57', buyerVat: 'NL810433941B01' }))),
    ).toEqual([]);
  });

  test('rejects a Dutch btw-id whose check digits are wrong', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ sellerVat: 'NL123456789B01' })));
    expect(finding).toMatchObject({
      messageId: 'fields.valid-vat-id.checksum',
      data: { field: 'sellerVatId', value: 'NL123456789B01' },
      location: { field: 'sellerVatId' },
    });
    expect(finding?.message.nl).toBe(
      'Uw btw-nummer NL123456789B01 is geen geldig btw-identificatienummer: de controlecijfers kloppen niet.',
    );
  });

  test("rejects a buyer's VAT id of the wrong form", () => {
    const findings = runOne(check, textDoc(dutchInvoice({ buyerVat: 'NL12345B01' })));
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'fields.valid-vat-id.format',
        data: expect.objectContaining({ field: 'buyerVatId' }),
      }),
    ]);
  });
});
