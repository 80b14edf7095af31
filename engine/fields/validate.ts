/**
 * Validators of invoice identifiers. IBAN: ISO 13616 mod 97 with the country's length (ibantools).
 * VAT ids: the national formats and check digits of the EU member states, the UK, Switzerland and
 * Norway (stdnum; the Dutch btw-id is valid under the mod-11 test of the older RSIN-based numbers or
 * the mod-97 test of the 2020 btw-identificatienummers). KvK: eight digits (the Chamber of Commerce
 * publishes no check digit). Currency: ISO 4217 as the runtime's ICU knows it.
 */
import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import * as at from 'stdnum/lib/cjs/at/uid.js';
import * as be from 'stdnum/lib/cjs/be/vat.js';
import * as bg from 'stdnum/lib/cjs/bg/vat.js';
import * as ch from 'stdnum/lib/cjs/ch/vat.js';
import * as cy from 'stdnum/lib/cjs/cy/vat.js';
import * as cz from 'stdnum/lib/cjs/cz/dic.js';
import * as de from 'stdnum/lib/cjs/de/vat.js';
import * as dk from 'stdnum/lib/cjs/dk/cvr.js';
import * as ee from 'stdnum/lib/cjs/ee/kmkr.js';
import * as es from 'stdnum/lib/cjs/es/nif.js';
import * as fi from 'stdnum/lib/cjs/fi/alv.js';
import * as fr from 'stdnum/lib/cjs/fr/tva.js';
import * as gb from 'stdnum/lib/cjs/gb/vat.js';
import * as gr from 'stdnum/lib/cjs/gr/vat.js';
import * as hr from 'stdnum/lib/cjs/hr/oib.js';
import * as hu from 'stdnum/lib/cjs/hu/anum.js';
import * as ie from 'stdnum/lib/cjs/ie/vat.js';
import * as it from 'stdnum/lib/cjs/it/iva.js';
import * as lt from 'stdnum/lib/cjs/lt/pvm.js';
import * as lu from 'stdnum/lib/cjs/lu/tva.js';
import * as lv from 'stdnum/lib/cjs/lv/pvn.js';
import * as mt from 'stdnum/lib/cjs/mt/vat.js';
import * as nl from 'stdnum/lib/cjs/nl/btw.js';
import * as no from 'stdnum/lib/cjs/no/mva.js';
import * as pl from 'stdnum/lib/cjs/pl/nip.js';
import * as pt from 'stdnum/lib/cjs/pt/nif.js';
import * as ro from 'stdnum/lib/cjs/ro/cif.js';
import * as se from 'stdnum/lib/cjs/se/vat.js';
import * as si from 'stdnum/lib/cjs/si/ddv.js';
import * as sk from 'stdnum/lib/cjs/sk/dph.js';
import { compactId } from './normalise.js';

/** The outcome of validating an identifier. */
export interface IdCheck {
  /** The compact form (upper case, no spaces or dots). */
  readonly value: string;
  /** The form is right for its kind and country (length, characters). */
  readonly formatOk: boolean;
  /** Form and check digits are right. */
  readonly valid: boolean;
  /** ISO 3166 country of the id, when it has one. */
  readonly country?: string;
}

type VatValidator = { validate(value: string): { isValid: boolean; error?: { name: string } } };

/** Validators by VAT prefix (Greece prints `EL`). */
const VAT_VALIDATORS: Readonly<Record<string, VatValidator>> = {
  AT: at,
  BE: be,
  BG: bg,
  CH: ch,
  CY: cy,
  CZ: cz,
  DE: de,
  DK: dk,
  EE: ee,
  EL: gr,
  ES: es,
  FI: fi,
  FR: fr,
  GB: gb,
  GR: gr,
  HR: hr,
  HU: hu,
  IE: ie,
  IT: it,
  LT: lt,
  LU: lu,
  LV: lv,
  MT: mt,
  NL: nl,
  NO: no,
  PL: pl,
  PT: pt,
  RO: ro,
  SE: se,
  SI: si,
  SK: sk,
  XI: gb,
};

/** VAT prefixes the validators know. */
export const VAT_PREFIXES: ReadonlySet<string> = new Set(Object.keys(VAT_VALIDATORS));

/** Longest VAT id (prefix included) of any supported country. */
export const MAX_VAT_LENGTH = 16;

/** Validates a VAT identification number with its country prefix (`NL851349985B01`, `FR 60 421938861`). */
export function checkVatId(text: string): IdCheck {
  const value = compactId(text);
  const country = value.slice(0, 2);
  const validator = VAT_VALIDATORS[country];
  if (!validator || value.length < 4 || !/^[A-Z]{2}[0-9A-Z+*]+$/.test(value))
    return { value, formatOk: false, valid: false };
  // The Dutch form is exact (stdnum would pad a short number with zeros).
  if (country === 'NL' && !/^NL\d{9}B\d{2}$/.test(value))
    return { value, formatOk: false, valid: false, country };
  let result: ReturnType<VatValidator['validate']>;
  try {
    result = validator.validate(value);
  } catch {
    return { value, formatOk: false, valid: false, country };
  }
  if (result.isValid) return { value, formatOk: true, valid: true, country };
  const formatOk = result.error?.name === 'InvalidChecksum';
  return { value, formatOk, valid: false, country };
}

let ibanSpecs: ReturnType<typeof getCountrySpecifications> | undefined;
/** ibantools builds its country table on every call: keep one. */
const specs = (): ReturnType<typeof getCountrySpecifications> => {
  ibanSpecs ??= getCountrySpecifications();
  return ibanSpecs;
};

/** Validates an IBAN: its country's length and structure, and the ISO 13616 mod-97 check digits. */
export function checkIban(text: string): IdCheck {
  const value = electronicFormatIBAN(text) ?? compactId(text);
  const country = value.slice(0, 2);
  const spec = specs()[country];
  const formatOk =
    spec?.chars !== undefined && spec.chars === value.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value);
  return { value, formatOk, valid: formatOk && isValidIBAN(value), country };
}

/** The IBAN length of a country, when it has IBANs. */
export function ibanLength(country: string): number | undefined {
  return specs()[country]?.chars ?? undefined;
}

/** Validates a KvK number (Dutch Chamber of Commerce): eight digits, not all zero. */
export function checkKvk(text: string): IdCheck {
  const value = compactId(text);
  const formatOk = /^\d{8}$/.test(value) && value !== '00000000';
  return { value, formatOk, valid: formatOk, country: 'NL' };
}

let currencies: ReadonlySet<string> | undefined;

/** Whether a code is an ISO 4217 currency code. */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

/** Whether an ISO date lies in a plausible range for an invoice: 1990 up to five years after `today`. */
export function isPlausibleDate(iso: string, today: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= 1990 && year <= Number(today.slice(0, 4)) + 5;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
