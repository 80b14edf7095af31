/**
 * Reading one value of a given kind at a given token of a line: an amount (which may span a currency
 * sign, a sign and space-separated thousands), a date (up to five words), a reference, an IBAN or
 * VAT id (which may span groups: `NL91 ABNA 0417 1643 00`, `FR 60 421 938 861`), a KvK number,
 * a currency, or a name (the rest of the column block).
 */
import { gap, type Line, type Token } from './layout.js';
import {
  CANNOT_LEAD_DATE,
  cleanName,
  compactReference,
  currencyOf,
  type DateOrder,
  parseAmountString,
  parseDateWords,
} from './normalise.js';
import { checkIban, checkKvk, checkVatId, type IdCheck, isCurrencyCode, VAT_PREFIXES } from './validate.js';
import { MONTHS } from './vocabulary.js';

/** What kind of value a field holds. */
export type ValueKind = 'reference' | 'date' | 'amount' | 'vatId' | 'iban' | 'kvk' | 'currency' | 'name';

/** A value read from one or more tokens. */
export interface ReadValue {
  /** Normalised value. */
  readonly value: string;
  /** As printed. */
  readonly raw: string;
  readonly tokens: readonly Token[];
  /** How well the text fits the kind, 0–1 (2 decimals vs a bare integer, a valid checksum, ...). */
  readonly quality: number;
  /** For amounts: a currency written next to it. */
  readonly currency?: string;
  /** For ids: the validation. */
  readonly check?: IdCheck;
  /** For dates: day/month order was assumed. */
  readonly orderAssumed?: boolean;
}

/** Options of a read. */
export interface ReadOptions {
  readonly order: DateOrder;
  /** Amounts: accept a bare integer (`Steuerbetrag 0`) — only right next to a label. */
  readonly allowInteger?: boolean;
  /** References: whether a value without digits is acceptable (`SERVEXEC`). */
  readonly lettersOnly?: boolean;
  /** OCR text: repair letters OCR reads for digits inside numbers (`1.O90,0O` → `1.090,00`). */
  readonly ocr?: boolean;
}

