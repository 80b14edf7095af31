/**
 * Normalises values read from an e-invoice's XML the way extracted fields are normalised, so the two
 * can be compared: dates `YYYY-MM-DD`, amounts `"1234.50"`, identifiers upper case without spaces.
 */

/** Trims and collapses inner white space (XML values may span lines). */
export function normaliseText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * An XML decimal (`1234.5`, `-8.79`, `100.0000`, `+3`) as `"1234.50"`: at least two decimals, trailing
 * zeros beyond two removed. Anything that is not a plain decimal gives undefined.
 */
export function normaliseAmount(value: string | undefined): string | undefined {
  const text = normaliseText(value);
  if (text === undefined) return undefined;
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && !match[3])) return undefined;
  const sign = match[1] === '-' ? '-' : '';
  const whole = (match[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  let decimals = (match[3] ?? '').replace(/0+$/, '');
  if (decimals.length < 2) decimals = decimals.padEnd(2, '0');
  const isZero = /^0+$/.test(whole) && /^0+$/.test(decimals);
  return `${isZero ? '' : sign}${whole}.${decimals}`;
}

/**
 * A date as written in CII (`format="102"`: `20260112`; `610`: `202601`) or UBL (`2026-01-12`) as
 * `2026-01-12`. Impossible dates give undefined.
 */
export function normaliseDate(value: string | undefined, format?: string): string | undefined {
  const text = normaliseText(value);
  if (text === undefined) return undefined;
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*|Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if ((format === undefined || format === '102') && compact) [, year, month, day] = compact;
  else if (iso) [, year, month, day] = iso;
  else return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month}-${day}`;
}

/** A VAT id, IBAN or registration number: upper case without spaces, dots or dashes. */
export function normaliseId(value: string | undefined): string | undefined {
  const text = normaliseText(value);
  if (text === undefined) return undefined;
  const id = text.replace(/[\s.\-/]/g, '').toUpperCase();
  return id === '' ? undefined : id;
}

/** A currency code (ISO 4217): three upper-case letters. */
export function normaliseCurrency(value: string | undefined): string | undefined {
  const text = normaliseText(value)?.toUpperCase();
  return text !== undefined && /^[A-Z]{3}$/.test(text) ? text : undefined;
}
