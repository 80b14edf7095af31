import { describe, expect, test } from '@jest/globals';
import { fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, testProfile } from '../helpers.js';

const ocrProfile = testProfile({ channels: 'ocr' });
// Tesseract measures the 11-point invoice data at an x-height of 25 pixels (300 DPI), the 4-point
// terms at the foot at 12.9 and a 4-point invoice number line at 8: a limit of 14 makes the terms
// fine print. (At 3.5 points it no longer reads the terms at all.)
const finePrintProfile = testProfile({ channels: 'ocr', ocr: { minTextHeightPx: 14 } });

describe('ocr.text-height', () => {
  test('accepts 11-point text at 300 DPI (x-height about 20 pixels)', async () => {
    const report = await checkWith(await fixture('scan-clean'), ocrProfile, {
      ocr: recordedEngine('scan-clean'),
    });
    expect(findingsOf(report, 'ocr.text-height')).toEqual([]);
  });

  test('rejects an invoice printed in 4-point type, pointing at its text', async () => {
    const report = await checkWith(await fixture('small-print'), ocrProfile, {
      ocr: recordedEngine('small-print'),
    });
    const [finding] = findingsOf(report, 'ocr.text-height');
    expect(finding?.severity).toBe('error');
    expect(finding?.messageId).toBe('ocr.text-height.too-small');
    expect(finding?.data).toMatchObject({ page: 1, limit: 10, dpi: 300 });
    expect(finding?.data.xHeightPx).toBeLessThan(10);
    expect(finding?.location?.box?.h).toBeGreaterThan(0);
    // The box is on the page, in points, where the small text is (top part of an A4 page).
    expect(finding?.location?.box?.y).toBeLessThan(200);
    expect(finding?.message.en).toContain('too small');
    expect(report.verdict).toBe('rejected');
  });

  test('only warns about 4-point terms under invoice data printed in 11 points', async () => {
    const report = await checkWith(await fixture('fine-print'), finePrintProfile, {
      ocr: recordedEngine('fine-print'),
    });
    expect(report.fields.invoiceNumber?.value).toBe('F-2026-0042');
    const findings = findingsOf(report, 'ocr.text-height');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', messageId: 'ocr.text-height.fine-print' });
    expect(findings[0]?.data.xHeightPx).toBeLessThan(14);
    // It points at the small print at the foot of the page (below y = 700 pt from the top).
    expect(findings[0]?.location?.box?.y).toBeGreaterThan(700);
    expect(findings[0]?.message.nl).toContain('is klein');
    expect(report.verdict).toBe('accepted');
  });

  test('rejects a required invoice number printed in 4 points, naming the field', async () => {
    const bytes = await fixture('small-number');
    const required = testProfile({
      channels: 'ocr',
      ocr: { minTextHeightPx: 14 },
      fields: { invoiceNumber: { required: true } },
    });
    const report = await checkWith(bytes, required, { ocr: recordedEngine('small-number') });
    expect(report.fields.invoiceNumber?.value).toBe('F-2026-0042');
    const [finding] = findingsOf(report, 'ocr.text-height');
    expect(finding).toMatchObject({
      severity: 'error',
      messageId: 'ocr.text-height.field-too-small',
      location: { page: 1, field: 'invoiceNumber', channel: 'ocr' },
    });
    expect(finding?.data).toMatchObject({ field: 'invoiceNumber', limit: 14, dpi: 300 });
    expect(finding?.message.en).toMatch(/^The invoice number \(F-2026-0042\) on page 1 is printed too small/);
    expect(report.verdict).toBe('rejected');
    // Not required: the other invoice data is large, so the small number line is fine print.
    const lenient = await checkWith(bytes, finePrintProfile, { ocr: recordedEngine('small-number') });
    expect(findingsOf(lenient, 'ocr.text-height').map((f) => f.severity)).toEqual(['warning']);
  });

  test("uses the profile's ocr.minTextHeightPx", async () => {
    const report = await checkWith(
      await fixture('small-print'),
      testProfile({ channels: 'ocr', ocr: { minTextHeightPx: 6 } }),
      { ocr: recordedEngine('small-print') },
    );
    expect(findingsOf(report, 'ocr.text-height')).toEqual([]);
  });
});
