/**
 * Party names: labelled (`Name:` in a party block, the first name-like line under `Bill to`),
 * company names by their legal form (`B.V.`, `GmbH`), a person addressed by a form of address
 * (`Herrn Max Mustermann`: the buyer), and the letterhead. Seller or buyer by the party heading
 * above, else by an attention line in the block (only a buyer's address is written for someone's
 * attention).
 */
import type { FieldId } from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import { type AddressBlock, isAddressLine } from './address-blocks.js';
import { type Candidate, candidateOf } from './candidate.js';
import type { LabelHit } from './labels.js';
import type { Line, PageLayout, Token } from './layout.js';
import { cleanName } from './normalise.js';
import { ADDRESS_WORDS, type Heading, type Parties, partyAt } from './parties.js';
import { hitStarting, NAME_STOPPING_ROLES, type Reading, stops, stopsName } from './reading.js';
import { scanRight } from './scan.js';
import { ATTENTION, type ReadValue, readName } from './values.js';
import { LEGAL_FORMS, SALUTATIONS } from './vocabulary.js';

const right = (box: Box): number => box.x + box.w;

/** The field of a party's name. */
const nameField = (party: 'seller' | 'buyer'): FieldId => (party === 'seller' ? 'sellerName' : 'buyerName');

/** Every name candidate of one channel's pages: labelled and by legal form, line by line, then by form of address and letterhead. */
export function collectNames(
  reading: Reading,
  parties: Parties,
  blocks: readonly AddressBlock[] = [],
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const layout of reading.layouts) {
    const median = medianLineHeight(layout);
    for (const line of layout.lines) {
      for (const hit of reading.hits.get(line) ?? []) {
        const found = labelledName(reading, parties, layout, line, hit);
        if (found) candidates.push(found);
      }
      candidates.push(...legalFormNames(reading, parties, layout, line, median));
    }
  }
  candidates.push(...blockNames(reading, blocks));
  candidates.push(...salutationNames(reading, parties));
  candidates.push(...greetingNames(reading));
  const letterhead = letterheadName(reading, parties);
  if (letterhead) candidates.push(letterhead);
  return candidates;
}

/**
 * The name heading each address block: the buyer's block (under a heading, with an attention line,
 * or where the letterhead's other block stands), the seller's letterhead. A block told by its
 * heading is already read by the heading's label; this adds the blocks told by attention and place.
 */
function blockNames(reading: Reading, blocks: readonly AddressBlock[]): Candidate[] {
  const candidates: Candidate[] = [];
  const layout = reading.layouts[0];
  if (!layout) return candidates;
  const median = medianLineHeight(layout) || 1;
  for (const block of blocks) {
    if (block.by === 'heading' || block.by === 'salutation') continue;
    const big = Math.min(1.3, block.nameHeight / median);
    // A letterhead without a legal form is a weaker sign than a name with one, even in a footer.
    const score = block.party === 'buyer' ? 0.5 : 0.22 * big;
    const name = block.party === 'seller' ? withoutDepartment(block.name) : block.name;
    candidates.push(candidateOf(nameField(block.party), name, score, 'pattern'));
  }
  return candidates;
}

