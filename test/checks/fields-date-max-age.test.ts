import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-date-max-age.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

const profile = testProfile({ fields: { issueDate: { maxAgeDays: 90 } } });

describe('fields.date-max-age', () => {
  test('has no limit unless the profile sets one', () => {
    expect(runOne(check, textDoc(dutchInvoice({ date: '12-01-2020' })))).toEqual([]);
  });

  test('accepts an invoice within the limit', () => {
    expect(runOne(check, textDoc(dutchInvoice({ date: '01-12-2025' })), profile)).toEqual([]);
  });

  test('rejects an invoice older than the limit, saying how old', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ date: '01-11-2025' })), profile);
    expect(finding).toMatchObject({
      messageId: 'fields.date-max-age.too-old',
      data: { field: 'issueDate', date: '2025-11-01', days: 120, maxAgeDays: 90 },
    });
  });

  test('takes the limit from the check parameter too', () => {
    const byParam = testProfile({ checks: { 'fields.date-max-age': { params: { maxAgeDays: 30 } } } });
    expect(runOne(check, textDoc(dutchInvoice({ date: '01-12-2025' })), byParam)).toHaveLength(1);
  });
});
