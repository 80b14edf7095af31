/**
 * Turns pdf.js text items (runs of text with a transform) into words with boxes in page points,
 * top-left origin, as the page is displayed. Pure, so it can be tested without a PDF.
 */
import type { Box, Word } from '../model/geometry.js';
import { isGarbled } from '../model/words.js';
import type { PlacedGlyph } from './text-glyphs.js';

/** The part of a pdf.js `TextItem` this module needs. */
export interface TextRun {
  readonly str: string;
  /** Text matrix `[a, b, c, d, e, f]` in PDF user space. */
  readonly transform: readonly number[];
  /** Advance width of the run in user space. */
  readonly width: number;
  /** pdf.js's name of the run's font (the operator list's `setFont` name). */
  readonly fontName?: string;
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

/** What a character or glyph is compared by: decomposed, without marks or white space. */
function comparable(text: string): string {
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    if (code > 0x20 && code < 0x7f) return text;
    if (code === 0x20) return '';
  }
  return /^[\x21-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\p{M}\s]/gu, '');
}

/** Glyphs placed on a page, indexed to find the one a text run starts with. */
class GlyphIndex {
  readonly keys: string[];
  /** Glyph numbers by whole-point cell of their origin; built on the first run not found at the cursor. */
  private buckets: Map<number, number[]> | undefined;
  /** The glyph after the last run matched: runs come in drawing order, so the next is usually here. */
  cursor = 0;

  constructor(readonly glyphs: readonly PlacedGlyph[]) {
    this.keys = glyphs.map((glyph) => comparable(glyph.text));
  }

