import { describe, expect, test } from '@jest/globals';
import { PDF_OPS } from '../../../engine/adapters/pdfjs.js';
import { readPageContent } from '../../../engine/stages/page-content.js';

// Viewport of an unrotated A4 page at scale 1: flips y.
const A4_VIEW = [1, 0, 0, -1, 0, 841.89];
const list = (...ops: [number, unknown[] | null][]) => ({
  fnArray: ops.map(([fn]) => fn),
  argsArray: ops.map(([, args]) => args),
});

describe('readPageContent', () => {
  test('finds an image drawn through nested transforms and a form XObject, with its DPI and box', () => {
    const content = readPageContent(
      list(
        [PDF_OPS.save, null],
        [PDF_OPS.transform, [1, 0, 0, 1, 100, 100]],
        [PDF_OPS.paintFormXObjectBegin, [[2, 0, 0, 2, 0, 0], null]],
        [PDF_OPS.transform, [72, 0, 0, 36, 0, 0]], // 1 × 0.5 inch, then doubled by the form
        [PDF_OPS.paintImageXObject, ['img1', 300, 150]],
        [PDF_OPS.paintFormXObjectEnd, null],
        [PDF_OPS.restore, null],
      ),
      PDF_OPS,
      A4_VIEW,
      595.28,
      841.89,
    );
    expect(content.images).toEqual([
      { widthPx: 300, heightPx: 150, box: { x: 100, y: 669.89, w: 144, h: 72 }, dpi: 150, mask: false },
    ]);
  });

  test('restores the matrix after Q, so a later image is measured in page space', () => {
    const content = readPageContent(
      list(
        [PDF_OPS.save, null],
        [PDF_OPS.transform, [10, 0, 0, 10, 0, 0]],
        [PDF_OPS.restore, null],
        [PDF_OPS.transform, [595.28, 0, 0, 841.89, 0, 0]],
        [PDF_OPS.paintImageMaskXObject, [{ width: 2480, height: 3508 }]],
      ),
      PDF_OPS,
      A4_VIEW,
      595.28,
      841.89,
    );
    expect(content.images[0]).toMatchObject({ dpi: 300, mask: true });
    expect(content.graphics.imageCoverage).toBe(1);
  });

  test('counts paths and text, and text drawn invisibly (an OCR layer)', () => {
    const content = readPageContent(
      list(
        [PDF_OPS.constructPath, [[], [], null]],
        [PDF_OPS.showText, [[]]],
        [PDF_OPS.save, null],
        [PDF_OPS.setTextRenderingMode, [3]],
        [PDF_OPS.showText, [[]]],
        [PDF_OPS.restore, null],
        [PDF_OPS.showSpacedText, [[]]],
      ),
      PDF_OPS,
      A4_VIEW,
      595.28,
      841.89,
    );
    expect(content.graphics).toEqual({ pathOps: 1, textOps: 3, invisibleTextOps: 1, imageCoverage: 0 });
  });

  test('ignores tiny images and images drawn off the page, and survives unbalanced restores', () => {
    const content = readPageContent(
      list(
        [PDF_OPS.restore, null],
        [PDF_OPS.transform, [2, 0, 0, 2, 10, 10]],
        [PDF_OPS.paintImageXObject, ['dot', 4, 4]],
        [PDF_OPS.transform, [100, 0, 0, 100, 5000, 5000]],
        [PDF_OPS.paintImageXObject, ['off', 400, 400]],
      ),
      PDF_OPS,
      A4_VIEW,
      595.28,
      841.89,
    );
    expect(content.images).toEqual([]);
  });
});
