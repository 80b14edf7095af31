/**
 * The currency and the printed amounts. Currency: the signs and codes printed next to amounts count
 * one vote each, a common code or sign in brackets (a column's unit: `Bedrag (EUR)`) one vote, one
 * standing alone half a vote (a currency label is read by the labelled collector). Every amount printed with two decimals is kept by value: the totals are
 * completed from them.
 */
import { type Candidate, candidateOf } from './candidate.js';
import type { Token } from './layout.js';
import { allLines, type Reading } from './reading.js';
import { COMMON_CURRENCIES, currencyToken, readAmount } from './values.js';

/** What the amounts and currency signs of one channel's pages yield. */
export interface Currencies {
  /** One candidate per currency seen, scored by its votes. */
  readonly candidates: readonly Candidate[];
  /** Every amount with two decimals printed anywhere, by value (the first one printed). */
  readonly printedAmounts: ReadonlyMap<string, Candidate>;
}

/** Counts the currencies printed with amounts or alone, and collects the printed amounts. */
export function collectCurrency(reading: Reading): Currencies {
  const votes = new Map<string, { count: number; token: Token }>();
  const printedAmounts = new Map<string, Candidate>();
  for (const [, line] of allLines(reading.layouts)) {
    for (let i = 0; i < line.tokens.length; i++) {
      const token = line.tokens[i]!;
      const code = currencyToken(token);
      const amount = code || /\d/.test(token.text) ? readAmount(line, i, reading.readOptions) : undefined;
      if (amount && amount.quality === 1 && !printedAmounts.has(amount.value))
        printedAmounts.set(amount.value, candidateOf('totalAmount', amount, 0.5, 'pattern'));
      if (amount?.currency) {
        const vote = votes.get(amount.currency) ?? { count: 0, token: amount.tokens[0]! };
        vote.count += 1;
        votes.set(amount.currency, vote);
        i += amount.tokens.length - 1;
        continue;
      }
      const bare = token.text.replace(/^[([]+|[)\]:;,.]+$/g, '');
      if (code && (COMMON_CURRENCIES.has(bare) || /^(?:€|\$|£|₹|euros?)$/.test(token.norm))) {
        const vote = votes.get(code) ?? { count: 0, token };
        // A code in brackets is a column's or a block's unit (`Bedrag (EUR)`, `Prix (€)`): one vote.
        vote.count += bare !== token.text && /^[([]/.test(token.text) ? 1 : 0.5;
        votes.set(code, vote);
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const [code, vote] of votes) {
    const score = Math.min(0.7, 0.3 + 0.05 * vote.count);
    candidates.push(
      candidateOf(
        'currency',
        { value: code, raw: vote.token.text, tokens: [vote.token], quality: 1 },
        score,
        'pattern',
      ),
    );
  }
  return { candidates, printedAmounts };
}
