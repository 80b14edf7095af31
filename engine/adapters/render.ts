/**
 * Pages to pixels. PDF pages are drawn by pdf.js on an @napi-rs/canvas; uploaded images (PNG, JPEG,
 * TIFF) are decoded by sharp. Both end as an 8-bit greyscale image, which is what OCR reads best:
 * plain greyscale, no sharpening (it hurts recognition), no PNG encoding (the slow part).
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import type { GreyImage } from '../ocr-engine.js';
import { type OpenPdf, openPdf } from './pdfjs.js';
import { openScanPages, type ScanPages } from './scan-pages.js';

// Every decode here is done once: libvips's operation cache (up to 50 MB) would only hold memory.
sharp.cache(false);

/** Caps on one page image, so a huge page or image cannot exhaust memory or stall OCR. */
export interface RenderLimits {
  /** Most pixels in one image (default 20 million: an A3 page at 300 DPI is 17.4 million). */
  readonly maxPixels: number;
  /** Longest side in pixels (canvas and OCR limits). */
  readonly maxSide: number;
}

/** The default {@link RenderLimits}. */
export const DEFAULT_RENDER_LIMITS: RenderLimits = { maxPixels: 20_000_000, maxSide: 16_000 };

/** A page as pixels, and the resolution it was drawn at. */
export interface RenderedImage {
  readonly image: GreyImage;
  /** Pixels per inch of the page (lower than asked when the page was too large for the limits). */
  readonly dpi: number;
  /** Page size in points, as displayed. */
  readonly widthPt: number;
  readonly heightPt: number;
  /** For an uploaded image: its own pixel size (EXIF orientation applied), before any scaling. */
  readonly sourcePx?: { readonly widthPx: number; readonly heightPx: number };
}

/**
 * The pixel size of a `widthPt × heightPt` page at `dpi`, scaled down to fit `limits`.
 * Returns the effective resolution too.
 */
export function fitToLimits(
  widthPt: number,
  heightPt: number,
  dpi: number,
  limits: RenderLimits = DEFAULT_RENDER_LIMITS,
): { widthPx: number; heightPx: number; dpi: number } {
  let scale = dpi / 72;
  const w = widthPt * scale;
  const h = heightPt * scale;
  const shrink = Math.min(
    1,
    Math.sqrt(limits.maxPixels / Math.max(1, w * h)),
    limits.maxSide / Math.max(w, h, 1),
  );
  scale *= shrink;
  return {
    widthPx: Math.max(1, Math.round(widthPt * scale)),
    heightPx: Math.max(1, Math.round(heightPt * scale)),
    dpi: scale * 72,
  };
}

/** ITU-R BT.601 luma of opaque RGBA pixels, in integer arithmetic (6× faster here than sharp's greyscale). */
export function rgbaToGrey(rgba: Uint8Array, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) {
    pixels[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29 + 128) >> 8;
  }
  return { width, height, pixels };
}

/** The pixel buffer of an @napi-rs/canvas (`data()`, no copy) or of any 2D canvas (`getImageData`). */
function canvasPixels(
  canvas: unknown,
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } },
  width: number,
  height: number,
): Uint8Array {
  const data = (canvas as { data?: () => Uint8Array }).data;
  if (typeof data === 'function') return data.call(canvas);
  const image = context.getImageData(0, 0, width, height).data;
  return new Uint8Array(image.buffer, image.byteOffset, image.byteLength);
}

