import { describe, expect, test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import {
  DEFAULT_RENDER_LIMITS,
  decodeImage,
  fitToLimits,
  imageFacts,
  openPdfRenderer,
} from '../../../engine/adapters/render.js';
import type { GreyImage } from '../../../engine/ocr-engine.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';

/** Share of dark pixels inside a box given in points. */
function darkShare(
  image: GreyImage,
  box: { x: number; y: number; w: number; h: number },
  dpi: number,
): number {
  const s = dpi / 72;
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(box.y * s); y < Math.ceil((box.y + box.h) * s); y++)
    for (let x = Math.floor(box.x * s); x < Math.ceil((box.x + box.w) * s); x++, all++)
      if (image.pixels[y * image.width + x]! < 128) dark++;
  return dark / all;
}

describe('fitToLimits', () => {
  test('gives an A4 page at 300 DPI its full size', () => {
    expect(fitToLimits(595.28, 841.89, 300)).toEqual({ widthPx: 2480, heightPx: 3508, dpi: 300 });
  });

  test('scales a huge page down to the pixel and side limits, and says at what DPI', () => {
    const fit = fitToLimits(14_400, 14_400, 300);
    expect(fit.widthPx * fit.heightPx).toBeLessThanOrEqual(DEFAULT_RENDER_LIMITS.maxPixels);
    expect(fit.dpi).toBeLessThan(25);
    const strip = fitToLimits(14_400, 10, 300);
    expect(strip.widthPx).toBeLessThanOrEqual(DEFAULT_RENDER_LIMITS.maxSide);
  });
});

describe('openPdfRenderer', () => {
  test('draws a page in greyscale at the DPI asked, with ink where the text is', async () => {
    const renderer = await openPdfRenderer(await textInvoicePdf());
    try {
      const { image, dpi, widthPt } = await renderer.render(0, 300);
      expect([image.width, image.height, image.pixels.length]).toEqual([2480, 3508, 2480 * 3508]);
      expect([dpi, Math.round(widthPt)]).toEqual([300, 595]);
      // "Bakkerij …" sits at x 56 pt, baseline 72 pt below the top; the far corner is white paper.
      expect(darkShare(image, { x: 56, y: 62, w: 120, h: 10 }, 300)).toBeGreaterThan(0.05);
      expect(darkShare(image, { x: 500, y: 780, w: 60, h: 40 }, 300)).toBe(0);
    } finally {
      await renderer.close();
    }
  });

  test('keeps a 200-inch page within the pixel limit', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([14_400, 14_400]);
    const renderer = await openPdfRenderer(await doc.save());
    try {
      const { image, dpi } = await renderer.render(0, 300);
      expect(image.width * image.height).toBeLessThanOrEqual(DEFAULT_RENDER_LIMITS.maxPixels);
      expect(dpi).toBeLessThan(25);
      expect(image.pixels.every((value) => value === 255)).toBe(true);
    } finally {
      await renderer.close();
    }
  });
});

describe('decodeImage', () => {
  test('turns a 16-bit RGB PNG into 8-bit greyscale', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#808080' } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect((await sharp(png).metadata()).depth).toBe('ushort');
    const { image } = await decodeImage(new Uint8Array(png), 0, 300);
    expect([image.width, image.height, image.pixels.length]).toEqual([40, 30, 1200]);
    expect(image.pixels[0]).toBeGreaterThan(110);
    expect(image.pixels[0]).toBeLessThan(145);
  });

  test('reads a CMYK JPEG', async () => {
    const jpeg = await sharp({ create: { width: 50, height: 20, channels: 3, background: '#000' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    expect((await sharp(jpeg).metadata()).space).toBe('cmyk');
    const { image } = await decodeImage(new Uint8Array(jpeg), 0, 300);
    expect(image.pixels.length).toBe(1000);
    expect(image.pixels[500]).toBeLessThan(60);
  });

  test('puts a transparent PNG on white paper', async () => {
    const png = await sharp({
      create: { width: 10, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const { image } = await decodeImage(new Uint8Array(png), 0, 300);
    expect([...image.pixels].every((value) => value === 255)).toBe(true);
  });

  test('scales a 10 000 × 10 000 image down to the limit, lowering its DPI to match', async () => {
    const png = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    expect(await imageFacts(new Uint8Array(png))).toMatchObject({ widthPx: 10_000, heightPx: 10_000 });
    const { image, dpi, widthPt } = await decodeImage(new Uint8Array(png), 0, 600);
    expect(image.width * image.height).toBeLessThanOrEqual(DEFAULT_RENDER_LIMITS.maxPixels);
    expect(dpi).toBeCloseTo((600 * image.width) / 10_000, 0);
    expect(widthPt).toBeCloseTo(1200, 0); // 10 000 px at 600 DPI is 16.7 inches
  });

  test('rejects bytes that are no image', async () => {
    await expect(decodeImage(new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]), 0, 300)).rejects.toThrow();
  });
});
