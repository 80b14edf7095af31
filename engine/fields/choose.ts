/**
 * Choosing each field's value from the collected candidates: candidates are grouped by value (a
 * value seen in several places gains a little support) and ranked; the totals block is chosen as a
 * whole (net + VAT = total, a till receipt's cash minus change); VAT ids are told apart by party.
 * Runner-ups are kept with each value, and close calls are reported as ambiguities, because they are
 * what makes a buyer's recognition software guess.
 */
import {
  type ExtractedField,
  FIELD_IDS,
  type FieldAmbiguity,
  type FieldCandidate,
  type FieldId,
  type FoundIdentifier,
  type VatLine,
} from '../model/fields.js';
import type { Candidate } from './candidate.js';
import { unionBox } from './layout.js';
import type { Party } from './parties.js';
import {
  amountPaid,
  chooseTotals,
  completeTotals,
  type PaymentLine,
  type TotalsChoice,
  vatLineSums,
} from './totals.js';

/** Everything the collectors found on one channel's pages. */
export interface Collected {
  /** Every candidate, in the order found (the order breaks ties). */
  readonly candidates: readonly Candidate[];
  readonly vatLines: readonly VatLine[];
  /** Payment lines of a till receipt. */
  readonly payments: readonly PaymentLine[];
  /** Every amount with two decimals printed anywhere, by value. */
  readonly printedAmounts: ReadonlyMap<string, Candidate>;
  readonly identifiers: readonly FoundIdentifier[];
}

/** The chosen values of one channel. */
export interface Choice {
  readonly values: Partial<Record<FieldId, ExtractedField>>;
  readonly ambiguities: readonly FieldAmbiguity[];
  /** Whether the chosen net + VAT make the total; only when all three were found. */
  readonly totalsConsistent?: boolean;
}

/** How far a total equal to the amount paid (cash minus change) outranks the best other total. */
const PAID_SUPPORT = 0.1;

/** The amounts, chosen as a block. */
const AMOUNT_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  'totalAmount',
  'payableAmount',
  'taxAmount',
  'netAmount',
]);

/** Fields chosen one by one: all but the amounts. */
const SINGLE_FIELDS: readonly FieldId[] = FIELD_IDS.filter((field) => !AMOUNT_FIELDS.has(field));

/** Fields whose candidates are compared for ambiguity. */
const AMBIGUITY_FIELDS: readonly FieldId[] = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'orderReference',
  'buyerReference',
];

type ByField = ReadonlyMap<FieldId, readonly Candidate[]>;

/**
 * Chooses every field's value from what the collectors found. `partyOf` says whose block a
 * candidate stands in (it tells the seller's VAT id from the buyer's).
 */
export function choose(collected: Collected, partyOf: (candidate: Candidate) => Party | undefined): Choice {
  const byField = new Map<FieldId, readonly Candidate[]>();
  for (const c of collected.candidates) {
    const list = byField.get(c.field) as Candidate[] | undefined;
    if (list) list.push(c);
    else byField.set(c.field, [c]);
  }
  const vatIds = splitVatIds(byField, partyOf);
  byField.set('sellerVatId', vatIds.seller);
  byField.set('buyerVatId', vatIds.buyer);

  const totals = chooseTotalsBlock(byField, collected);
  const singles = chooseSingles(byField, collected.identifiers);
  const values = { ...totals.values, ...singles.values };

  // The currency printed with the total wins over a count of signs elsewhere.
  const totalCurrency = totals.chosen.total?.currency ?? totals.chosen.net?.currency;
  if (totalCurrency && values.currency?.source === 'pattern' && values.currency.value !== totalCurrency) {
    const groups = rank(byField.get('currency') ?? []);
    const own = groups.find((g) => g.value === totalCurrency);
    if (own) values.currency = toField(own.best, groups, own.score);
  }
  const { net, tax, total, consistent } = totals.chosen;
  return {
    values,
    ambiguities: [...totals.ambiguities, ...singles.ambiguities],
    ...(net && tax && total && { totalsConsistent: consistent }),
  };
}

/** VAT ids: the seller's and the buyer's, told apart by label, party heading and the profile's buyer. */
function splitVatIds(
  byField: ByField,
  partyOf: (candidate: Candidate) => Party | undefined,
): { seller: Candidate[]; buyer: Candidate[] } {
  const seller: Candidate[] = [];
  const buyer: Candidate[] = [];
  for (const c of [...(byField.get('sellerVatId') ?? []), ...(byField.get('buyerVatId') ?? [])]) {
    const party = c.field === 'buyerVatId' ? 'buyer' : partyOf(c);
    const validity = c.check?.valid ? 1 : c.check?.formatOk ? 0.85 : 0.7;
    // Higher on the page first (the seller's block or letterhead), a little.
    const placed = { ...c, score: c.score * validity - 0.02 * (c.line / 100) - 0.05 * (c.page - 1) };
    if (party === 'buyer') buyer.push({ ...placed, field: 'buyerVatId' });
    else seller.push({ ...placed, field: 'sellerVatId' });
  }
  return { seller, buyer };
}

