import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../engine/model/finding.js';
import * as server from '../../server/http/formats.js';

// The browser's copy (public/formats.js, plain JavaScript with no types): loaded by a path in a
// variable so the compiler does not look for its types.
const browserPath = '../../public/formats.js';
const browser = (await import(browserPath)) as typeof server;

/** Spaces as a test writes them: Intl puts no-break and narrow no-break spaces in amounts. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const dutchInvoice = { fields: { currency: { value: 'EUR' } }, channels: { text: { language: 'nl' } } };
const germanInvoice = { fields: { currency: { value: 'EUR' } }, channels: { ocr: { language: 'de' } } };
const englishInvoice = { fields: { currency: { value: 'GBP' } }, channels: { text: { language: 'en' } } };

const finding = (page: number | undefined, over: Partial<Finding> = {}): Finding => ({
  checkId: 'text.layer-present',
  severity: 'error',
  messageId: 'text.layer-present.missing',
  message: {
    nl: `Pagina ${page} bevat geen tekst.`,
    en: `Page ${page} has no text.`,
    de: `Seite ${page} enthält keinen Text.`,
    fr: `La page ${page} ne contient pas de texte.`,
  },
  data: page === undefined ? {} : { page },
  ...(page === undefined ? {} : { location: { page } }),
  ...over,
});

describe.each([
  ['the server (report.html)', server],
  ['the browser (public/formats.js)', browser],
])('people’s formats in %s', (_name, f) => {
  test('prints amounts as the invoice’s locale does: Dutch, German, English', () => {
    expect(plain(f.formatFieldValue('totalAmount', '5079.46', dutchInvoice, 'en'))).toBe('€ 5.079,46');
    expect(plain(f.formatFieldValue('totalAmount', '5079.46', germanInvoice, 'nl'))).toBe('5.079,46 €');
    expect(plain(f.formatFieldValue('taxAmount', '5079.46', englishInvoice, 'nl'))).toBe('£5,079.46');
    expect(plain(f.formatFieldValue('netAmount', '-12.5', dutchInvoice, 'nl'))).toBe('€ -12,50');
  });

  test('prints days as the invoice’s locale does: 14-03-2025, 14.03.2025, 14/03/2025', () => {
    expect(f.formatFieldValue('issueDate', '2025-03-14', dutchInvoice, 'en')).toBe('14-03-2025');
    expect(f.formatFieldValue('dueDate', '2025-03-14', germanInvoice, 'en')).toBe('14.03.2025');
    expect(f.formatFieldValue('issueDate', '2025-03-14', englishInvoice, 'nl')).toBe('14/03/2025');
  });

  test('without a language it goes by the currency, then by the page language', () => {
    expect(f.invoiceLocale({ fields: { currency: { value: 'USD' } } }, 'nl')).toBe('en-US');
    expect(f.invoiceLocale({ fields: { currency: { value: 'EUR' } } }, 'nl')).toBe('nl-NL');
    expect(f.invoiceLocale({}, 'en')).toBe('en-GB');
    expect(plain(f.formatFieldValue('totalAmount', '1234.5', {}, 'nl'))).toBe('1.234,50');
  });

  test('leaves values it cannot read, and ids, as they are', () => {
    expect(f.formatFieldValue('totalAmount', 'twelve', dutchInvoice, 'nl')).toBe('twelve');
    expect(f.formatFieldValue('issueDate', '14 maart 2025', dutchInvoice, 'nl')).toBe('14 maart 2025');
    expect(f.formatFieldValue('iban', 'NL91ABNA0417164300', dutchInvoice, 'nl')).toBe('NL91ABNA0417164300');
  });

  test('writes page lists as ranges, in Dutch and English', () => {
    expect(f.pagesText([1, 2, 3, 4], 'nl')).toBe("pagina's 1–4");
    expect(f.pagesText([1, 2, 3, 4], 'en')).toBe('pages 1–4');
    expect(f.pagesText([2], 'nl')).toBe('pagina 2');
    expect(f.pagesText([5, 1, 2, 3], 'en')).toBe('pages 1–3, 5');
    expect(f.pageRanges([1, 2, 4])).toBe('1, 2, 4');
  });

  test('merges findings that differ only in their page and keeps the others apart', () => {
    const other = finding(2, { checkId: 'fonts.embedded', messageId: 'fonts.embedded.missing' });
    const differentFacts = { ...finding(6), data: { page: 6, chars: 3 } };
    const merged = f.mergeFindings([finding(1), finding(2), other, finding(4), finding(3), differentFacts]);
    expect(merged.map((m) => [m.checkId, m.pages])).toEqual([
      ['text.layer-present', [1, 2, 3, 4]],
      ['fonts.embedded', [2]],
      ['text.layer-present', [6]],
    ]);
    expect(merged[0]?.message.nl).toBe('Pagina 1 bevat geen tekst.');
  });

  test('keeps findings without a page one by one', () => {
    expect(f.mergeFindings([finding(undefined), finding(undefined)])).toHaveLength(2);
  });
});

describe('moments in report.html', () => {
  test('are written in the reader’s language and time zone, not as ISO timestamps', () => {
    expect(server.formatMoment('2026-12-03T09:03:00Z', 'nl')).toBe('3 dec 2026, 10:03 CET');
    expect(server.formatMoment('2026-07-01T09:03:00Z', 'en')).toBe('1 Jul 2026, 11:03 CEST');
  });
});