async function drawPage(pdf: OpenPdf, page: PDFPageProxy, dpi: number, limits: RenderLimits) {
  const base = page.getViewport({ scale: 1 });
  const fit = fitToLimits(base.width, base.height, dpi, limits);
  const viewport = page.getViewport({ scale: fit.widthPx / base.width });
  const { widthPx, heightPx } = fit;
  const factory = pdf.doc.canvasFactory as {
    create(w: number, h: number): { canvas: unknown; context: unknown };
    destroy(item: { canvas: unknown; context: unknown }): void;
  };
  const target = factory.create(widthPx, heightPx);
  try {
    const context = target.context as CanvasRenderingContext2DLike;
    // A new canvas is transparent; paper is white.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, widthPx, heightPx);
    await page.render({
      canvas: target.canvas as HTMLCanvasElementLike,
      canvasContext: context as unknown as CanvasRenderingContext2DParam,
      viewport,
    }).promise;
    const image = rgbaToGrey(canvasPixels(target.canvas, context, widthPx, heightPx), widthPx, heightPx);
    return { image, dpi: fit.dpi, widthPt: base.width, heightPt: base.height };
  } finally {
    factory.destroy(target);
  }
}

// pdf.js types its render parameters with DOM types this Node project does not load.
type RenderParams = Parameters<PDFPageProxy['render']>[0];
type HTMLCanvasElementLike = NonNullable<RenderParams['canvas']>;
type CanvasRenderingContext2DParam = NonNullable<RenderParams['canvasContext']>;
interface CanvasRenderingContext2DLike {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/** Draws the pages of an open PDF, one at a time. */
export interface PdfPageRenderer {
  /** Pages in the document. */
  readonly pageCount: number;
  /** Draws page `index` (0-based) at `dpi`; rejects when pdf.js cannot draw it. */
  render(index: number, dpi: number): Promise<RenderedImage>;
  /** Closes the PDF. */
  close(): Promise<void>;
}

/**
 * Draws a page that is one full-page JPEG by decoding the JPEG itself (libjpeg-turbo) and scaling
 * it to the page at `dpi`: what any renderer draws for such a page, without pdf.js's JavaScript
 * decoder. Undefined when sharp cannot read it (pdf.js then gets its turn).
 */
async function drawScanPage(
  jpeg: Uint8Array,
  widthPt: number,
  heightPt: number,
  dpi: number,
  limits: RenderLimits,
): Promise<RenderedImage | undefined> {
  try {
    const fit = fitToLimits(widthPt, heightPt, dpi, limits);
    const input = sharp(bufferOf(jpeg), SHARP_INPUT);
    const meta = await input.metadata();
    const sized =
      meta.width === fit.widthPx && meta.height === fit.heightPx
        ? input
        : input.resize(fit.widthPx, fit.heightPx, { fit: 'fill', kernel: 'linear' });
    const { data, info } = await sized
      .toColourspace('b-w')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 1 || info.width !== fit.widthPx || info.height !== fit.heightPx) return undefined;
    return {
      image: { width: info.width, height: info.height, pixels: new Uint8Array(data) },
      dpi: fit.dpi,
      widthPt,
      heightPt,
    };
  } catch {
    return undefined;
  }
}

/** The full-page JPEGs of a PDF's pages, by 0-based page index. */
export type ScanJpegs = Pick<ScanPages, 'pageJpeg'>;

/**
 * Opens a PDF for drawing (a copy of `bytes`: pdf.js detaches what it is given). `scans` are the
 * pages that are one full-page JPEG, when the caller knows them already (the analysis found them
 * while reading the file's structure): then pdf-lib does not parse the file again. Without them,
 * they are found on first use.
 */
export async function openPdfRenderer(
  bytes: Uint8Array,
  limits: RenderLimits = DEFAULT_RENDER_LIMITS,
  scans?: ScanJpegs,
): Promise<PdfPageRenderer> {
  const pdf = await openPdf(bytes, 'render');
  // A file pdf-lib cannot parse is simply drawn by pdf.js throughout.
  let found: Promise<ScanJpegs | undefined> | undefined = scans && Promise.resolve(scans);
  const scanPages = (): Promise<ScanJpegs | undefined> => {
    found ??= openScanPages(bytes).catch(() => undefined);
    return found;
  };
  return {
    pageCount: pdf.doc.numPages,
    async render(index, dpi) {
      const page = await pdf.doc.getPage(index + 1);
      try {
        const jpeg = (await scanPages())?.pageJpeg(index);
        if (jpeg) {
          const view = page.getViewport({ scale: 1 });
          const drawn = await drawScanPage(jpeg, view.width, view.height, dpi, limits);
          if (drawn) return drawn;
        }
        return await drawPage(pdf, page, dpi, limits);
      } finally {
        page.cleanup();
      }
    },
    close: () => pdf.close(),
  };
}

