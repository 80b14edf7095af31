// The report of an e-mail run (a sample sent to the test mailbox or uploaded as .eml): the message
// first (its size against the mailbox limit, its attachments and which one is taken as the invoice),
// then the report of each PDF attachment, each checked on its own. Used by the supplier's page and
// the buyer's run page.
import { el, fill, formatBytes, renderReport } from './report.js';

const TEXT = {
  nl: {
    messageTitle: 'Uw e-mail',
    from: 'Van: {{from}}',
    subject: 'Onderwerp: {{subject}}',
    size: 'De e-mail is {{size}}, zoals mailservers hem tellen (bijlagen gecodeerd).',
    sizeLimit: 'De e-mail is {{size}} van de {{limit}} die de mailbox van de afnemer per bericht aanneemt.',
    sizeLabel: 'Grootte van de e-mail ten opzichte van de limiet',
    attachmentsTitle: 'Bijlagen',
    noAttachments: 'Deze e-mail heeft geen bijlagen.',
    omitted: 'en nog {{count}} bijlagen die niet gelezen zijn.',
    roleInvoice: 'wordt gelezen als de factuur',
    roleInvoiceAgain: 'wordt óók gelezen als factuur',
    roleInline: 'afbeelding in de tekst: genegeerd',
    roleOther: 'wordt niet als factuur gelezen',
    pdfTitle: 'PDF {{n}}: {{name}}',
    pdfPending: 'Deze PDF wordt nog gecontroleerd…',
    noPdf: 'Er zat geen PDF in deze e-mail, dus er is geen factuur gecontroleerd.',
  },
  en: {
    messageTitle: 'Your e-mail',
    from: 'From: {{from}}',
    subject: 'Subject: {{subject}}',
    size: 'The e-mail is {{size}}, as mail servers count it (attachments encoded).',
    sizeLimit: "The e-mail is {{size}} of the {{limit}} the buyer's mailbox accepts per message.",
    sizeLabel: 'Size of the e-mail against the limit',
    attachmentsTitle: 'Attachments',
    noAttachments: 'This e-mail has no attachments.',
    omitted: 'and {{count}} more attachments that were not read.',
    roleInvoice: 'is read as the invoice',
    roleInvoiceAgain: 'is also read as an invoice',
    roleInline: 'image in the text: ignored',
    roleOther: 'is not read as an invoice',
    pdfTitle: 'PDF {{n}}: {{name}}',
    pdfPending: 'This PDF is still being checked…',
    noPdf: 'There was no PDF in this e-mail, so no invoice was checked.',
  },
  de: {
    messageTitle: 'Ihre E-Mail',
    from: 'Von: {{from}}',
    subject: 'Betreff: {{subject}}',
    size: 'Die E-Mail ist {{size}} groß, so wie Mailserver sie zählen (Anhänge codiert).',
    sizeLimit:
      'Die E-Mail ist {{size}} groß, von den {{limit}}, die das Postfach des Kunden pro Nachricht annimmt.',
    sizeLabel: 'Größe der E-Mail im Vergleich zur Grenze',
    attachmentsTitle: 'Anhänge',
    noAttachments: 'Diese E-Mail hat keine Anhänge.',
    omitted: 'und {{count}} weitere Anhänge, die nicht gelesen wurden.',
    roleInvoice: 'wird als Rechnung gelesen',
    roleInvoiceAgain: 'wird ebenfalls als Rechnung gelesen',
    roleInline: 'Bild im Text: ignoriert',
    roleOther: 'wird nicht als Rechnung gelesen',
    pdfTitle: 'PDF {{n}}: {{name}}',
    pdfPending: 'Diese PDF wird noch geprüft…',
    noPdf: 'Diese E-Mail enthielt keine PDF, daher wurde keine Rechnung geprüft.',
  },
  fr: {
    messageTitle: 'Votre e-mail',
    from: 'De : {{from}}',
    subject: 'Objet : {{subject}}',
    size: "L'e-mail fait {{size}}, tel que les serveurs de messagerie le comptent (pièces jointes encodées).",
    sizeLimit:
      "L'e-mail fait {{size}} sur les {{limit}} que la boîte aux lettres du client accepte par message.",
    sizeLabel: "Taille de l'e-mail par rapport à la limite",
    attachmentsTitle: 'Pièces jointes',
    noAttachments: "Cet e-mail n'a pas de pièces jointes.",
    omitted: "et {{count}} autres pièces jointes qui n'ont pas été lues.",
    roleInvoice: 'est lue comme la facture',
    roleInvoiceAgain: 'est aussi lue comme une facture',
    roleInline: 'image dans le texte : ignorée',
    roleOther: "n'est pas lue comme une facture",
    pdfTitle: 'PDF {{n}} : {{name}}',
    pdfPending: 'Ce PDF est encore en cours de vérification…',
    noPdf: "Cet e-mail ne contenait pas de PDF, donc aucune facture n'a été vérifiée.",
  },
};

