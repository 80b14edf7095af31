import { describe, expect, test } from '@jest/globals';
import { PDFDocument, setFillingGrayscaleColor } from 'pdf-lib';
import { openPdfRenderer } from '../../../engine/adapters/render.js';
import { openScanPages, singleImagePainting } from '../../../engine/adapters/scan-pages.js';
import { imageOnlyPdf, textInvoicePdf } from '../../fixtures/pdfs.js';
import { hiddenNumberPdf, SCAN_QUALITIES, scannedPageJpeg } from '../../fixtures/scans.js';

describe('singleImagePainting', () => {
  test('finds the one image a plain scan page paints, with its matrix', () => {
    expect(singleImagePainting('q 1 0 0 1 0 0 cm\n595.28 0 0 841.89 0 0 cm /Im1 Do Q')).toEqual({
      name: 'Im1',
      matrix: [595.28, 0, 0, 841.89, 0, 0],
    });
    expect(singleImagePainting('q 2 0 0 2 10 20 cm q 100 0 0 50 0 0 cm /X Do Q Q')?.matrix).toEqual([
      200, 0, 0, 100, 10, 20,
    ]);
  });

  test.each([
    ['text', 'BT /F1 11 Tf 56 700 Td (Factuur) Tj ET'],
    ['two images', 'q 595 0 0 842 0 0 cm /A Do /B Do Q'],
    ['a drawing operator', 'q 0 g 595 0 0 842 0 0 cm /A Do Q'],
    ['an unbalanced Q', 'Q /A Do'],
    ['an inline image', 'q BI /W 1 /H 1 ID x EI Q'],
  ])('says no to a page with %s', (_name, content) => {
    expect(singleImagePainting(content)).toBeUndefined();
  });
});

async function jpegPage(
  options: { extraOperator?: boolean; size?: [number, number] } = {},
): Promise<Uint8Array> {
  const { jpeg } = await scannedPageJpeg(SCAN_QUALITIES.office);
  const doc = await PDFDocument.create();
  const [w, h] = options.size ?? [595.28, 841.89];
  const page = doc.addPage([595.28, 841.89]);
  if (options.extraOperator) page.pushOperators(setFillingGrayscaleColor(0));
  page.drawImage(await doc.embedJpg(jpeg), { x: 0, y: 0, width: w, height: h });
  return doc.save();
}

describe('openScanPages', () => {
  test('hands out the JPEG of a page that is one full-page JPEG', async () => {
    const scans = await openScanPages(await jpegPage());
    const jpeg = scans.pageJpeg(0);
    expect([...(jpeg ?? new Uint8Array()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(scans.pageJpeg(1)).toBeUndefined();
  });

  test.each([
    ['a text page', () => textInvoicePdf()],
    ['a PNG (Flate) scan', () => imageOnlyPdf(1)],
    ['a scan with text on top', () => hiddenNumberPdf()],
    ['a JPEG that does not cover the page', () => jpegPage({ size: [400, 600] })],
    ['a page that also draws', () => jpegPage({ extraOperator: true })],
  ])('leaves %s to pdf.js', async (_name, make) => {
    expect((await openScanPages(await make())).pageJpeg(0)).toBeUndefined();
  });
});

test('decoding the JPEG directly gives the pixels pdf.js draws for the same page', async () => {
  const render = async (pdf: Uint8Array) => {
    const renderer = await openPdfRenderer(pdf);
    try {
      return (await renderer.render(0, 300)).image;
    } finally {
      await renderer.close();
    }
  };
  const direct = await render(await jpegPage());
  const viaPdfjs = await render(await jpegPage({ extraOperator: true }));
  expect([direct.width, direct.height]).toEqual([viaPdfjs.width, viaPdfjs.height]);
  let sum = 0;
  for (let i = 0; i < direct.pixels.length; i += 7) sum += Math.abs(direct.pixels[i]! - viaPdfjs.pixels[i]!);
  expect(sum / (direct.pixels.length / 7)).toBeLessThan(3); // mean grey-level difference
});
