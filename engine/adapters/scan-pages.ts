/**
 * Finds pages that are nothing but one upright image covering the whole page — what almost every
 * scanner writes. The analysis describes such a page (one image covering it) from these facts
 * instead of pdf.js's operator list, which would decode the image only to tell its size. When the
 * image is a plain JPEG, its bytes are handed out too, so the render adapter can decode them with
 * libjpeg-turbo (sharp) instead of pdf.js's JavaScript decoder: the same pixels, several times
 * faster and without pdf.js's ~150 MB of RGBA buffers per page. Every other page (text, drawings,
 * annotations, image masks, rotation, a crop box, an encrypted file) gives `undefined` and is read
 * and drawn by pdf.js as usual. pdf-lib reads the file's objects; nothing is decoded but content
 * streams.
 */
import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';
import type { PageScan } from '../model/document.js';
import { installBoundedPdfLibParser } from './pdf-lib-parser.js';
import { boundedPdf } from './resource-limits.js';

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n` (PDF's `cm` multiplies on the left of the current matrix). */
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const TOKEN = /\s*(?:%[^\r\n]*|(\/[^\s/[\]()<>{}%]*)|([+-]?(?:\d+\.?\d*|\.\d+))|([A-Za-z]+)|(\S))/y;

/**
 * The one image a content stream paints and the matrix it paints it with, if the stream does
 * nothing else (only `q`, `Q`, `cm` and one `Do`); undefined otherwise.
 */
export function singleImagePainting(content: string): { name: string; matrix: Matrix } | undefined {
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let operands: (number | string)[] = [];
  let painted: { name: string; matrix: Matrix } | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < content.length) {
    const match = TOKEN.exec(content);
    if (!match) break;
    const [, name, number, operator, other] = match;
    if (other !== undefined) return undefined; // strings, arrays, dictionaries, inline images
    if (name !== undefined) operands.push(name.slice(1));
    else if (number !== undefined) operands.push(Number(number));
    else if (operator !== undefined) {
      if (operator === 'q' && operands.length === 0) stack.push(ctm);
      else if (operator === 'Q' && operands.length === 0) {
        const saved = stack.pop();
        if (!saved) return undefined;
        ctm = saved;
      } else if (operator === 'cm' && operands.length === 6 && operands.every((o) => typeof o === 'number')) {
        ctm = multiply(operands as Matrix, ctm);
      } else if (operator === 'Do' && operands.length === 1 && typeof operands[0] === 'string' && !painted) {
        painted = { name: operands[0], matrix: ctm };
      } else return undefined;
      operands = [];
    }
  }
  return operands.length === 0 ? painted : undefined;
}

const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

/** A page that is exactly one full-page image (what scanners write): its size and how it is drawn. */
export type ScanPage = PageScan;

/** The JPEG-bearing pages of a PDF. */
export interface ScanPages {
  /** Page `index` (0-based) if it is exactly one full-page image (of any kind), else undefined. */
  pageScan(index: number): ScanPage | undefined;
  /** The raw JPEG of page `index` (0-based) if the page is exactly one full-page JPEG, else undefined. */
  pageJpeg(index: number): Uint8Array | undefined;
}

function contentOf(contents: unknown, resolve: (ref: unknown) => unknown): string | undefined {
  const streams = contents instanceof PDFArray ? contents.asArray().map(resolve) : [contents];
  const parts: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return undefined;
    parts.push(Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'));
  }
  return parts.join('\n');
}

function isPlainJpeg(image: PDFRawStream, resolve: (ref: unknown) => unknown): boolean {
  const dict = image.dict;
  const get = (key: string): unknown => resolve(dict.get(PDFName.of(key)));
  if (get('Subtype') !== PDFName.of('Image')) return false;
  const filter = get('Filter');
  const filters = filter instanceof PDFArray ? filter.asArray().map(resolve) : [filter];
  if (filters.length !== 1 || filters[0] !== PDFName.of('DCTDecode')) return false;
  if (['SMask', 'Mask', 'Decode', 'ImageMask', 'DecodeParms'].some((key) => dict.has(PDFName.of(key))))
    return false;
  const bits = get('BitsPerComponent');
  if (bits !== undefined && !(bits instanceof PDFNumber && bits.asNumber() === 8)) return false;
  const space = get('ColorSpace');
  if (space === PDFName.of('DeviceGray') || space === PDFName.of('DeviceRGB')) return true;
  // [/ICCBased stream] with 1 or 3 components; CMYK JPEGs are left to pdf.js (inversion conventions).
  if (space instanceof PDFArray && space.size() === 2 && resolve(space.get(0)) === PDFName.of('ICCBased')) {
    const profile = resolve(space.get(1));
    const n = profile instanceof PDFRawStream ? resolve(profile.dict.get(PDFName.of('N'))) : undefined;
    return n instanceof PDFNumber && (n.asNumber() === 1 || n.asNumber() === 3);
  }
  return false;
}

/** Reads the PDF's objects (not its images) to find full-page JPEG pages. Rejects if pdf-lib cannot parse it. */
export async function openScanPages(bytes: Uint8Array): Promise<ScanPages> {
  installBoundedPdfLibParser();
  const doc = await PDFDocument.load(boundedPdf(bytes).bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  return scanPagesOf(doc);
}

/** The full-page JPEG pages of a document pdf-lib has already loaded. */
export function scanPagesOf(doc: PDFDocument): ScanPages {
  let pages: ReturnType<PDFDocument['getPages']> = [];
  try {
    pages = doc.isEncrypted ? [] : doc.getPages();
  } catch {
    // A page tree pdf-lib cannot walk: every page is left to pdf.js.
  }
  const resolve = (value: unknown): unknown =>
    value && typeof value === 'object' && 'objectNumber' in value
      ? doc.context.lookup(value as PDFRef)
      : value;
  const pageScan = (index: number): ScanPage | undefined => {
    const page = pages[index];
    if (!page) return undefined;
    try {
      const node = page.node;
      const annots = resolve(node.get(PDFName.of('Annots')));
      if (annots instanceof PDFArray && annots.size() > 0) return undefined;
      if (page.getRotation().angle % 360 !== 0) return undefined;
      const media = page.getMediaBox();
      const crop = page.getCropBox();
      if (
        !(near(media.x, crop.x, 0.01) && near(media.y, crop.y, 0.01)) ||
        !near(media.width, crop.width, 0.01)
      )
        return undefined;
      if (!near(media.height, crop.height, 0.01)) return undefined;
      const content = contentOf(resolve(node.get(PDFName.of('Contents'))), resolve);
      const painting = content === undefined ? undefined : singleImagePainting(content);
      if (!painting) return undefined;
      // Upright and covering the page: the unit square maps onto the media box (½ pt slack).
      const [a, b, c, d, e, f] = painting.matrix;
      const slack = 0.5;
      if (!(near(b, 0, 1e-3) && near(c, 0, 1e-3) && a > 0 && d > 0)) return undefined;
      if (!(near(a, media.width, slack) && near(d, media.height, slack))) return undefined;
      if (!(near(e, media.x, slack) && near(f, media.y, slack))) return undefined;
      const resources = node.Resources();
      const xobjects = resources && resolve(resources.get(PDFName.of('XObject')));
      const image =
        xobjects instanceof PDFDict ? resolve(xobjects.get(PDFName.of(painting.name))) : undefined;
      if (!(image instanceof PDFRawStream)) return undefined;
      if (resolve(image.dict.get(PDFName.of('Subtype'))) !== PDFName.of('Image')) return undefined;
      const imageMask = resolve(image.dict.get(PDFName.of('ImageMask')));
      if (imageMask instanceof PDFBool && imageMask.asBoolean()) return undefined;
      const width = resolve(image.dict.get(PDFName.of('Width')));
      const height = resolve(image.dict.get(PDFName.of('Height')));
      if (!(width instanceof PDFNumber && height instanceof PDFNumber)) return undefined;
      const widthPx = width.asNumber();
      const heightPx = height.asNumber();
      if (!(Number.isInteger(widthPx) && Number.isInteger(heightPx) && widthPx > 0 && heightPx > 0))
        return undefined;
      const drawn = { widthPx, heightPx, drawnWidthPt: a, drawnHeightPt: d };
      return isPlainJpeg(image, resolve) ? { ...drawn, jpeg: image.contents } : drawn;
    } catch {
      return undefined;
    }
  };
  return { pageScan, pageJpeg: (index) => pageScan(index)?.jpeg };
}
