import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-date-not-in-future.js';
import { NOW, runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

describe('fields.date-not-in-future', () => {
  test('accepts an invoice dated today or earlier (today from the injected clock)', () => {
    expect(runOne(check, textDoc(dutchInvoice({ date: '01-03-2026', due: '31-03-2026' })))).toEqual([]);
  });

  test('rejects an invoice dated after the day of the check', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ date: '02-03-2026' })));
    expect(finding).toMatchObject({
      messageId: 'fields.date-not-in-future.future',
      data: { field: 'issueDate', date: '2026-03-02', today: '2026-03-01' },
      location: { field: 'issueDate', channel: 'text' },
    });
    expect(finding?.message.nl).toBe(
      'De factuurdatum is 2026-03-02; die ligt in de toekomst (de controle liep op 2026-03-01).',
    );
  });

  test('takes "today" in the Netherlands and honours a tolerance', () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(runOne(check, textDoc(dutchInvoice({ date: '02-03-2026' })), testProfile(), lateEvening)).toEqual(
      [],
    );
    const tolerant = testProfile({
      checks: { 'fields.date-not-in-future': { params: { toleranceDays: 1 } } },
    });
    expect(runOne(check, textDoc(dutchInvoice({ date: '02-03-2026' })), tolerant, NOW)).toEqual([]);
  });

  test('checks the due date only when the profile asks', () => {
    const doc = textDoc(dutchInvoice({ date: '01-02-2026', due: '31-03-2026' }));
    expect(runOne(check, doc)).toEqual([]);
    expect(runOne(check, doc, testProfile({ fields: { dueDate: { notInFuture: true } } }))).toHaveLength(1);
  });
});
