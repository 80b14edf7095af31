import { describe, expect, test } from '@jest/globals';
import { identityFontWithoutToUnicodePdf, privateUseTextPdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('fonts.unicode-mapping', () => {
  test('accepts fonts with a standard encoding or a ToUnicode map', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'fonts.unicode-mapping')).toEqual([]);
    expect(findingsOf(await check(await privateUseTextPdf()), 'fonts.unicode-mapping')).toEqual([]);
  });

  test('flags an Identity-H font without ToUnicode, whose text cannot be turned back into characters', async () => {
    const report = await check(await identityFontWithoutToUnicodePdf());
    const [finding] = findingsOf(report, 'fonts.unicode-mapping');
    expect(finding).toMatchObject({
      messageId: 'fonts.unicode-mapping.missing',
      location: { page: 1 },
      data: { fonts: 'InvoiceSans' },
    });
    expect(finding?.message.en).toContain('InvoiceSans');
  });

  test('does not apply to a buyer that only uses OCR', async () => {
    const ocr = testProfile({ channels: 'ocr' });
    expect(
      findingsOf(await check(await identityFontWithoutToUnicodePdf(), ocr), 'fonts.unicode-mapping'),
    ).toEqual([]);
  });
});
