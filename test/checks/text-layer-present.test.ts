import { describe, expect, test } from '@jest/globals';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('text.layer-present', () => {
  test('accepts pages that carry text', async () => {
    const report = await check(await textInvoicePdf({ pages: 2 }));
    expect(findingsOf(report, 'text.layer-present')).toEqual([]);
  });

  test('flags every image-only page, with its page number', async () => {
    const report = await check(await imageOnlyPdf(2));
    expect(report.verdict).toBe('rejected');
    const findings = findingsOf(report, 'text.layer-present');
    expect(findings.map((f) => f.location?.page)).toEqual([1, 2]);
    expect(findings[0]?.message.en).toContain('Page 1 has no text');
  });

  test('honours a profile that lowers the severity to a warning', async () => {
    const profile = testProfile({ checks: { 'text.layer-present': { severity: 'warning' } } });
    const report = await check(await imageOnlyPdf(1), profile);
    expect(findingsOf(report, 'text.layer-present')[0]?.severity).toBe('warning');
    expect(report.verdict).toBe('accepted');
  });

  test('says nothing for a buyer that reads only the page image', async () => {
    const report = await check(await imageOnlyPdf(1), testProfile({ channels: 'ocr' }));
    expect(findingsOf(report, 'text.layer-present')).toEqual([]);
  });

  test('uses the minChars parameter', async () => {
    const pdf = await textInvoicePdf({ lines: ['Factuur 1'] });
    const strict = testProfile({ checks: { 'text.layer-present': { params: { minChars: 50 } } } });
    expect(findingsOf(await check(pdf, strict), 'text.layer-present')).toHaveLength(1);
    const lenient = testProfile({ checks: { 'text.layer-present': { params: { minChars: 10 } } } });
    expect(findingsOf(await check(pdf, lenient), 'text.layer-present')).toHaveLength(0);
  });
});
