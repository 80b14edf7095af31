/**
 * How readable a page's text layer is: how much of the page its words cover, and whether its letters
 * read like a European language at all. A font with a broken encoding gives text such as
 * "Idfwxxuqxpphu" for "Factuurnummer": every character is a letter, but the letter frequencies are
 * nothing like Dutch, English, German or French. Pure.
 */
import type { Word } from '../model/geometry.js';

/** Letter frequencies a–z in per cent (common published tables). */
const LETTER_FREQUENCIES: Readonly<Record<string, readonly number[]>> = {
  nl: [
    7.49, 1.58, 1.24, 5.93, 18.91, 0.81, 3.4, 2.38, 6.5, 1.46, 2.25, 3.57, 2.21, 10.03, 6.06, 1.57, 0.009,
    6.41, 3.73, 6.79, 1.99, 2.85, 1.52, 0.04, 0.035, 1.39,
  ],
  en: [
    8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1,
    2.8, 0.98, 2.4, 0.15, 2.0, 0.074,
  ],
  de: [
    6.51, 1.89, 3.06, 5.08, 16.4, 1.66, 3.01, 4.76, 6.55, 0.27, 1.42, 3.44, 2.53, 9.78, 2.51, 0.67, 0.02, 7.0,
    7.27, 6.15, 4.35, 0.85, 1.92, 0.03, 0.04, 1.13,
  ],
  fr: [
    7.6, 0.9, 3.3, 3.7, 14.7, 1.1, 0.9, 0.7, 7.5, 0.6, 0.05, 5.5, 3.0, 7.1, 5.8, 3.0, 1.4, 6.7, 7.9, 7.2, 6.3,
    1.8, 0.05, 0.4, 0.1, 0.3,
  ],
};

/** Fewest Latin letters before the letter frequencies say anything (shorter samples of real text vary too much). */
export const MIN_LETTERS_FOR_LANGUAGE = 200;
/** Letters counted at most: enough for a stable frequency profile, bounded for hostile pages. */
const MAX_LETTERS = 100_000;

/**
 * Cosine similarity (0–1) of the words' a–z letter frequencies to the closest of Dutch, English,
 * German and French; undefined with fewer than {@link MIN_LETTERS_FOR_LANGUAGE} Latin letters (a page of
 * numbers, or a script other than Latin). Accents are folded (é counts as e).
 */
export function languageScore(words: readonly Word[]): number | undefined {
  const counts = new Array<number>(26).fill(0);
  let letters = 0;
  for (const word of words) {
    if (letters >= MAX_LETTERS) break;
    for (const ch of word.text.normalize('NFD').toLowerCase()) {
      const i = ch.charCodeAt(0) - 97;
      if (i >= 0 && i < 26) {
        counts[i] = (counts[i] ?? 0) + 1;
        letters++;
      }
    }
  }
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return undefined;
  let best = 0;
  for (const reference of Object.values(LETTER_FREQUENCIES)) {
    let dot = 0;
    let a = 0;
    let b = 0;
    for (let i = 0; i < 26; i++) {
      const c = counts[i] ?? 0;
      const r = reference[i] ?? 0;
      dot += c * r;
      a += c * c;
      b += r * r;
    }
    best = Math.max(best, dot / Math.sqrt(a * b));
  }
  return Math.round(best * 1000) / 1000;
}

/** Share (0–1) of the page covered by word boxes (overlaps are not subtracted; capped at 1). */
export function textCoverage(words: readonly Word[], widthPt: number, heightPt: number): number {
  const page = widthPt * heightPt;
  if (page <= 0) return 0;
  let area = 0;
  for (const { box } of words) area += Math.max(0, box.w) * Math.max(0, box.h);
  return Math.round(Math.min(1, area / page) * 1000) / 1000;
}