/**
 * The amounts as a block: net, VAT and total chosen together so that they add up (VAT-line sums
 * stand in for a VAT total or net printed only per rate), a net computed when only VAT and total are
 * printed, and the payable amount.
 */
function chooseTotalsBlock(
  byField: ByField,
  collected: Collected,
): {
  values: Partial<Record<FieldId, ExtractedField>>;
  ambiguities: FieldAmbiguity[];
  chosen: TotalsChoice;
} {
  const values: Partial<Record<FieldId, ExtractedField>> = {};
  const ambiguities: FieldAmbiguity[] = [];
  const amounts = (field: FieldId): readonly Candidate[] => byField.get(field) ?? [];
  // Sums of the VAT lines stand in for a VAT total or a net that is only printed per rate.
  const sums = vatLineSums(collected.vatLines);
  const fromLines = (field: FieldId, value: string | undefined): Candidate[] => {
    const first = sums.lines[0];
    if (value === undefined || !first) return [];
    return [
      {
        field,
        value,
        raw: sums.lines.map((l) => l.raw).join(' + '),
        page: first.page,
        box: unionBox(sums.lines.map((l) => l.box)),
        label: sums.lines.map((l) => `${l.rate}%`).join(' + '),
        score: 0.6,
        source: 'derived',
        line: 0,
      },
    ];
  };
  const totalRole = paidTotal(
    [...amounts('totalAmount'), ...amounts('payableAmount').map((c) => ({ ...c, score: c.score * 0.8 }))],
    collected,
  );
  const taxRole = [...amounts('taxAmount'), ...fromLines('taxAmount', sums.tax)];
  const netRole = [...amounts('netAmount'), ...fromLines('netAmount', sums.net)];
  const totals = completeTotals(
    chooseTotals({ net: netRole, tax: taxRole, total: totalRole }),
    collected.printedAmounts,
  );
  // Amounts that add up support each other: a consistent choice is read with high confidence.
  const pick = (field: FieldId, chosen: Candidate | undefined, pool: readonly Candidate[]): void => {
    if (!chosen) return;
    const score = totals.consistent ? Math.max(chosen.score, 0.9) : chosen.score;
    values[field] = toField({ ...chosen, field }, rank(pool), score);
  };
  pick('netAmount', totals.net, netRole);
  pick('taxAmount', totals.tax, taxRole);
  pick('totalAmount', totals.total, totalRole);
  if (!totals.consistent && totals.total) {
    const groups = rank(totalRole);
    const runner = groups.find((g) => g.value !== totals.total!.value);
    if (runner && runner.score >= 0.8 * (groups[0]?.score ?? 0) && runner.score >= 0.3)
      ambiguities.push({
        field: 'totalAmount',
        reason: 'totals-disagree',
        values: [totals.total.value, runner.value],
        page: totals.total.page,
        box: totals.total.box,
      });
  }
  // Net not printed but VAT and total are: the net follows (and is marked as computed).
  if (!values.netAmount && values.totalAmount && values.taxAmount) {
    const net =
      (Math.round(Number(values.totalAmount.value) * 100) -
        Math.round(Number(values.taxAmount.value) * 100)) /
      100;
    values.netAmount = {
      ...values.totalAmount,
      value: net.toFixed(2),
      source: 'derived',
      confidence: roundConfidence(values.totalAmount.confidence * 0.6),
      candidates: [],
    };
  }
  const payable = rank(amounts('payableAmount'))[0];
  if (payable) values.payableAmount = toField(payable.best, rank(amounts('payableAmount')), payable.score);
  if (!values.totalAmount && values.payableAmount) values.totalAmount = values.payableAmount;
  return { values, ambiguities, chosen: totals };
}

/**
 * A till receipt's cash minus change is what was paid: the total that equals it is the payable one
 * (not a subtotal, a rounding line or a VAT summary row); printed but unlabelled, it is one. Cash
 * minus change is arithmetic, not a reading of labels: that total outranks the other totals.
 */
