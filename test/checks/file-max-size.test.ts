import { describe, expect, test } from '@jest/globals';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('file.max-size', () => {
  test('accepts a file within the limit', async () => {
    const report = await check(await textInvoicePdf(), testProfile({ file: { maxBytes: 1024 * 1024 } }));
    expect(findingsOf(report, 'file.max-size')).toEqual([]);
  });

  test('rejects a file over the profile limit and names both sizes', async () => {
    const pdf = await textInvoicePdf({ pages: 3 });
    const report = await check(pdf, testProfile({ file: { maxBytes: 1024 } }));
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'file.max-size');
    expect(finding?.data).toEqual({ bytes: pdf.length, limitBytes: 1024 });
    expect(finding?.message.nl).toMatch(/maximaal 0\.00 MB|maximaal 0,00 MB|maximaal 0.00 MB/);
    expect(finding?.message.en).toContain(`${(pdf.length / 1048576).toFixed(2)} MB`);
  });

  test('uses a 10 MB default when the profile sets no limit', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const report = await check(big, testProfile());
    expect(findingsOf(report, 'file.max-size')[0]?.data.limitBytes).toBe(10 * 1024 * 1024);
  });
});
