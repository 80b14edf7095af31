import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-valid-kvk.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';

describe('fields.valid-kvk', () => {
  test('accepts an eight-digit KvK number, also written with dots', () => {
    expect(runOne(check, textDoc(dutchInvoice({ kvk: '54.55.67.32' })))).toEqual([]);
  });

  test('rejects a KvK number of seven digits', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ kvk: '1234567' })));
    expect(finding).toMatchObject({
      messageId: 'fields.valid-kvk.invalid',
      data: { value: '1234567' },
      location: { field: 'sellerKvk', channel: 'text' },
    });
  });
});