function paidTotal(totalRole: Candidate[], collected: Collected): Candidate[] {
  const paid = amountPaid(collected.payments);
  if (paid === undefined) return totalRole;
  const best = Math.max(0, ...totalRole.map((c) => c.score));
  if (totalRole.some((c) => c.value === paid))
    return totalRole.map((c) => (c.value === paid ? { ...c, score: best + PAID_SUPPORT } : c));
  const printed = collected.printedAmounts.get(paid);
  if (printed && !collected.payments.some((p) => p.page === printed.page && p.line === printed.line))
    return [...totalRole, { ...printed, field: 'totalAmount', score: best + PAID_SUPPORT, source: 'totals' }];
  return totalRole;
}

/** Every field but the amounts: its best-ranked value, and an ambiguity where two are close. */
function chooseSingles(
  byField: ByField,
  identifiers: readonly FoundIdentifier[],
): { values: Partial<Record<FieldId, ExtractedField>>; ambiguities: FieldAmbiguity[] } {
  const values: Partial<Record<FieldId, ExtractedField>> = {};
  const ambiguities: FieldAmbiguity[] = [];
  for (const field of SINGLE_FIELDS) {
    let pool = byField.get(field) ?? [];
    // A value labelled as one field is not an unlabelled candidate of another.
    if (field === 'issueDate') {
      const due = new Set(
        (byField.get('dueDate') ?? [])
          .filter((c) => c.source !== 'pattern')
          .map((c) => `${c.page}:${c.box.x}:${c.box.y}`),
      );
      pool = pool.filter((c) => c.source !== 'pattern' || !due.has(`${c.page}:${c.box.x}:${c.box.y}`));
    }
    if (field === 'iban') {
      const own = new Set(
        identifiers.filter((i) => i.kind === 'iban' && i.party === 'buyer').map((i) => i.value),
      );
      pool = pool.filter((c) => !own.has(c.value) || pool.every((o) => own.has(o.value)));
    }
    const groups = rank(pool);
    const best = groups[0];
    if (!best) continue;
    values[field] = toField(best.best, groups, best.score);
    if (AMBIGUITY_FIELDS.includes(field)) {
      const ambiguity = ambiguityOf(field, groups);
      if (ambiguity) ambiguities.push(ambiguity);
    }
  }
  return { values, ambiguities };
}

/**
 * Why a field's ranked values make software guess, if they do: an invoice date among several dates
 * none of which is labelled, or two labelled values with nearly the same support.
 */
function ambiguityOf(field: FieldId, groups: readonly Group[]): FieldAmbiguity | undefined {
  const best = groups[0]!;
  const runner = groups[1];
  const labelled = groups.filter((g) => g.best.source !== 'pattern');
  if (field === 'issueDate' && labelled.length === 0 && groups.length >= 2)
    return {
      field,
      reason: 'unlabelled-dates',
      values: groups.slice(0, 4).map((g) => g.value),
      page: best.best.page,
      box: best.best.box,
    };
  if (
    runner &&
    best.best.source !== 'pattern' &&
    runner.best.source !== 'pattern' &&
    runner.score >= 0.85 * best.score &&
    runner.score >= 0.4
  )
    return {
      field,
      reason: 'close-candidates',
      values: [best.value, runner.value],
      page: runner.best.page,
      box: runner.best.box,
    };
  return undefined;
}

interface Group {
  readonly value: string;
  readonly best: Candidate;
  readonly score: number;
}

/** Candidates of a field grouped by value: a value seen more than once gains a little support. */
function rank(candidates: readonly Candidate[]): Group[] {
  const byValue = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byValue.get(c.value);
    if (list) list.push(c);
    else byValue.set(c.value, [c]);
  }
  const groups: Group[] = [];
  for (const [value, list] of byValue) {
    list.sort((a, b) => b.score - a.score || a.page - b.page || a.box.y - b.box.y);
    const best = list[0]!;
    const places = new Set(list.map((c) => `${c.page}:${Math.round(c.box.y)}`)).size;
    groups.push({ value, best, score: best.score + Math.min(0.15, 0.05 * (places - 1)) });
  }
  return groups.sort((a, b) => b.score - a.score || a.best.page - b.best.page || a.best.box.y - b.best.box.y);
}

const roundConfidence = (value: number): number => Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;

const toCandidate = (c: Candidate, score = c.score): FieldCandidate => ({
  value: c.value,
  raw: c.raw,
  page: c.page,
  box: c.box,
  ...(c.label !== undefined && { label: c.label }),
  confidence: roundConfidence(
    Math.min(1, score) * (c.ocrConfidence === undefined ? 1 : c.ocrConfidence / 100),
  ),
  source: c.source,
});

function toField(chosen: Candidate, groups: readonly Group[], score = chosen.score): ExtractedField {
  return {
    ...toCandidate(chosen, score),
    candidates: groups
      .filter((g) => g.value !== chosen.value)
      .slice(0, 3)
      .map((g) => toCandidate(g.best, g.score)),
  };
}
