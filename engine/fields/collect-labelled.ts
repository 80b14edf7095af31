/**
 * Label-driven candidates: every label on every line, every field it may announce, read to its right,
 * below it or on the next line. Labels also yield the VAT lines (a VAT label with a rate), a till
 * receipt's payment lines, and the words they claim: a value a label states firmly (or one an
 * unrelated label announces) is no unlabelled candidate of another field.
 */
import type { FieldId, VatLine } from '../model/fields.js';
import { type Candidate, candidateOf } from './candidate.js';
import type { LabelHit, LabelMeaning } from './labels.js';
import type { PageLayout, Token } from './layout.js';
import type { IdSighting } from './parties.js';
import { allLines, type Reading } from './reading.js';
import { continuation, FIELD_KIND, type ScanHit, scanBelow, scanRight } from './scan.js';
import type { PaymentLine } from './totals.js';
import type { ReadValue } from './values.js';
import { vatLinesAt } from './vat-lines.js';

/** What the labels of one channel's pages yield. */
export interface Labelled {
  readonly candidates: readonly Candidate[];
  /** The tokens of values a label announced: not to be read again as an unlabelled date. */
  readonly claimed: ReadonlySet<Token>;
  readonly vatLines: readonly VatLine[];
  /** Payment lines of a till receipt: amounts handed over and given back. */
  readonly payments: readonly PaymentLine[];
  /** The ids (VAT id, IBAN, KvK) read next to their label. */
  readonly sightings: readonly IdSighting[];
}

/** What one meaning of one label yields (see {@link Labelled}). */
interface Yield {
  readonly candidates?: readonly Candidate[];
  readonly claims?: readonly ReadValue[];
  readonly vatLines?: readonly VatLine[];
  readonly payment?: PaymentLine;
  readonly sightings?: readonly IdSighting[];
}

/**
 * Reads the value every label announces, label by label, top to bottom. The order matters: a title's
 * date is taken only if no label before it claimed the words, and a VAT row is kept once.
 */
export function collectLabelled(reading: Reading): Labelled {
  const candidates: Candidate[] = [];
  const claimed = new Set<Token>();
  const vatLines: VatLine[] = [];
  const payments: PaymentLine[] = [];
  const sightings: IdSighting[] = [];
  for (const [layout, line] of allLines(reading.layouts)) {
    for (const hit of reading.hits.get(line) ?? []) {
      for (const meaning of hit.meanings) {
        const found = fromLabel(reading, layout, hit, meaning, { claimed, vatLines });
        if (found.candidates) candidates.push(...found.candidates);
        for (const value of found.claims ?? []) for (const token of value.tokens) claimed.add(token);
        if (found.vatLines) vatLines.push(...found.vatLines);
        if (found.payment) payments.push(found.payment);
        if (found.sightings) sightings.push(...found.sightings);
      }
    }
  }
  return { candidates, claimed, vatLines, payments, sightings };
}

/** What the labels above and left of the current one have yielded so far. */
interface SoFar {
  readonly claimed: ReadonlySet<Token>;
  readonly vatLines: readonly VatLine[];
}

