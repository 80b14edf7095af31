/**
 * Places every glyph of a page where a renderer draws it, from pdf.js's operator list: the current
 * transformation matrix (through save/restore, form XObjects and annotations), the text matrix and
 * line moves, the font size and font matrix, character and word spacing, horizontal scaling, rise
 * and the kerning numbers of `TJ`. pdf.js's text content gives one width per run of text; these
 * positions let every word of the run get a box that covers exactly its characters. Pure: the
 * operator codes and the font matrices come in as data.
 */

import {
  asMatrix,
  compose,
  IDENTITY,
  type Matrix,
  type OperatorCodes,
  type OperatorList,
} from './pdf-operators.js';

/** The operator codes glyph placement follows (of the shared set; pdf.js `OPS` has them all). */
export type GlyphOperatorCodes = Pick<
  OperatorCodes,
  | 'save'
  | 'restore'
  | 'transform'
  | 'setGState'
  | 'beginText'
  | 'setCharSpacing'
  | 'setWordSpacing'
  | 'setHScale'
  | 'setLeading'
  | 'setFont'
  | 'setTextRise'
  | 'moveText'
  | 'setLeadingMoveText'
  | 'setTextMatrix'
  | 'nextLine'
  | 'showText'
  | 'paintFormXObjectBegin'
  | 'paintFormXObjectEnd'
  | 'beginAnnotation'
  | 'endAnnotation'
>;

/** One glyph as drawn: its text and its baseline from origin to the end of its advance, in user space. */
export interface PlacedGlyph {
  /** The glyph's Unicode text as pdf.js maps it (may be empty or several characters). */
  readonly text: string;
  /** pdf.js's name of the font it is drawn in (the text content's `fontName`). */
  readonly font: string;
  /** Baseline start (the glyph origin, rise included), PDF user space. */
  readonly x0: number;
  readonly y0: number;
  /** Baseline end: origin plus the glyph's own advance (without character or word spacing). */
  readonly x1: number;
  readonly y1: number;
}

/** What a renderer knows of a pdf.js font, by its loaded name (absent: the usual 1/1000 matrix). */
export type FontInfoOf = (
  fontName: string,
) => { readonly fontMatrix?: unknown; readonly vertical?: unknown } | undefined;

const DEFAULT_FONT_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];
/** Glyphs placed per page at most (a hostile page can draw millions); the rest keep estimated boxes. */
const MAX_GLYPHS = 200_000;

const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The text state a renderer keeps; saved and restored with the graphics state. */
interface TextState {
  ctm: Matrix;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  font: string;
  fontSize: number;
  fontMatrix: Matrix;
  vertical: boolean;
}

/** A glyph in pdf.js's operator list (`showText` arguments), or a `TJ` kerning number. */
interface GlyphArg {
  readonly unicode?: unknown;
  readonly width?: unknown;
  readonly isSpace?: unknown;
  readonly vmetric?: unknown;
}

/**
 * Places the glyphs of one page's operator list, in drawing order. `fontInfoOf` gives a font's
 * matrix (and writing mode) by pdf.js's loaded name. Vertical writing is left out (its runs keep estimated boxes).
 */
