import { describe, expect, test } from '@jest/globals';
import {
  compactId,
  compactReference,
  labelForm,
  nameCore,
  parseAmountString,
  parseDateString,
  parseDateWords,
  parseNumber,
} from '../../../engine/fields/normalise.js';

describe('dates', () => {
  test.each([
    ['12-01-2026', 'dmy', '2026-01-12'],
    ['12.01.2026', 'dmy', '2026-01-12'],
    ['12/01/2026', 'mdy', '2026-12-01'],
    ['2026-01-12', 'dmy', '2026-01-12'],
    ['12 januari 2026', 'dmy', '2026-01-12'],
    ['24. Januar 2014', 'dmy', '2014-01-24'],
    ['02 Juillet 2015', 'dmy', '2015-07-02'],
    ['1er août 2015', 'dmy', '2015-08-01'],
    ['Jan 12, 2026', 'dmy', '2026-01-12'],
    ['August 3 , 2014', 'dmy', '2014-08-03'],
    ['17-Jan-26', 'dmy', '2026-01-17'],
    ['02/17/26', 'dmy', '2026-02-17'],
    ['31.12.2025,', 'dmy', '2025-12-31'],
  ] as const)('reads %s (%s) as %s', (text, order, iso) => {
    expect(parseDateString(text, order)?.iso).toBe(iso);
  });

  test('lets the document decide only where day and month could swap', () => {
    expect(parseDateString('05/06/2026', 'dmy')).toEqual({ iso: '2026-06-05', orderAssumed: true });
    expect(parseDateString('05/06/2026', 'mdy')?.iso).toBe('2026-05-06');
    expect(parseDateString('25/06/2026', 'mdy')).toEqual({ iso: '2026-06-25', orderAssumed: false });
  });

  test.each(['31-02-2026', '2026', '1.0', '10:35', '12-13-14-15', 'July 1 - July 31', '2.6'])(
    'does not take %s for a date',
    (text) => {
      expect(parseDateString(text, 'dmy')).toBeUndefined();
    },
  );

  test('reads a date spread over words and says how many it used', () => {
    expect(parseDateWords(['19', 'april', '2014', 'Ordernummer:'], 'dmy')).toEqual({
      iso: '2014-04-19',
      words: 3,
      orderAssumed: false,
    });
    expect(parseDateWords(['Totaal', '12'], 'dmy')).toBeUndefined();
  });
});

describe('amounts', () => {
  test.each([
    ['1.234,50', '1234.50'],
    ['1,234.50', '1234.50'],
    ['1 234,50', '1234.50'],
    ['1234,50', '1234.50'],
    ['1234.5', '1234.50'], // read as a number; an amount needs two decimals (readAmount)
    ['1.234', '1234.00'],
    ['1.234,-', '1234.00'],
    ['0,00', '0.00'],
    ['86,5500', undefined],
    ['12.345.678,90', '12345678.90'],
    ['1.234.5', undefined],
  ])('reads the number %s as %s', (text, value) => {
    expect(parseNumber(text)?.value).toBe(value);
  });

  test.each([
    ['€ 1 234,50', '1234.50', 'EUR'],
    ['€1.234,50', '1234.50', 'EUR'],
    ['1234,50-', '-1234.50', undefined],
    ['(1.234,50)', '-1234.50', undefined],
    ['-233,47', '-233.47', undefined],
    ['−5,00', '-5.00', undefined],
    ['$4.11', '4.11', 'USD'],
    ['1.090,00EUR', '1090.00', 'EUR'],
    ['-0,00', '0.00', undefined],
  ])('reads the amount %s as %s', (text, value, currency) => {
    const parsed = parseAmountString(text);
    expect(parsed?.value).toBe(value);
    expect(parsed?.currency).toBe(currency);
  });

  test.each(['21%', '20,00%', 'F-2026', 'abc'])('does not take %s for an amount', (text) => {
    expect(parseAmountString(text)).toBeUndefined();
  });
});

describe('identifiers and labels', () => {
  test('compacts ids to upper case without spaces, dots and dashes', () => {
    expect(compactId('nl91 abna 0417.1643-00')).toBe('NL91ABNA0417164300');
    expect(compactReference(' f-2026 /0042. ')).toBe('F-2026/0042');
  });

  test('folds label words: case, accents, dots and outer punctuation', () => {
    expect(labelForm('USt.-Id.-Nr.:')).toBe('ust-id-nr');
    expect(labelForm('Fälligkeit')).toBe('falligkeit');
    expect(labelForm('(excl.')).toBe('excl');
    expect(labelForm('N°')).toBe('n°');
    expect(labelForm(':')).toBe('');
  });
});

describe('nameCore', () => {
  test('reads initials joined by "&" as one word, and keeps "&" between words a separator', () => {
    expect(nameCore('E&U TRANSPORT')).toBe(nameCore('EU Transport'));
    expect(nameCore('H&M Hennes')).toBe('hm hennes');
    expect(nameCore('Lieferant GmbH & Co. KG')).not.toContain('&');
    expect(nameCore('Smith & Jones Ltd')).toBe('smith jones');
  });
});
