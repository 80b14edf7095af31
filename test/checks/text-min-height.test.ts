import { describe, expect, test } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { textHeightPt } from '../../checks/text-min-height.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { smallPrintPdf } from '../fixtures/scans.js';
import { check, findingsOf, testProfile } from '../helpers.js';

/** A normal 11-point invoice with a block of terms in `size`-point fine print under it. */
async function invoiceWithFinePrint(size: number, lines: number, withInvoice = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  const invoice = [
    'Bakkerij De Korenschoof B.V.',
    'Factuurnummer: F-2026-0042',
    'Factuurdatum: 12-01-2026',
    'Subtotaal 1.000,00',
    'BTW 9% 90,00',
    'Totaal te betalen 1.090,00',
  ];
  if (withInvoice) {
    for (const [i, line] of invoice.entries())
      page.drawText(line, { x: 56, y: 770 - i * 16, size: 11, font });
  } else page.drawText('Algemene voorwaarden', { x: 56, y: 770, size: 11, font });
  for (let i = 0; i < lines; i++)
    page.drawText('Op al onze leveringen zijn de algemene voorwaarden van toepassing', {
      x: 56,
      y: 400 - i * size * 1.4,
      size,
      font,
    });
  return doc.save();
}

describe('text.min-height', () => {
  test('accepts 11-point text under an 8-point minimum', async () => {
    const report = await check(await textInvoicePdf(), testProfile({ text: { minTextHeightPt: 8 } }));
    expect(findingsOf(report, 'text.min-height')).toEqual([]);
  });

  test('rejects an invoice printed in 4-point text, pointing at a field', async () => {
    const report = await check(await smallPrintPdf(4), testProfile({ text: { minTextHeightPt: 8 } }));
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'text.min-height');
    expect(finding?.messageId).toBe('text.min-height.field-too-small');
    expect(finding?.severity).toBe('error');
    expect(finding?.data).toMatchObject({ page: 1, minPt: 8, smallestPt: 4 });
    expect(finding?.location?.field).toBeDefined();
    expect(finding?.location?.box?.h).toBeLessThan(5);
    expect(finding?.message.en).toMatch(/printed in 4-point text; .* 8 points or larger/);
  });

  test('a page mostly in small print is an error when no field could be read at a readable size', async () => {
    const pdf = await invoiceWithFinePrint(5, 30, false);
    const report = await check(pdf, testProfile({ text: { minTextHeightPt: 8 } }));
    const [finding] = findingsOf(report, 'text.min-height');
    expect([finding?.messageId, finding?.severity]).toEqual(['text.min-height.page-too-small', 'error']);
    expect(finding?.message.en).toMatch(
      /Most of the text on page 1 \(\d+%\) is smaller than 8 points \(the smallest is 5 points\)/,
    );
  });

  test('much fine print beside invoice data read at a readable size only warns', async () => {
    const report = await check(
      await invoiceWithFinePrint(6, 6),
      testProfile({ text: { minTextHeightPt: 8 } }),
    );
    const findings = findingsOf(report, 'text.min-height');
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['text.min-height.fine-print', 'warning'],
    ]);
  });

  test('some fine print besides normal-sized invoice data only warns', async () => {
    const pdf = await invoiceWithFinePrint(6, 2);
    const report = await check(pdf, testProfile({ text: { minTextHeightPt: 8 } }));
    const findings = findingsOf(report, 'text.min-height');
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['text.min-height.fine-print', 'warning'],
    ]);
    expect(findings[0]?.location?.box?.y).toBeGreaterThan(400);
    expect(report.verdict).toBe('accepted');
  });

  test('says nothing when the profile sets no minimum', async () => {
    expect(findingsOf(await check(await smallPrintPdf(4), testProfile()), 'text.min-height')).toEqual([]);
  });

  test('measures rotated words across their baseline', () => {
    expect(textHeightPt({ text: 'Totaal', box: { x: 0, y: 0, w: 40, h: 10 } })).toBe(10);
    expect(textHeightPt({ text: 'Totaal', box: { x: 0, y: 0, w: 10, h: 40 } })).toBe(10);
    expect(textHeightPt({ text: 'a', box: { x: 0, y: 0, w: 5, h: 10 } })).toBe(10);
  });
});
