/**
 * mail.archive-attachment — the invoice must not arrive packed in an archive (ZIP, RAR, 7-Zip, gzip).
 * Capture mailboxes do not unpack archives, so the invoice inside is never read. An office document
 * (also ZIP inside) counts only when its name says it is an archive. Source: capture mailbox rules.
 */
import { defineCheck } from '../engine/check.js';

const ARCHIVE_KINDS = new Set(['rar', '7z', 'gzip']);

export default defineCheck({
  id: 'mail.archive-attachment',
  scope: 'mail',
  title: {
    en: 'No zipped invoices',
    nl: 'Geen ingepakte facturen',
    de: 'Keine gezippten Rechnungen',
    fr: 'Pas de factures compressées',
  },
  docs: 'no attachment is an archive (ZIP by name or type, RAR, 7-Zip, gzip by content)',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    if (!doc.mail) return [];
    return doc.mail.attachments
      .filter(
        (part) =>
          ARCHIVE_KINDS.has(part.kind) ||
          (part.kind === 'zip' &&
            (/\.zip$/i.test(part.name ?? '') || /zip/.test(part.contentType) || part.name === undefined)),
      )
      .map((part) =>
        finding('mail.archive-attachment.found', {
          data: { name: part.name ?? part.contentType, kind: part.kind.toUpperCase() },
        }),
      );
  },
});
