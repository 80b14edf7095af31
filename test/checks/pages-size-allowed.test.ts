import { describe, expect, test } from '@jest/globals';
import { pageSizePdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

const a4Only = testProfile({ file: { pageSizes: ['A4'] } });

describe('pages.size-allowed', () => {
  test('accepts A4 in portrait and in landscape when the buyer takes A4', async () => {
    expect(findingsOf(await check(await textInvoicePdf(), a4Only), 'pages.size-allowed')).toEqual([]);
    const landscape = await textInvoicePdf({ size: [841.89, 595.28] });
    expect(findingsOf(await check(landscape, a4Only), 'pages.size-allowed')).toEqual([]);
  });

  test('rejects a Letter page when the buyer takes only A4, with the size in millimetres', async () => {
    const report = await check(await textInvoicePdf({ size: [612, 792] }), a4Only);
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'pages.size-allowed');
    expect(finding).toMatchObject({
      messageId: 'pages.size-allowed.not-allowed',
      data: { page: 1, widthMm: 216, heightMm: 279, sizes: 'A4' },
      location: { page: 1 },
    });
    expect(finding?.message.nl).toContain('216 × 279 mm');
  });

  test('without a list, warns only about an unusual size (a 5-metre page)', async () => {
    const [finding] = findingsOf(await check(pageSizePdf(14400, 14400)), 'pages.size-allowed');
    expect(finding).toMatchObject({ messageId: 'pages.size-allowed.unusual', severity: 'warning' });
    expect(findingsOf(await check(await textInvoicePdf({ size: [612, 792] })), 'pages.size-allowed')).toEqual(
      [],
    );
  });
});
