// People's formats for the report pages: amounts and dates as the invoice's own locale prints them
// (€ 5.079,46 and 14-03-2025 on a Dutch invoice), and findings that repeat on several pages merged into
// one ("pagina's 1–4"). Only Intl, no library; the run's JSON keeps the machine values.
// The same functions, for report.html, are in server/http/formats.ts; test/public/report-formats.test.ts
// runs one table of cases against both.

const LANGUAGE_LOCALES = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };
const CURRENCY_LOCALES = {
  GBP: 'en-GB',
  USD: 'en-US',
  CHF: 'de-CH',
  SEK: 'sv-SE',
  DKK: 'da-DK',
  NOK: 'nb-NO',
  PLN: 'pl-PL',
  CZK: 'cs-CZ',
};
/** The reader's locale per page language. */
export const PAGE_LOCALES = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

export const AMOUNT_FIELDS = new Set(['totalAmount', 'payableAmount', 'taxAmount', 'netAmount']);
export const DATE_FIELDS = new Set(['issueDate', 'dueDate']);
/** Identifiers: long runs of characters without spaces that may wrap anywhere in a narrow table. */
export const ID_FIELDS = new Set(['iban', 'sellerVatId', 'buyerVatId', 'sellerKvk', 'invoiceNumber']);

/** The locale the invoice prints in: by its language, else by its currency, else the page language's. */
export function invoiceLocale(report, pageLang) {
  const language = report?.channels?.text?.language ?? report?.channels?.ocr?.language;
  if (language && LANGUAGE_LOCALES[language]) return LANGUAGE_LOCALES[language];
  const currency = report?.fields?.currency?.value;
  if (currency && CURRENCY_LOCALES[currency]) return CURRENCY_LOCALES[currency];
  return PAGE_LOCALES[pageLang];
}

/** An amount ("5079.46") as the locale prints it, with the currency when known ("€ 5.079,46"). */
export function formatAmount(value, currency, locale) {
  const n = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(n)) return value;
  try {
    if (currency && /^[A-Z]{3}$/.test(currency))
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    // An unknown currency code: the number alone.
  }
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** A calendar day ("2025-03-14") as the locale writes it in digits ("14-03-2025", "14.03.2025"). */
export function formatInvoiceDate(value, locale) {
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
export function formatFieldValue(id, value, report, pageLang) {
  const locale = invoiceLocale(report, pageLang);
  if (AMOUNT_FIELDS.has(id)) return formatAmount(value, report?.fields?.currency?.value, locale);
  if (DATE_FIELDS.has(id)) return formatInvoiceDate(value, locale);
  return value;
}

/** Pages as people write them: "1–4", "1, 3", "1–2, 5". */
export function pageRanges(pages) {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const first = sorted[i];
    const last = sorted[j];
    parts.push(
      first === last ? String(first) : last === first + 1 ? `${first}, ${last}` : `${first}–${last}`,
    );
    i = j + 1;
  }
  return parts.join(', ');
}

/** "pagina 2" / "pagina's 1–4", "page 2" / "pages 1–4". */
export function pagesText(pages, lang) {
  const one = new Set(pages).size === 1;
  if (lang === 'nl') return `${one ? 'pagina' : "pagina's"} ${pageRanges(pages)}`;
  if (lang === 'de') return `${one ? 'Seite' : 'Seiten'} ${pageRanges(pages)}`;
  return `${one ? 'page' : 'pages'} ${pageRanges(pages)}`;
}

function sameButPage(f) {
  const { page: _page, ...data } = f.data ?? {};
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
 * order of their first occurrence. Each keeps the first one's message and location and gets `pages`.
 */
export function mergeFindings(findings) {
  const merged = new Map();
  const out = [];
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
