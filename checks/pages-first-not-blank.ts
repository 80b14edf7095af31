/**
 * pages.first-not-blank — the invoice must start on page 1. Capture software reads the header
 * fields (supplier, number, date) from the first page; an empty first page or a blank separator sheet
 * makes it skip or reject the file. Profile: `file.firstPageNotBlank` (unset: a warning).
 */
import { defineCheck } from '../engine/check.js';
import { ruleSeverity } from '../engine/severity.js';

export default defineCheck({
  id: 'pages.first-not-blank',
  title: {
    en: 'The first page is not blank',
    nl: 'De eerste pagina is niet leeg',
    de: 'Die erste Seite ist nicht leer',
    fr: 'La première page n’est pas vide',
  },
  docs: 'page 1 carries content (text, an image or drawings); `file.firstPageNotBlank: true` rejects, unset warns, `false` turns it off',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const rule = profile.file?.firstPageNotBlank;
    const first = doc.pages[0];
    if (rule === false || first?.kind !== 'blank') return [];
    return [
      finding('pages.first-not-blank.blank', {
        data: { page: 1 },
        location: { page: 1 },
        severity: ruleSeverity(profile, 'pages.first-not-blank', rule === true),
      }),
    ];
  },
});
