/**
 * Draws one page image: page `index` of a PDF (pdf.js) or of an uploaded image (sharp) as PNG at
 * `dpi`, with blue boxes around fields and red boxes around findings (an SVG overlay). Runs in a
 * pipeline worker thread (see `pool/pipeline-worker.ts`), so drawing never
 * holds up the HTTP thread and pdf.js, canvas and sharp are not loaded there.
 */
import {
  decodeImage,
  greyToPng,
  imageFacts,
  openPdfRenderer,
  type RenderedImage,
  resizeGrey,
} from '../engine/adapters/render.js';
import type { Box } from '../engine/model/geometry.js';
import { imageDpi } from '../engine/stages/render.js';

/** Colours of the boxes. */
export const FIELD_BOX_COLOUR = '#1565c0';
export const FINDING_BOX_COLOUR = '#d32f2f';

/** The boxes drawn on a page, in points from its top-left corner. */
export interface PageBoxes {
  readonly fields: readonly Box[];
  readonly findings: readonly Box[];
}

/** What to draw. */
export interface PageImageRequest {
  readonly bytes: Uint8Array;
  /** The file's kind from intake: `pdf`, `png`, `jpeg` or `tiff`. */
  readonly fileKind: string;
  /** 0-based page. */
  readonly index: number;
  readonly dpi: number;
  readonly boxes: PageBoxes;
}

/**
 * The PNG of a page, or undefined when the file has no such page. Rejects when the page cannot be
 * drawn, so the caller can remember the failure instead of trying again on every request.
 */
export async function drawPageImage(request: PageImageRequest): Promise<Uint8Array | undefined> {
  const rendered = await renderPage(request.bytes, request.fileKind, request.index, request.dpi);
  return rendered && toPng(rendered, request.boxes);
}

async function renderPage(
  bytes: Uint8Array,
  kind: string,
  index: number,
  dpi: number,
): Promise<RenderedImage | undefined> {
  if (kind === 'pdf') {
    const renderer = await openPdfRenderer(bytes);
    try {
      if (index < 0 || index >= renderer.pageCount) return undefined;
      return await renderer.render(index, dpi);
    } finally {
      await renderer.close();
    }
  }
  const facts = await imageFacts(bytes);
  if (index >= facts.pageCount) return undefined;
  const decoded = await decodeImage(bytes, index, imageDpi(facts));
  const width = Math.max(1, Math.round((decoded.widthPt * dpi) / 72));
  const height = Math.max(1, Math.round((decoded.heightPt * dpi) / 72));
  if (width >= decoded.image.width) return decoded;
  return { ...decoded, image: await resizeGrey(decoded.image, width, height), dpi };
}

function toPng(rendered: RenderedImage, boxes: PageBoxes): Promise<Uint8Array> {
  const { width, height } = rendered.image;
  if (boxes.fields.length + boxes.findings.length === 0) return greyToPng(rendered.image);
  return greyToPng(rendered.image, boxesSvg(width, height, width / rendered.widthPt, boxes));
}

const n = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '0');

/** An SVG of the boxes (points scaled to pixels by `scale`). */
export function boxesSvg(width: number, height: number, scale: number, boxes: PageBoxes): string {
  const rect = (box: Box, colour: string, stroke: number): string => {
    const pad = stroke;
    return `<rect x="${n(box.x * scale - pad)}" y="${n(box.y * scale - pad)}" width="${n(Math.max(1, box.w * scale + 2 * pad))}" height="${n(Math.max(1, box.h * scale + 2 * pad))}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="${stroke}"/>`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    ...boxes.fields.map((box) => rect(box, FIELD_BOX_COLOUR, 2)),
    ...boxes.findings.map((box) => rect(box, FINDING_BOX_COLOUR, 3)),
    '</svg>',
  ].join('');
}