/** What one meaning of a label yields, given what the labels before it yielded. */
function fromLabel(
  reading: Reading,
  layout: PageLayout,
  hit: LabelHit,
  meaning: LabelMeaning,
  soFar: SoFar,
): Yield {
  const role = meaning.role;
  if (role === 'other') {
    // Claim the value an unrelated label announces, so it is not taken for one of ours.
    for (const kind of ['date', 'amount', 'reference'] as const) {
      const found = scanRight(reading, hit, kind, 'invoiceNumber', layout, 0);
      if (found) return { claims: [found.value] };
    }
    return {};
  }
  if (role === 'title') return fromTitle(reading, layout, hit, soFar.claimed);
  if (role === 'dateWord') return fromDateWord(reading, layout, hit);
  if (role === 'payee') {
    const found = scanRight(reading, hit, 'name', 'sellerName', layout);
    return found
      ? {
          candidates: [candidateOf('sellerName', found.value, 0.45 * found.value.quality, found.source, hit)],
        }
      : {};
  }
  if (role === 'numberWord') return fromNumberKey(reading, layout, hit);
  if (role === 'tendered' || role === 'change') {
    const found = scanRight(reading, hit, 'amount', 'totalAmount', layout, 2);
    if (!found) return {};
    const first = found.value.tokens[0]!;
    return {
      payment: { role, value: found.value.value, page: first.page, line: first.line },
      claims: [found.value],
    };
  }
  if (role === 'partySeller' || role === 'partyBuyer' || role === 'name') return {};
  const field: FieldId = role === 'vatId' ? 'sellerVatId' : role;
  const kind = FIELD_KIND[field];
  const found: ScanHit[] = [];
  const right = scanRight(reading, hit, kind, field, layout);
  if (right) found.push(right);
  // Values below a label: a label above its value, or a table column under its header.
  if (!right || kind === 'amount') found.push(...scanBelow(reading, hit, kind, field, layout));
  if (found.length === 0 && kind !== 'name') {
    const next = continuation(reading, hit, kind, field, layout);
    if (next) found.push(next);
  }
  // A label that starts its block (a key of a key–value list) is a firmer statement than one in running text.
  const first = hit.line.tokens[hit.start]!;
  const previous = hit.line.tokens[hit.start - 1];
  const keyed = !previous || previous.segment !== first.segment ? 1 : 0.9;
  // A heading over its value names it whole: `Date of supply` is no `Date`, `PO date` no date.
  const last = hit.line.tokens[hit.end - 1]!;
  const partial = hit.line.tokens
    .slice(hit.end)
    .some((t) => t.segment === last.segment && /\p{L}{2}/u.test(t.text) && !/:$/.test(last.text));
  const candidates: Candidate[] = [];
  const sightings: IdSighting[] = [];
  const vatLines: VatLine[] = [];
  for (const f of found) {
    const candidate = candidateOf(
      field,
      f.value,
      meaning.strength *
        keyed *
        f.placement *
        f.value.quality *
        (partial && f.source === 'label-below' ? 0.8 : 1),
      f.source,
      hit,
    );
    candidates.push(candidate);
    if (kind === 'vatId' || kind === 'iban' || kind === 'kvk')
      sightings.push({ kind, candidate, line: hit.line, buyerLabel: role === 'buyerVatId' });
    if (role === 'taxAmount' && f.source === 'label-right')
      vatLines.push(...vatLinesAt(reading, hit, f.value, [...soFar.vatLines, ...vatLines]));
  }
  return {
    candidates,
    ...(meaning.strength >= 0.6 && { claims: found.map((f) => f.value) }),
    vatLines,
    sightings,
  };
}

/** A candidate read for a label: `weight` × placement × fit of the text. */
const scored = (field: FieldId, found: ScanHit, weight: number, hit: LabelHit): Candidate =>
  candidateOf(field, found.value, weight * found.placement * found.value.quality, found.source, hit);

/** `Nr. 123 vom 03.06.2025`: a date word right after the invoice number announces the invoice date. */
function fromDateWord(reading: Reading, layout: PageLayout, hit: LabelHit): Yield {
  const hits = reading.hits.get(hit.line) ?? [];
  const numbering = (h: LabelHit): boolean =>
    h.start < hit.start && h.meanings.some((m) => m.role === 'title' || m.role === 'invoiceNumber');
  // Not `Rechnung gemäß Bestellung vom`: the date word must follow the number.
  const titleHit = [...hits].reverse().find(numbering);
  if (!titleHit || hit.start - titleHit.end > 1) return {};
  const found = scanRight(reading, hit, 'date', 'issueDate', layout, 0);
  return found ? { candidates: [scored('issueDate', found, 0.85, hit)] } : {};
}

/**
 * `Factuur` as a heading and `Nummer: 2026-17` as a key just below it: the number is the invoice's.
 * A number key under a party heading (`Verkäufer / Nummer: 549910`) is not.
 */
function fromNumberKey(reading: Reading, layout: PageLayout, hit: LabelHit): Yield {
  const line = hit.line;
  const first = line.tokens[hit.start]!;
  const startsBlock = line.tokens[hit.start - 1]?.segment !== first.segment;
  const keyed = /:$/.test(line.tokens[hit.end - 1]!.text) || line.tokens[hit.end]?.text === ':';
  if (!startsBlock || !keyed) return {};
  let titled = false;
  for (let l = line.index - 1; l >= 0 && l >= line.index - 3; l--) {
    const above = layout.lines[l]!;
    const hits = reading.hits.get(above) ?? [];
    if (hits.some((h) => h.meanings.some((m) => m.role === 'partySeller' || m.role === 'partyBuyer')))
      return {};
    if (hits.some((h) => h.meanings.some((m) => m.role === 'title'))) titled = true;
  }
  if (!titled) return {};
  const found = scanRight(reading, hit, 'reference', 'invoiceNumber', layout);
  return found ? { candidates: [scored('invoiceNumber', found, 0.7, hit)] } : {};
}

/** A title word (`Factuur`, `Invoice 103767`) weakly announces the number and date after it. */
function fromTitle(reading: Reading, layout: PageLayout, hit: LabelHit, claimed: ReadonlySet<Token>): Yield {
  const candidates: Candidate[] = [];
  const number = scanRight(reading, hit, 'reference', 'invoiceNumber', layout, 0);
  if (number) candidates.push(scored('invoiceNumber', number, 0.45, hit));
  const date = scanRight(reading, hit, 'date', 'issueDate', layout, 4);
  if (date && !date.value.tokens.some((t) => claimed.has(t)))
    candidates.push(scored('issueDate', date, 0.4, hit));
  return { candidates };
}
