/**
 * mail.no-attachment — a message must carry the invoice as a PDF attachment. Capture mailboxes read
 * attachments only: an invoice typed into the body, or a message without any PDF, books nothing. An
 * archive or `winmail.dat` without a PDF beside it is left to `mail.archive-attachment` and
 * `mail.tnef`. Source: capture mailbox rules ("PDF attachments only").
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'mail.no-attachment',
  scope: 'mail',
  title: {
    en: 'The invoice is attached as a PDF',
    nl: 'De factuur is als PDF bijgevoegd',
    de: 'Die Rechnung ist als PDF angehängt',
    fr: 'La facture est jointe en PDF',
  },
  docs: 'an e-mail carries at least one PDF attachment; says when the invoice seems to be in the body, or when the message could not be read as MIME',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    const mail = doc.mail;
    if (!mail) return [];
    if (mail.unreadable) {
      const reason =
        mail.unreadable === 'header-too-large'
          ? {
              en: 'its header is too large',
              nl: 'de kop is te groot',
              de: 'ihr Kopf ist zu groß',
              fr: 'son en-tête est trop grand',
            }
          : {
              en: 'its structure is damaged',
              nl: 'de opbouw is beschadigd',
              de: 'ihr Aufbau ist beschädigt',
              fr: 'sa structure est endommagée',
            };
      return [
        finding('mail.no-attachment.unreadable', { data: { reason: mail.unreadable }, vars: { reason } }),
      ];
    }
    if (mail.attachments.some((part) => part.role === 'invoice')) return [];
    if (mail.attachments.some((part) => ['zip', 'rar', '7z', 'gzip', 'tnef'].includes(part.kind))) return [];
    return [
      mail.bodyLooksLikeInvoice
        ? finding('mail.no-attachment.body-invoice')
        : finding('mail.no-attachment.none'),
    ];
  },
});
