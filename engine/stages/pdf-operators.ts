/**
 * What the two readers of pdf.js's operator list share (`page-content.ts` for images, graphics and
 * invisible text; `text-glyphs.ts` for glyph positions): the list's shape, the operator codes they
 * follow, and the 2-D affine matrices a renderer keeps. Pure: the codes come in as data (pdf.js `OPS`,
 * passed by the caller), so no module here imports pdf.js.
 */

/** A 2-D affine matrix `[a, b, c, d, e, f]`, as PDF writes them. */
export type Matrix = readonly [number, number, number, number, number, number];

/** A pdf.js operator list: parallel arrays of operator codes and their arguments. */
export interface OperatorList {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

/** The operator codes the readers follow (a subset of pdf.js `OPS`). */
export interface OperatorCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly setGState: number;
  readonly beginText: number;
  readonly setCharSpacing: number;
  readonly setWordSpacing: number;
  readonly setHScale: number;
  readonly setLeading: number;
  readonly setFont: number;
  readonly setTextRise: number;
  readonly setTextRenderingMode: number;
  readonly moveText: number;
  readonly setLeadingMoveText: number;
  readonly setTextMatrix: number;
  readonly nextLine: number;
  readonly showText: number;
  readonly showSpacedText: number;
  readonly nextLineShowText: number;
  readonly nextLineSetSpacingShowText: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly beginAnnotation: number;
  readonly endAnnotation: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `n` then `m`: the matrix of drawing with `n` inside a space transformed by `m`. */
export const compose = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A matrix from an operator argument (an array, a typed array or an indexed object), if it is one. */
export function asMatrix(value: unknown): Matrix | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const source = value as ArrayLike<unknown> & Record<number, unknown>;
  const m = [source[0], source[1], source[2], source[3], source[4], source[5]];
  return m.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (m as unknown as Matrix) : undefined;
}
