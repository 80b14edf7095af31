/**
 * Whose is a value, the seller's or the buyer's: the party headings of a page (`Verkäufer`,
 * `Bill to`) claim the column below them, and the profile's buyer knows its own ids. The identifiers
 * printed on the invoice (VAT ids, IBANs, KvK numbers) are listed with their party.
 */
import type { FoundIdentifier } from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import type { BuyerInfo } from '../model/profile.js';
import type { Candidate } from './candidate.js';
import type { Line } from './layout.js';
import { compactId } from './normalise.js';
import { allLines, type Reading } from './reading.js';

/** Which party's block a value stands in. */
export type Party = 'seller' | 'buyer';

/** The heading of a party block and the column it claims. */
export interface Heading {
  readonly party: Party;
  readonly page: number;
  /** Line index on its page. */
  readonly line: number;
  readonly top: number;
  /** Left and right edge of the column the heading claims. */
  readonly x0: number;
  readonly x1: number;
}

/** An address block of the first page and whose it is (see `address-blocks.ts`). */
export interface PartyBlock {
  readonly page: number;
  /** First and last line index on its page. */
  readonly first: number;
  readonly last: number;
  /** Left and right edge of the block. */
  readonly x0: number;
  readonly x1: number;
  readonly party: Party;
}

/**
 * What tells the parties apart: the party headings of the pages, the address blocks of the first
 * page (the letterhead and the buyer's block, also without headings), and the profile's buyer.
 */
export interface Parties {
  readonly headings: readonly Heading[];
  readonly blocks?: readonly PartyBlock[];
  readonly buyer?: BuyerInfo;
}

/** Words that turn a party heading into an address key (`Bill to Address:`). */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'address',
  'adres',
  'adresse',
  'anschrift',
  'details',
  'gegevens',
  'adresgegevens',
]);

const keyed = (text: string): boolean => /:$/.test(text);

/** Headings of party blocks (`Verkäufer`, `Bill to`): the first words of a column block. */
export function findHeadings(reading: Reading): Heading[] {
  const headings: Heading[] = [];
  for (const [layout, line] of allLines(reading.layouts)) {
    for (const hit of reading.hits.get(line) ?? []) {
      const party = hit.meanings.some((m) => m.role === 'partyBuyer')
        ? 'buyer'
        : hit.meanings.some((m) => m.role === 'partySeller')
          ? 'seller'
          : undefined;
      if (!party) continue;
      const first = line.tokens[hit.start]!;
      const previous = line.tokens[hit.start - 1];
      if (previous && previous.segment === first.segment) continue;
      // A heading is its block's only words (`Verkäufer`) or a key (`Bill to: X`), not the start
      // of a name (`Auftraggeber Firmenkunde GmbH`).
      const at = reading.hitAt.get(line) ?? [];
      const rest = line.tokens.filter(
        (t, i) =>
          i >= hit.end &&
          t.segment === first.segment &&
          t.norm !== '' &&
          !at[i]?.meanings.some((m) => m.role === 'partySeller' || m.role === 'partyBuyer'),
      );
      // `Bill to Address:`, `Kunde Anschrift:` are headings too.
      const addressKey = rest.length === 1 && ADDRESS_WORDS.has(rest[0]!.norm) && keyed(rest[0]!.text);
      if (rest.length > 0 && !keyed(line.tokens[hit.end - 1]!.text) && !addressKey) continue;
      // The block runs to the next block of the line, or to the page edge.
      const nextBlock = line.tokens.find((t, i) => i >= hit.end && t.segment !== first.segment);
      headings.push({
        party,
        page: layout.page,
        line: line.index,
        top: line.top,
        x0: hit.box.x - line.height,
        x1: nextBlock ? nextBlock.box.x - 1 : layout.width,
      });
    }
  }
  return headings;
}

/**
 * The party a place on a page belongs to: the nearest party heading above it in its column, else
 * the address block it stands in.
 */
export function partyAt(parties: Parties, page: number, line: Line, box: Box): Party | undefined {
  return headingPartyAt(parties, page, line, box) ?? blockPartyAt(parties, page, line, box);
}

/** The party of the address block a place stands in (its lines, its column). */
function blockPartyAt(parties: Parties, page: number, line: Line, box: Box): Party | undefined {
  return parties.blocks?.find(
    (b) =>
      b.page === page &&
      line.index >= b.first &&
      line.index <= b.last &&
      box.x >= b.x0 - 4 &&
      box.x <= b.x1 + 4,
  )?.party;
}

function headingPartyAt(parties: Parties, page: number, line: Line, box: Box): Party | undefined {
  let best: Heading | undefined;
  for (const heading of parties.headings) {
    if (heading.page !== page || heading.line > line.index) continue;
    if (box.x < heading.x0 || box.x > heading.x1) continue;
    if (line.top - heading.top > 220) continue;
    if (!best || heading.line > best.line) best = heading;
  }
  return best?.party;
}

/** The party of a value read near `line`: the buyer's own VAT id or KvK number, else its place. */
export function partyOfValue(parties: Parties, candidate: Candidate, line: Line): Party | undefined {
  const buyer = parties.buyer;
  if (buyer?.vatId && compactId(buyer.vatId) === candidate.value) return 'buyer';
  if (buyer?.kvk && compactId(buyer.kvk) === candidate.value) return 'buyer';
  return partyAt(parties, candidate.page, line, candidate.box);
}

/** An identifier read on the page: a candidate for an id field, and the line of its label. */
export interface IdSighting {
  readonly kind: FoundIdentifier['kind'];
  readonly candidate: Candidate;
  /** The line of its label (or its own line, when found by its pattern). */
  readonly line: Line;
  /** Labelled as the buyer's (`Uw btw-nummer`). */
  readonly buyerLabel: boolean;
}

/**
 * The identifiers printed on the invoice, each once (the first sighting of a value at a place), with
 * the party it belongs to: the buyer's by label or by place, else the seller's.
 */
export function identifiersOf(sightings: readonly IdSighting[], parties: Parties): FoundIdentifier[] {
  const identifiers: FoundIdentifier[] = [];
  for (const { kind, candidate, line, buyerLabel } of sightings) {
    if (
      identifiers.some(
        (i) =>
          i.kind === kind &&
          i.value === candidate.value &&
          i.page === candidate.page &&
          i.box.y === candidate.box.y,
      )
    )
      continue;
    const party = buyerLabel ? 'buyer' : (partyOfValue(parties, candidate, line) ?? 'seller');
    identifiers.push({ kind, value: candidate.value, party, page: candidate.page, box: candidate.box });
  }
  return identifiers;
}
