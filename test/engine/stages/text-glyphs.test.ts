import { describe, expect, test } from '@jest/globals';
import {
  PDFDocument,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  StandardFonts,
  setCharacterSpacing,
  setWordSpacing,
} from 'pdf-lib';
import { openPdfRenderer } from '../../../engine/adapters/render.js';
import type { Word } from '../../../engine/model/geometry.js';
import { placeGlyphs } from '../../../engine/stages/text-glyphs.js';
import { pdfkitPdf } from '../../fixtures/pdfs.js';
import { documentOf, testProfile } from '../../helpers.js';

/** One line of the fixture: its text, font, size and text state. */
interface Line {
  readonly text: string;
  readonly font: StandardFonts;
  readonly size: number;
  readonly charSpacing?: number;
  readonly wordSpacing?: number;
  readonly hScale?: number;
}

/**
 * Lines chosen so that sharing a run's width out by character count puts words points off. Character
 * spacing stays below a tenth of the font size: above it pdf.js reads the letters as separate words.
 */
const LINES: readonly Line[] = [
  { text: 'IBAN NL91ABNA0417164300 MMMM iiii WWW 1.090,00', font: StandardFonts.Helvetica, size: 11 },
  { text: 'FACTUUR MMMMM iiiiii 2026-0042', font: StandardFonts.HelveticaBold, size: 18, charSpacing: -0.5 },
  {
    text: 'Totaal te betalen WWW 1.234,50 illicit',
    font: StandardFonts.TimesRoman,
    size: 14,
    charSpacing: 1.2,
  },
  { text: 'lllll WWWWW 0417 1643 mmm', font: StandardFonts.TimesRoman, size: 10, wordSpacing: 6 },
  { text: 'Factuurnummer F-2026-0042 Courier', font: StandardFonts.Courier, size: 9 },
  { text: 'Scaled WWW iii 12345 MMM', font: StandardFonts.Helvetica, size: 12, hScale: 80 },
  { text: 'Wide MMM ii 99,95 Tracking', font: StandardFonts.Helvetica, size: 8, charSpacing: 0.7 },
];

const textScaling = (percent: number): PDFOperator =>
  PDFOperator.of(PDFOperatorNames.SetTextHorizontalScaling, [PDFNumber.of(percent)]);

function drawLine(page: PDFPage, line: Line, font: Parameters<PDFPage['drawText']>[1], y: number): void {
  // The text state is set outside pdf-lib's own q … Q, so its BT … ET inherits it.
  page.pushOperators(
    setCharacterSpacing(line.charSpacing ?? 0),
    setWordSpacing(line.wordSpacing ?? 0),
    textScaling(line.hScale ?? 100),
  );
  page.drawText(line.text, { x: 48, y, ...font });
  page.pushOperators(setCharacterSpacing(0), setWordSpacing(0), textScaling(100));
}

async function mixedFontsPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  let y = 780;
  for (const line of LINES) {
    drawLine(page, line, { font: await doc.embedFont(line.font), size: line.size }, y);
    y -= line.size * 2.5;
  }
  return doc.save();
}

const DPI = 288;
const PX = DPI / 72;

/** Left and right edge of the ink (in points) in the box's band, looking `slack` beyond each side. */
async function inkEdges(bytes: Uint8Array, words: readonly Word[], slack: number) {
  const renderer = await openPdfRenderer(bytes);
  try {
    const { image } = await renderer.render(0, DPI);
    return words.map((word) => {
      const { x, y, w, h } = word.box;
      const y0 = Math.max(0, Math.floor(y * PX));
      const y1 = Math.min(image.height - 1, Math.ceil((y + h) * PX));
      const xa = Math.max(0, Math.floor((x - slack) * PX));
      const xb = Math.min(image.width - 1, Math.ceil((x + w + slack) * PX));
      let left = -1;
      let right = -1;
      for (let px = xa; px <= xb; px++) {
        for (let py = y0; py <= y1; py++) {
          if ((image.pixels[py * image.width + px] ?? 255) < 128) {
            if (left < 0) left = px;
            right = px;
            break;
          }
        }
      }
      return { word, left: left / PX, right: (right + 1) / PX, found: left >= 0 };
    });
  } finally {
    await renderer.close();
  }
}