export function placeGlyphs(
  list: OperatorList,
  ops: GlyphOperatorCodes,
  fontInfoOf: FontInfoOf,
): PlacedGlyph[] {
  const glyphs: PlacedGlyph[] = [];
  const stack: TextState[] = [];
  let s: TextState = {
    ctm: IDENTITY,
    textMatrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    font: '',
    fontSize: 0,
    fontMatrix: DEFAULT_FONT_MATRIX,
    vertical: false,
  };
  const fonts = new Map<string, { matrix: Matrix; vertical: boolean }>();
  const push = (): void => {
    if (stack.length < 10_000) stack.push({ ...s });
  };
  const pop = (): void => {
    const top = stack.pop();
    if (top) s = top;
  };
  const setFont = (name: unknown, size: unknown): void => {
    s.font = typeof name === 'string' ? name : '';
    s.fontSize = num(size);
    let font = fonts.get(s.font);
    if (!font) {
      const info = fontInfoOf(s.font);
      let matrix = asMatrix(info?.fontMatrix) ?? DEFAULT_FONT_MATRIX;
      if (matrix[0] === 0 || matrix[3] === 0) matrix = DEFAULT_FONT_MATRIX;
      font = { matrix, vertical: info?.vertical === true };
      fonts.set(s.font, font);
    }
    s.fontMatrix = font.matrix;
    s.vertical = font.vertical;
  };
  const moveText = (x: number, y: number): void => {
    s.lineX += x;
    s.lineY += y;
    s.x = s.lineX;
    s.y = s.lineY;
  };

  const showText = (args: unknown): void => {
    if (!Array.isArray(args) || s.fontSize === 0) return;
    const direction = s.fontSize < 0 ? -1 : 1;
    const fontSize = Math.abs(s.fontSize);
    const hScale = s.hScale * direction;
    const advanceScale = fontSize * s.fontMatrix[0];
    // Text space to user space: the CTM after the text matrix.
    const m = compose(s.ctm, s.textMatrix);
    const ty = s.y + s.rise;
    let x = 0;
    for (const item of args as unknown[]) {
      if (typeof item === 'number') {
        x -= (item * fontSize) / 1000;
        continue;
      }
      if (item === null || typeof item !== 'object') continue;
      const glyph = item as GlyphArg;
      const width = num(glyph.width);
      const spacing = (glyph.isSpace === true ? s.wordSpacing : 0) + s.charSpacing;
      if (!s.vertical && glyphs.length < MAX_GLYPHS) {
        const tx0 = s.x + x * hScale;
        const tx1 = s.x + (x + width * advanceScale) * hScale;
        glyphs.push({
          text: typeof glyph.unicode === 'string' ? glyph.unicode : '',
          font: s.font,
          x0: m[0] * tx0 + m[2] * ty + m[4],
          y0: m[1] * tx0 + m[3] * ty + m[5],
          x1: m[0] * tx1 + m[2] * ty + m[4],
          y1: m[1] * tx1 + m[3] * ty + m[5],
        });
      }
      x += width * advanceScale + spacing * direction;
    }
    if (s.vertical) s.y -= x;
    else s.x += x * hScale;
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
        const matrix = asMatrix(args);
        if (matrix) s.ctm = compose(s.ctm, matrix);
        break;
      }
      case ops.paintFormXObjectBegin: {
        push();
        const matrix = asMatrix(args?.[0]);
        if (matrix) s.ctm = compose(s.ctm, matrix);
        break;
      }
      case ops.paintFormXObjectEnd:
        pop();
        break;
      case ops.beginAnnotation: {
        // Annotations are drawn from the page's own space: rect transform, then the appearance matrix.
        push();
        s.ctm = compose(asMatrix(args?.[2]) ?? IDENTITY, asMatrix(args?.[3]) ?? IDENTITY);
        break;
      }
      case ops.endAnnotation:
        pop();
        break;
      case ops.beginText:
        s.textMatrix = IDENTITY;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      case ops.setCharSpacing:
        s.charSpacing = num(args?.[0]);
        break;
      case ops.setWordSpacing:
        s.wordSpacing = num(args?.[0]);
        break;
      case ops.setHScale:
        s.hScale = num(args?.[0], 100) / 100;
        break;
      case ops.setLeading:
        s.leading = -num(args?.[0]);
        break;
      case ops.setFont:
        setFont(args?.[0], args?.[1]);
        break;
      case ops.setGState:
        if (Array.isArray(args?.[0]))
          for (const entry of args[0] as unknown[]) {
            if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1]))
              setFont(entry[1][0], entry[1][1]);
          }
        break;
      case ops.setTextRise:
        s.rise = num(args?.[0]);
        break;
      case ops.moveText:
        moveText(num(args?.[0]), num(args?.[1]));
        break;
      case ops.setLeadingMoveText:
        s.leading = num(args?.[1]);
        moveText(num(args?.[0]), num(args?.[1]));
        break;
      case ops.setTextMatrix: {
        s.textMatrix = asMatrix(args?.[0]) ?? asMatrix(args) ?? IDENTITY;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      }
      case ops.nextLine:
        moveText(0, s.leading);
        break;
      case ops.showText:
        showText(args?.[0]);
        break;
      default:
        break;
    }
  }
  return glyphs;
}
