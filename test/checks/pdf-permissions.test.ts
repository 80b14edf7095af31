import { describe, expect, test } from '@jest/globals';
import { ownerPasswordPdf } from '../fixtures/analysis-pdfs.js';
import { pdfkitPdf } from '../fixtures/pdfs.js';
import { check, findingsOf, messageIds, testProfile } from '../helpers.js';

describe('pdf.permissions', () => {
  test('says nothing about a PDF without encryption', async () => {
    const report = await check(await pdfkitPdf());
    expect(findingsOf(report, 'pdf.permissions')).toEqual([]);
  });

  test('warns, by default, about an owner password that forbids copying, read from the encryption dictionary', async () => {
    const report = await check(await ownerPasswordPdf({ copying: false }));
    const [finding] = findingsOf(report, 'pdf.permissions');
    expect(finding?.messageId).toBe('pdf.permissions.restricted');
    expect(finding?.severity).toBe('warning');
    expect(finding?.data).toMatchObject({ denied: 'copy', algorithm: 'AES-128' });
    expect(finding?.message.en).toContain('copying or extracting the text');
    expect(finding?.message.nl).toContain('de tekst kopiëren');
    expect(finding?.hint?.en).toMatch(/without document security/);
    expect(report.verdict).toBe('accepted');
  });

  test('rejects any owner-password restriction when the profile disallows restrictions', async () => {
    const profile = testProfile({ file: { restrictionsAllowed: false } });
    const report = await check(
      await ownerPasswordPdf({ copying: false, printing: 'lowResolution' }),
      profile,
    );
    expect(report.verdict).toBe('rejected');
    expect(findingsOf(report, 'pdf.permissions')[0]?.data.denied).toBe('copy, printHighQuality');
  });

  test('flags an encrypted PDF that restricts nothing, and allows it when the profile allows restrictions', async () => {
    const pdf = await ownerPasswordPdf();
    expect(messageIds(await check(pdf), 'pdf.permissions')).toEqual(['pdf.permissions.encrypted']);
    const lenient = testProfile({ file: { restrictionsAllowed: true } });
    expect(findingsOf(await check(pdf, lenient), 'pdf.permissions')).toEqual([]);
  });
});
