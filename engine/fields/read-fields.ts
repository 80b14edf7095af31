/**
 * Template-free reading of invoice fields from positioned words, the same for the text layer and
 * for OCR. The pages are laid out in lines and their vocabulary labels found (`reading`); pure
 * collectors then gather candidates — values right of and below each label (`collect-labelled`),
 * the VAT summary tables read by their column headers (`vat-table`),
 * values found by their pattern alone (`collect-patterns`), currencies and printed amounts
 * (`collect-currency`), party names (`collect-names`) — and `choose` picks per field the
 * best-supported value: labelled, well placed, valid, and consistent with the rest (the totals block
 * is read as a whole). Runner-ups and ambiguities are kept, because they are what makes a buyer's
 * recognition software guess.
 *
 * Cost: one sort of the words per page, then passes whose work per word is bounded (labels are at
 * most eight words, values at most ten, scans below a label at most twelve lines): linear in the
 * number of words.
 */
import type { Channel, ChannelFields, FieldId } from '../model/fields.js';
import type { BuyerInfo } from '../model/profile.js';
import { findAddressBlocks } from './address-blocks.js';
import type { Candidate } from './candidate.js';
import { choose } from './choose.js';
import { collectCurrency } from './collect-currency.js';
import { collectLabelled } from './collect-labelled.js';
import { collectNames } from './collect-names.js';
import { collectPatterns } from './collect-patterns.js';
import type { PageWords } from './layout.js';
import { findHeadings, identifiersOf, type Parties, partyOfValue } from './parties.js';
import { readPages } from './reading.js';
import { findReverseCharge } from './reverse-charge.js';
import { contradictsTable, findVatTables } from './vat-table.js';

export type { PageWords } from './layout.js';

/** Options of {@link readChannelFields}. */
export interface ReadFieldsOptions {
  /** The channel the words come from (OCR text gets tolerant label matching). Default `text`. */
  readonly channel?: Channel;
  /** Extra labels per field, e.g. those a profile says the buyer's software looks for. */
  readonly extraLabels?: Readonly<Partial<Record<FieldId, readonly string[]>>>;
  /** The buyer: its VAT id and name tell the buyer's data from the seller's. */
  readonly buyer?: BuyerInfo;
}

/** Reads the invoice fields from one channel's pages. */
export function readChannelFields(
  pages: readonly PageWords[],
  options: ReadFieldsOptions = {},
): ChannelFields {
  const channel = options.channel ?? 'text';
  const reading = readPages(pages, channel, options.extraLabels);
  const headings = findHeadings(reading);
  const blocks = findAddressBlocks(reading, headings);
  const parties: Parties = {
    headings,
    blocks,
    ...(options.buyer && { buyer: options.buyer }),
  };
  // The order of the candidates breaks ties between equal scores: labelled, patterns, currency, names.
  const labelled = collectLabelled(reading);
  // A VAT table's columns say which amount is which, whatever order they come in.
  const tables = findVatTables(reading);
  const inTable = (line: { page: number; box: { y: number } }): boolean =>
    tables.vatLines.some((t) => t.page === line.page && Math.abs(t.box.y - line.box.y) < 2);
  const vatLines = [...tables.vatLines, ...labelled.vatLines.filter((l) => !inTable(l))];
  const labelledCandidates = labelled.candidates.filter((c) => !contradictsTable(c, tables));
  const patterned = collectPatterns(reading, labelled.claimed);
  const currencies = collectCurrency(reading);
  const names = collectNames(reading, parties, blocks);
  const identifiers = identifiersOf([...labelled.sightings, ...patterned.sightings], parties);
  const partyOf = (c: Candidate) => {
    const line = reading.layouts.find((l) => l.page === c.page)?.lines[c.line];
    return line ? partyOfValue(parties, c, line) : undefined;
  };
  const choice = choose(
    {
      candidates: [
        ...labelledCandidates,
        ...tables.candidates,
        ...patterned.candidates,
        ...currencies.candidates,
        ...names,
      ],
      vatLines,
      payments: labelled.payments,
      printedAmounts: currencies.printedAmounts,
      identifiers,
    },
    partyOf,
  );
  const reverseCharge = findReverseCharge(reading);
  return {
    channel,
    ...(reading.language && { language: reading.language }),
    values: choice.values,
    vatLines,
    ...(choice.totalsConsistent !== undefined && { totalsConsistent: choice.totalsConsistent }),
    ambiguities: choice.ambiguities,
    identifiers,
    ...(reverseCharge && { reverseCharge }),
  };
}
