/**
 * The render stage draws a scanner's page from the JPEG the analysis found, with no second pdf-lib
 * parse of the file, and the pixels are exactly those the renderer draws when it finds the JPEG itself.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { openPdfRenderer } from '../../../engine/adapters/render.js';
import type { DocumentModel } from '../../../engine/model/document.js';
import type { GreyImage } from '../../../engine/ocr-engine.js';
import { analyze } from '../../../engine/stages/analyze.js';
import { intake } from '../../../engine/stages/intake.js';
import { render } from '../../../engine/stages/render.js';
import { imageOnlyPdf } from '../../fixtures/pdfs.js';
import { SCAN_QUALITIES, scannedPageJpeg } from '../../fixtures/scans.js';

const A4: [number, number] = [595.28, 841.89];
const LETTER: [number, number] = [612, 792];
const DPI = 200;

/** A PDF of `pages` pages, each one JPEG scan filling a page of `size`, as a scanner writes it. */
async function jpegScanPdf(size: [number, number], pages = 2): Promise<Uint8Array> {
  const { jpeg } = await scannedPageJpeg(SCAN_QUALITIES.office);
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  for (let n = 0; n < pages; n++)
    doc.addPage(size).drawImage(image, { x: 0, y: 0, width: size[0], height: size[1] });
  return doc.save();
}

/** The pages as the renderer draws them when it looks for scanner pages itself (as before). */
async function drawnAlone(bytes: Uint8Array, pages: number): Promise<GreyImage[]> {
  const renderer = await openPdfRenderer(bytes);
  try {
    const images: GreyImage[] = [];
    for (let index = 0; index < pages; index++) images.push((await renderer.render(index, DPI)).image);
    return images;
  } finally {
    await renderer.close();
  }
}

async function analysed(bytes: Uint8Array): Promise<DocumentModel> {
  return analyze(intake({ bytes }), bytes);
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('render', () => {
  test.each([
    ['an A4 JPEG scan', () => jpegScanPdf(A4), true],
    ['a Letter JPEG scan', () => jpegScanPdf(LETTER), true],
    ['a PNG scan', () => imageOnlyPdf(2), false],
  ])(
    'draws %s with the same pixels as before, without parsing the file again',
    async (_name, make, jpeg) => {
      const bytes = await make();
      const doc = await analysed(bytes);
      expect(doc.pages.map((page) => page.scan !== undefined)).toEqual([true, true]);
      expect(doc.pages.map((page) => page.scan?.jpeg !== undefined)).toEqual([jpeg, jpeg]);
      const before = await drawnAlone(bytes, 2);

      const load = jest.spyOn(PDFDocument, 'load');
      const drawn: GreyImage[] = [];
      for await (const page of render(doc, bytes, { dpi: DPI, maxPages: 10 })) {
        if (!page.ok) throw new Error(page.detail);
        drawn.push(page.image);
      }
      expect(load).not.toHaveBeenCalled();
      expect(drawn.map(({ width, height }) => [width, height])).toEqual(
        before.map(({ width, height }) => [width, height]),
      );
      drawn.forEach((image, i) => {
        expect(Buffer.compare(image.pixels, before[i]!.pixels)).toBe(0);
      });
    },
    60_000,
  );

  test('has pdf.js draw a page the analysis did not find to be a scan', async () => {
    const bytes = await jpegScanPdf(A4, 1);
    const doc = await analysed(bytes);
    // The same file, but as if the analysis had not matched the page to pdf-lib's page tree.
    const unknown = { ...doc, pages: doc.pages.map(({ scan: _scan, ...page }) => page) };
    const viaScan = (await render(doc, bytes, { dpi: DPI, maxPages: 1 })[Symbol.asyncIterator]().next())
      .value;
    const viaPdfjs = (await render(unknown, bytes, { dpi: DPI, maxPages: 1 })[Symbol.asyncIterator]().next())
      .value;
    expect(viaScan?.ok && viaPdfjs?.ok).toBe(true);
    if (!(viaScan?.ok && viaPdfjs?.ok)) return;
    expect([viaPdfjs.image.width, viaPdfjs.image.height]).toEqual([
      viaScan.image.width,
      viaScan.image.height,
    ]);
    // pdf.js's own JPEG decoder and scaler: close to, but not bit for bit, what libjpeg-turbo draws.
    expect(Buffer.compare(viaPdfjs.image.pixels, viaScan.image.pixels)).not.toBe(0);
  }, 60_000);
});