/** A name announced by a label: `Name:` as a key of a party block, or the block under a party heading. */
function labelledName(
  reading: Reading,
  parties: Parties,
  layout: PageLayout,
  line: Line,
  hit: LabelHit,
): Candidate | undefined {
  const isName = hit.meanings.some((m) => m.role === 'name');
  if (isName) {
    // `Name:` as a key of a party block; the word "name" inside a text is no label.
    const keyed =
      line.tokens[hit.start - 1]?.segment !== line.tokens[hit.start]!.segment ||
      /:$/.test(line.tokens[hit.end - 1]!.text);
    if (!keyed) return undefined;
    const party = partyAt(parties, layout.page, line, hit.box);
    if (!party) return undefined;
    const field = nameField(party);
    const found = scanRight(reading, hit, 'name', field, layout, 1);
    return found ? candidateOf(field, found.value, 0.9 * found.placement, found.source, hit) : undefined;
  }
  const heading = parties.headings.find(
    (h) => h.page === layout.page && h.line === line.index && Math.abs(h.x0 + line.height - hit.box.x) < 0.5,
  );
  if (!heading) return undefined;
  const field = nameField(heading.party);
  // `Bill to Address:` announces the block below, not a name to its right; nor does
  // `Livraison: adresse, références` (words that say what the block holds).
  const after = line.tokens[hit.end];
  const rightOfIt =
    after && ADDRESS_WORDS.has(after.norm) && (/:$/.test(after.text) || /,$/.test(after.text))
      ? undefined
      : scanRight(reading, hit, 'name', field, layout, 1);
  // A delivery address names where goods go, often not the party that is invoiced: weaker.
  const weight = DELIVERY_HEADING.test(labelOf(hit)) ? 0.5 : 1;
  if (rightOfIt)
    return candidateOf(field, rightOfIt.value, 0.7 * weight * rightOfIt.placement, rightOfIt.source, hit);
  return nameBelowHeading(reading, layout, line, hit, heading, field, weight);
}

/** Party headings that name a delivery address (`Ship to`, `Lieferadresse`, `Livraison`). */
const DELIVERY_HEADING =
  /\b(?:ship|deliver|delivery|lever|levering|afleveradres|afleveren|liefer|lieferadresse|lieferanschrift|warenempfanger|livraison|livrer)\b/;

/** A label as printed, folded to lower-case letters without accents. */
const labelOf = (hit: LabelHit): string =>
  hit.text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A contact person's line in a party block (`Buyer contact name, Buyer dep`, `Ansprechpartner: X`). */
const CONTACT_LINE = /^(?:contact|kontakt|ansprechpartner|contactpersoon|interlocuteur)$/;

/** The first name-like line of the block below a party heading. */
function nameBelowHeading(
  reading: Reading,
  layout: PageLayout,
  line: Line,
  hit: LabelHit,
  heading: Heading,
  field: FieldId,
  weight = 1,
): Candidate | undefined {
  for (let l = line.index + 1; l < layout.lines.length && l <= line.index + 3; l++) {
    const below = layout.lines[l]!;
    const index = below.tokens.findIndex(
      (t) =>
        t.box.x >= heading.x0 && t.box.x <= heading.x1 && t.box.x < hit.box.x + hit.box.w + line.height * 2,
    );
    if (index < 0) continue;
    // `ATTN: Firma Ltd`: the name follows the attention word.
    let start = index;
    if (ATTENTION.test(below.tokens[start]!.norm)) start++;
    while (below.tokens[start] && below.tokens[start]!.norm === '') start++;
    if (!below.tokens[start]) continue;
    // A contact person's line heads some blocks; the party's name follows it.
    const cell = below.tokens.filter((t) => t.segment === below.tokens[start]!.segment);
    if (cell.some((t) => CONTACT_LINE.test(t.norm))) continue;
    // A key–value line (`Nummer: 123`) is not the name; a party word starting a name is
    // (`Van Dijk B.V.` under `Klant`).
    const key = hitStarting(reading, below, start);
    if (
      (key &&
        !key.meanings.every(
          (m) => m.role === 'partySeller' || m.role === 'partyBuyer' || m.role === 'dateWord',
        )) ||
      /:$/.test(below.tokens[start]!.text) ||
      (key && /:$/.test(below.tokens[key.end - 1]!.text))
    )
      continue;
    // Under the heading, a party word is part of the name (`LE CLIENT`, `Muster-Kunde`), not a new block.
    const name = readName(
      below,
      start,
      (j) =>
        j > start &&
        stopsName(reading, below, j) &&
        !hitStarting(reading, below, j)?.meanings.every(
          (m) => m.role === 'partySeller' || m.role === 'partyBuyer',
        ),
    );
    // A street or a postcode line is the address, not the name.
    if (name && isAddressLine(name.value)) return undefined;
    if (name && !/\d{3}/.test(name.value))
      return candidateOf(
        field,
        name,
        0.6 * weight * Math.max(0.5, 0.9 - 0.1 * (l - line.index)),
        'label-below',
        hit,
      );
  }
  return undefined;
}

