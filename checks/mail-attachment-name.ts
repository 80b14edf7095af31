/**
 * mail.attachment-name — the invoice PDF's file name must be one the buyer's software takes: a name
 * ending in `.pdf`, within `mail.fileName` (allowed characters, length, pattern), and the content must
 * be what the name and declared type say (a "PDF" that is an image is not read). Unset rules: only
 * characters that mail and file systems mangle are refused, and names over 200 characters.
 * Source: RFC 2183 (filename), Windows file naming rules, capture mailbox rules.
 */
import { defineCheck } from '../engine/check.js';

/** Characters mail gateways and file systems refuse or change, and control characters. */
const UNSAFE = new RegExp(
  `[\\\\/:*?"<>|#%&{}~${String.fromCharCode(0)}-${String.fromCharCode(0x1f, 0x7f)}]`,
  'gu',
);
export const DEFAULT_MAX_LENGTH = 200;

export default defineCheck({
  id: 'mail.attachment-name',
  scope: 'mail',
  title: {
    en: 'The PDF has an accepted file name',
    nl: 'De PDF heeft een geaccepteerde bestandsnaam',
    de: 'Die PDF hat einen zulässigen Dateinamen',
    fr: 'Le PDF a un nom de fichier accepté',
  },
  docs: 'each PDF attachment has a name ending in `.pdf` that keeps to `mail.fileName` (`allowedCharacters`, `maxLength`, `pattern`; unset: no `\\ / : * ? " < > | # % & { } ~` or control characters, at most 200 characters); an attachment named or declared PDF whose content is not a PDF is reported',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    if (!doc.mail) return [];
    const rules = profile.mail?.fileName;
    const out = [];
    for (const part of doc.mail.attachments) {
      const name = part.name;
      const claimsPdf = /\.pdf$/i.test(name ?? '') || part.contentType === 'application/pdf';
      if (part.role !== 'invoice') {
        if (claimsPdf && part.kind !== 'pdf')
          out.push(
            finding('mail.attachment-name.not-a-pdf', { data: { name: name ?? '', kind: part.kind } }),
          );
        continue;
      }
      if (name === undefined || name.trim() === '') {
        out.push(finding('mail.attachment-name.missing'));
        continue;
      }
      if (!/\.pdf$/i.test(name))
        out.push(
          finding('mail.attachment-name.not-pdf-name', { data: { name, contentType: part.contentType } }),
        );
      const bad = rules?.allowedCharacters
        ? name.match(new RegExp(`[^${rules.allowedCharacters}]`, 'gu'))
        : name.match(UNSAFE);
      if (bad) {
        const characters = [...new Set(bad)].map((c) => (c === ' ' ? '␠' : c)).join(' ');
        out.push(finding('mail.attachment-name.characters', { data: { name, characters } }));
      }
      const max = rules?.maxLength ?? DEFAULT_MAX_LENGTH;
      if ([...name].length > max)
        out.push(finding('mail.attachment-name.too-long', { data: { name, length: [...name].length, max } }));
      if (rules?.pattern && !new RegExp(rules.pattern, 'u').test(name))
        out.push(finding('mail.attachment-name.pattern', { data: { name, pattern: rules.pattern } }));
    }
    return out;
  },
});
