import { describe, expect, test } from '@jest/globals';
import { privateUseTextPdf, shiftedTextPdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('text.garbled', () => {
  test('accepts a text layer of real Dutch text', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'text.garbled')).toEqual([]);
  });

  test('flags a text layer of private-use characters, pointing at the first such word', async () => {
    const [finding] = findingsOf(await check(await privateUseTextPdf()), 'text.garbled');
    expect(finding?.messageId).toBe('text.garbled.characters');
    expect(finding?.data).toMatchObject({ page: 1, percent: 100 });
    expect(finding?.location).toMatchObject({ page: 1, channel: 'text' });
    expect(finding?.location?.box?.x).toBeCloseTo(56, 0);
    expect(finding?.severity).toBe('warning');
  });

  test('flags letters that read as no language (a shifted font encoding), quoting a sample', async () => {
    const [finding] = findingsOf(await check(await shiftedTextPdf()), 'text.garbled');
    expect(finding?.messageId).toBe('text.garbled.no-language');
    expect(finding?.data.sample).toContain('Ednnhulm'); // "Bakkerij" shifted by three
    expect(Number(finding?.data.languageScore)).toBeLessThan(0.75);
  });

  test('rejects when the profile sets its own text.maxGarbledRatio; skips OCR-only buyers', async () => {
    const strict = testProfile({ text: { maxGarbledRatio: 0.05 } });
    expect((await check(await privateUseTextPdf(), strict)).verdict).toBe('rejected');
    const ocr = testProfile({ channels: 'ocr' });
    expect(findingsOf(await check(await privateUseTextPdf(), ocr), 'text.garbled')).toEqual([]);
  });
});
