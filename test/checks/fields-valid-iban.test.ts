import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-valid-iban.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';

describe('fields.valid-iban', () => {
  test('accepts a valid IBAN', () => {
    expect(runOne(check, textDoc(dutchInvoice()))).toEqual([]);
  });

  test('rejects an IBAN with a typo and points at it', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ iban: 'NL91 ABNA 0417 1643 01' })));
    expect(finding).toMatchObject({
      messageId: 'fields.valid-iban.invalid',
      severity: 'error',
      data: { value: 'NL91ABNA0417164301', lengthOk: true },
      location: { page: 1, field: 'iban', channel: 'text' },
    });
    expect(finding?.message.nl).toContain('NL91ABNA0417164301');
  });

  test('says an IBAN is incomplete when it is cut short', () => {
    const [finding] = runOne(check, textDoc(dutchInvoice({ iban: 'NL91 ABNA 0417 1643' })));
    expect(finding).toMatchObject({
      messageId: 'fields.valid-iban.incomplete',
      data: { value: 'NL91ABNA04171643', country: 'NL', length: 18 },
    });
    expect(finding?.message.en).toContain('an IBAN from NL has 18 characters');
  });
});
