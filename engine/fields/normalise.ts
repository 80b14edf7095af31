/**
 * Normalisation of printed values: dates to `YYYY-MM-DD`, amounts to `"1234.50"`, identifiers to
 * upper case without spaces, and label words to the folded form the vocabulary is matched in.
 * Pure functions over strings; no page geometry here.
 */
import { CURRENCY_SIGNS, LEGAL_FORMS, MONTHS } from './vocabulary.js';

/** Lower case with accents removed (`Fälligkeit` → `falligkeit`) and typographic quotes made plain. */
export function fold(text: string): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
}

const OUTER_PUNCTUATION = /^[\s"'“”«»([{<*:;,.]+|[\s"'“”«»)\]}>*:;,.]+$/g;

/**
 * The form a word is compared with labels in: folded, dots removed (`Nr.` → `nr`, `USt.-Id.-Nr.`
 * → `ust-id-nr`, `t.n.v.` → `tnv`), outer punctuation stripped. Empty for pure punctuation.
 */
export function labelForm(text: string): string {
  return fold(text).replace(/\./g, '').replace(OUTER_PUNCTUATION, '');
}

/** Day/month order of numeric dates: `12-01-2026` is 12 January (`dmy`) or December 1 (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

/** A date read from one or more words. */
export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  readonly iso: string;
  /** How many of the given words the date used. */
  readonly words: number;
  /** Whether the day/month order had to be assumed (both parts ≤ 12 and not equal). */
  readonly orderAssumed: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the parts make a real calendar date between 1900 and 2199. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const NUMERIC_DATE = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$/;
const DAY_MONTHNAME_YEAR = /^(\d{1,2})(?:\.|er|e|st|nd|rd|th)?[\s-]*([a-z\u00e4]+)\.?,?[\s-]*(\d{4})$/;
/** `12-jan-26`: a two-digit year only in this compact form. */
const DAY_MONTHNAME_SHORT_YEAR = /^(\d{1,2})[-./ ]([a-z\u00e4]{3,})\.?[-./ ](\d{2})$/;
const MONTHNAME_DAY_YEAR = /^([a-z\u00e4]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})$/;
const DATE_EDGE = /^[([]+|[)\],;:/]+$|\.$/g;

/** Reads one date string (already joined from words), or undefined. */
export function parseDateString(text: string, order: DateOrder): Omit<ParsedDate, 'words'> | undefined {
  const t = fold(text).trim().replace(DATE_EDGE, '').replace(/\s+/g, ' ');
  let m = NUMERIC_DATE.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    // Two-digit years only with the usual separators, and never for a bare "1.2.34".
    if (m[4]!.length === 2 && m[2] === '.' && m[1]!.length === 1) return undefined;
    const dmy = isoDate(year, b, a);
    const mdy = isoDate(year, a, b);
    if (dmy && !mdy) return { iso: dmy, orderAssumed: false };
    if (mdy && !dmy) return { iso: mdy, orderAssumed: false };
    if (!dmy || !mdy) return undefined;
    return { iso: order === 'mdy' ? mdy : dmy, orderAssumed: a !== b };
  }
  m = ISO_DATE.exec(t);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    return iso ? { iso, orderAssumed: false } : undefined;
  }
  m = DAY_MONTHNAME_YEAR.exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    return iso ? { iso, orderAssumed: false } : undefined;
  }
  m = DAY_MONTHNAME_SHORT_YEAR.exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    return iso ? { iso, orderAssumed: false } : undefined;
  }
  m = MONTHNAME_DAY_YEAR.exec(t);
  if (m) {
    const month = MONTHS[m[1]!];
    const iso = month ? isoDate(Number(m[3]), month, Number(m[2])) : undefined;
    return iso ? { iso, orderAssumed: false } : undefined;
  }
  return undefined;
}

