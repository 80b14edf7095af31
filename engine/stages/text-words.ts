/**
 * Turns pdf.js text items (runs of text with a transform) into words with boxes in page points,
 * top-left origin, as the page is displayed. Pure, so it can be tested without a PDF.
 */
import type { Box, Word } from '../model/geometry.js';
import { isGarbled } from '../model/words.js';

/** The part of a pdf.js `TextItem` this module needs. */
export interface TextRun {
  readonly str: string;
  /** Text matrix `[a, b, c, d, e, f]` in PDF user space. */
  readonly transform: readonly number[];
  /** Advance width of the run in user space. */
  readonly width: number;
}

type Matrix = readonly [number, number, number, number, number, number];

const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * (n[0] ?? 0) + m[2] * (n[1] ?? 0),
  m[1] * (n[0] ?? 0) + m[3] * (n[1] ?? 0),
  m[0] * (n[2] ?? 0) + m[2] * (n[3] ?? 0),
  m[1] * (n[2] ?? 0) + m[3] * (n[3] ?? 0),
  m[0] * (n[4] ?? 0) + m[2] * (n[5] ?? 0) + m[4],
  m[1] * (n[4] ?? 0) + m[3] * (n[5] ?? 0) + m[5],
];

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Splits each run on white space and gives every word a box. The run's width is shared out by
 * character count (pdf.js gives no per-glyph widths), which is close enough to point at a word.
 * `viewport` is the page viewport's transform at scale 1 (it flips y and applies the page rotation).
 */
export function runsToWords(runs: readonly TextRun[], viewport: readonly number[]): Word[] {
  const view = viewport as unknown as Matrix; // pdf.js gives a plain 6-number array
  const words: Word[] = [];
  for (const run of runs) {
    if (!run.str.trim()) continue;
    const m = multiply(view, run.transform);
    const fontHeight = Math.hypot(m[2], m[3]);
    // Direction of the baseline on the displayed page (unit vector).
    const dirLen = Math.hypot(m[0], m[1]) || 1;
    const dx = m[0] / dirLen;
    const dy = m[1] / dirLen;
    const runWidth = run.width * (Math.hypot(view[0], view[1]) || 1);
    const perChar = run.str.length > 0 ? runWidth / run.str.length : 0;
    for (const match of run.str.matchAll(/\S+/g)) {
      const start = (match.index ?? 0) * perChar;
      const length = match[0].length * perChar;
      // Baseline start of the word, then the corners of its (possibly rotated) box.
      const x0 = m[4] + dx * start;
      const y0 = m[5] + dy * start;
      const x1 = x0 + dx * length;
      const y1 = y0 + dy * length;
      // "Up" is perpendicular to the baseline, towards smaller y on an unrotated page.
      const ux = dy * fontHeight;
      const uy = -dx * fontHeight;
      const xs = [x0, x1, x0 + ux, x1 + ux];
      const ys = [y0, y1, y0 + uy, y1 + uy];
      const box: Box = {
        x: round(Math.min(...xs)),
        y: round(Math.min(...ys)),
        w: round(Math.max(...xs) - Math.min(...xs)),
        h: round(Math.max(...ys) - Math.min(...ys)),
      };
      words.push({ text: match[0], box });
    }
  }
  return words;
}

/** Counts non-white-space characters and the share of them that cannot be real text. */
export function textStats(words: readonly Word[]): { charCount: number; garbledRatio: number } {
  let chars = 0;
  let garbled = 0;
  for (const word of words) {
    for (const ch of word.text) {
      chars++;
      if (isGarbled(ch.codePointAt(0) ?? 0)) garbled++;
    }
  }
  return { charCount: chars, garbledRatio: chars === 0 ? 0 : round(garbled / chars) };
}
