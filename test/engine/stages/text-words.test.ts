import { describe, expect, test } from '@jest/globals';
import { analyze } from '../../../engine/stages/analyze.js';
import { intake } from '../../../engine/stages/intake.js';
import { runsToWords, textStats } from '../../../engine/stages/text-words.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';

// Viewport transform of an unrotated A4 page at scale 1: flips y.
const A4 = [1, 0, 0, -1, 0, 841.89];

describe('runsToWords', () => {
  test('splits a run into words with top-left boxes in points', () => {
    const words = runsToWords([{ str: 'Factuur F-1', transform: [10, 0, 0, 10, 100, 700], width: 55 }], A4);
    expect(words.map((w) => w.text)).toEqual(['Factuur', 'F-1']);
    expect(words[0]?.box).toEqual({ x: 100, y: 131.89, w: 35, h: 10 });
    expect(words[1]?.box.x).toBe(140);
  });

  test('ignores empty and white-space runs', () => {
    expect(runsToWords([{ str: '   ', transform: [10, 0, 0, 10, 0, 0], width: 5 }], A4)).toEqual([]);
  });

  test('gives a page rotated by 90° boxes inside the displayed page', () => {
    // Viewport of a 595 x 842 page rotated 90°: displayed 842 wide, 595 high.
    const rotated = [0, 1, 1, 0, 0, 0];
    const [word] = runsToWords([{ str: 'Totaal', transform: [10, 0, 0, 10, 100, 200], width: 30 }], rotated);
    expect(word?.box.x).toBeGreaterThanOrEqual(0);
    expect(word?.box.w).toBeLessThan(word?.box.h ?? 0); // text now runs downwards
  });
});

describe('runsToWords with the glyphs as drawn', () => {
  /** Glyphs of `text` from x 100 on the baseline y 700, each `widths[i]` wide, `gap` apart. */
  const glyphsOf = (text: string, widths: readonly number[], gap = 0, font = 'F1') => {
    let x = 100;
    return [...text].map((ch, i) => {
      const w = widths[i] ?? 5;
      const glyph = { text: ch, font, x0: x, y0: 700, x1: x + w, y1: 700 };
      x += w + gap;
      return glyph;
    });
  };
  const run = { str: 'WW ii 12', transform: [10, 0, 0, 10, 100, 700], width: 0, fontName: 'F1' };
  const widths = [9, 9, 3, 2, 2, 3, 5, 5];
  run.width = widths.reduce((a, b) => a + b + 1, 0) - 1;

  test('boxes each word from its first glyph to the end of its last', () => {
    const words = runsToWords([run], A4, glyphsOf(run.str, widths, 1));
    expect(words.map((w) => [w.text, w.box.x, w.box.w])).toEqual([
      ['WW', 100, 19],
      ['ii', 124, 5],
      ['12', 134, 11],
    ]);
  });

  test('keeps the per-character estimate for a run whose glyphs do not match (another font, other text)', () => {
    const estimate = runsToWords([run], A4);
    expect(runsToWords([run], A4, glyphsOf(run.str, widths, 1, 'F2'))).toEqual(estimate);
    expect(runsToWords([run], A4, glyphsOf('XX ii 12', widths, 1))).toEqual(estimate);
  });

  test('matches a ligature glyph and a decomposed accent to the characters of the run', () => {
    const glyphs = [
      { text: 'ﬁ', font: 'F1', x0: 100, y0: 700, x1: 106, y1: 700 },
      { text: 'e', font: 'F1', x0: 106, y0: 700, x1: 111, y1: 700 },
      { text: ' ', font: 'F1', x0: 111, y0: 700, x1: 114, y1: 700 },
      { text: 'x', font: 'F1', x0: 120, y0: 700, x1: 125, y1: 700 },
    ];
    const words = runsToWords(
      [{ str: 'fié x', transform: [10, 0, 0, 10, 100, 700], width: 25, fontName: 'F1' }],
      A4,
      glyphs,
    );
    expect(words.map((w) => [w.text, w.box.x, w.box.w])).toEqual([
      ['fié', 100, 11],
      ['x', 120, 5],
    ]);
  });
});

describe('textStats', () => {
  test('counts characters and the garbled share', () => {
    const box = { x: 0, y: 0, w: 1, h: 1 };
    expect(
      textStats([
        { text: 'abc', box },
        { text: '\uE001\uFFFD', box },
      ]),
    ).toEqual({ charCount: 5, garbledRatio: 0.4 });
  });
});

describe('text layer of a generated invoice', () => {
  test('finds the invoice number where it was drawn', async () => {
    const bytes = await textInvoicePdf();
    const doc = await analyze(intake({ bytes }), bytes);
    const word = doc.pages[0]?.text?.words.find((w) => w.text === 'F-2026-0042');
    // Line 6 of the fixture: baseline 72 + 5 × 16 pt below the top, 11 pt Helvetica, from x = 56.
    const baselineFromTop = 72 + 5 * 16;
    expect(word?.box.y).toBeCloseTo(baselineFromTop - 11, 0);
    expect(word?.box.h).toBeCloseTo(11, 0);
    expect(word?.box.x).toBeGreaterThan(56 + 60);
    expect(doc.pages[0]?.text?.garbledRatio).toBe(0);
  });
});
