/**
 * mail.tnef — no `winmail.dat`. Outlook sending in "Rich Text" wraps attachments in TNEF
 * (`application/ms-tnef`), which no other mail software opens: the buyer's mailbox sees a
 * `winmail.dat` and no invoice. The fix is an Outlook setting (HTML or plain text).
 * Source: Microsoft, "How e-mail message formats affect Internet e-mail messages in Outlook".
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'mail.tnef',
  scope: 'mail',
  title: {
    en: 'No winmail.dat (Outlook Rich Text)',
    nl: 'Geen winmail.dat (Outlook Rich Text)',
    de: 'Kein winmail.dat (Outlook-Rich-Text)',
    fr: 'Pas de winmail.dat (texte enrichi Outlook)',
  },
  docs: 'no attachment is Outlook’s TNEF (`winmail.dat`, `application/ms-tnef`, or TNEF bytes); the fix explains how to switch Outlook to HTML or plain text',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    if (!doc.mail) return [];
    return doc.mail.attachments
      .filter(
        (part) =>
          part.kind === 'tnef' ||
          part.contentType === 'application/ms-tnef' ||
          part.contentType === 'application/vnd.ms-tnef' ||
          /^winmail\.dat$/i.test(part.name ?? ''),
      )
      .map((part) => finding('mail.tnef.found', { data: { name: part.name ?? 'winmail.dat' } }));
  },
});
