// The report page's content, the same for supplier and buyer: a verdict banner, the findings grouped by
// what the supplier can do, the page images with boxes (when the server has them), the table of what
// the buyer's software reads, a JSON download and printing. Also live progress of a run (Server-Sent
// Events). Every text goes in through textContent: nothing from a report is ever parsed as HTML.
// Amounts and dates show as the invoice prints them (formats.js); the JSON download keeps the machine
// values. Check ids and boxes appear only under "Technische gegevens".

import { formatFieldValue, ID_FIELDS, mergeFindings, pagesText } from './formats.js';
import { inLang, LOCALES } from './lang.js';

/** Creates an element; `text` sets textContent, other attributes are set as given. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children)
    if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

/** Replaces {{name}} placeholders. */
export const fill = (text, vars = {}) => text.replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k] ?? ''));

const LOCALE = LOCALES;

/** A moment, e.g. "12 jan. 2026 14:03". */
export const formatMoment = (iso, lang) =>
  iso ? new Date(iso).toLocaleString(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' }) : '';

/** A calendar day (YYYY-MM-DD), e.g. "1 maart 2027". */
export const formatDay = (day, lang) =>
  day
    ? new Date(`${day}T00:00:00`).toLocaleDateString(LOCALE[lang], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
    : '';

/** Bytes as "10 MB" / "750 kB". */
export const formatBytes = (bytes, lang) => {
  const nf = (n) => n.toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${nf(bytes / (1024 * 1024))} MB` : `${nf(Math.max(1, bytes / 1024))} kB`;
};

const TEXT = {
  nl: {
    accepted: 'Goedgekeurd',
    rejected: 'Afgekeurd',
    undetermined: 'Kon niet worden gecontroleerd',
    meta: '{{file}} · gecontroleerd {{when}} · eisen: {{profile}} (versie {{version}})',
    pages: "{{count}} pagina's",
    page1: '1 pagina',
    whatToDo: 'Wat u kunt doen',
    noFindings: 'Geen opmerkingen: alles is in orde.',
    errorId: 'Foutcode (noem die aan de helpdesk): {{id}}',
    groupInvoice: 'Wat er op de factuur staat',
    groupInvoiceHelp: 'Pas dit aan in uw factuursoftware of in het sjabloon van uw factuur.',
    groupPdf: 'Hoe de PDF gemaakt is',
    groupPdfHelp: 'Dit regelt u met de manier waarop u de PDF maakt of opslaat.',
    groupImage: 'Hoe de pagina eruitziet',
    groupImageHelp: 'Dit gaat over de pagina als plaatje: scans, foto’s en kleine of vage letters.',
    groupOther: 'Overig',
    groupOtherHelp: '',
    error: 'Moet worden opgelost',
    warning: 'Advies',
    info: 'Ter informatie',
    where: 'Waar: {{where}}',
    page: 'pagina {{page}}',
    field: 'veld “{{field}}”',
    fix: 'Zo lost u het op:',
    waived: 'Vrijgesteld door de afnemer',
    waivedReason: 'De afnemer telt dit punt voor u niet mee. Reden: {{reason}}',
    waivedUntil: 'Deze vrijstelling geldt tot {{until}}.',
    alsoOn: 'Hetzelfde geldt voor {{pages}}.',
    pagesTitle: "De pagina's",
    pagesHelp: 'De kaders laten zien welke velden de software las en waar de problemen zitten.',
    pageAlt: 'Pagina {{page}} van de factuur, met kaders om de gelezen velden en de problemen',
    pageCaption: 'Pagina {{page}}',
    noImages:
      "Afbeeldingen van de pagina's zijn (nog) niet beschikbaar. De punten hierboven en de tabel hieronder zijn wel volledig.",
    fieldsTitle: 'Wat de software van de afnemer leest',
    fieldsCaption: 'De factuurgegevens zoals de software van de afnemer ze leest',
    colField: 'Veld',
    colValue: 'Waarde',
    colWhere: 'Waar',
    noFields:
      'Er zijn geen factuurvelden gelezen: deze controle keek alleen naar het bestand zelf, of de software vond geen gegevens.',
    viaText: 'tekstlaag',
    viaOcr: 'beeld (OCR)',
    asPrinted: 'op de factuur: {{raw}}',
    download: 'Download als JSON',
    print: 'Afdrukken',
    details: 'Technische gegevens',
    stagesLine: '{{name}}: {{ms}} ms',
    engine: 'Controle-software: {{name}} {{version}}',
    stagesTitle: 'Stappen en hun duur',
    findingsTechTitle: 'Opmerkingen met hun controle (id, melding, plaats in punten)',
    fieldsTechTitle: 'Velden met hun id, waarde voor software en vak (punten)',
    statusQueued: 'In de wachtrij…',
    statusRunning: 'Bezig met controleren…',
    stageIntake: 'Bestand ontvangen',
    stageAnalyze: 'Tekst lezen',
    stageAnalyzePage: 'Tekst lezen: pagina {{page}} van {{count}}',
    stageRender: "Pagina's omzetten naar beeld",
    stageOcr: "Pagina's herkennen",
    stageOcrPage: 'Pagina {{page}} van {{count}} herkennen',
    stageFields: 'Velden zoeken',
    stageEvaluate: 'Velden controleren',
    stageOther: 'Bezig: {{stage}}',
    done: 'klaar',
  },
  en: {
    accepted: 'Accepted',
    rejected: 'Rejected',
    undetermined: 'Could not be checked',
    meta: '{{file}} · checked {{when}} · requirements: {{profile}} (version {{version}})',
    pages: '{{count}} pages',
    page1: '1 page',
    whatToDo: 'What you can do',
    noFindings: 'No remarks: everything is in order.',
    errorId: 'Error id (quote it to the helpdesk): {{id}}',
    groupInvoice: 'What is on the invoice',
    groupInvoiceHelp: 'Change this in your invoicing software or in your invoice template.',
    groupPdf: 'How the PDF is made',
    groupPdfHelp: 'You control this by how you create or save the PDF.',
    groupImage: 'How the page looks',
    groupImageHelp: 'This is about the page as a picture: scans, photos, and small or faint letters.',
    groupOther: 'Other',
    groupOtherHelp: '',
    error: 'Must be fixed',
    warning: 'Advice',
    info: 'For your information',
    where: 'Where: {{where}}',
    page: 'page {{page}}',
    field: 'field “{{field}}”',
    fix: 'How to fix it:',
    waived: 'Waived by the buyer',
    waivedReason: 'The buyer does not count this point for you. Reason: {{reason}}',
    waivedUntil: 'This waiver applies until {{until}}.',
    alsoOn: 'The same applies to {{pages}}.',
    pagesTitle: 'The pages',
    pagesHelp: 'The boxes show which fields the software read and where the problems are.',
    pageAlt: 'Page {{page}} of the invoice, with boxes around the fields read and the problems',
    pageCaption: 'Page {{page}}',
    noImages:
      'Images of the pages are not available (yet). The points above and the table below are complete nonetheless.',
    fieldsTitle: "What the buyer's software reads",
    fieldsCaption: "The invoice details as the buyer's software reads them",
    colField: 'Field',
    colValue: 'Value',
    colWhere: 'Where',
    noFields:
      'No invoice fields were read: this check looked at the file itself only, or the software found no details.',
    viaText: 'text layer',
    viaOcr: 'image (OCR)',
    asPrinted: 'on the invoice: {{raw}}',
    download: 'Download as JSON',
    print: 'Print',
    details: 'Technical details',
    stagesLine: '{{name}}: {{ms}} ms',
    engine: 'Checking software: {{name}} {{version}}',
    stagesTitle: 'Stages and their duration',
    findingsTechTitle: 'Remarks with their check (id, message, place in points)',
    fieldsTechTitle: 'Fields with their id, machine value and box (points)',
    statusQueued: 'Waiting in line…',
    statusRunning: 'Checking…',
    stageIntake: 'File received',
    stageAnalyze: 'Reading the text',
    stageAnalyzePage: 'Reading the text: page {{page}} of {{count}}',
    stageRender: 'Turning the pages into images',
    stageOcr: 'Recognising the pages',
    stageOcrPage: 'Recognising page {{page}} of {{count}}',
    stageFields: 'Finding the fields',
    stageEvaluate: 'Checking the fields',
    stageOther: 'Working: {{stage}}',
    done: 'done',
  },
  de: {
    waived: 'Vom Auftraggeber erlassen',
    waivedReason: 'Der Auftraggeber rechnet Ihnen diesen Punkt nicht an. Begründung: {{reason}}',
    waivedUntil: 'Diese Ausnahme gilt bis {{until}}.',
    accepted: 'Angenommen',
    rejected: 'Abgelehnt',
    undetermined: 'Konnte nicht geprüft werden',
    meta: '{{file}} · geprüft {{when}} · Anforderungen: {{profile}} (Version {{version}})',
    pages: '{{count}} Seiten',
    page1: '1 Seite',
    whatToDo: 'Was Sie tun können',
    noFindings: 'Keine Anmerkungen: Alles ist in Ordnung.',
    errorId: 'Fehlernummer (nennen Sie sie dem Helpdesk): {{id}}',
    groupInvoice: 'Was auf der Rechnung steht',
    groupInvoiceHelp: 'Ändern Sie dies in Ihrer Rechnungssoftware oder in Ihrer Rechnungsvorlage.',
    groupPdf: 'Wie die PDF erstellt wird',
    groupPdfHelp: 'Das bestimmen Sie dadurch, wie Sie die PDF erstellen oder speichern.',
    groupImage: 'Wie die Seite aussieht',
    groupImageHelp: 'Hier geht es um die Seite als Bild: Scans, Fotos und kleine oder blasse Buchstaben.',
    groupOther: 'Sonstiges',
    groupOtherHelp: '',
    error: 'Muss behoben werden',
    warning: 'Empfehlung',
    info: 'Zu Ihrer Information',
    where: 'Wo: {{where}}',
    page: 'Seite {{page}}',
    field: 'Feld „{{field}}“',
    fix: 'So beheben Sie es:',
    alsoOn: 'Dasselbe gilt für {{pages}}.',
    pagesTitle: 'Die Seiten',
    pagesHelp: 'Die Rahmen zeigen, welche Felder die Software gelesen hat und wo die Probleme liegen.',
    pageAlt: 'Seite {{page}} der Rechnung, mit Rahmen um die gelesenen Felder und die Probleme',
    pageCaption: 'Seite {{page}}',
    noImages:
      'Bilder der Seiten sind (noch) nicht verfügbar. Die Punkte oben und die Tabelle unten sind trotzdem vollständig.',
    fieldsTitle: 'Was die Software des Kunden liest',
    fieldsCaption: 'Die Rechnungsangaben, wie die Software des Kunden sie liest',
    colField: 'Feld',
    colValue: 'Wert',
    colWhere: 'Wo',
    noFields:
      'Es wurden keine Rechnungsfelder gelesen: Diese Prüfung hat nur die Datei selbst betrachtet, oder die Software hat keine Angaben gefunden.',
    viaText: 'Textebene',
    viaOcr: 'Bild (Texterkennung)',
    asPrinted: 'auf der Rechnung: {{raw}}',
    download: 'Als JSON herunterladen',
    print: 'Drucken',
    details: 'Technische Angaben',
    stagesLine: '{{name}}: {{ms}} ms',
    engine: 'Prüfsoftware: {{name}} {{version}}',
    stagesTitle: 'Schritte und ihre Dauer',
    findingsTechTitle: 'Anmerkungen mit ihrer Prüfung (ID, Meldung, Stelle in Punkten)',
    fieldsTechTitle: 'Felder mit ihrer ID, ihrem Maschinenwert und ihrem Rahmen (Punkte)',
    statusQueued: 'Wartet in der Warteschlange…',
    statusRunning: 'Wird geprüft…',
    stageIntake: 'Datei empfangen',
    stageAnalyze: 'Text wird gelesen',
    stageAnalyzePage: 'Text wird gelesen: Seite {{page}} von {{count}}',
    stageRender: 'Seiten werden in Bilder umgewandelt',
    stageOcr: 'Seiten werden erkannt',
    stageOcrPage: 'Seite {{page}} von {{count}} wird erkannt',
    stageFields: 'Felder werden gesucht',
    stageEvaluate: 'Felder werden geprüft',
    stageOther: 'In Arbeit: {{stage}}',
    done: 'fertig',
  },
  fr: {
    waived: 'Dispensé par l’acheteur',
    waivedReason: 'L’acheteur ne retient pas ce point contre vous. Motif : {{reason}}',
    waivedUntil: 'Cette dispense s’applique jusqu’au {{until}}.',
    accepted: 'Acceptée',
    rejected: 'Refusée',
    undetermined: "N'a pas pu être vérifiée",
    meta: '{{file}} · vérifiée {{when}} · exigences : {{profile}} (version {{version}})',
    pages: '{{count}} pages',
    page1: '1 page',
    whatToDo: 'Ce que vous pouvez faire',
    noFindings: 'Aucune remarque : tout est en ordre.',
    errorId: "Numéro d'erreur (à indiquer au service d'assistance) : {{id}}",
    groupInvoice: 'Ce qui figure sur la facture',
    groupInvoiceHelp: 'Modifiez cela dans votre logiciel de facturation ou dans votre modèle de facture.',
    groupPdf: 'Comment le PDF est créé',
    groupPdfHelp: 'Cela dépend de la façon dont vous créez ou enregistrez le PDF.',
    groupImage: "L'aspect de la page",
    groupImageHelp: "Il s'agit de la page en tant qu'image : scans, photos, et lettres petites ou pâles.",
    groupOther: 'Autre',
    groupOtherHelp: '',
    error: 'À corriger',
    warning: 'Conseil',
    info: 'Pour information',
    where: 'Où : {{where}}',
    page: 'page {{page}}',
    field: 'champ « {{field}} »',
    fix: 'Comment corriger :',
    alsoOn: 'Il en va de même pour {{pages}}.',
    pagesTitle: 'Les pages',
    pagesHelp: 'Les cadres montrent quels champs le logiciel a lus et où se trouvent les problèmes.',
    pageAlt: 'Page {{page}} de la facture, avec des cadres autour des champs lus et des problèmes',
    pageCaption: 'Page {{page}}',
    noImages:
      'Les images des pages ne sont pas (encore) disponibles. Les points ci-dessus et le tableau ci-dessous sont néanmoins complets.',
    fieldsTitle: 'Ce que lit le logiciel du client',
    fieldsCaption: 'Les données de la facture telles que le logiciel du client les lit',
    colField: 'Champ',
    colValue: 'Valeur',
    colWhere: 'Où',
    noFields:
      "Aucun champ de facture n'a été lu : cette vérification n'a examiné que le fichier lui-même, ou le logiciel n'a trouvé aucune donnée.",
    viaText: 'couche de texte',
    viaOcr: 'image (reconnaissance de texte)',
    asPrinted: 'sur la facture : {{raw}}',
    download: 'Télécharger en JSON',
    print: 'Imprimer',
    details: 'Détails techniques',
    stagesLine: '{{name}} : {{ms}} ms',
    engine: 'Logiciel de vérification : {{name}} {{version}}',
    stagesTitle: 'Étapes et leur durée',
    findingsTechTitle: 'Remarques avec leur contrôle (identifiant, message, position en points)',
    fieldsTechTitle: 'Champs avec leur identifiant, leur valeur machine et leur cadre (points)',
    statusQueued: "En file d'attente…",
    statusRunning: 'Vérification en cours…',
    stageIntake: 'Fichier reçu',
    stageAnalyze: 'Lecture du texte',
    stageAnalyzePage: 'Lecture du texte : page {{page}} sur {{count}}',
    stageRender: 'Conversion des pages en images',
    stageOcr: 'Reconnaissance des pages',
    stageOcrPage: 'Reconnaissance de la page {{page}} sur {{count}}',
    stageFields: 'Recherche des champs',
    stageEvaluate: 'Vérification des champs',
    stageOther: 'En cours : {{stage}}',
    done: 'terminé',
  },
};

/** The texts of this module, for pages that need a few of them. */
export const reportText = (lang, key, vars) => fill(TEXT[lang][key], vars);

/** Names of the invoice fields (`engine/model/fields.ts`), in both languages. */
export const FIELD_NAMES = {
  invoiceNumber: {
    nl: 'Factuurnummer',
    en: 'Invoice number',
    de: 'Rechnungsnummer',
    fr: 'Numéro de facture',
  },
  issueDate: { nl: 'Factuurdatum', en: 'Invoice date', de: 'Rechnungsdatum', fr: 'Date de facture' },
  dueDate: { nl: 'Vervaldatum', en: 'Due date', de: 'Fälligkeitsdatum', fr: "Date d'échéance" },
  currency: { nl: 'Valuta', en: 'Currency', de: 'Währung', fr: 'Devise' },
  totalAmount: { nl: 'Totaalbedrag', en: 'Total amount', de: 'Gesamtbetrag', fr: 'Montant total' },
  payableAmount: { nl: 'Te betalen', en: 'Amount payable', de: 'Zu zahlender Betrag', fr: 'Montant à payer' },
  taxAmount: { nl: 'Btw-bedrag', en: 'VAT amount', de: 'Mehrwertsteuerbetrag', fr: 'Montant de la TVA' },
  netAmount: {
    nl: 'Bedrag zonder btw',
    en: 'Amount without VAT',
    de: 'Betrag ohne Mehrwertsteuer',
    fr: 'Montant hors TVA',
  },
  sellerName: {
    nl: 'Naam leverancier',
    en: 'Supplier name',
    de: 'Name des Lieferanten',
    fr: 'Nom du fournisseur',
  },
  sellerVatId: {
    nl: 'Btw-nummer leverancier',
    en: 'Supplier VAT id',
    de: 'USt-IdNr. des Lieferanten',
    fr: 'Numéro de TVA du fournisseur',
  },
  sellerKvk: {
    nl: 'KvK-nummer leverancier',
    en: 'Supplier KvK number',
    de: 'KvK-Nummer des Lieferanten (niederländisches Handelsregister)',
    fr: 'Numéro KvK du fournisseur (registre du commerce néerlandais)',
  },
  iban: { nl: 'IBAN', en: 'IBAN', de: 'IBAN', fr: 'IBAN' },
  buyerName: { nl: 'Naam afnemer', en: 'Buyer name', de: 'Name des Kunden', fr: 'Nom du client' },
  buyerVatId: {
    nl: 'Btw-nummer afnemer',
    en: 'Buyer VAT id',
    de: 'USt-IdNr. des Kunden',
    fr: 'Numéro de TVA du client',
  },
  buyerReference: {
    nl: 'Referentie afnemer',
    en: 'Buyer reference',
    de: 'Referenz des Kunden',
    fr: 'Référence du client',
  },
  orderReference: { nl: 'Ordernummer', en: 'Order reference', de: 'Bestellnummer', fr: 'Numéro de commande' },
};

// Findings grouped by what the supplier can do about them, by the family of their check id.
const GROUPS = [
  { id: 'invoice', families: ['fields', 'totals', 'vat', 'nl'] },
  {
    id: 'pdf',
    families: ['file', 'pdf', 'text', 'fonts', 'pages', 'content', 'einvoice', 'channels', 'delivery'],
  },
  { id: 'image', families: ['ocr', 'images', 'image'] },
  { id: 'other', families: [] },
];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

function groupOf(finding) {
  const family = finding.checkId.split('.')[0];
  return GROUPS.find((g) => g.families.includes(family))?.id ?? 'other';
}

function whereText(location, lang, pages) {
  if (!location) return '';
  const parts = [];
  if (pages && pages.length > 1) parts.push(pagesText(pages, lang));
  else if (location.page) parts.push(fill(TEXT[lang].page, { page: location.page }));
  if (location.field)
    parts.push(
      fill(TEXT[lang].field, { field: inLang(FIELD_NAMES[location.field], lang) ?? location.field }),
    );
  if (location.channel) parts.push(location.channel === 'ocr' ? TEXT[lang].viaOcr : TEXT[lang].viaText);
  return parts.join(', ');
}

/** One finding (merged: `pages` lists every page it was found on). */
function findingItem(finding, lang) {
  const t = TEXT[lang];
  const pages = finding.pages ?? [];
  const where = whereText(finding.location, lang, pages);
  const { waived } = finding;
  return el(
    'li',
    {
      className: `finding ${finding.severity}${waived ? ' waived' : ''}`,
      'data-check': finding.checkId,
      'data-pages': pages.length > 0 ? pages.join(',') : undefined,
    },
    el('p', { className: 'severity', text: waived ? t.waived : (t[finding.severity] ?? finding.severity) }),
    waived
      ? el('p', { className: 'waived-reason', text: fill(t.waivedReason, { reason: waived.reason }) })
      : null,
    waived?.until
      ? el('p', {
          className: 'waived-until',
          text: fill(t.waivedUntil, { until: formatMoment(waived.until, lang) }),
        })
      : null,
    el('p', { className: 'message', text: inLang(finding.message, lang) }),
    pages.length > 1
      ? el('p', { className: 'also-on', text: fill(t.alsoOn, { pages: pagesText(pages.slice(1), lang) }) })
      : null,
    where ? el('p', { className: 'where', text: fill(t.where, { where }) }) : null,
    finding.hint
      ? el('p', { className: 'fix' }, el('strong', { text: t.fix }), ` ${inLang(finding.hint, lang)}`)
      : null,
  );
}

function findingsSection(report, lang) {
  const t = TEXT[lang];
  const section = el('section', { className: 'findings', 'aria-labelledby': 'findings-title' });
  section.append(el('h3', { id: 'findings-title', text: t.whatToDo }));
  if (report.incomplete)
    section.append(
      el(
        'p',
        { className: 'finding warning' },
        inLang(report.incomplete.message, lang),
        report.incomplete.errorId
          ? el('span', {
              className: 'error-id',
              text: ` ${fill(t.errorId, { id: report.incomplete.errorId })}`,
            })
          : null,
      ),
    );
  if (report.findings.length === 0 && !report.incomplete) {
    section.append(el('p', { className: 'all-good', text: t.noFindings }));
    return section;
  }
  const groupIdOf = (id) => `group${id[0].toUpperCase()}${id.slice(1)}`;
  const merged = mergeFindings(report.findings);
  for (const group of GROUPS) {
    const findings = merged
      .filter((f) => groupOf(f) === group.id)
      .sort(
        (a, b) =>
          Number(Boolean(a.waived)) - Number(Boolean(b.waived)) ||
          (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3),
      );
    if (findings.length === 0) continue;
    const key = groupIdOf(group.id);
    section.append(
      el(
        'section',
        { className: 'finding-group', 'data-group': group.id, 'aria-label': t[key] },
        el('h4', { text: t[key] }),
        t[`${key}Help`] ? el('p', { className: 'help', text: t[`${key}Help`] }) : null,
        el('ul', { className: 'finding-list' }, ...findings.map((f) => findingItem(f, lang))),
      ),
    );
  }
  return section;
}

function pagesSection(report, lang, pageImageUrl) {
  const t = TEXT[lang];
  const count = Math.min(report.document?.pageCount ?? 0, 10);
  const section = el('section', { className: 'pages', 'aria-labelledby': 'pages-title' });
  section.append(el('h3', { id: 'pages-title', text: t.pagesTitle }));
  const note = el('p', { className: 'note', id: 'no-images', text: t.noImages });
  if (count === 0 || !pageImageUrl) {
    section.append(note);
    return section;
  }
  section.append(el('p', { className: 'help', text: t.pagesHelp }));
  const figures = el('div', { className: 'page-images' });
  let failed = 0;
  for (let page = 1; page <= count; page++) {
    const img = el('img', {
      src: pageImageUrl(page),
      alt: fill(t.pageAlt, { page }),
      loading: page > 1 ? 'lazy' : undefined,
      decoding: 'async',
    });
    const figure = el('figure', {}, img, el('figcaption', { text: fill(t.pageCaption, { page }) }));
    img.addEventListener('error', () => {
      figure.remove();
      failed++;
      if (failed === count) {
        section.querySelector('.help')?.remove();
        section.append(note);
      }
    });
    figures.append(figure);
  }
  section.append(figures);
  return section;
}

// A value without spaces, currency signs and case: "€ 5.079,46" and "5.079,46" print the same.
const squash = (text) =>
  String(text)
    .replace(/[\s€$£]/g, '')
    .toLowerCase();

function fieldsSection(report, lang) {
  const t = TEXT[lang];
  const section = el('section', { className: 'fields', 'aria-labelledby': 'fields-title' });
  section.append(el('h3', { id: 'fields-title', text: t.fieldsTitle }));
  const entries = Object.entries(report.fields ?? {}).filter(([, field]) => field);
  if (entries.length === 0) {
    section.append(el('p', { className: 'note', id: 'no-fields', text: t.noFields }));
    return section;
  }
  const order = Object.keys(FIELD_NAMES);
  entries.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  const rows = entries.map(([id, field]) => {
    const where = whereText({ page: field.page, channel: field.channel }, lang);
    const shown = formatFieldValue(id, field.value, report, lang);
    return el(
      'tr',
      { 'data-field': id },
      el('th', { scope: 'row', text: inLang(FIELD_NAMES[id], lang) ?? id }),
      el(
        'td',
        { 'data-label': t.colValue },
        el('span', {
          className: ID_FIELDS.has(id) ? 'value id' : 'value',
          'data-value': field.value,
          text: shown,
        }),
        field.raw && squash(field.raw) !== squash(shown) && field.raw !== field.value
          ? el('span', {
              className: ID_FIELDS.has(id) ? 'raw id' : 'raw',
              text: fill(t.asPrinted, { raw: field.raw }),
            })
          : null,
      ),
      el('td', { 'data-label': t.colWhere, text: where }),
    );
  });
  section.append(
    el(
      'div',
      { className: 'table-wrap' },
      el(
        'table',
        { className: 'fields-table' },
        el('caption', { className: 'visually-hidden', text: t.fieldsCaption }),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col', text: t.colField }),
            el('th', { scope: 'col', text: t.colValue }),
            el('th', { scope: 'col', text: t.colWhere }),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    ),
  );
  return section;
}

function actions(run, lang, downloadName) {
  const t = TEXT[lang];
  const data = JSON.stringify(run, null, 2);
  const download = el('a', {
    className: 'button secondary',
    href: URL.createObjectURL(new Blob([data], { type: 'application/json' })),
    download: downloadName ?? `proeffactuur-${run.id}.json`,
    text: t.download,
  });
  const print = el('button', { type: 'button', className: 'secondary', text: t.print });
  print.addEventListener('click', () => window.print());
  return el('div', { className: 'report-actions no-print' }, download, print);
}

/**
 * Renders a finished run's report into `container`. Options: `lang`, `buyerName`, `pageImageUrl(n)`
 * (the page image with boxes; omit when there is none), `downloadName`, `verdictText` ({title, body}:
 * the page's own banner wording, e.g. "meets the requirements; waiting for the buyer's approval").
 */
export function renderReport(container, run, options) {
  const { lang } = options;
  const t = TEXT[lang];
  const report = run.report;
  const file = run.file?.name ?? report?.document?.name ?? '';
  const pageCount = report?.document?.pageCount;
  const metaFile = [file, pageCount ? (pageCount === 1 ? t.page1 : fill(t.pages, { count: pageCount })) : '']
    .filter(Boolean)
    .join(', ');
  const banner = verdictBanner(run, lang, options.buyerName, options.verdictText, {
    file: metaFile,
    when: formatMoment(run.finishedAt ?? run.createdAt, lang),
    profile: options.profileName ?? run.profile?.id ?? '',
    version: run.profile?.version ?? '',
  });
  const parts = [banner, actions(run, lang, options.downloadName)];
  if (report) {
    parts.push(findingsSection(report, lang));
    parts.push(pagesSection(report, lang, options.pageImageUrl));
    parts.push(fieldsSection(report, lang));
    parts.push(technicalDetails(report, lang));
  }
  container.replaceChildren(...parts);
}

const boxText = (box) =>
  box ? `x ${round1(box.x)}, y ${round1(box.y)}, ${round1(box.w)} × ${round1(box.h)} pt` : '';
const round1 = (n) => String(Math.round(n * 10) / 10);

/** The appendix for the technically minded: check ids, message ids, boxes, machine values, stage times. */
function technicalDetails(report, lang) {
  const t = TEXT[lang];
  const findingLines = (report.findings ?? []).map((f) =>
    el(
      'li',
      {},
      el('code', { text: f.checkId }),
      ` · ${f.messageId}`,
      f.location?.page ? ` · p. ${f.location.page}` : '',
      f.location?.box ? ` · ${boxText(f.location.box)}` : '',
      f.location?.field ? ` · ${f.location.field}` : '',
    ),
  );
  const fieldLines = Object.entries(report.fields ?? {})
    .filter(([, field]) => field)
    .map(([id, field]) =>
      el('li', {}, el('code', { text: id }), ` = ${field.value} · p. ${field.page} · ${boxText(field.box)}`),
    );
  return el(
    'details',
    { className: 'technical' },
    el('summary', { text: t.details }),
    findingLines.length > 0 ? el('h4', { text: t.findingsTechTitle }) : null,
    findingLines.length > 0 ? el('ul', { className: 'tech-findings' }, ...findingLines) : null,
    fieldLines.length > 0 ? el('h4', { text: t.fieldsTechTitle }) : null,
    fieldLines.length > 0 ? el('ul', { className: 'tech-fields' }, ...fieldLines) : null,
    el('h4', { text: t.stagesTitle }),
    el(
      'ul',
      { className: 'tech-stages' },
      ...(report.stages ?? []).map((s) =>
        el('li', { text: fill(t.stagesLine, { name: s.name, ms: s.skipped ? '–' : Math.round(s.ms) }) }),
      ),
      el('li', { text: fill(t.engine, { name: report.engine?.name, version: report.engine?.version }) }),
    ),
  );
}

/** The label of a progress event ({ stage, page?, pageCount? }). */
export function stageLabel(event, lang) {
  const t = TEXT[lang];
  const vars = { page: event.page, count: event.pageCount ?? '?', stage: event.stage };
  switch (event.stage) {
    case 'intake':
      return t.stageIntake;
    case 'analyze':
      return event.page ? fill(t.stageAnalyzePage, vars) : t.stageAnalyze;
    case 'render':
      return t.stageRender;
    case 'ocr':
      return event.page ? fill(t.stageOcrPage, vars) : t.stageOcr;
    case 'fields':
      return t.stageFields;
    case 'evaluate':
      return t.stageEvaluate;
    case 'queued':
      return t.statusQueued;
    case 'running':
      return t.statusRunning;
    default:
      return fill(t.stageOther, vars);
  }
}

/**
 * Shows a run's stages as they happen in the list `list` (one item per stage; page events update the
 * item of their stage), the current one also in the live region `status`.
 */
export function stageList(list, status, lang) {
  const items = new Map();
  let last;
  return {
    show(event) {
      const label = stageLabel(event, lang());
      let item = items.get(event.stage);
      if (!item) {
        if (last) last.classList.add('done');
        item = el('li', { 'data-stage': event.stage });
        items.set(event.stage, item);
        list.append(item);
      }
      item.textContent = label;
      last = item;
      status.textContent = label;
    },
    /** Marks the run done; stages it ran that were not seen live (a quick run) are listed from the report. */
    finish(report) {
      const ran = (report?.stages ?? []).filter((stage) => !stage.skipped);
      if (ran.length > 0) {
        const ordered = ran.map(
          (stage) =>
            items.get(stage.name) ??
            el('li', { 'data-stage': stage.name, text: stageLabel({ stage: stage.name }, lang()) }),
        );
        list.replaceChildren(...ordered);
      }
      for (const item of list.children) item.classList.add('done');
      status.textContent = '';
    },
    clear() {
      items.clear();
      last = undefined;
      list.replaceChildren();
      status.textContent = '';
    },
  };
}

/**
 * Follows a run until it finishes: Server-Sent Events from `eventsUrl` (`status`, `progress`,
 * `finished`); should the stream fail, asks `runUrl?wait=30` until the run is final. Resolves with
 * the finished run.
 */
export function followRun({ eventsUrl, runUrl, onProgress }) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (run) => {
      if (done) return;
      done = true;
      resolve(run);
    };
    const poll = async () => {
      try {
        for (;;) {
          const res = await fetch(`${runUrl}?wait=30`, { headers: { Accept: 'application/json' } });
          if (!res.ok) throw new Error(String(res.status));
          const run = await res.json();
          if (run.status !== 'queued' && run.status !== 'running') return finish(run);
          if (run.progress) onProgress(run.progress);
        }
      } catch (error) {
        if (!done) reject(error);
      }
    };
    if (typeof EventSource === 'undefined') return void poll();
    const source = new EventSource(eventsUrl);
    source.addEventListener('status', (e) => {
      const data = JSON.parse(e.data);
      onProgress(data.progress ?? { stage: data.status });
    });
    source.addEventListener('progress', (e) => onProgress(JSON.parse(e.data)));
    source.addEventListener('finished', (e) => {
      source.close();
      finish(JSON.parse(e.data));
    });
    source.addEventListener('error', () => {
      if (done) return;
      source.close();
      poll();
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// The verdict banner: the verdict, its headline worded by the kind of its errors (cannot be read / data
// wrong or missing / will not arrive), and "41 van 42 controles geslaagd" with the passed checks folded
// away. The headlines mirror `verdict.*` in engine/i18n (nl.ts, en.ts; test/public/banner.test.ts
// compares them with `verdictHeadline`).
// ---------------------------------------------------------------------------------------------------

const HEADLINE = {
  nl: {
    accepted: 'De software van {{buyer}} kan deze factuur lezen en verwerken.',
    rejected: 'De software van {{buyer}} kan deze factuur zo niet verwerken.',
    unreadable: 'De software van {{buyer}} kan deze factuur niet goed lezen.',
    data: 'De software van {{buyer}} kan deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet.',
    delivery: 'Deze factuur komt zo niet aan bij {{buyer}}.',
    alsoData: 'Ook ontbreken er gegevens of kloppen er gegevens niet.',
    alsoDelivery: 'Ook komt de factuur zo niet aan.',
    undetermined:
      'De controle kon niet worden afgemaakt, dus het is nog niet bekend of de software van {{buyer}} deze factuur kan lezen.',
    theBuyer: 'de afnemer',
    nextRejected: 'Hieronder staat per punt wat u kunt doen. Daarna kunt u het opnieuw proberen.',
    nextUndetermined: 'Dat ligt niet aan u. Probeer het over een paar minuten opnieuw.',
    checksPassed: '{{passed}} van {{run}} controles geslaagd',
  },
  en: {
    accepted: "{{buyer}}'s software can read and process this invoice.",
    rejected: "{{buyer}}'s software cannot process this invoice as it is.",
    unreadable: "{{buyer}}'s software cannot read this invoice properly.",
    data: "{{buyer}}'s software can read this invoice, but some details are missing or incorrect.",
    delivery: 'This invoice will not reach {{buyer}} as it is.',
    alsoData: 'Also, some details are missing or incorrect.',
    alsoDelivery: 'Also, the invoice will not arrive as it is.',
    undetermined:
      "The check could not be finished, so it is not yet known whether {{buyer}}'s software can read this invoice.",
    theBuyer: 'the buyer',
    nextRejected: 'Below, each point says what you can do. Then try again.',
    nextUndetermined: 'This is not your fault. Please try again in a few minutes.',
    checksPassed: '{{passed}} of {{run}} checks passed',
  },
  de: {
    accepted: 'Die Software von {{buyer}} kann diese Rechnung lesen und verarbeiten.',
    rejected: 'Die Software von {{buyer}} kann diese Rechnung so nicht verarbeiten.',
    unreadable: 'Die Software von {{buyer}} kann diese Rechnung nicht richtig lesen.',
    data: 'Die Software von {{buyer}} kann diese Rechnung lesen, aber Angaben fehlen oder stimmen nicht.',
    delivery: 'Diese Rechnung kommt so nicht bei {{buyer}} an.',
    alsoData: 'Außerdem fehlen Angaben oder stimmen nicht.',
    alsoDelivery: 'Außerdem kommt die Rechnung so nicht an.',
    undetermined:
      'Die Prüfung konnte nicht abgeschlossen werden, daher ist noch nicht bekannt, ob die Software von {{buyer}} diese Rechnung lesen kann.',
    theBuyer: 'Ihrem Kunden',
    nextRejected: 'Unten steht zu jedem Punkt, was Sie tun können. Danach können Sie es erneut versuchen.',
    nextUndetermined: 'Das liegt nicht an Ihnen. Bitte versuchen Sie es in ein paar Minuten erneut.',
    checksPassed: '{{passed}} von {{run}} Prüfungen bestanden',
  },
  fr: {
    accepted: 'Le logiciel de {{buyer}} peut lire et traiter cette facture.',
    rejected: 'Le logiciel de {{buyer}} ne peut pas traiter cette facture en l’état.',
    unreadable: 'Le logiciel de {{buyer}} ne peut pas lire correctement cette facture.',
    data: 'Le logiciel de {{buyer}} peut lire cette facture, mais des données manquent ou sont incorrectes.',
    delivery: 'Cette facture ne parviendra pas à {{buyer}} en l’état.',
    alsoData: 'De plus, des données manquent ou sont incorrectes.',
    alsoDelivery: 'De plus, la facture ne parviendra pas à destination en l’état.',
    undetermined:
      "La vérification n'a pas pu être terminée : on ne sait donc pas encore si le logiciel de {{buyer}} peut lire cette facture.",
    theBuyer: 'votre client',
    nextRejected:
      'Ci-dessous, chaque point indique ce que vous pouvez faire. Vous pourrez ensuite réessayer.',
    nextUndetermined: "Ce n'est pas de votre faute. Veuillez réessayer dans quelques minutes.",
    checksPassed: '{{passed}} contrôles réussis sur {{run}}',
  },
};

const ALSO = { data: 'alsoData', delivery: 'alsoDelivery' };

/**
 * The verdict's headline, worded by the kinds of its errors (`report.reason`, in priority order), as
 * `verdictHeadline` in engine/i18n/headline.ts words it.
 */
export function verdictHeadline(report, lang, buyerName) {
  const h = HEADLINE[lang];
  const buyer = buyerName?.trim() || h.theBuyer;
  const say = (key) => {
    const text = fill(h[key], { buyer }).replace(/(?<!\.)\.\.(?!\.)/g, '.');
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  };
  if (report.verdict === 'accepted') return say('accepted');
  if (report.verdict === 'undetermined') return say('undetermined');
  const [first, ...others] = report.reason ?? [];
  if (!first || !h[first]) return say('rejected');
  return [say(first), ...others.filter((kind) => ALSO[kind]).map((kind) => say(ALSO[kind]))].join(' ');
}

/** Titles of the checks by id, fetched once (GET /api/checks) when a passed-checks list is first opened. */
let checkTitles;
function loadCheckTitles() {
  checkTitles ??= fetch('/api/checks')
    .then((res) => (res.ok ? res.json() : { checks: [] }))
    .then((body) => new Map((body.checks ?? []).map((check) => [check.id, check.title])))
    .catch(() => new Map());
  return checkTitles;
}

/** "41 van 42 controles geslaagd", folded open to the list of passed checks; null without a summary. */
function passedChecks(checks, lang) {
  if (!checks) return null;
  const items = checks.passedIds.map((id) => el('li', { 'data-check': id, text: id }));
  const details = el(
    'details',
    { className: 'checks-passed' },
    el('summary', { text: fill(HEADLINE[lang].checksPassed, { passed: checks.passed, run: checks.run }) }),
    el('ul', {}, ...items),
  );
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    const titles = await loadCheckTitles();
    for (const item of items) {
      const title = inLang(titles.get(item.dataset.check), lang);
      if (title) item.textContent = title;
    }
  });
  return details;
}

/** The verdict banner of a run: verdict, headline, what to do next, meta line, the checks passed. */
function verdictBanner(run, lang, buyerName, verdictText, meta) {
  const t = TEXT[lang];
  const report = run.report;
  const verdict = run.verdict ?? report?.verdict ?? 'undetermined';
  const headline = verdictHeadline({ verdict, reason: report?.reason }, lang, buyerName);
  const next =
    verdict === 'rejected'
      ? HEADLINE[lang].nextRejected
      : verdict === 'undetermined'
        ? HEADLINE[lang].nextUndetermined
        : '';
  return el(
    'div',
    { className: `banner banner-${verdict}`, id: 'verdict', 'data-verdict': verdict, tabindex: '-1' },
    el('h2', { text: verdictText?.title ?? t[verdict] }),
    el('p', { className: 'headline', text: verdictText?.body ?? headline }),
    next && el('p', { text: next }),
    el('p', { className: 'meta', text: fill(t.meta, meta) }),
    passedChecks(report?.checks, lang),
  );
}
