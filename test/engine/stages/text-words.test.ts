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
