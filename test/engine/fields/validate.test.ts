import { describe, expect, test } from '@jest/globals';
import {
  checkIban,
  checkKvk,
  checkVatId,
  daysBetween,
  isCurrencyCode,
} from '../../../engine/fields/validate.js';

describe('IBAN', () => {
  test('accepts a valid IBAN, spaced or not', () => {
    expect(checkIban('NL91 ABNA 0417 1643 00')).toMatchObject({ value: 'NL91ABNA0417164300', valid: true });
    expect(checkIban('DE89370400440532013000').valid).toBe(true);
  });

  test('rejects a typo (mod 97) but knows the length was right', () => {
    expect(checkIban('NL91ABNA0417164301')).toMatchObject({ valid: false, formatOk: true });
  });

  test('rejects a wrong length for the country', () => {
    expect(checkIban('NL91ABNA041716430')).toMatchObject({ valid: false, formatOk: false });
  });
});

describe('VAT ids', () => {
  test.each([
    ['NL123456782B01', true], // old RSIN-based number: mod 11
    ['NL810433941B01', true],
    ['NL853746333B01', true],
    ['NL123456789B01', false],
    ['FR60421938861', true],
    ['DE136695976', true],
    ['BE0403019261', true],
  ])('%s valid: %s', (id, valid) => {
    expect(checkVatId(id).valid).toBe(valid);
  });

  test('tells a wrong check digit from a wrong form', () => {
    expect(checkVatId('NL123456789B01')).toMatchObject({ formatOk: true, valid: false, country: 'NL' });
    expect(checkVatId('DE12435679')).toMatchObject({ formatOk: false, valid: false, country: 'DE' });
    expect(checkVatId('XX123456789')).toMatchObject({ formatOk: false, valid: false });
  });

  test('accepts a Dutch btw-identificatienummer valid only under mod 97', () => {
    // Sole proprietors' numbers since 2020 need not pass the old mod-11 test.
    const mod97Only = 'NL000099998B57';
    expect(checkVatId(mod97Only).valid).toBe(true);
  });
});

describe('KvK, currency, days', () => {
  test('a KvK number is eight digits', () => {
    expect(checkKvk('54.55.67.32')).toMatchObject({ value: '54556732', valid: true });
    expect(checkKvk('1234567').valid).toBe(false);
    expect(checkKvk('00000000').valid).toBe(false);
  });

  test('currency codes come from ISO 4217', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });

  test('counts whole days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });
});
