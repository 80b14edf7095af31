/**
 * mail.other-attachments — what rides along with the invoice PDF must be what the buyer's mailbox
 * takes (`mail.otherAttachments`: `none`, or the kinds allowed). Extra files are read as invoices or
 * make the message fail. A forwarded message (`message/rfc822`) is never opened, and more parts than
 * the reader's limit are reported whatever the profile says. Source: capture mailbox rules.
 */
import { defineCheck } from '../engine/check.js';
import type { MailPartKind } from '../engine/model/mail.js';
import type { OtherAttachmentType } from '../engine/model/profile.js';

/** The setting's kinds, by what a part's bytes say it is. */
const TYPE_OF: Partial<Record<MailPartKind, OtherAttachmentType>> = {
  xml: 'xml',
  'ubl-xml': 'xml',
  'cii-xml': 'xml',
  png: 'image',
  jpeg: 'image',
  gif: 'image',
  tiff: 'image',
  pdf: 'pdf',
  text: 'text',
  html: 'html',
  zip: 'office',
};

/** Kinds other checks speak about (archives, TNEF, inline images). */
const OWN_CHECK: ReadonlySet<MailPartKind> = new Set(['rar', '7z', 'gzip', 'tnef']);

/** Most parts the mail reader takes (`engine/adapters/mail.ts`). */
const MAX_PARTS = 20;

export default defineCheck({
  id: 'mail.other-attachments',
  scope: 'mail',
  title: {
    en: 'No other attachments than allowed',
    nl: 'Geen andere bijlagen dan toegestaan',
    de: 'Keine anderen als die zulässigen Anhänge',
    fr: 'Pas d’autres pièces jointes que celles autorisées',
  },
  docs: 'attachments besides the invoice PDF are of a kind `mail.otherAttachments` allows (`none` or a list of `xml`, `image`, `pdf`, `text`, `html`, `office`; unset: not judged); a forwarded e-mail as attachment and more than 20 parts are always reported',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const mail = doc.mail;
    if (!mail) return [];
    const out = [];
    if (mail.omittedAttachments > 0)
      out.push(
        finding('mail.other-attachments.too-many', {
          data: { count: mail.attachments.length + mail.omittedAttachments, max: MAX_PARTS },
        }),
      );
    const rule = profile.mail?.otherAttachments;
    for (const part of mail.attachments) {
      const name = part.name ?? part.contentType;
      if (part.kind === 'email' || part.contentType === 'message/rfc822') {
        out.push(finding('mail.other-attachments.forwarded', { data: { name } }));
        continue;
      }
      if (rule === undefined || part.role !== 'other' || OWN_CHECK.has(part.kind)) continue;
      if (part.kind === 'zip' && /\.zip$/i.test(part.name ?? '')) continue; // an archive: mail.archive-attachment
      const type = TYPE_OF[part.kind];
      if (rule !== 'none' && type !== undefined && rule.includes(type)) continue;
      const allowed =
        rule === 'none' || rule.length === 0
          ? { en: 'nothing', nl: 'niets', de: 'nichts', fr: 'rien' }
          : rule.join(', ');
      out.push(
        finding('mail.other-attachments.not-allowed', {
          data: { name, kind: part.kind },
          vars: { name, kind: part.kind, allowed },
        }),
      );
    }
    return out;
  },
});
