/** Small pure helpers over words and boxes, shared by the OCR and channel checks. */
import type { Box, Word } from './geometry.js';

/** The word's letters and digits, upper case: what two channels must agree on. */
export const alnum = (text: string): string =>
  text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The word's digits only. */
export const digits = (text: string): string => text.replace(/\D/g, '');

/** OCR read the word with at least `minConfidence` and it holds at least two letters or digits. */
export const isLegible = (word: Word, minConfidence: number): boolean =>
  (word.confidence ?? 0) >= minConfidence && alnum(word.text).length >= 2;

/** Length of the overlap of two intervals. */
const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Share of `inner`'s height that overlaps `outer` vertically (0–1). */
export const verticalOverlap = (inner: Box, outer: Box): number =>
  inner.h <= 0 ? 0 : overlap(inner.y, inner.y + inner.h, outer.y, outer.y + outer.h) / inner.h;

/** Whether `box`'s horizontal centre lies within `target`, widened by `slack` of its width on each side. */
export const centreWithin = (box: Box, target: Box, slack = 0): boolean => {
  const centre = box.x + box.w / 2;
  return centre >= target.x - target.w * slack && centre <= target.x + target.w * (1 + slack);
};

/** The smallest box around all `boxes` (undefined for none). */
export function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  const r = (v: number): number => Math.round(v * 100) / 100;
  return { x: r(x0), y: r(y0), w: r(x1 - x0), h: r(y1 - y0) };
}

/** The first `max` characters of some words joined by spaces, with an ellipsis when cut. */
export function sample(words: readonly Word[], max = 60): string {
  const text = words.map((word) => word.text).join(' ');
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** U+FFFD (replacement), private-use glyphs and control characters never occur in real invoice text. */
export const isGarbled = (code: number): boolean =>
  code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || code <= 0x08 || (code >= 0x0e && code <= 0x1f);
