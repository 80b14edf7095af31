/**
 * Candidates found by their pattern alone, without a label: IBANs and VAT ids (their checksums make
 * them safe to take), and dates (weak candidates for the invoice date: higher on the first page and
 * outside running text weighs more).
 */
import { type Candidate, candidateOf } from './candidate.js';
import type { Token } from './layout.js';
import type { IdSighting } from './parties.js';
import { allLines, type Reading } from './reading.js';
import { readDate, readGroupedId } from './values.js';

/** What the patterns of one channel's pages yield. */
export interface Patterned {
  readonly candidates: readonly Candidate[];
  /** The IBANs and VAT ids among them. */
  readonly sightings: readonly IdSighting[];
}

/** Reads IBANs, VAT ids and dates wherever they stand; a date a label claimed is not read again. */
export function collectPatterns(reading: Reading, claimed: ReadonlySet<Token>): Patterned {
  const candidates: Candidate[] = [];
  const sightings: IdSighting[] = [];
  const firstPage = reading.layouts[0]?.page;
  for (const [layout, line] of allLines(reading.layouts)) {
    const tokens = line.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (/^[A-Z]{2}/.test(token.text.replace(/^[(:]+/, ''))) {
        const iban = readGroupedId(line, i, 'iban');
        if (iban?.check?.formatOk) {
          const candidate = candidateOf('iban', iban, iban.check.valid ? 0.6 : 0.35, 'pattern');
          candidates.push(candidate);
          sightings.push({ kind: 'iban', candidate, line, buyerLabel: false });
          i += iban.tokens.length - 1;
          continue;
        }
        const vat = readGroupedId(line, i, 'vatId');
        if (vat?.check?.formatOk) {
          const candidate = candidateOf('sellerVatId', vat, 0.45 * vat.quality, 'pattern');
          candidates.push(candidate);
          sightings.push({ kind: 'vatId', candidate, line, buyerLabel: false });
          i += vat.tokens.length - 1;
          continue;
        }
      }
      if (/^[([]?\d/.test(token.text) || /^[a-z]/i.test(token.text)) {
        const date = readDate(line, i, reading.readOptions);
        if (date) {
          if (!date.tokens.some((t) => claimed.has(t))) {
            const relY = date.tokens[0]!.box.y / (layout.height || 842);
            const wordy = tokens.length > 10 ? 0.5 : 1;
            const pageFactor = layout.page === firstPage ? 1 : 0.6;
            candidates.push(
              candidateOf(
                'issueDate',
                date,
                0.3 * (1 - 0.4 * relY) * wordy * pageFactor * date.quality,
                'pattern',
              ),
            );
          }
          i += date.tokens.length - 1;
        }
      }
    }
  }
  return { candidates, sightings };
}
