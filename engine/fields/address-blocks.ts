/**
 * Address blocks: the stacked, left- or right-aligned lines near the top of the first page that
 * make a name and an address (a street, a postcode with a city). Most invoices print the seller's
 * block as the letterhead and the buyer's block where an envelope window shows it, often without
 * any heading; the block's place and type size tell them apart. Cost: one pass over the lines of
 * the top of page 1.
 */
import type { Line, PageLayout, Token } from './layout.js';
import { ADDRESS_WORDS, type Heading, type Party, type PartyBlock } from './parties.js';
import { NAME_STOPPING_ROLES, type Reading } from './reading.js';
import { ATTENTION, type ReadValue, readName } from './values.js';
import { POSTAL_LINE, SALUTATIONS, STREET_LINE } from './vocabulary.js';

/** One address block: its lines (one column block each), its name, and whose it is. */
export interface AddressBlock extends PartyBlock {
  readonly top: number;
  readonly bottom: number;
  /** The block's name line, read as a name. */
  readonly name: ReadValue;
  /** Type size of the name line. */
  readonly nameHeight: number;
  /**
   * How the party was told: a heading over it, an attention line or a form of address in it
   * (`Herrn`: the name is read with it elsewhere), or its place on the page.
   */
  readonly by: 'heading' | 'attention' | 'salutation' | 'place';
}

interface Cell {
  readonly line: Line;
  readonly tokens: Token[];
  readonly x0: number;
  readonly x1: number;
}

const cellsOf = (line: Line): Cell[] => {
  const cells: Cell[] = [];
  for (const token of line.tokens) {
    const last = cells.at(-1);
    if (last && last.tokens[0]!.segment === token.segment) {
      last.tokens.push(token);
      (last as { x1: number }).x1 = token.box.x + token.box.w;
    } else cells.push({ line, tokens: [token], x0: token.box.x, x1: token.box.x + token.box.w });
  }
  return cells;
};

const textOf = (cell: Cell): string => cell.tokens.map((t) => t.text).join(' ');

/** Whether a cell reads as an address line: a postcode with a place, or a street with a number. */
export function isAddressLine(text: string): boolean {
  return POSTAL_LINE.some((p) => p.test(text)) || STREET_LINE.some((p) => p.test(text));
}

/** The address blocks of the first page's top half, with their parties. */
export function findAddressBlocks(reading: Reading, headings: readonly Heading[]): AddressBlock[] {
  const layout = reading.layouts[0];
  if (!layout) return [];
  const stacks = stacksOf(layout);
  const found: Omit<AddressBlock, 'party' | 'by'>[] = [];
  const decided: (Pick<AddressBlock, 'party' | 'by'> | undefined)[] = [];
  for (const stack of stacks) {
    if (stack.length < 2 || stack.length > 8) continue;
    let start = 0;
    let heading: Party | undefined;
    const firstHits = reading.hits.get(stack[0]!.line) ?? [];
    // A party word heads the block only where it is a heading (`Van:`, `Bill to`), not a name's
    // first word (`Van Dijk Installatietechniek`).
    const headLine = stack[0]!.line.index;
    const partyHit = firstHits.find(
      (h) =>
        h.meanings.some((m) => m.role === 'partyBuyer' || m.role === 'partySeller') &&
        headings.some(
          (g) => g.page === layout.page && g.line === headLine && h.box.x >= g.x0 && h.box.x <= g.x1,
        ),
    );
    if (partyHit && partyHit.start === stack[0]!.tokens[0]!.index) {
      heading = partyHit.meanings.some((m) => m.role === 'partyBuyer') ? 'buyer' : 'seller';
      // `Aan: Gemeente X` keeps its name on the heading's line; `Bill to` alone heads the block.
      if (partyHit.end > stack[0]!.tokens.at(-1)!.index) start = 1;
    } else if (
      firstHits.some(
        (h) =>
          h.start === stack[0]!.tokens[0]!.index &&
          !h.meanings.some((m) => m.role === 'partyBuyer' || m.role === 'partySeller'),
      )
    )
      continue;
    const nameCell = stack[start];
    // The address follows the name: on the next line, or after one line (a department, an
    // attention line).
    if (!nameCell || !stack.slice(start + 1, start + 3).some((c) => isAddressLine(textOf(c)))) continue;
    if (isAddressLine(textOf(nameCell)) || /\d{3}|:$|@/.test(textOf(nameCell))) continue;
    // A name line holds no label (`FACTUUR. Coolblue B.V.`, `Hotel Details`).
    const nameHits = reading.hitAt.get(nameCell.line) ?? [];
    if (
      nameCell.tokens.some((t) =>
        nameHits[t.index]?.meanings.some((m) => NAME_STOPPING_ROLES.has(m.role) && m.strength >= 1),
      )
    )
      continue;
    if (nameCell.tokens.some((t) => ADDRESS_WORDS.has(t.norm))) continue;
    const line = nameCell.line;
    let from = nameCell.tokens[0]!.index;
    if (partyHit && start === 0) from = partyHit.end;
    while (line.tokens[from] && line.tokens[from]!.norm === '') from++;
    if (!line.tokens[from] || ATTENTION.test(line.tokens[from]!.norm)) continue;
    const name = readName(line, from, (j) => j > nameCell.tokens.at(-1)!.index);
    if (!name || name.tokens.length > 8) continue;
    // Only a buyer's address is written for someone's attention, or to a person (`Herrn`).
    const attention = stack.some((c) => c.tokens.some((t) => ATTENTION.test(t.norm)));
    const salutation = SALUTATIONS.has(line.tokens[from]!.norm);
    const x0 = Math.min(...stack.map((c) => c.x0));
    const x1 = Math.max(...stack.map((c) => c.x1));
    found.push({
      page: layout.page,
      first: stack[0]!.line.index,
      last: stack.at(-1)!.line.index,
      x0,
      x1,
      top: stack[0]!.line.top,
      bottom: stack.at(-1)!.line.bottom,
      name,
      nameHeight: Math.max(...name.tokens.map((t) => t.box.h)),
    });
    const underHeading = heading ?? headingOver(headings, layout.page, stack[0]!.line, x0);
    decided.push(
      underHeading
        ? { party: underHeading, by: 'heading' }
        : salutation
          ? { party: 'buyer', by: 'salutation' }
          : attention
            ? { party: 'buyer', by: 'attention' }
            : undefined,
    );
  }
  // A buyer heading elsewhere on the page names the buyer's block: no other block is the buyer's by place.
  const buyerHeading = headings.some((h) => h.page === layout.page && h.party === 'buyer');
  return assignByPlace(found, decided, layout, buyerHeading);
}

