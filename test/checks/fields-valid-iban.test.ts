import { describe, expect, test } from '@jest/globals';
import check, { ibanMod97 } from '../../checks/fields-valid-iban.js';
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

  test('says which check fails when a French IBAN passes mod 97 but not its clé RIB', () => {
    // FR76 3000 6000 0112 3456 7890 189 is valid; with RIB key 88 and the IBAN check digits made to
    // match again (06), only the national key is wrong.
    expect(ibanMod97('FR0630006000011234567890188')).toBe(1);
    const [finding] = runOne(check, textDoc(dutchInvoice({ iban: 'FR06 3000 6000 0112 3456 7890 188' })));
    expect(finding).toMatchObject({
      messageId: 'fields.valid-iban.national-key',
      data: { value: 'FR0630006000011234567890188', country: 'FR', mod97Ok: true },
    });
    expect(finding?.message.en).toContain('has matching IBAN check digits');
    expect(finding?.message.en).not.toContain('its check digits do not match');
    expect(finding?.message.nl).toContain('clé RIB');
    expect(runOne(check, textDoc(dutchInvoice({ iban: 'FR76 3000 6000 0112 3456 7890 189' })))).toEqual([]);
  });
});