/** Facts about an uploaded image file. */
export interface ImageFacts {
  /** Pages (frames) in the file: more than one only for multi-page TIFF. */
  readonly pageCount: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Resolution the file declares (pixels per inch), if any. */
  readonly density?: number;
}

/** sharp options shared by every decode: tolerate what readers tolerate, refuse absurd sizes. */
const SHARP_INPUT = { failOn: 'error', limitInputPixels: 400_000_000 } as const;

const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Reads an image file's header. Rejects when sharp cannot read it. */
export async function imageFacts(bytes: Uint8Array): Promise<ImageFacts> {
  const meta = await sharp(bufferOf(bytes), SHARP_INPUT).metadata();
  const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
  return {
    pageCount: Math.max(1, meta.pages ?? 1),
    widthPx: oriented.width ?? 0,
    heightPx: oriented.height ?? 0,
    ...(meta.density !== undefined && { density: meta.density }),
  };
}

/**
 * Decodes page `index` of an image file into greyscale: EXIF orientation applied, transparency
 * flattened onto white, CMYK and 16-bit converted, scaled down to fit `limits`. `dpi` is the
 * resolution to assume for the file's pixels.
 */
export async function decodeImage(
  bytes: Uint8Array,
  index: number,
  dpi: number,
  limits: RenderLimits = DEFAULT_RENDER_LIMITS,
): Promise<RenderedImage> {
  const input = sharp(bufferOf(bytes), { ...SHARP_INPUT, page: index });
  const meta = await input.metadata();
  const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const width = oriented.width ?? 1;
  const height = oriented.height ?? 1;
  const fit = fitToLimits((width * 72) / dpi, (height * 72) / dpi, dpi, limits);
  let pipeline = input.rotate().flatten({ background: '#ffffff' });
  if (fit.widthPx !== width || fit.heightPx !== height)
    pipeline = pipeline.resize({ width: fit.widthPx, height: fit.heightPx, fit: 'fill' });
  const { data, info } = await pipeline
    .toColourspace('b-w')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected 1 channel after greyscale, got ${info.channels}`);
  // A copy the engine may transfer to another thread (sharp's buffer is native memory).
  const image = { width: info.width, height: info.height, pixels: new Uint8Array(data) };
  return {
    image,
    dpi: fit.dpi,
    widthPt: (width * 72) / dpi,
    heightPt: (height * 72) / dpi,
    sourcePx: { widthPx: width, heightPx: height },
  };
}

/** A grey image scaled to `width` × `height` pixels. */
export async function resizeGrey(image: GreyImage, width: number, height: number): Promise<GreyImage> {
  const { data, info } = await sharp(Buffer.from(image.pixels), {
    raw: { width: image.width, height: image.height, channels: 1 },
  })
    .resize(width, height, { fit: 'fill' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
}

/** A grey image as a colour PNG, with an SVG of its own size drawn over it (boxes keep their colour). */
export async function greyToPng(image: GreyImage, overlaySvg?: string): Promise<Uint8Array> {
  const { width, height, pixels } = image;
  const rgb = Buffer.allocUnsafe(width * height * 3);
  for (let i = 0, j = 0; i < pixels.length; i++, j += 3) rgb[j] = rgb[j + 1] = rgb[j + 2] = pixels[i]!;
  let png = sharp(rgb, { raw: { width, height, channels: 3 } });
  if (overlaySvg !== undefined) png = png.composite([{ input: Buffer.from(overlaySvg), top: 0, left: 0 }]);
  // A copy in JavaScript memory, so it can be moved to another thread (sharp's buffer is native).
  return new Uint8Array(await png.png({ compressionLevel: 6 }).toBuffer());
}