/** Company names by their legal form (`B.V.`, `GmbH`, `SARL`) on a line: the words before it, up to it. */
function legalFormNames(
  reading: Reading,
  parties: Parties,
  layout: PageLayout,
  line: Line,
  medianHeight: number,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 1; i < line.tokens.length; i++) {
    const token = line.tokens[i]!;
    if (!LEGAL_FORMS.includes(token.norm)) continue;
    let end = i + 1;
    // `GmbH & Co. KG`
    while (
      end < line.tokens.length &&
      end < i + 4 &&
      line.tokens[end]!.segment === token.segment &&
      (LEGAL_FORMS.includes(line.tokens[end]!.norm) || line.tokens[end]!.text === '&')
    )
      end++;
    let start = i;
    while (
      start > 0 &&
      line.tokens[start - 1]!.segment === token.segment &&
      i - start < 5 &&
      !/[:|]$|^[-–|]$|\d/.test(line.tokens[start - 1]!.text) &&
      !stops(reading, line, start - 1, NAME_STOPPING_ROLES)
    )
      start--;
    if (start === i) continue;
    const name = readName(line, start, (j) => j >= end || stopsName(reading, line, j));
    if (!name || name.tokens.length < 2 || name.value.length > 60) continue;
    if (/\d{4}/.test(name.value) || /^(in|by|of|van|de|der)$/i.test(name.tokens[0]!.text)) continue;
    const whole = nameFromLineAbove(reading, layout, line, name) ?? name;
    const party =
      partyAt(parties, layout.page, line, name.tokens[0]!.box) ??
      (recipientBlock(layout, line, name) ? 'buyer' : 'seller');
    const relY = line.top / (layout.height || 842);
    const big = Math.min(1.3, line.height / (medianHeight || line.height));
    candidates.push(
      candidateOf(
        nameField(party),
        whole,
        0.45 * (1 - 0.3 * relY) * big * (layout.page === 1 ? 1 : 0.7),
        'pattern',
      ),
    );
    i += name.tokens.length;
  }
  return candidates;
}

/** The median height of a page's lines: its body text size, roughly. */
function medianLineHeight(layout: PageLayout): number {
  const all = layout.lines.map((l) => l.height).sort((a, b) => a - b);
  return all[Math.floor(all.length / 2)] ?? 0;
}

/**
 * A company name broken over two lines (`DACHSER Netherlands Food` / `Logistics B.V`): when a
 * name with a legal form starts its column block, and the line just above in the same column
 * (left- or right-aligned with it) holds only words (no digits, no label, no key), that line is
 * its first half.
 */
function nameFromLineAbove(
  reading: Reading,
  layout: PageLayout,
  line: Line,
  name: ReadValue,
): ReadValue | undefined {
  const first = name.tokens[0]!;
  if (line.tokens[first.index - 1]?.segment === first.segment) return undefined;
  const above = layout.lines[line.index - 1];
  if (!above || line.top - above.bottom > line.height * 0.8) return undefined;
  if (Math.abs(above.height - line.height) > line.height * 0.3) return undefined;
  const part = blockAbove(above, name.tokens, line.height);
  if (!part || part.length > 5) return undefined;
  const hits = reading.hitAt.get(above) ?? [];
  if (part.some((t) => /\d|[:,;!?]$/.test(t.text) || hits[t.index] || LEGAL_FORMS.includes(t.norm)))
    return undefined;
  // Words of a name are capitalised (`Groothandel Noord Food`), those of a sentence are not.
  if (part.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 < part.length) return undefined;
  const head = part.map((t) => t.text).join(' ');
  return {
    ...name,
    value: `${head} ${name.value}`,
    raw: `${head} ${name.raw}`,
    tokens: [...part, ...name.tokens],
  };
}

