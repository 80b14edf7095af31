import { describe, expect, test } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { engineFrom } from '../fixtures/ocr.js';
import { INVOICE_LINES, imageOnlyPdf, scanLikePng } from '../fixtures/pdfs.js';
import { check, checkWith, findingsOf, testProfile } from '../helpers.js';

/** An engine that reads nothing: these tests are about the image's size, not its words. */
const blindEngine = engineFrom(async () => ({ words: [], lines: [] }));

/** A text invoice with a small logo (30 × 30 pixels) in its corner. */
async function textPdfWithLogo(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  const logo = await doc.embedPng(await scanLikePng(30, 30));
  page.drawImage(logo, { x: 480, y: 760, width: 60, height: 60 });
  INVOICE_LINES.forEach((line, i) => {
    if (line) page.drawText(line, { x: 56, y: 770 - i * 16, size: 11, font });
  });
  return doc.save();
}

describe('ocr.image-side', () => {
  test('accepts a scanned page within the range', async () => {
    const profile = testProfile({ ocr: { minImageSidePx: 50, maxImageSidePx: 10000 } });
    const report = await check(await imageOnlyPdf(1), profile);
    expect(findingsOf(report, 'ocr.image-side')).toEqual([]);
  });

  test('rejects a scanned page whose image is larger than the maximum', async () => {
    const report = await check(await imageOnlyPdf(1), testProfile({ ocr: { maxImageSidePx: 1000 } }));
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'ocr.image-side');
    expect(finding?.messageId).toBe('ocr.image-side.too-large');
    expect(finding?.data).toEqual({ page: 1, widthPx: 1240, heightPx: 1754, maxPx: 1000 });
    expect(finding?.message.en).toContain('1240 × 1754 pixels');
    expect(finding?.message.en).toContain('at most 1000 pixels');
  });

  test('rejects a scanned page whose image is smaller than the minimum', async () => {
    const report = await check(await imageOnlyPdf(1), testProfile({ ocr: { minImageSidePx: 1500 } }));
    const [finding] = findingsOf(report, 'ocr.image-side');
    expect(finding?.messageId).toBe('ocr.image-side.too-small');
    expect(finding?.location).toEqual({ page: 1 });
  });

  test('does not measure a logo on a text page', async () => {
    const report = await check(await textPdfWithLogo(), testProfile({ ocr: { minImageSidePx: 50 } }));
    expect(findingsOf(report, 'ocr.image-side')).toEqual([]);
  });

  test('measures an uploaded image file by its own pixels', async () => {
    const image = await scanLikePng(40, 900);
    const base = { channels: 'ocr' as const, file: { imagesAllowed: true } };
    const tooSmall = testProfile({ ...base, ocr: { minImageSidePx: 50 } });
    const report = await checkWith(image, tooSmall, { ocr: blindEngine });
    expect(findingsOf(report, 'ocr.image-side').map((f) => f.data)).toEqual([
      { page: 1, widthPx: 40, heightPx: 900, minPx: 50 },
    ]);
    const fine = testProfile({ ...base, ocr: { minImageSidePx: 30 } });
    expect(findingsOf(await checkWith(image, fine, { ocr: blindEngine }), 'ocr.image-side')).toEqual([]);
  });
});