/** Largest distance between a word box's sides and its ink, relative to the font size's allowance. */
async function worstEdge(bytes: Uint8Array, words: readonly Word[]) {
  const edges = await inkEdges(bytes, words, 1.5);
  const misses = edges
    .filter(({ found }) => found)
    .map(({ word, left, right }) => {
      // Side bearings and italic overhang: a glyph's ink sits a little inside (or outside) its advance.
      const allowance = 0.5 + 0.12 * word.box.h;
      const off = Math.max(Math.abs(left - word.box.x), Math.abs(right - (word.box.x + word.box.w)));
      return { text: word.text, off: Math.round(off * 100) / 100, allowance };
    })
    .filter(({ off, allowance }) => off > allowance);
  return { checked: edges.filter(({ found }) => found).length, misses };
}

describe('word boxes from glyph positions', () => {
  test('every word box on a page with several fonts, sizes, Tc, Tw and Tz fits its ink', async () => {
    const bytes = await mixedFontsPdf();
    const { doc } = await documentOf(bytes, testProfile());
    const words = doc.pages[0]?.text?.words ?? [];
    expect(words.map((word) => word.text)).toEqual(LINES.flatMap((line) => line.text.split(' ')));
    const { checked, misses } = await worstEdge(bytes, words);
    expect(checked).toBe(words.length);
    expect(misses).toEqual([]);
  });

  test('the IBAN of the pdfkit invoice (kerned text) is boxed to its last digit', async () => {
    const bytes = await pdfkitPdf();
    const { doc } = await documentOf(bytes, testProfile());
    const words = doc.pages[0]?.text?.words ?? [];
    const { checked, misses } = await worstEdge(bytes, words);
    expect(checked).toBeGreaterThan(50);
    expect(misses).toEqual([]);
    const iban = words.filter((word) => ['NL91', 'ABNA', '0417', '1643', '00'].includes(word.text));
    expect(iban).toHaveLength(5);
  });
});

describe('placeGlyphs', () => {
  const OPS = {
    save: 1,
    restore: 2,
    transform: 3,
    setGState: 4,
    beginText: 5,
    setCharSpacing: 6,
    setWordSpacing: 7,
    setHScale: 8,
    setLeading: 9,
    setFont: 10,
    setTextRise: 11,
    moveText: 12,
    setLeadingMoveText: 13,
    setTextMatrix: 14,
    nextLine: 15,
    showText: 16,
    paintFormXObjectBegin: 17,
    paintFormXObjectEnd: 18,
    beginAnnotation: 19,
    endAnnotation: 20,
  };
  const glyph = (unicode: string, width: number) => ({ unicode, width, isSpace: unicode === ' ' });

  test('applies the CTM, text matrix, char and word spacing, horizontal scaling and TJ kerning', () => {
    const list = {
      fnArray: [
        OPS.save,
        OPS.transform,
        OPS.beginText,
        OPS.setFont,
        OPS.setCharSpacing,
        OPS.setWordSpacing,
        OPS.setHScale,
        OPS.setTextMatrix,
        OPS.showText,
        OPS.nextLine,
        OPS.restore,
      ],
      argsArray: [
        null,
        [2, 0, 0, 2, 10, 20],
        null,
        ['F1', 10],
        [1],
        [5],
        [50],
        [[1, 0, 0, 1, 100, 200]],
        [[glyph('A', 600), glyph(' ', 250), -1000, glyph('B', 500)]],
        null,
        null,
      ],
    };
    const placed = placeGlyphs(list, OPS, () => undefined);
    expect(placed.map((g) => g.text)).toEqual(['A', ' ', 'B']);
    // A at text x 0: user (2·100+10, 2·200+20); advance 6·0.5 = 3 text units → 6 user units.
    expect(placed[0]).toMatchObject({ x0: 210, y0: 420, x1: 216 });
    // Space starts after A's advance plus Tc, scaled: (6 + 1)·0.5 = 3.5 → 7 user units.
    expect(placed[1]?.x0).toBeCloseTo(217);
    // B: space advance 2.5 + Tc 1 + Tw 5 = 8.5, TJ −1000 moves right 10: 3.5 + (8.5 + 10)·0.5 = 12.75.
    expect(placed[2]?.x0).toBeCloseTo(210 + 2 * 12.75);
  });
});
