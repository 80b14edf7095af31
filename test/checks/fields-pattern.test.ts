import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-pattern.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

const doc = textDoc(dutchInvoice({ order: 'PO-4711' }));

describe('fields.pattern', () => {
  test('passes values that fit the rules', () => {
    const profile = testProfile({
      fields: {
        invoiceNumber: { pattern: '^F-\\d{4}-\\d{4}$', maxLength: 20 },
        orderReference: { oneOf: ['PO-4711', 'PO-4712'] },
        currency: { oneOf: ['USD'] }, // currencies are fields.currency-allowed's
        sellerKvk: { equals: '1234 5678' },
      },
    });
    expect(runOne(check, doc, profile)).toEqual([]);
  });

  test('reports a value that breaks a rule, at the value', () => {
    const profile = testProfile({
      fields: {
        invoiceNumber: { pattern: '^\\d+$', maxLength: 8 },
        orderReference: { oneOf: ['PO-1'] },
        sellerKvk: { equals: '87654321' },
      },
    });
    const findings = runOne(check, doc, profile);
    expect(findings.map((f) => f.messageId).sort()).toEqual([
      'fields.pattern.mismatch',
      'fields.pattern.not-allowed',
      'fields.pattern.not-equal',
      'fields.pattern.too-long',
    ]);
    const tooLong = findings.find((f) => f.messageId === 'fields.pattern.too-long')!;
    expect(tooLong.message.en).toBe(
      'The invoice number "F-2026-0042" is 11 characters long; the buyer\'s software accepts at most 8.',
    );
    expect(tooLong.location).toMatchObject({ page: 1, field: 'invoiceNumber', channel: 'text' });
    expect(tooLong.location?.box).toBeDefined();
  });
});
