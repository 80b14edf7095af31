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

  test('on a page with some text, says it has too little text, not that it is only an image', async () => {
    const pdf = await textInvoicePdf({ lines: ['Factuur 1'] });
    const strict = testProfile({ checks: { 'text.layer-present': { params: { minChars: 500 } } } });
    const [finding] = findingsOf(await check(pdf, strict), 'text.layer-present');
    expect(finding?.messageId).toBe('text.layer-present.too-little');
    expect(finding?.message.en).not.toContain('only an image');
    expect(finding?.message.nl).not.toContain('alleen een afbeelding');
    expect(finding?.message.en).toMatch(/Page 1 has only \d+ characters of text; .* at least 500/);
    expect(finding?.data).toMatchObject({ page: 1, minChars: 500 });
  });

  test('text.required: true makes a missing text layer an error, also for a buyer that reads images', async () => {
    const warned = testProfile({ checks: { 'text.layer-present': {} } });
    const lenient = testProfile({ ...warned, channels: 'ocr' });
    expect(findingsOf(await check(await imageOnlyPdf(1), lenient), 'text.layer-present')).toEqual([]);
    const required = testProfile({ channels: 'ocr', text: { required: true } });
    const findings = findingsOf(await check(await imageOnlyPdf(1), required), 'text.layer-present');
    expect(findings.map((f) => [f.severity, f.location?.page])).toEqual([['error', 1]]);
  });

  test('text.required: true overrides the default severity, but not one the profile sets itself', async () => {
    const base = { channels: 'both' as const, text: { required: true } };
    const required = testProfile(base);
    const report = await check(await imageOnlyPdf(1), required);
    expect(findingsOf(report, 'text.layer-present')[0]?.severity).toBe('error');
    const own = testProfile({ ...base, checks: { 'text.layer-present': { severity: 'warning' } } });
    expect(findingsOf(await check(await imageOnlyPdf(1), own), 'text.layer-present')[0]?.severity).toBe(
      'warning',
    );
  });

  test('text.required: false turns the check off', async () => {
    const report = await check(await imageOnlyPdf(1), testProfile({ text: { required: false } }));
    expect(findingsOf(report, 'text.layer-present')).toEqual([]);
  });
});
