import { describe, expect, test } from '@jest/globals';
import { blankFirstPagePdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('pages.first-not-blank', () => {
  test('accepts an invoice that starts on page 1', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'pages.first-not-blank')).toEqual([]);
  });

  test('warns about an empty first page by default, pointing at page 1', async () => {
    const [finding] = findingsOf(await check(await blankFirstPagePdf()), 'pages.first-not-blank');
    expect(finding).toMatchObject({ severity: 'warning', location: { page: 1 } });
    expect(finding?.hint?.nl).toContain('lege eerste pagina');
  });

  test('rejects it when the profile requires a first page with content, and is silent when it does not', async () => {
    const strict = testProfile({ file: { firstPageNotBlank: true } });
    const strictReport = await check(await blankFirstPagePdf(), strict);
    expect(findingsOf(strictReport, 'pages.first-not-blank')[0]?.severity).toBe('error');
    const off = testProfile({ file: { firstPageNotBlank: false } });
    expect(findingsOf(await check(await blankFirstPagePdf(), off), 'pages.first-not-blank')).toEqual([]);
  });
});
