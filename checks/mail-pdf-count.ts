/**
 * mail.pdf-count — one invoice PDF per message, unless the buyer takes several (`mail.pdfsPerMessage`).
 * Capture mailboxes read every PDF attachment as an invoice: terms and conditions sent along become a
 * second "invoice", or the message is refused. Source: Basware, Tungsten/Kofax and Exact capture
 * mailbox rules ("one invoice per PDF, one PDF per e-mail").
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'mail.pdf-count',
  scope: 'mail',
  title: {
    en: 'One invoice PDF per e-mail',
    nl: 'Eén factuur-PDF per e-mail',
    de: 'Eine Rechnungs-PDF pro E-Mail',
    fr: 'Un PDF de facture par e-mail',
  },
  docs: 'an e-mail holds at most one PDF attachment when `mail.pdfsPerMessage` is `one` (the default); a message without a PDF is `mail.no-attachment`',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    if (!doc.mail || (profile.mail?.pdfsPerMessage ?? 'one') === 'many') return [];
    const pdfs = doc.mail.attachments.filter((part) => part.role === 'invoice');
    if (pdfs.length <= 1) return [];
    const names = pdfs.map((part) => part.name ?? '(?)');
    return [finding('mail.pdf-count.too-many', { data: { count: pdfs.length, names: names.join(', ') } })];
  },
});