/** The mailbox limit: from the size finding when there is one, else the page's own knowledge. */
function limitOf(report, fallback) {
  const finding = (report?.findings ?? []).find((f) => f.checkId === 'mail.size');
  return finding?.data?.limitBytes ?? fallback;
}

/** The message: sender, subject, size bar against the limit, attachments with their role. */
export function mailSection(report, options) {
  const { lang } = options;
  const t = TEXT[lang];
  const mail = report.document.mail;
  const limit = limitOf(report, options.limitBytes);
  const size = formatBytes(mail.encodedBytes, lang);
  const parts = [el('h2', { text: t.messageTitle })];
  if (mail.from) parts.push(el('p', { className: 'meta', text: fill(t.from, { from: mail.from }) }));
  if (mail.subject)
    parts.push(el('p', { className: 'meta', text: fill(t.subject, { subject: mail.subject }) }));
  if (limit) {
    parts.push(
      el('p', { text: fill(t.sizeLimit, { size, limit: formatBytes(limit, lang) }) }),
      el('meter', {
        id: 'mail-size',
        className: 'mail-size',
        min: 0,
        max: limit,
        high: limit * 0.9,
        value: Math.min(mail.encodedBytes, limit),
        'aria-label': t.sizeLabel,
        'data-over': mail.encodedBytes > limit ? 'true' : 'false',
      }),
    );
  } else {
    parts.push(el('p', { text: fill(t.size, { size }) }));
  }
  parts.push(el('h3', { text: t.attachmentsTitle }));
  if (mail.attachments.length === 0) parts.push(el('p', { text: t.noAttachments }));
  else {
    let invoices = 0;
    const items = mail.attachments.map((a) => {
      const role =
        a.role === 'invoice'
          ? invoices++ === 0
            ? t.roleInvoice
            : t.roleInvoiceAgain
          : a.role === 'inline-image'
            ? t.roleInline
            : t.roleOther;
      return el(
        'li',
        { 'data-role': a.role, className: a.role === 'invoice' ? 'mail-invoice' : '' },
        el('strong', { text: a.name ?? a.contentType }),
        ` (${a.kind.toUpperCase()}, ${formatBytes(a.bytes, lang)}): ${role}`,
      );
    });
    if (mail.omittedAttachments > 0)
      items.push(el('li', { text: fill(t.omitted, { count: mail.omittedAttachments }) }));
    parts.push(el('ul', { id: 'mail-attachments', className: 'mail-attachments' }, ...items));
  }
  return el('section', { className: 'panel mail-message', id: 'mail-message' }, ...parts);
}

/**
 * Renders an e-mail run: the message's verdict and findings with the message above them, then one
 * report per PDF (`children`: the child runs as the API gives them, in message order).
 */
export function renderMailRun(container, run, children, options) {
  const { lang } = options;
  const t = TEXT[lang];
  const head = el('div', { className: 'mail-run' });
  renderReport(head, run, options);
  if (run.report?.document?.mail) {
    const banner = head.querySelector('#verdict');
    const section = mailSection(run.report, options);
    if (banner?.nextSibling) head.insertBefore(section, banner.nextSibling.nextSibling);
    else head.append(section);
  }
  const parts = [head];
  if (children.length === 0 && run.report) parts.push(el('p', { className: 'hint-box', text: t.noPdf }));
  children.forEach((child, i) => {
    const section = el('section', { className: 'mail-pdf', 'data-run': child.id });
    section.append(el('h2', { text: fill(t.pdfTitle, { n: i + 1, name: child.file?.name ?? '' }) }));
    const body = el('div', { className: 'report' });
    if (child.report) {
      renderReport(body, child, {
        ...options,
        pageImageUrl: options.pageImageUrlOf ? (n) => options.pageImageUrlOf(child.id, n) : undefined,
        downloadName: `proeffactuur-${child.id}.json`,
      });
      // Ids must stay unique on the page: the message's banner keeps `verdict`.
      for (const node of body.querySelectorAll('[id]')) node.id = `${node.id}-${child.id}`;
    } else body.append(el('p', { text: t.pdfPending }));
    section.append(body);
    parts.push(section);
  });
  container.replaceChildren(...parts);
}
