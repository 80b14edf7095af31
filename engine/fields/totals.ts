/**
 * The totals block read as a whole: of all amounts labelled as net, VAT, total or amount due, pick
 * the combination where net + VAT = total. A consistent combination beats labels read one by one;
 * among equally supported ones the largest total wins (the grand total of a per-rate table is its
 * largest row). When VAT is printed only per rate, the sum of the rate lines stands in for it.
 */
import type { VatLine } from '../model/fields.js';
import type { Candidate } from './candidate.js';

/** The amounts picked, and whether they add up. */
export interface TotalsChoice {
  readonly net?: Candidate;
  readonly tax?: Candidate;
  readonly total?: Candidate;
  readonly consistent: boolean;
}

const cents = (value: string): number => Math.round(Number(value) * 100);

/** Best candidates of a role, one per distinct value and place, highest score first. */
function top(candidates: readonly Candidate[], limit: number): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    const key = `${c.value}@${c.page}:${Math.round(c.box.x)}:${Math.round(c.box.y)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Totals made from the VAT lines: the VAT total as the sum of the lines' VAT (two lines or more),
 * and the net as the sum of their bases (when every line prints its base). A line printed twice
 * (a summary and a table) counts once.
 */
export function vatLineSums(lines: readonly VatLine[]): { tax?: string; net?: string; lines: VatLine[] } {
  const seen = new Set<string>();
  const unique = lines.filter((line) => {
    const key = `${line.rate}|${line.base}|${line.amount}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const money = (c: number): string => (c / 100).toFixed(2);
  const tax = unique.length >= 2 ? money(unique.reduce((t, line) => t + cents(line.amount), 0)) : undefined;
  const net =
    unique.length >= 1 && unique.every((line) => line.base !== undefined)
      ? money(unique.reduce((t, line) => t + cents(line.base!), 0))
      : undefined;
  return { ...(tax !== undefined && { tax }), ...(net !== undefined && { net }), lines: unique };
}

/**
 * Completes an inconsistent choice from the amounts printed anywhere: a total that equals net + VAT,
 * or a net that equals total − VAT, even without a label ("Due payable 571,04").
 */
export function completeTotals(choice: TotalsChoice, printed: ReadonlyMap<string, Candidate>): TotalsChoice {
  if (choice.consistent) return choice;
  const { net, tax, total } = choice;
  const money = (c: number): string => (c / 100).toFixed(2);
  if (net && tax) {
    const sum = printed.get(money(cents(net.value) + cents(tax.value)));
    if (sum && !samePlace(sum, net) && !samePlace(sum, tax))
      return { net, tax, total: { ...sum, field: 'totalAmount', source: 'totals' }, consistent: true };
  }
  if (total && tax) {
    const rest = printed.get(money(cents(total.value) - cents(tax.value)));
    if (rest && !samePlace(rest, total) && !samePlace(rest, tax))
      return { net: { ...rest, field: 'netAmount', source: 'totals' }, tax, total, consistent: true };
  }
  return choice;
}

/** A payment line of a till receipt: an amount handed over (`Cash 50.00`) or given back (`Change 7.70`). */
export interface PaymentLine {
  readonly role: 'tendered' | 'change';
  readonly value: string;
  readonly page: number;
  readonly line: number;
}

/**
 * The amount a till receipt says was paid: handed over minus given back (`Cash 50.00`, `Change
 * 37.70` → 12.30), from a change line and the nearest tendered line above it on its page. Only
 * with both lines: a tendered amount alone may be a card payment of part of the bill.
 */
export function amountPaid(payments: readonly PaymentLine[]): string | undefined {
  for (const change of payments) {
    if (change.role !== 'change') continue;
    let tendered: PaymentLine | undefined;
    for (const p of payments)
      if (
        p.role === 'tendered' &&
        p.page === change.page &&
        p.line < change.line &&
        change.line - p.line <= 4 &&
        (!tendered || p.line > tendered.line)
      )
        tendered = p;
    if (!tendered) continue;
    const paid = cents(tendered.value) - cents(change.value);
    if (cents(change.value) >= 0 && paid > 0) return (paid / 100).toFixed(2);
  }
  return undefined;
}

const LIMIT = 8;
/** Two triples whose scores differ by less than this count as equally supported. */
const TIE = 0.35;

/** Picks net, VAT and total from the role candidates. Bounded work: at most 8 × 9 × 8 combinations. */
export function chooseTotals(roles: {
  net: readonly Candidate[];
  tax: readonly Candidate[];
  total: readonly Candidate[];
}): TotalsChoice {
  const net = top(roles.net, LIMIT);
  const tax = top(roles.tax, LIMIT + 1);
  const total = top(roles.total, LIMIT);
  type Triple = { net: Candidate; tax: Candidate; total: Candidate; score: number };
  const triples: Triple[] = [];
  for (const g of total) {
    const gc = cents(g.value);
    for (const t of tax) {
      const tc = cents(t.value);
      for (const n of net) {
        if (n === g || t === g || n === t) continue;
        if (Math.abs(cents(n.value) + tc - gc) > 1) continue;
        // An amount that is 0 cannot be net and total; the same printed amount cannot be two roles.
        if (gc === 0 && tc === 0) continue;
        if (samePlace(n, g) || samePlace(t, g) || samePlace(n, t)) continue;
        triples.push({ net: n, tax: t, total: g, score: n.score + t.score + g.score });
      }
    }
  }
  if (triples.length > 0) {
    const bestScore = Math.max(...triples.map((t) => t.score));
    const close = triples.filter((t) => t.score >= bestScore - TIE);
    close.sort(
      (a, b) => Math.abs(cents(b.total.value)) - Math.abs(cents(a.total.value)) || b.score - a.score,
    );
    const chosen = close[0]!;
    return { net: chosen.net, tax: chosen.tax, total: chosen.total, consistent: true };
  }
  return {
    ...(net[0] && { net: net[0] }),
    ...(tax[0] && { tax: tax[0] }),
    ...(total[0] && { total: total[0] }),
    consistent: false,
  };
}

function samePlace(a: Candidate, b: Candidate): boolean {
  return a.page === b.page && Math.abs(a.box.x - b.box.x) < 1 && Math.abs(a.box.y - b.box.y) < 1;
}