  private cells(): Map<number, number[]> {
    if (this.buckets) return this.buckets;
    const buckets = new Map<number, number[]>();
    this.glyphs.forEach((glyph, i) => {
      const key = GlyphIndex.key(Math.round(glyph.x0), Math.round(glyph.y0));
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    this.buckets = buckets;
    return buckets;
  }

  /** One number per whole-point cell of user space. */
  private static key(x: number, y: number): number {
    return x * 1_000_003 + y;
  }

  private near(i: number, x: number, y: number, tolerance: number): boolean {
    const glyph = this.glyphs[i];
    return glyph !== undefined && Math.abs(glyph.x0 - x) <= tolerance && Math.abs(glyph.y0 - y) <= tolerance;
  }

  /** The glyph at (x, y) where the last run ended (after some spaces), if the run starts there. */
  atCursor(x: number, y: number, tolerance: number): number | undefined {
    for (let i = this.cursor; i < Math.min(this.keys.length, this.cursor + 8); i++) {
      if (this.near(i, x, y, tolerance)) return i;
      if (this.keys[i] !== '') break;
    }
    return undefined;
  }

  /** Glyphs whose origin is within `tolerance` of (x, y), those at or after the cursor first. */
  startingAt(x: number, y: number, tolerance: number): number[] {
    const cells = this.cells();
    const found: number[] = [];
    const kx = Math.round(x);
    const ky = Math.round(y);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const i of cells.get(GlyphIndex.key(kx + dx, ky + dy)) ?? [])
          if (this.near(i, x, y, tolerance)) found.push(i);
    const cursor = this.cursor;
    return found.sort((a, b) => (a >= cursor ? a : a + 1e9) - (b >= cursor ? b : b + 1e9));
  }
}

/** Glyph index of each UTF-16 position of `str` (-1: white space), or undefined when they do not match. */
function alignFrom(str: string, start: number, index: GlyphIndex): Int32Array | undefined {
  const { keys } = index;
  const glyphOf = new Int32Array(str.length).fill(-1);
  let j = start;
  let offset = 0;
  let last = -1;
  let position = 0;
  for (const char of str) {
    const at = position;
    position += char.length;
    const key = comparable(char);
    if (key === '' && /\s/u.test(char)) continue;
    if (!key) {
      glyphOf[at] = last; // a combining mark belongs to the glyph before it
      continue;
    }
    for (const unit of key) {
      if (offset === 0) {
        // Spaces and glyphs without text are drawn but not part of the run's characters.
        let skipped = 0;
        while (j < keys.length && keys[j] === '' && skipped++ < 64) j++;
      }
      const glyphKey = keys[j];
      if (glyphKey === undefined || glyphKey[offset] !== unit) return undefined;
      if (glyphOf[at] === -1) glyphOf[at] = j;
      last = j;
      offset++;
      if (offset >= glyphKey.length) {
        j++;
        offset = 0;
      }
    }
  }
  index.cursor = j;
  return glyphOf;
}

/** Matches a run's characters to the glyphs drawn for it (undefined when no glyphs match). */
function alignRun(run: TextRun, index: GlyphIndex): Int32Array | undefined {
  const t = run.transform;
  const x = t[4] ?? 0;
  const y = t[5] ?? 0;
  const tolerance = 0.05 + 0.02 * Math.hypot(t[2] ?? 0, t[3] ?? 0);
  const first = comparable(run.str)[0];
  // Usually the run starts where the last one ended; otherwise look it up by position.
  const fits = (i: number): boolean =>
    index.keys[i]?.[0] === first && (run.fontName === undefined || index.glyphs[i]?.font === run.fontName);
  const next = index.atCursor(x, y, tolerance);
  if (next !== undefined && fits(next)) {
    const aligned = alignFrom(run.str, next, index);
    if (aligned) return aligned;
  }
  let attempts = 0;
  for (const candidate of index.startingAt(x, y, tolerance)) {
    if (!fits(candidate)) continue;
    const aligned = alignFrom(run.str, candidate, index);
    if (aligned) return aligned;
    if (++attempts >= 4) break;
  }
  return undefined;
}

/**
 * Splits each run on white space and gives every word a box. With the page's `glyphs` (see
 * text-glyphs.ts) a word's box runs from its first glyph's origin to its last glyph's advance, exactly
 * as drawn; a run whose characters cannot be matched to glyphs (or a page without them) shares its
 * width out by character count, which is close enough to point at a word. `viewport` is the page
 * viewport's transform at scale 1 (it flips y and applies the page rotation).
 */
export function runsToWords(
  runs: readonly TextRun[],
  viewport: readonly number[],
  glyphs?: readonly PlacedGlyph[],
): Word[] {
  const view = viewport as unknown as Matrix; // pdf.js gives a plain 6-number array
  const viewScale = Math.hypot(view[0], view[1]) || 1;
  const index = glyphs && glyphs.length > 0 ? new GlyphIndex(glyphs) : undefined;
  const words: Word[] = [];
  for (const run of runs) {
    if (!run.str.trim()) continue;
    const m = multiply(view, run.transform);
    const fontHeight = Math.hypot(m[2], m[3]);
    // Direction of the baseline on the displayed page (unit vector).
    const dirLen = Math.hypot(m[0], m[1]) || 1;
    const dx = m[0] / dirLen;
    const dy = m[1] / dirLen;
    const runWidth = run.width * viewScale;
    const perChar = run.str.length > 0 ? runWidth / run.str.length : 0;
    const aligned = index ? alignRun(run, index) : undefined;
    // Baseline direction and origin in user space, to measure glyphs along the run.
    const userLen = Math.hypot(run.transform[0] ?? 0, run.transform[1] ?? 0) || 1;
    const ux = (run.transform[0] ?? 0) / userLen;
    const uy = (run.transform[1] ?? 0) / userLen;
    const ox = run.transform[4] ?? 0;
    const oy = run.transform[5] ?? 0;
    for (const match of run.str.matchAll(/\S+/g)) {
      const from = match.index ?? 0;
      let start = from * perChar;
      let length = match[0].length * perChar;
      if (aligned && index) {
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let i = from; i < from + match[0].length; i++) {
          const glyph = index.glyphs[aligned[i] ?? -1];
          if (!glyph) continue;
          const t0 = (glyph.x0 - ox) * ux + (glyph.y0 - oy) * uy;
          const t1 = (glyph.x1 - ox) * ux + (glyph.y1 - oy) * uy;
          lo = Math.min(lo, t0, t1);
          hi = Math.max(hi, t0, t1);
        }
        if (hi > lo) {
          start = lo * viewScale;
          length = (hi - lo) * viewScale;
        }
      }
      // Baseline start of the word, then the corners of its (possibly rotated) box.
      const x0 = m[4] + dx * start;
      const y0 = m[5] + dy * start;
      const x1 = x0 + dx * length;
      const y1 = y0 + dy * length;
      // "Up" is perpendicular to the baseline, towards smaller y on an unrotated page.
      const upx = dy * fontHeight;
      const upy = -dx * fontHeight;
      const xs = [x0, x1, x0 + upx, x1 + upx];
      const ys = [y0, y1, y0 + upy, y1 + upy];
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
