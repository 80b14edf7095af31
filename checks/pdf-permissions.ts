/**
 * pdf.permissions — an owner password must not keep the buyer's software from reading the invoice: readers
 * that honour the restrictions refuse to extract text (pdf.js opens such files silently, so `/P` is read from
 * the encryption dictionary). Source: ISO 32000-2 §7.6.4, Table 22. Profile: `file.restrictionsAllowed`.
 */
import { defineCheck } from '../engine/check.js';
import { joinLocalized, localize, type MessageId } from '../engine/i18n/catalogue.js';
import type { PdfPermissions } from '../engine/model/document.js';
import { ruleSeverity } from '../engine/severity.js';

/** The rights whose absence matters to the buyer, in the order they are listed. */
const RIGHTS: readonly (keyof PdfPermissions)[] = [
  'copy',
  'extractForAccessibility',
  'print',
  'printHighQuality',
  'modify',
  'assemble',
  'annotate',
  'fillForms',
];

export default defineCheck({
  id: 'pdf.permissions',
  title: {
    en: 'No owner-password restrictions',
    nl: 'Geen beperkingen met een eigenaarswachtwoord',
    de: 'Keine Beschränkungen durch ein Besitzerpasswort',
    fr: 'Pas de restrictions par mot de passe propriétaire',
  },
  docs: 'no owner password restricting copying or printing (read from the encryption dictionary); `file.restrictionsAllowed: false` rejects any encryption, `true` allows it; unset: a warning',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const encryption = doc.pdf?.encryption;
    const allowed = profile.file?.restrictionsAllowed;
    if (!encryption?.encrypted || allowed === true) return [];
    const severity = ruleSeverity(profile, 'pdf.permissions', allowed === false);
    const denied = RIGHTS.filter((right) => encryption.permissions?.[right] === false);
    if (denied.length > 0) {
      return [
        finding('pdf.permissions.restricted', {
          data: {
            denied: denied.join(', '),
            ...(encryption.algorithm && { algorithm: encryption.algorithm }),
          },
          vars: {
            denied: joinLocalized(
              denied.map((right) => localize(`pdf.permissions.term.${right}` as MessageId)),
            ),
          },
          severity,
        }),
      ];
    }
    return [
      finding('pdf.permissions.encrypted', {
        data: { algorithm: encryption.algorithm ?? encryption.filter ?? 'unknown' },
        severity,
      }),
    ];
  },
});
