import { describe, expect, test } from '@jest/globals';
import { javaScriptPdf } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf } from '../helpers.js';

describe('content.no-javascript', () => {
  test('accepts a PDF without scripts', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'content.no-javascript')).toEqual([]);
  });

  test('warns about JavaScript that runs when the file is opened', async () => {
    const report = await check(await javaScriptPdf());
    const [finding] = findingsOf(report, 'content.no-javascript');
    expect(finding).toMatchObject({ severity: 'warning', data: { where: 'open-action', count: 1 } });
    expect(finding?.message.en).toContain('run when the file is opened');
    expect(finding?.message.nl).toContain('bij het openen');
    expect(report.verdict).toBe('accepted');
  });
});
