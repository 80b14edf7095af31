/**
 * Reads a page's operator list (pdf.js) the way a renderer would, without rendering: follows the
 * current transformation matrix through save/restore, `cm`, form XObjects and annotations, and notes
 * every image with the size it is drawn at (hence its effective DPI), the path and text operators, and
 * text drawn invisibly (an OCR layer). Pure: the operator codes come in as data.
 */

import type { PageGraphics, PageImage } from '../model/document.js';
import type { Box } from '../model/geometry.js';

import {
  asMatrix,
  compose,
  IDENTITY,
  type Matrix,
  type OperatorCodes,
  type OperatorList,
} from './pdf-operators.js';

export type { OperatorCodes, OperatorList } from './pdf-operators.js';

/** What the operator list says about the page. */
export interface PageContent {
  readonly images: PageImage[];
  readonly graphics: PageGraphics;
}

/** Images smaller than this on the page (points, either side) are bullets, lines or tracking pixels. */
const MIN_IMAGE_SIDE_PT = 4;
/** Images noted per page (a page tiled with thousands of small images is summarised by coverage). */
const MAX_IMAGES_PER_PAGE = 500;

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Width and height of an image argument (`{ width, height }`), if it has them. */
function imageSize(value: unknown): { width: number; height: number } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { width, height } = value as { width?: unknown; height?: unknown };
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0
    ? { width, height }
    : undefined;
}

/**
 * Reads one page's operator list. `viewport` is the page viewport's transform at scale 1 (user space to
 * displayed points, top-left origin); `pageWidth`/`pageHeight` are the displayed size in points.
 */
export function readPageContent(
  list: OperatorList,
  ops: OperatorCodes,
  viewport: readonly number[],
  pageWidth: number,
  pageHeight: number,
): PageContent {
  const view = asMatrix(viewport) ?? IDENTITY;
  const images: PageImage[] = [];
  const stack: { ctm: Matrix; textMode: number }[] = [];
  let ctm: Matrix = IDENTITY;
  let textMode = 0;
  let annotationDepth = 0;
  let pathOps = 0;
  let textOps = 0;
  let invisibleTextOps = 0;
  let imageArea = 0;
  const pageArea = Math.max(1, pageWidth * pageHeight);

  const push = (): void => {
    if (stack.length < 10_000) stack.push({ ctm, textMode });
  };
  const pop = (): void => {
    const top = stack.pop();
    if (top) ({ ctm, textMode } = top);
  };

  const addImage = (widthPx: number, heightPx: number, mask: boolean): void => {
    // The image fills the unit square of its CTM; its sides are the CTM's column vectors.
    const drawnW = Math.hypot(ctm[0], ctm[1]);
    const drawnH = Math.hypot(ctm[2], ctm[3]);
    if (drawnW < MIN_IMAGE_SIDE_PT || drawnH < MIN_IMAGE_SIDE_PT) return;
    const corners = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)].map(([x, y]) =>
      apply(view, x, y),
    );
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const x0 = Math.max(0, Math.min(...xs));
    const y0 = Math.max(0, Math.min(...ys));
    const x1 = Math.min(pageWidth, Math.max(...xs));
    const y1 = Math.min(pageHeight, Math.max(...ys));
    if (x1 <= x0 || y1 <= y0) return; // drawn off the page
    imageArea += (x1 - x0) * (y1 - y0);
    if (images.length >= MAX_IMAGES_PER_PAGE) return;
    const box: Box = { x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) };
    const dpi = Math.min((widthPx * 72) / drawnW, (heightPx * 72) / drawnH);
    images.push({ widthPx, heightPx, box, dpi: Math.round(dpi), mask });
  };

  const count = list.fnArray.length;
  for (let i = 0; i < count; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null | undefined;
    switch (fn) {
      case ops.save:
        push();
        break;
      case ops.restore:
        pop();
        break;
      case ops.transform: {
        const m = asMatrix(args);
        if (m) ctm = compose(ctm, m);
        break;
      }
      case ops.paintFormXObjectBegin: {
        push();
        const m = asMatrix(args?.[0]);
        if (m) ctm = compose(ctm, m);
        break;
      }
      case ops.paintFormXObjectEnd:
        pop();
        break;
      case ops.beginAnnotation: {
        // Annotations are drawn from the page's own space: rect transform, then the appearance matrix.
        push();
        annotationDepth++;
        const transform = asMatrix(args?.[2]) ?? IDENTITY;
        const matrix = asMatrix(args?.[3]) ?? IDENTITY;
        ctm = compose(compose(IDENTITY, transform), matrix);
        break;
      }
      case ops.endAnnotation:
        annotationDepth = Math.max(0, annotationDepth - 1);
        pop();
        break;
      case ops.setTextRenderingMode:
        textMode = typeof args?.[0] === 'number' ? args[0] : 0;
        break;
      case ops.showText:
      case ops.showSpacedText:
      case ops.nextLineShowText:
      case ops.nextLineSetSpacingShowText:
        if (annotationDepth > 0) break;
        textOps++;
        if (textMode === 3 || textMode === 7) invisibleTextOps++;
        break;
      case ops.constructPath:
        if (annotationDepth === 0) pathOps++;
        break;
      case ops.paintImageXObject: {
        const [, width, height] = args ?? [];
        if (typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0)
          addImage(width, height, false);
        break;
      }
      case ops.paintInlineImageXObject: {
        const size = imageSize(args?.[0]);
        if (size) addImage(size.width, size.height, false);
        break;
      }
      case ops.paintImageMaskXObject: {
        const size = imageSize(args?.[0]);
        if (size) addImage(size.width, size.height, true);
        break;
      }
      default:
        break;
    }
  }

  return {
    images,
    graphics: {
      pathOps,
      textOps,
      invisibleTextOps,
      imageCoverage: round(Math.min(1, imageArea / pageArea), 3),
    },
  };
}
