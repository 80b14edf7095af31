/**
 * What OCR reads where the text layer puts a value: the one question both channel checks ask. The
 * text layer's boxes are exact (text-words.ts), so the OCR words around a box are the ones that show
 * its characters. OCR's usual slips (O or D for 0, l or I for 1, S for 5, B for 8, Z for 2, G for 6, spaces
 * it adds or drops, punctuation) are told apart from a different number: a slip is the limit of OCR
 * software, a different number is a text layer that does not say what the page shows.
 */
import type { Box, Word } from '../model/geometry.js';
import { alnum } from '../model/words.js';

/**
 * How OCR reads a text-layer value at its box:
 * - `same`: the OCR words there contain the value (ignoring spaces and punctuation);
 * - `confusable`: they contain it once OCR's usual character confusions are allowed for;
 * - `differs`: OCR read something else there, with confidence;
 * - `unsure`: OCR read something else there, but not with confidence;
 * - `unseen`: OCR read no word there.
 */
export type OcrReading = 'same' | 'confusable' | 'differs' | 'unsure' | 'unseen';

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

/** What OCR read around `box` for the text-layer value `text`, and the words it read there. */
export function ocrReadingAt(
  text: string,
  box: Box,
  ocrWords: readonly Word[],
  minConfidence: number,
): { reading: OcrReading; words: Word[] } {
  const words = ocrWordsAround(box, ocrWords);
  if (words.length === 0) return { reading: 'unseen', words };
  const wanted = alnum(text);
  const seen = alnum(words.map((word) => word.text).join(''));
  if (wanted === '' || seen.includes(wanted)) return { reading: 'same', words };
  if (ocrFold(seen).includes(ocrFold(text))) return { reading: 'confusable', words };
  // Only words over the value itself may contradict it, and only when OCR was sure of them.
  const over = words.filter((word) => word.box.x < box.x + box.w && word.box.x + word.box.w > box.x);
  const sure = over.length > 0 && over.every((word) => (word.confidence ?? 0) >= minConfidence);
  return { reading: sure ? 'differs' : 'unsure', words };
}
