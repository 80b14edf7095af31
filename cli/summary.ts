/**
 * The human summary the CLI prints without `--json`: the verdict and its headline (worded by the kind of
 * its errors), how many checks passed, then each finding with its fix.
 */
import { checksPassedLine, verdictHeadline } from '../engine/i18n/headline.js';
import { FIELD_IDS, type FieldId } from '../engine/model/fields.js';
import type { Lang } from '../engine/model/finding.js';
import type { Report } from '../engine/model/report.js';

const VERDICT: Record<Report['verdict'], Record<Lang, string>> = {
  accepted: { nl: 'GOEDGEKEURD', en: 'ACCEPTED', de: 'ANGENOMEN', fr: 'ACCEPTÉE' },
  rejected: { nl: 'AFGEKEURD', en: 'REJECTED', de: 'ABGELEHNT', fr: 'REFUSÉE' },
  undetermined: {
    nl: 'NIET TE BEOORDELEN',
    en: 'UNDETERMINED',
    de: 'NICHT ZU BEURTEILEN',
    fr: 'NON DÉTERMINÉ',
  },
};

const SEVERITY: Record<string, Record<Lang, string>> = {
  error: { nl: 'fout', en: 'error', de: 'Fehler', fr: 'erreur' },
  warning: { nl: 'waarschuwing', en: 'warning', de: 'Warnung', fr: 'avertissement' },
  info: { nl: 'info', en: 'info', de: 'Info', fr: 'info' },
};

const LABELS = {
  profile: { nl: 'Profiel', en: 'Profile', de: 'Profil', fr: 'Profil' },
  page: { nl: 'pagina', en: 'page', de: 'Seite', fr: 'page' },
  fix: { nl: 'Oplossing', en: 'Fix', de: 'Lösung', fr: 'Solution' },
  none: { nl: 'Geen bevindingen.', en: 'No findings.', de: 'Keine Befunde.', fr: 'Aucun constat.' },
  fields: { nl: 'Gelezen velden', en: 'Fields read', de: 'Gelesene Angaben', fr: 'Champs lus' },
  errorId: { nl: 'Foutcode', en: 'Error id', de: 'Fehlercode', fr: 'Code d’erreur' },
  channel: {
    text: { nl: 'tekstlaag', en: 'text layer', de: 'Textebene', fr: 'couche texte' },
    ocr: { nl: 'OCR', en: 'OCR', de: 'OCR', fr: 'OCR' },
  },
} as const;

/** Short field names for the fields table. */
const FIELD_TITLES: Record<FieldId, Record<Lang, string>> = {
  invoiceNumber: {
    nl: 'Factuurnummer',
    en: 'Invoice number',
    de: 'Rechnungsnummer',
    fr: 'Numéro de facture',
  },
  issueDate: { nl: 'Factuurdatum', en: 'Invoice date', de: 'Rechnungsdatum', fr: 'Date de facture' },
  dueDate: { nl: 'Vervaldatum', en: 'Due date', de: 'Fälligkeitsdatum', fr: 'Date d’échéance' },
  currency: { nl: 'Valuta', en: 'Currency', de: 'Währung', fr: 'Devise' },
  totalAmount: {
    nl: 'Totaal incl. btw',
    en: 'Total incl. VAT',
    de: 'Gesamtbetrag inkl. MwSt.',
    fr: 'Total TTC',
  },
  payableAmount: { nl: 'Te betalen', en: 'Amount due', de: 'Zu zahlen', fr: 'À payer' },
  taxAmount: { nl: 'Btw', en: 'VAT', de: 'MwSt.', fr: 'TVA' },
  netAmount: { nl: 'Totaal excl. btw', en: 'Total excl. VAT', de: 'Summe ohne MwSt.', fr: 'Total HT' },
  sellerName: { nl: 'Leverancier', en: 'Seller', de: 'Lieferant', fr: 'Fournisseur' },
  sellerVatId: {
    nl: 'Btw-nummer leverancier',
    en: 'Seller VAT number',
    de: 'USt-IdNr. des Lieferanten',
    fr: 'N° de TVA du fournisseur',
  },
  sellerKvk: { nl: 'KvK-nummer', en: 'KvK number', de: 'KvK-Nummer', fr: 'Numéro KvK' },
  iban: { nl: 'IBAN', en: 'IBAN', de: 'IBAN', fr: 'IBAN' },
  buyerName: { nl: 'Afnemer', en: 'Buyer', de: 'Rechnungsempfänger', fr: 'Client' },
  buyerVatId: {
    nl: 'Btw-nummer afnemer',
    en: 'Buyer VAT number',
    de: 'USt-IdNr. des Rechnungsempfängers',
    fr: 'N° de TVA du client',
  },
  buyerReference: {
    nl: 'Referentie afnemer',
    en: 'Buyer reference',
    de: 'Referenz des Rechnungsempfängers',
    fr: 'Référence du client',
  },
  orderReference: {
    nl: 'Inkoopordernummer',
    en: 'Purchase order',
    de: 'Bestellnummer',
    fr: 'Bon de commande',
  },
};

/** The fields as the buyer's software reads them, one per line. */
function formatFields(report: Report, lang: Lang): string[] {
  const read = FIELD_IDS.filter((id) => report.fields[id]);
  if (read.length === 0) return [];
  const out = ['', `${LABELS.fields[lang]}:`];
  for (const id of read) {
    const field = report.fields[id]!;
    const where = `${LABELS.page[lang]} ${field.page}, ${LABELS.channel[field.channel][lang]}`;
    out.push(`  ${FIELD_TITLES[id][lang].padEnd(24)} ${field.value.padEnd(24)} (${where})`);
  }
  return out;
}

/** Renders a report for a terminal in one language; `buyerName` (the profile's buyer) names the buyer in the headline. */
export function formatSummary(report: Report, lang: Lang, fileLabel: string, buyerName?: string): string {
  const lines = [
    `${VERDICT[report.verdict][lang]}  ${fileLabel}`,
    `${LABELS.profile[lang]}: ${report.profile.id} v${report.profile.version}`,
    verdictHeadline(report, lang, buyerName),
  ];
  const passed = checksPassedLine(report, lang);
  if (passed) lines.push(`${passed}.`);
  if (report.incomplete) lines.push(`! ${report.incomplete.message[lang]}`);
  if (report.incomplete?.errorId) lines.push(`  ${LABELS.errorId[lang]}: ${report.incomplete.errorId}`);
  if (report.findings.length === 0) lines.push(LABELS.none[lang]);
  for (const finding of report.findings) {
    const where = finding.location?.page ? ` (${LABELS.page[lang]} ${finding.location.page})` : '';
    lines.push(
      '',
      `- [${SEVERITY[finding.severity]?.[lang] ?? finding.severity}] ${finding.message[lang]}${where}`,
    );
    if (finding.hint) lines.push(`  ${LABELS.fix[lang]}: ${finding.hint[lang]}`);
    lines.push(`  (${finding.checkId})`);
  }
  lines.push(...formatFields(report, lang));
  return `${lines.join('\n')}\n`;
}
