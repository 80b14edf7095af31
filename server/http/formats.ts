/**
 * People's formats for report pages: amounts and dates as the invoice's own locale prints them
 * (€ 5.079,46 and 14-03-2025 on a Dutch invoice), moments in the reader's language, and findings that
 * repeat on several pages merged into one ("pagina's 1–4"). Only Intl, no library. The report JSON
 * keeps the machine values; these functions are for display.
 *
 * The browser has the same functions in `public/formats.js` (the pages load no compiled code);
 * `test/public/report-formats.test.ts` runs one table of cases against both.
 */
import {
  FIELD_NAMES,
  LANGUAGE_LOCALES,
  PAGE_LOCALES,
  PRESET_NAMES_DE,
  PRESET_NAMES_FR,
  PRESET_NAMES_NL,
} from '../../engine/i18n/report-page.js';
import type { Finding, Lang } from '../../engine/model/finding.js';

export { FIELD_NAMES, PAGE_LOCALES };

/** Where the invoice's language is unknown: the locale its currency suggests (euro: none, many countries). */
const CURRENCY_LOCALES: Record<string, string> = {
  GBP: 'en-GB',
  USD: 'en-US',
  CHF: 'de-CH',
  SEK: 'sv-SE',
  DKK: 'da-DK',
  NOK: 'nb-NO',
  PLN: 'pl-PL',
  CZK: 'cs-CZ',
};

/** The fields whose value is an amount, a calendar day, or an identifier (may wrap anywhere). */
export const AMOUNT_FIELDS = new Set(['totalAmount', 'payableAmount', 'taxAmount', 'netAmount']);
export const DATE_FIELDS = new Set(['issueDate', 'dueDate']);
export const ID_FIELDS = new Set(['iban', 'sellerVatId', 'buyerVatId', 'sellerKvk', 'invoiceNumber']);

/** What a report needs to say for choosing the invoice's locale (a subset of `Report`). */
export interface LocaleHints {
  readonly fields?: { readonly currency?: { readonly value: string } | undefined };
  readonly channels?: {
    readonly text?: { readonly language?: string | undefined } | undefined;
    readonly ocr?: { readonly language?: string | undefined } | undefined;
  };
}

/**
 * The locale the invoice prints in: by its language (from its labels), else by its currency, else the
 * reader's page language.
 */
export function invoiceLocale(report: LocaleHints | undefined, pageLang: Lang): string {
  const language = report?.channels?.text?.language ?? report?.channels?.ocr?.language;
  if (language && LANGUAGE_LOCALES[language]) return LANGUAGE_LOCALES[language];
  const currency = report?.fields?.currency?.value;
  if (currency && CURRENCY_LOCALES[currency]) return CURRENCY_LOCALES[currency];
  return PAGE_LOCALES[pageLang];
}

/** An amount ("5079.46") as the locale prints it, with the currency when known ("€ 5.079,46"). */
export function formatAmount(value: string, currency: string | undefined, locale: string): string {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return value;
  try {
    if (currency && /^[A-Z]{3}$/.test(currency))
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    // An unknown currency code: the number alone.
  }
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** A calendar day ("2025-03-14") as the locale writes it in digits ("14-03-2025", "14.03.2025"). */
export function formatInvoiceDate(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(day.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/** A field's value for people: amounts and days in the invoice's locale; other values as read. */
export function formatFieldValue(
  id: string,
  value: string,
  report: LocaleHints | undefined,
  pageLang: Lang,
): string {
  const locale = invoiceLocale(report, pageLang);
  if (AMOUNT_FIELDS.has(id)) return formatAmount(value, report?.fields?.currency?.value, locale);
  if (DATE_FIELDS.has(id)) return formatInvoiceDate(value, locale);
  return value;
}

/** The time zone report moments are shown in (the buyers and suppliers are Dutch). */
export const REPORT_TIME_ZONE = 'Europe/Amsterdam';

/** A moment (ISO timestamp) for people, e.g. "3 dec 2026, 10:03 CET" / "3 Dec 2026, 10:03 CET". */
export function formatMoment(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(PAGE_LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: REPORT_TIME_ZONE,
  })
    .format(at)
    .concat(
      ` ${
        new Intl.DateTimeFormat('en-GB', { timeZone: REPORT_TIME_ZONE, timeZoneName: 'short' })
          .formatToParts(at)
          .find((p) => p.type === 'timeZoneName')?.value ?? ''
      }`,
    )
    .trim();
}

/** Pages as people write them: "1–4", "1, 3", "1–2, 5". */
export function pageRanges(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const first = sorted[i] as number;
    const last = sorted[j] as number;
    parts.push(
      first === last ? String(first) : last === first + 1 ? `${first}, ${last}` : `${first}–${last}`,
    );
    i = j + 1;
  }
  return parts.join(', ');
}

/** The word for one page and for several, per language. */
const PAGE_WORDS: Readonly<Record<Lang, readonly [string, string]>> = {
  nl: ['pagina', "pagina's"],
  en: ['page', 'pages'],
  de: ['Seite', 'Seiten'],
  fr: ['page', 'pages'],
};

/** "pagina 2" / "pagina's 1–4", "page 2" / "pages 1–4", "Seite 2" / "Seiten 1–4". */
export function pagesText(pages: readonly number[], lang: Lang): string {
  const [one, several] = PAGE_WORDS[lang];
  return `${new Set(pages).size === 1 ? one : several} ${pageRanges(pages)}`;
}

/** A finding with the pages it was found on (one, or several when identical findings were merged). */
export type MergedFinding = Finding & { readonly pages: readonly number[] };

/** What makes two findings the same but for their page: check, message, severity, field, channel and data. */
function sameButPage(f: Finding): string {
  const { page: _page, ...data } = f.data as Record<string, unknown>;
  return JSON.stringify([
    f.checkId,
    f.messageId,
    f.severity,
    f.location?.field ?? null,
    f.location?.channel ?? null,
    Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
}

/**
 * Merges findings that differ only in their page (the same check, message, severity and facts), in the
 * order of their first occurrence. Each keeps the first one's message and location and lists its pages.
 */
export function mergeFindings(findings: readonly Finding[]): MergedFinding[] {
  const merged = new Map<string, { finding: Finding; pages: number[] }>();
  const out: { finding: Finding; pages: number[] }[] = [];
  for (const f of findings) {
    const page = f.location?.page;
    if (page === undefined) {
      out.push({ finding: f, pages: [] });
      continue;
    }
    const key = sameButPage(f);
    const seen = merged.get(key);
    if (seen) {
      if (!seen.pages.includes(page)) seen.pages.push(page);
      continue;
    }
    const entry = { finding: f, pages: [page] };
    merged.set(key, entry);
    out.push(entry);
  }
  return out.map(({ finding, pages }) => ({ ...finding, pages: pages.sort((a, b) => a - b) }));
}

/** A profile's name in the reader's language (a `{nl, en}` name, a preset's translation, or as given). */
export function profileName(profile: { id: string; name?: unknown }, lang: Lang): string {
  const name = profile.name;
  if (name && typeof name === 'object') {
    const localized = (name as Record<string, unknown>)[lang];
    if (typeof localized === 'string' && localized !== '') return localized;
  }
  if (typeof name !== 'string' || name === '') return profile.id;
  const translated = { nl: PRESET_NAMES_NL, en: undefined, de: PRESET_NAMES_DE, fr: PRESET_NAMES_FR }[lang];
  return translated?.[name] ?? name;
}