/** Inside a number-like word, the letters OCR confuses with digits: O/o → 0, I/l/| → 1. */
export function repairDigits(text: string): string {
  if (!/\d/.test(text) || !/^[-−(]?[€$£]?[\dOoIl|.,'-]+[)]?$/.test(text)) return text;
  return text.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
}

/** Currencies common enough on invoices that a bare code counts as a currency mention. */
export const COMMON_CURRENCIES: ReadonlySet<string> = new Set([
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'INR',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'CAD',
  'AUD',
  'CNY',
  'RON',
  'BGN',
  'MYR',
  'SGD',
]);

/** The currency a token alone stands for (`€`, `EUR`, `Rs`, `euro`), if it is nothing but that. */
export function currencyToken(token: Token | undefined): string | undefined {
  if (!token || token.text.length > 8 || /\d/.test(token.text)) return undefined;
  return currencyOf(token.text, (code) => COMMON_CURRENCIES.has(code));
}

const MINUS = /^[-−–]$/;
const THOUSANDS_GROUP = /^\d{3}(?:[.,]\d{1,2})?\)?[-−]?$/;

/** Reads an amount starting at token `i`. */
export function readAmount(line: Line, i: number, options: ReadOptions): ReadValue | undefined {
  const tokens = line.tokens;
  const used: Token[] = [];
  let j = i;
  let currency = currencyToken(tokens[j]);
  if (currency) used.push(tokens[j++]!);
  let negative = false;
  if (tokens[j] && MINUS.test(tokens[j]!.text)) {
    negative = true;
    used.push(tokens[j++]!);
  }
  const first = tokens[j];
  if (!first || !/\d/.test(first.text)) return undefined;
  const previous = used.at(-1);
  if (previous && gap(previous, first) > line.height * 2.5) return undefined;
  const fix = (t: string): string => (options.ocr ? repairDigits(t) : t);
  let text = fix(first.text);
  used.push(first);
  j++;
  // OCR splits a number at its decimal separator (`39. 75`, `39 ,75`): join the two halves when
  // they stand closer than a word space.
  const split = tokens[j];
  if (
    options.ocr &&
    split &&
    gap(first, split) < line.height * 0.6 &&
    ((/^\d+[.,]$/.test(text) && /^\d{2}$/.test(fix(split.text))) ||
      (/^\d+$/.test(text) && /^[.,]\d{2}$/.test(fix(split.text))))
  ) {
    text += fix(split.text);
    used.push(split);
    j++;
  }
  // "1 234,50": thousands separated by (narrow) spaces, printed as separate words.
  while (
    /^[-−(]?[€$£]?\d{1,3}(?: \d{3})*$/.test(text) &&
    tokens[j] &&
    THOUSANDS_GROUP.test(fix(tokens[j]!.text))
  ) {
    if (gap(tokens[j - 1]!, tokens[j]!) > line.height * 0.65) break;
    text += ` ${fix(tokens[j]!.text)}`;
    used.push(tokens[j++]!);
  }
  const next = tokens[j];
  if (next?.text.startsWith('%')) return undefined;
  const parsed = parseAmountString(text);
  if (!parsed) return undefined;
  negative ||= parsed.negative;
  currency ??= parsed.currency;
  if (!currency && next && gap(used.at(-1)!, next) < line.height * 1.5) {
    const after = currencyToken(next);
    if (after) {
      currency = after;
      used.push(next);
      j++;
    }
  }
  const trailing = tokens[j];
  if (trailing && MINUS.test(trailing.text) && gap(used.at(-1)!, trailing) < line.height * 0.5) {
    negative = true;
    used.push(trailing);
  }
  if (parsed.decimals === 1) return undefined;
  if (parsed.decimals === 0 && !currency && !options.allowInteger) return undefined;
  const value =
    negative && !parsed.value.startsWith('-') && /[1-9]/.test(parsed.value)
      ? `-${parsed.value}`
      : parsed.value;
  const quality = parsed.decimals === 2 ? 1 : currency ? 0.85 : 0.5;
  return {
    value,
    raw: used.map((t) => t.text).join(' '),
    tokens: used,
    quality,
    ...(currency && { currency }),
  };
}

/** Reads a date starting at token `i`. */
export function readDate(line: Line, i: number, options: ReadOptions): ReadValue | undefined {
  const first = line.tokens[i];
  // A date starts with a digit or a month name.
  const head = first && options.ocr ? repairDigits(first.text) : (first?.text ?? '');
  if (!first || (!/^[([]?\d/.test(head) && MONTHS[first.norm] === undefined)) return undefined;
  // `4,50`, `12%`: no date starts so (parseDateWords would say the same, after more work).
  if (CANNOT_LEAD_DATE.test(head)) return undefined;
  const tokens = line.tokens.slice(i, i + 5);
  const parsed = parseDateWords(
    tokens.map((t) => (options.ocr ? repairDigits(t.text) : t.text)),
    options.order,
  );
  if (!parsed) return undefined;
  const used = tokens.slice(0, parsed.words);
  return {
    value: parsed.iso,
    raw: used.map((t) => t.text).join(' '),
    tokens: used,
    quality: parsed.orderAssumed ? 0.9 : 1,
    orderAssumed: parsed.orderAssumed,
  };
}

const NOT_A_REFERENCE = /@|www\.|https?:|^\(.*\)$|%$|^[-–—_=*•·]+$/i;

/** Reads a reference (invoice number, order number) at token `i`: one word with a digit in it. */
export function readReference(line: Line, i: number, options: ReadOptions): ReadValue | undefined {
  const token = line.tokens[i];
  if (!token) return undefined;
  const raw = token.text.replace(/^[#:№]+/, '').replace(/[,;:.]+$/, '');
  if (raw === '' || raw.length > 40 || NOT_A_REFERENCE.test(raw)) return undefined;
  if (readDate(line, i, options)) return undefined;
  const amount = parseAmountString(raw);
  if (amount && amount.decimals === 2) return undefined;
  if (currencyToken(token)) return undefined;
  const hasDigit = /\d/.test(raw);
  if (
    !hasDigit &&
    (!options.lettersOnly || raw.length < 3 || raw !== raw.toUpperCase() || !/[A-Z]/.test(raw))
  )
    return undefined;
  const quality = !hasDigit ? 0.75 : raw.length >= 3 ? 1 : 0.7;
  return { value: compactReference(raw), raw, tokens: [token], quality };
}

/**
 * Reads an id that may be printed in groups (`NL91 ABNA 0417 1643 00`, `NL8513.49.985.B01`):
 * joins following tokens of the same block while the text can still become one, and keeps the
 * longest valid join, else the longest one of the right form, else (for VAT ids) one that has the
 * shape of a VAT id (`DE12435679`) so a wrong id can still be reported.
 */
export function readGroupedId(line: Line, i: number, kind: 'vatId' | 'iban'): ReadValue | undefined {
  const tokens = line.tokens;
  const start = tokens[i];
  if (!start) return undefined;
  const head = start.text.replace(/^[(:]+/, '');
  // Two capitals, then nothing or something with a digit: `NL91`, `FR`, `ATU1234`, not `PARIS`.
  if (!/^[A-Z]{2}(?:$|[^A-Za-z]|[A-Z]?\d)/.test(head)) return undefined;
  const prefix = head.slice(0, 2).toUpperCase();
  if (kind === 'vatId' && !VAT_PREFIXES.has(prefix)) return undefined;
  if (head.slice(0, 2) !== prefix) return undefined;
  const maxLength = kind === 'iban' ? 34 : 16;
  let text = '';
  const used: Token[] = [];
  let best: { check: IdCheck; count: number; rank: number } | undefined;
  for (let j = i; j < tokens.length && j < i + 10; j++) {
    const token = tokens[j]!;
    const piece = (j === i ? head : token.text).replace(/[:,;)]+$/, '').replace(/\.$/, '');
    if (j > i && gap(tokens[j - 1]!, token) > line.height * 1.2) break;
    if (!/^[A-Za-z0-9.-]+$/.test(piece)) break;
    // After the first word only digit groups (VAT ids: and the Dutch `B01`) or IBAN groups follow.
    if (
      j > i &&
      (kind === 'vatId' ? !/^(?:\d[\d.-]*|B\d{2})$/.test(piece) : !/^[A-Z0-9][A-Z0-9.]*$/.test(piece))
    )
      break;
    text += piece;
    used.push(token);
    const compact = text.replace(/[.-]/g, '').toUpperCase();
    if (compact.length > maxLength) break;
    if (compact.length < (kind === 'iban' ? 12 : 8)) continue;
    const check = kind === 'iban' ? checkIban(compact) : checkVatId(compact);
    const shaped =
      kind === 'vatId'
        ? /^[A-Z]{2}[0-9][0-9A-Z]{5,13}$/.test(compact)
        : /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact);
    const rank = check.valid ? 3 : check.formatOk ? 2 : shaped ? 1 : 0;
    if (rank > 0 && (!best || rank >= best.rank)) best = { check, count: used.length, rank };
  }
  if (!best) return undefined;
  const chosen = used.slice(0, best.count);
  const quality = best.rank === 3 ? 1 : best.rank === 2 ? 0.7 : 0.45;
  return {
    value: best.check.value,
    raw: chosen.map((t) => t.text).join(' '),
    tokens: chosen,
    quality,
    check: best.check,
  };
}

/**
 * Reads a KvK number at token `i`: eight digits, possibly printed with dots or spaces. Numbers of
 * 5 to 12 digits are read too (with low quality), so that a wrong KvK number next to its label can
 * be reported rather than silently missed.
 */
export function readKvk(line: Line, i: number): ReadValue | undefined {
  const used: Token[] = [];
  let digits = '';
  for (let j = i; j < line.tokens.length && j < i + 4; j++) {
    const token = line.tokens[j]!;
    const piece = token.text.replace(/[:,;]+$/, '');
    if (!/^[\d.]+$/.test(piece)) break;
    if (j > i && gap(line.tokens[j - 1]!, token) > line.height * 0.8) break;
    digits += piece.replace(/\./g, '');
    used.push(token);
    if (digits.length >= 8) break;
  }
  if (digits.length < 5 || digits.length > 12) return undefined;
  const check = checkKvk(digits);
  return {
    value: check.value,
    raw: used.map((t) => t.text).join(' '),
    tokens: used,
    quality: check.valid ? 1 : 0.4,
    check,
  };
}

/** Reads a currency at token `i`: an ISO 4217 code, or a sign or word for one. */
export function readCurrency(line: Line, i: number): ReadValue | undefined {
  const token = line.tokens[i];
  if (!token) return undefined;
  const code = currencyOf(token.text, isCurrencyCode);
  if (code) return { value: code, raw: token.text, tokens: [token], quality: 1 };
  // A three-letter code next to a currency label that is no ISO code: read it, so it can be reported.
  const raw = token.text.replace(/[():;,.]+$/, '');
  if (/^[A-Z]{3}$/.test(raw)) return { value: raw, raw: token.text, tokens: [token], quality: 0.5 };
  return undefined;
}

/** Words that start an attention line after a name (`t.a.v.`, `attn`, `z.Hd.`, `c/o`). */
export const ATTENTION = /^(?:tav|attn|attention|zhd|z hd|c\/o|ter attentie van|a l'attention)$/;

/** Reads a name: the words from token `i` to the end of its column block (at most ten). */
export function readName(line: Line, i: number, stopAt: (index: number) => boolean): ReadValue | undefined {
  const tokens = line.tokens;
  const first = tokens[i];
  if (!first) return undefined;
  if (stopAt(i) || /^\(/.test(first.text)) return undefined;
  const used: Token[] = [];
  for (let j = i; j < tokens.length && j < i + 10; j++) {
    const token = tokens[j]!;
    if (token.segment !== first.segment || (j > i && stopAt(j))) break;
    // "Gemeente X, t.a.v. crediteuren": the name ends before the attention line.
    if (j > i && ATTENTION.test(token.norm)) break;
    used.push(token);
  }
  const raw = used.map((t) => t.text).join(' ');
  const name = cleanName(raw);
  const letters = name.replace(/[^\p{L}]/gu, '').length;
  if (letters < 2 || letters < name.replace(/\s/g, '').length / 2 || /@|www\.|https?:/i.test(name))
    return undefined;
  return { value: name, raw, tokens: used, quality: 1 };
}