/** The column block of `line` standing over `tokens`: its edges aligned with theirs (left or right). */
function blockAbove(line: Line, tokens: readonly Token[], tolerance: number): Token[] | undefined {
  const x0 = tokens[0]!.box.x;
  const x1 = right(tokens.at(-1)!.box);
  for (const segment of new Set(line.tokens.map((t) => t.segment))) {
    const block = line.tokens.filter((t) => t.segment === segment);
    const b0 = block[0]!.box.x;
    const b1 = right(block.at(-1)!.box);
    if (b1 < x0 || b0 > x1) continue;
    if (Math.abs(b0 - x0) < tolerance || Math.abs(b1 - x1) < tolerance) return block;
  }
  return undefined;
}

/**
 * Whether a name heads a recipient's address block: an attention line (`T.a.v.`, `Attn`, `z.Hd.`)
 * follows it in its column, or opens its line (`ATTN: Firma B.V.`). Only a buyer's address is
 * written for someone's attention.
 */
function recipientBlock(layout: PageLayout, line: Line, name: ReadValue): boolean {
  const first = name.tokens[0]!;
  if (line.tokens.slice(0, first.index).some((t) => t.segment === first.segment && ATTENTION.test(t.norm)))
    return true;
  const own = name.tokens.filter((t) => t.line === line.index);
  const x0 = own[0]!.box.x;
  const x1 = right(own.at(-1)!.box);
  for (let l = line.index + 1; l < layout.lines.length && l <= line.index + 2; l++) {
    const below = layout.lines[l]!;
    if (below.top - line.bottom > line.height * 2 * (l - line.index)) return false;
    for (const segment of new Set(below.tokens.map((t) => t.segment))) {
      const block = below.tokens.filter((t) => t.segment === segment);
      if (right(block.at(-1)!.box) < x0 || block[0]!.box.x > x1) continue;
      if (ATTENTION.test(block[0]!.norm)) return true;
    }
  }
  return false;
}

/**
 * A person addressed by a form of address (`Herrn Max Mustermann`, `Dhr. J. de Vries`) in the
 * upper half of the first page: the buyer, written to as a person. The words after the form of
 * address must look like a name (capitalised, no digits): `Mr. D.I.Y.` is a shop, not a person.
 */
function salutationNames(reading: Reading, parties: Parties): Candidate[] {
  const candidates: Candidate[] = [];
  const layout = reading.layouts[0];
  if (!layout) return candidates;
  for (const line of layout.lines) {
    if (line.top > layout.height / 2) break;
    for (const [i, token] of line.tokens.entries()) {
      if (!SALUTATIONS.has(token.norm)) continue;
      if (line.tokens[i - 1]?.segment === token.segment) continue;
      let rest = line.tokens.filter((t, j) => j > i && t.segment === token.segment);
      // `Herrn` alone on its line: the name is the line below it.
      const next = layout.lines[line.index + 1];
      if (rest.length === 0 && next && next.top - line.bottom < line.height * 0.8)
        rest = blockAbove(next, [token], line.height) ?? [];
      if (rest.length === 0 || rest.length > 4) continue;
      const labelled = (t: Token): boolean =>
        reading.hitAt.get(layout.lines[t.line]!)?.[t.index] !== undefined;
      if (!rest.every((t) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(t.text) && !labelled(t))) continue;
      const tokens = [token, ...rest];
      const raw = tokens.map((t) => t.text).join(' ');
      const name: ReadValue = { value: cleanName(raw), raw, tokens, quality: 1 };
      const party = partyAt(parties, layout.page, line, token.box) ?? 'buyer';
      candidates.push(candidateOf(nameField(party), name, 0.4, 'pattern'));
    }
  }
  return candidates;
}

