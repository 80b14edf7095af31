/**
 * mail.inline-image — images in the body (a logo or signature referenced by `cid:`) are ignored by
 * capture mailboxes, not taken for invoices: said as information. An image attached as a separate
 * file, though, may be read as an invoice (or a second one): a warning. Source: capture mailbox rules.
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'mail.inline-image',
  scope: 'mail',
  title: {
    en: 'Logos and signatures stay in the body',
    nl: 'Logo’s en handtekeningen blijven in de tekst',
    de: 'Logos und Signaturen bleiben im Text der E-Mail',
    fr: 'Les logos et signatures restent dans le corps du message',
  },
  docs: 'images shown in the body (logos, signatures) are listed as ignored (info); an image attached as a separate file is a warning: it may be taken for an invoice',
  defaultSeverity: 'warning',
  params: {},
  run(doc, { finding }) {
    if (!doc.mail) return [];
    const inline = doc.mail.attachments.filter((part) => part.role === 'inline-image');
    const out = [];
    if (inline.length > 0)
      out.push(
        finding('mail.inline-image.ignored', {
          severity: 'info',
          data: {
            count: inline.length,
            names: inline.map((part) => part.name ?? part.contentType).join(', '),
          },
        }),
      );
    for (const part of doc.mail.attachments)
      if (part.role === 'other' && ['png', 'jpeg', 'gif', 'tiff'].includes(part.kind))
        out.push(finding('mail.inline-image.attached', { data: { name: part.name ?? part.contentType } }));
    return out;
  },
});
