/**
 * What OCR read where the text layer puts a value: the one question both channel checks ask. The
 * text layer's boxes are exact (text-words.ts), so the OCR words around a box are the ones that show
 * its characters. OCR's usual slips (O or D for 0, l or I for 1, S for 5, B for 8, Z for 2, G for 6, spaces
 * it adds or drops, punctuation) are told apart from a different number: a slip is the limit of OCR
 * software, a different number is a text layer that does not say what the page shows.
 *
 * What OCR read is weighed before it may contradict the text layer: its word confidence, how many
 * pixels high the value is on the page image OCR read (its render DPI against the text's height), and
 * whether what it read is a plausible misreading of the value (a digit or two off). On a page image too
 * coarse for the text's size, OCR misreads digits it would read right at a higher resolution (corpus,
 * cloud-capture at 150 DPI: 8,00 read as 3,00, 372876 as 37287, 46,50 as 650 in 5.8–7.6 pt print, none
 * of them at 300 DPI), so such a read is no proof that the text layer lies.
 */
import type { Box, Word } from '../model/geometry.js';
import { alnum } from '../model/words.js';

/**
 * How OCR reads a text-layer value at its box:
 * - `same`: the OCR words there contain the value (ignoring spaces and punctuation);
 * - `confusable`: they contain it once OCR's usual character confusions are allowed for;
 * - `differs`: OCR read something else there, with confidence, on a page image fine enough to trust it
 *   (or what it read is too far from the value to be a misreading of it);
 * - `coarse`: OCR read something else there with confidence, but the page image is too coarse for the
 *   text's size and what it read is a plausible misreading of the value: it cannot confirm or contradict;
 * - `unsure`: OCR read something else there, but not with confidence;
 * - `unseen`: OCR read no word there.
 */
export type OcrReading = 'same' | 'confusable' | 'differs' | 'coarse' | 'unsure' | 'unseen';

/** What makes an OCR read trustworthy enough to contradict the text layer. */
export interface OcrTrust {
  /** OCR words read with less confidence (0–100) never contradict the text layer. */
  readonly minConfidence: number;
  /** Resolution (DPI) of the page image OCR read; without it the text's pixel size is not weighed. */
  readonly dpi?: number;
  /**
   * Least height in page-image pixels of the value's box (its font size) at which OCR's read of it is
   * trusted even when it is only a digit or two off. Default {@link MIN_TRUSTED_TEXT_PX}.
   */
  readonly minTextPx?: number;
}

/**
 * 20 px of font size is an x-height of about 10 px for common fonts, the size below which tesseract's
 * documentation ("Improving the quality of the output") gives little chance of accurate results; the
 * same figure `ocr.text-height` uses. Measured on the corpus: 12–16 px text misread 8 numbers, 24 px
 * and more none.
 */
export const MIN_TRUSTED_TEXT_PX = 20;

/** Characters OCR mistakes for one another, mapped to one representative (digits where one exists). */
const CONFUSABLE: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  I: '1',
  L: '1',
  S: '5',
  B: '8',
  Z: '2',
  G: '6',
};

/** The value's letters and digits with OCR's usual confusions folded together (`|` and `!` read as 1). */
export function ocrFold(text: string): string {
  return alnum(text.replace(/[|!]/g, '1'))
    .split('')
    .map((ch) => CONFUSABLE[ch] ?? ch)
    .join('');
}

/**
 * The fewest character edits (insert, delete, substitute) that turn `wanted` into some stretch of
 * `seen`: how far what OCR read there is from the value, ignoring the neighbours it read along.
 */
export function editsWithin(wanted: string, seen: string): number {
  // Approximate substring matching (Sellers): a match may start anywhere in `seen` at no cost.
  let previous: number[] = Array.from({ length: seen.length + 1 }, () => 0);
  for (let i = 1; i <= wanted.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= seen.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (wanted[i - 1] === seen[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return Math.min(...previous);
}

/**
 * Whether OCR reading `seen` where `wanted` is printed is a plausible misreading: at most a quarter of
 * the value's characters (at least one) read wrong, dropped or added, after OCR's usual confusions.
 */
export function isPlausibleMisread(wanted: string, seen: string): boolean {
  const a = ocrFold(wanted);
  if (a === '') return false;
  return editsWithin(a, ocrFold(seen)) <= Math.max(1, Math.floor(a.length / 4));
}

/** Height of `box` (page points) in pixels of a page image drawn at `dpi`. */
export const pixelsHigh = (box: Box, dpi: number): number => (box.h * dpi) / 72;

/** Share of the smaller box's height that the two boxes share vertically (0–1). */
function lineOverlap(a: Box, b: Box): number {
  const shared = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  const smaller = Math.min(a.h, b.h);
  return smaller <= 0 ? 0 : Math.max(0, shared) / smaller;
}

/**
 * The OCR words around `box`, left to right: on the same line and overlapping the box widened by half
 * its height on either side (OCR may join a value to its neighbours or cut it in pieces).
 */
export function ocrWordsAround(box: Box, ocrWords: readonly Word[]): Word[] {
  const pad = box.h / 2;
  return ocrWords
    .filter(
      (word) =>
        lineOverlap(word.box, box) >= 0.5 &&
        word.box.x < box.x + box.w + pad &&
        word.box.x + word.box.w > box.x - pad,
    )
    .sort((a, b) => a.box.x - b.box.x);
}

/**
 * What OCR read around `box` for the text-layer value `text`, and the words it read there. `trust` is
 * the least word confidence, or the full {@link OcrTrust} (confidence, page-image DPI, trusted size).
 */
export function ocrReadingAt(
  text: string,
  box: Box,
  ocrWords: readonly Word[],
  trust: number | OcrTrust,
): { reading: OcrReading; words: Word[] } {
  const {
    minConfidence,
    dpi,
    minTextPx = MIN_TRUSTED_TEXT_PX,
  } = typeof trust === 'number' ? { minConfidence: trust } : trust;
  const words = ocrWordsAround(box, ocrWords);
  if (words.length === 0) return { reading: 'unseen', words };
  const wanted = alnum(text);
  const seen = alnum(words.map((word) => word.text).join(''));
  if (wanted === '' || seen.includes(wanted)) return { reading: 'same', words };
  if (ocrFold(seen).includes(ocrFold(text))) return { reading: 'confusable', words };
  // Only words over the value itself may contradict it, and only when OCR was sure of them.
  const over = words.filter((word) => word.box.x < box.x + box.w && word.box.x + word.box.w > box.x);
  const sure = over.length > 0 && over.every((word) => (word.confidence ?? 0) >= minConfidence);
  if (!sure) return { reading: 'unsure', words };
  // Sure, but of small print on a coarse image, and only a digit or two off: OCR's limit, no proof.
  const coarse = dpi !== undefined && pixelsHigh(box, dpi) < minTextPx;
  if (coarse && isPlausibleMisread(text, seen)) return { reading: 'coarse', words };
  return { reading: 'differs', words };
}