/** A word whose leading number is followed by an ASCII character no date form has there. */
export const CANNOT_LEAD_DATE = /^[([]?\d+[\x21-\x2c\x3a-\x40\x5b-\x60\x7b-\x7e]/;

/** Reads a date from the start of a word sequence (up to five words: `12 januari 2026`, `August 3 , 2014`). */
export function parseDateWords(words: readonly string[], order: DateOrder): ParsedDate | undefined {
  const first = words[0];
  if (first === undefined || !/\d|[a-z]/i.test(first)) return undefined;
  // A date starts with a digit or a month name; anything else cannot begin one.
  if (!/^[([]?\d/.test(first) && MONTHS[labelForm(first)] === undefined) return undefined;
  // Every date form has its leading number followed by a separator, a space, a letter or the
  // word's end (never `4,50`, `12%`), and ends in a digit: cheap tests that skip most tries.
  if (CANNOT_LEAD_DATE.test(first)) return undefined;
  let joined = '';
  for (let n = 1; n <= Math.min(5, words.length); n++) {
    joined = n === 1 ? words[0]! : `${joined} ${words[n - 1]}`;
    // The joined words can only read as a date when its last word has a digit: a last word
    // without one either stays at the end (no form ends in it) or is blank (the shorter try).
    if (!/\d/.test(words[n - 1]!)) continue;
    const parsed = parseDateString(joined, order);
    if (parsed) return { ...parsed, words: n };
  }
  return undefined;
}

/** An amount read from text. */
export interface ParsedNumber {
  /** Normalised: optional minus, digits, a dot and two decimals (`"-1234.50"`). */
  readonly value: string;
  /** Decimals as printed (0 for `1.234` or `1939`). */
  readonly decimals: number;
}

const GROUPED = /^(\d{1,3})((?:[.,'’\u00a0\u202f ]\d{3})+)(?:([.,])(\d{1,2}))?$/;
const PLAIN = /^(\d+)(?:([.,])(\d{1,2}))?$/;
const DUTCH_ROUND = /^(\d{1,3}(?:\.\d{3})*|\d+),[-–]$/;

function toValue(intDigits: string, decimals: string, negative: boolean): string {
  const int = intDigits.replace(/^0+(?=\d)/, '');
  const value = `${int}.${decimals.padEnd(2, '0')}`;
  return negative && /[1-9]/.test(value) ? `-${value}` : value;
}

/**
 * Reads the number part of an amount: `1.234,50`, `1,234.50`, `1 234,50`, `1234,50`, `1.234,-`.
 * A single separator followed by exactly three digits is a thousands separator (`1.234` → 1234).
 * More than two decimals is not an amount (unit prices like `86,5500`, quantities like `1,0000`).
 */
export function parseNumber(core: string, negative = false): ParsedNumber | undefined {
  let m = DUTCH_ROUND.exec(core);
  if (m) return { value: toValue(m[1]!.replace(/\./g, ''), '', negative), decimals: 0 };
  m = GROUPED.exec(core);
  if (m) {
    const groups = m[2]!;
    const groupSeparators = new Set(groups.replace(/\d/g, ''));
    if (groupSeparators.size !== 1) return undefined;
    const decimalSeparator = m[3];
    if (decimalSeparator !== undefined && groupSeparators.has(decimalSeparator)) return undefined;
    return {
      value: toValue(m[1]! + groups.replace(/\D/g, ''), m[4] ?? '', negative),
      decimals: m[4]?.length ?? 0,
    };
  }
  m = PLAIN.exec(core);
  if (m) return { value: toValue(m[1]!, m[3] ?? '', negative), decimals: m[3]?.length ?? 0 };
  return undefined;
}

const CURRENCY_PREFIX = /^(€|\$|£|¥|₹|eur|usd|gbp|chf|rs\.?|us\$|s\$|rm|myr|sgd)\s*/i;
const CURRENCY_SUFFIX = /\s*(€|\$|£|eur|usd|gbp|chf)$/i;

/** An amount with its sign and the currency written next to it. */
export interface ParsedAmount extends ParsedNumber {
  readonly negative: boolean;
  /** ISO 4217 code of a sign or code attached to the number (`€1.234,50`, `1.234,50EUR`). */
  readonly currency?: string;
}

/**
 * Reads an amount from one string: signs `-1.234,50`, `1.234,50-`, `(1.234,50)`, `−5,00`, and a
 * currency sign or code attached at either end. Percentages and dates are not amounts.
 */
export function parseAmountString(text: string): ParsedAmount | undefined {
  let t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (t === '' || /%/.test(t)) return undefined;
  let negative = false;
  let currency: string | undefined;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  const takeCurrency = (m: RegExpExecArray | null): void => {
    if (m) currency = CURRENCY_SIGNS[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase();
  };
  if (/^[-−–+]/.test(t)) {
    negative = !t.startsWith('+');
    t = t.slice(1).trim();
  }
  let m = CURRENCY_PREFIX.exec(t);
  if (m) {
    takeCurrency(m);
    t = t.slice(m[0].length);
  }
  if (/^[-−–]/.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  }
  if (/[-−–]$/.test(t) && !/,[-–]$/.test(t)) {
    negative = true;
    t = t.slice(0, -1).trim();
  }
  m = CURRENCY_SUFFIX.exec(t);
  if (m) {
    takeCurrency(m);
    t = t.slice(0, -m[0].length);
  }
  const number = parseNumber(t, negative);
  if (!number) return undefined;
  return { ...number, negative, ...(currency && { currency }) };
}

/** Identifiers (VAT ids, IBANs, KvK numbers): upper case, without spaces, dots and dashes. */
export function compactId(text: string): string {
  return text.replace(/[\s.\-\u00a0]/g, '').toUpperCase();
}

/** Invoice numbers and references: upper case without white space (dashes and slashes stay). */
export function compactReference(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/^[#:;,.]+|[:;,.]+$/g, '')
    .toUpperCase();
}

/** A person or company name: single spaces, no punctuation at the ends. */
export function cleanName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.\-–]+|[\s:;,\-–]+$/g, '')
    .trim();
}

/** The currency a token stands for: an ISO code it spells, or a sign or word (`€`, `euro`, `Rs`). */
export function currencyOf(text: string, isCode: (code: string) => boolean): string | undefined {
  const raw = text.replace(/^[([]+|[)\]:;,.]+$/g, '');
  if (/^[A-Z]{3}$/.test(raw) && isCode(raw)) return raw;
  return CURRENCY_SIGNS[raw.toLowerCase()];
}

/**
 * A name reduced to its distinctive words: folded, without punctuation and legal forms. Initials
 * joined by `&` or `+` are one word (`E&U Transport`, written `EU Transport` in its own bank line;
 * `AT&T`, `H&M`); an `&` between words (`Lieferant GmbH & Co`) stays a separator.
 */
export function nameCore(name: string): string {
  return fold(name)
    .replace(/(?<=(?:^|[^\p{L}])\p{L}{1,2})[&+](?=\p{L}{1,2}(?:$|[^\p{L}]))/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !LEGAL_FORMS.includes(w))
    .join(' ');
}

/** Whether two names are the same company, loosely: one's distinctive words contain the other's. */
export function sameName(a: string, b: string): boolean {
  const x = nameCore(a);
  const y = nameCore(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}
