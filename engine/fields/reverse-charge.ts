/** Where an invoice says its VAT is reverse-charged (`btw verlegd`, `reverse charge`, `Steuerschuldnerschaft des Leistungsempfängers`). */
import type { ChannelFields } from '../model/fields.js';
import { unionBox } from './layout.js';
import { fold } from './normalise.js';
import { allLines, type Reading } from './reading.js';
import { REVERSE_CHARGE_PHRASES } from './vocabulary.js';

/** The words a reverse-charge phrase contains one of (a cheap test before the phrase search). */
const REVERSE_CHARGE_WORDS: ReadonlySet<string> = new Set(
  REVERSE_CHARGE_PHRASES.flatMap((phrase) => phrase.split(' ')).filter(
    (w) => !['btw', 'vat', 'de', 'la', 'tva', 'des', 'omzetbelasting'].includes(w),
  ),
);

/** The first line that states the VAT is reverse-charged, if any. */
export function findReverseCharge(reading: Reading): ChannelFields['reverseCharge'] {
  for (const [, line] of allLines(reading.layouts)) {
    if (!line.tokens.some((t) => REVERSE_CHARGE_WORDS.has(t.norm))) continue;
    const text = fold(line.tokens.map((t) => t.text).join(' '));
    for (const phrase of REVERSE_CHARGE_PHRASES) {
      const at = text.indexOf(phrase);
      if (at < 0) continue;
      // Whole words only ("verlegd" inside "onverlegd" is not it).
      const before = text[at - 1];
      if (before !== undefined && /[a-z]/.test(before)) continue;
      return {
        raw: line.tokens.map((t) => t.text).join(' '),
        page: line.page,
        box: unionBox(line.tokens.map((t) => t.box)),
      };
    }
  }
  return undefined;
}
