/**
 * pdf.encrypted — a PDF that needs a password to open cannot be read by any capture software.
 * (Owner-password restrictions without a user password are `pdf.permissions`' concern.)
 * Source: PDF 2.0 (ISO 32000-2) §7.6 encryption.
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'pdf.encrypted',
  title: {
    en: 'The PDF opens without a password',
    nl: 'De PDF opent zonder wachtwoord',
    de: 'Die PDF öffnet sich ohne Passwort',
    fr: 'Le PDF s’ouvre sans mot de passe',
  },
  docs: 'the PDF opens without a password',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    if (doc.unreadable?.reason !== 'password_required') return [];
    return [finding('pdf.encrypted.user-password')];
  },
});