/** A letter's greeting (`Geachte`, `Dear`), folded: the line that opens the letter to the buyer. */
const GREETINGS: ReadonlySet<string> = new Set(['geachte', 'beste', 'dear', 'geehrte', 'geehrter', 'liebe']);
/** The word that names the organisation the greeted person works for (`… van het X`, `… of X`). */
const OF_WORDS: ReadonlySet<string> = new Set(['van', 'of', 'der', 'des', 'bei']);
/** Articles between that word and the name. */
const ARTICLES: ReadonlySet<string> = new Set(['het', 'de', 'the', 'den']);

/**
 * The buyer of a letter-style invoice, from its greeting: `Geachte medewerker van het Parcival
 * college,` or `Dear colleagues of Acme Ltd,`: the words after "van/of" up to the comma. A weak
 * candidate, for invoices without an address block: any block, label or legal-form name outranks it.
 */
function greetingNames(reading: Reading): Candidate[] {
  const layout = reading.layouts[0];
  if (!layout) return [];
  for (const line of layout.lines) {
    if (line.top > layout.height / 2) break;
    const tokens = line.tokens;
    const opening = tokens.findIndex((t) => GREETINGS.has(t.norm));
    // The greeting opens its line (`Sehr geehrte` may have one word before it).
    if (opening < 0 || opening > 1) continue;
    const ends = tokens.findIndex((t, i) => i > opening && /,$/.test(t.text));
    if (ends < 0) continue;
    const of = tokens.findIndex((t, i) => i > opening && i < ends && OF_WORDS.has(t.norm));
    if (of < 0) continue;
    let from = of + 1;
    while (tokens[from] && ARTICLES.has(tokens[from]!.norm) && from < ends) from++;
    const name = readName(line, from, (j) => j > ends);
    if (!name || name.tokens.length > 5) continue;
    return [candidateOf('buyerName', name, 0.3, 'pattern')];
  }
  return [];
}

/** A department after a company's name in a letterhead (`Free Service Abonné`, `Acme Customer Service`). */
const DEPARTMENT =
  /\s(?:service (?:abonnes?|clients?|clientele)|customer (?:service|care|support)|klantenservice|kundenservice|kundendienst|debiteurenadministratie|accounts (?:department|receivable))$/;

/** The name without a department written after it, when a name remains. */
function withoutDepartment(name: ReadValue): ReadValue {
  const folded = name.value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const match = DEPARTMENT.exec(folded);
  if (!match) return name;
  const kept = name.value.split(' ').length - match[0].trim().split(' ').length;
  if (kept < 1) return name;
  const tokens = name.tokens.slice(0, kept);
  const raw = tokens.map((t) => t.text).join(' ');
  return { ...name, value: cleanName(raw), raw, tokens };
}

/**
 * The letterhead: the first line of the first page that reads as a name (words, no digits, no
 * label), near the top. A till receipt prints its shop's name there, often without a legal form.
 * A weak candidate: any labelled or legal-form name outranks it.
 */
function letterheadName(reading: Reading, parties: Parties): Candidate | undefined {
  const layout = reading.layouts[0];
  if (!layout) return undefined;
  let looked = 0;
  for (const line of layout.lines) {
    if (line.top > layout.height * 0.25 || looked >= 3) return undefined;
    const letters = line.tokens
      .map((t) => t.text)
      .join('')
      .replace(/[^\p{L}]/gu, '').length;
    if (letters < 3) continue;
    looked++;
    if ((reading.hits.get(line) ?? []).length > 0) continue;
    const block = line.tokens.filter((t) => t.segment === line.tokens[0]!.segment);
    if (block.length > 6 || block.some((t) => /\d|@|:$/.test(t.text))) continue;
    if (ATTENTION.test(block[0]!.norm) || SALUTATIONS.has(block[0]!.norm)) continue;
    const name = readName(line, 0, () => false);
    if (!name || name.tokens.length !== block.length) continue;
    const party = partyAt(parties, layout.page, line, block[0]!.box);
    if (party === 'buyer' || recipientBlock(layout, line, name)) continue;
    const big = Math.min(1.3, line.height / (medianLineHeight(layout) || line.height));
    return candidateOf('sellerName', withoutDepartment(name), 0.12 * big, 'pattern');
  }
  return undefined;
}
