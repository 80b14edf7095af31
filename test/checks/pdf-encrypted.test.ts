import { describe, expect, test } from '@jest/globals';
import { pdfkitPdf } from '../fixtures/pdfs.js';
import { check, findingsOf, messageIds } from '../helpers.js';

describe('pdf.encrypted', () => {
  test('accepts a PDF without a password', async () => {
    const report = await check(await pdfkitPdf());
    expect(findingsOf(report, 'pdf.encrypted')).toEqual([]);
    expect(report.verdict).toBe('accepted');
  });

  test('rejects a PDF that needs a password to open, with a fix', async () => {
    const report = await check(await pdfkitPdf({ userPassword: 'geheim' }));
    expect(report.verdict).toBe('rejected');
    expect(messageIds(report, 'pdf.encrypted')).toEqual(['pdf.encrypted.user-password']);
    expect(findingsOf(report, 'pdf.encrypted')[0]?.hint?.nl).toMatch(/zonder wachtwoord/);
    // The damaged-file message must not pile on: the password is the one reason.
    expect(findingsOf(report, 'pdf.readable')).toEqual([]);
  });

  test('opens an owner-password-only PDF (restrictions are not a password to open)', async () => {
    const report = await check(await pdfkitPdf({ ownerPassword: 'eigenaar' }));
    expect(findingsOf(report, 'pdf.encrypted')).toEqual([]);
    expect(report.document.pageCount).toBe(1);
  });
});