/** A party heading just above a block, over its column. */
function headingOver(headings: readonly Heading[], page: number, line: Line, x: number): Party | undefined {
  return headings.find(
    (h) => h.page === page && h.line < line.index && line.index - h.line <= 2 && x >= h.x0 && x <= h.x1,
  )?.party;
}

/**
 * Blocks no heading or attention line decided: the letterhead is the seller's, another block the
 * buyer's. A lone block is the buyer's when a larger letterhead stands above it, else the seller's.
 */
function assignByPlace(
  found: readonly Omit<AddressBlock, 'party' | 'by'>[],
  decided: readonly (Pick<AddressBlock, 'party' | 'by'> | undefined)[],
  layout: PageLayout,
  buyerHeading = false,
): AddressBlock[] {
  const open = found.map((_, i) => i).filter((i) => !decided[i]);
  const parties: (Pick<AddressBlock, 'party' | 'by'> | undefined)[] = [...decided];
  const sellerDecided = decided.some((d) => d?.party === 'seller');
  const buyerDecided = buyerHeading || decided.some((d) => d?.party === 'buyer');
  if (open.length >= 2 || (open.length === 1 && (sellerDecided || buyerDecided))) {
    const seller = sellerDecided ? undefined : letterhead(open.map((i) => found[i]!));
    for (const i of open) {
      if (found[i] === seller) parties[i] = { party: 'seller', by: 'place' };
      else if (!buyerDecided && parties.every((p) => p?.party !== 'buyer'))
        parties[i] = { party: 'buyer', by: 'place' };
    }
  } else if (open.length === 1) {
    const block = found[open[0]!]!;
    const letterheadAbove = layout.lines.some(
      (l) =>
        l.bottom <= block.top &&
        l.height > block.nameHeight * 1.2 &&
        l.tokens.some((t) => /\p{L}{2}/u.test(t.text)),
    );
    parties[open[0]!] = { party: letterheadAbove ? 'buyer' : 'seller', by: 'place' };
  }
  const out: AddressBlock[] = [];
  found.forEach((block, i) => {
    const party = parties[i];
    if (party) out.push({ ...block, ...party });
  });
  return out;
}

/**
 * The letterhead among blocks: the highest one; of two side by side, the right one (the envelope
 * window, the buyer's, is at the left). Type size says little: a logo often stands in for the
 * name, and the letterhead's address is printed small.
 */
function letterhead<T extends Omit<AddressBlock, 'party' | 'by'>>(blocks: readonly T[]): T | undefined {
  const sorted = [...blocks].sort((a, b) => a.top - b.top);
  const top = sorted[0]!;
  const beside = sorted.filter((b) => b.top - top.top < top.nameHeight);
  return beside.sort((a, b) => b.x0 - a.x0)[0];
}

/**
 * Column blocks of the top of the page stacked into blocks: a cell continues the block whose last
 * cell is on the line just above it, close below it, and aligned with it (left or right edge).
 */
function stacksOf(layout: PageLayout): Cell[][] {
  const stacks: Cell[][] = [];
  const limit = layout.height * 0.45;
  // Only the stacks that reached the line above can take a cell: the work per line is bounded by
  // the cells of two lines.
  let open: Cell[][] = [];
  for (const line of layout.lines) {
    if (line.top > limit) break;
    const next: Cell[][] = [];
    for (const cell of cellsOf(line)) {
      const tolerance = Math.max(3, line.height * 0.4);
      const stack = open.find((s) => {
        const last = s.at(-1)!;
        if (last.line.index !== line.index - 1 || next.includes(s)) return false;
        const gap = line.top - last.line.bottom;
        if (gap > Math.max(line.height, last.line.height) * 1.1) return false;
        return Math.abs(last.x0 - cell.x0) < tolerance || Math.abs(last.x1 - cell.x1) < tolerance;
      });
      if (stack) {
        stack.push(cell);
        next.push(stack);
      } else {
        const fresh = [cell];
        stacks.push(fresh);
        next.push(fresh);
      }
    }
    open = next;
  }
  return stacks;
}
