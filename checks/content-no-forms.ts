/**
 * content.no-forms — invoice data must be part of the page, not of interactive form fields. A filled
 * AcroForm field's value lives in a widget annotation, which text extraction skips; an XFA form shows
 * as "please wait" in most readers. Flattened forms are fine. Source: ISO 32000-2 §12.7 (forms).
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';

export default defineCheck({
  id: 'content.no-forms',
  title: {
    en: 'No unflattened forms',
    nl: 'Geen niet-platgemaakte formulieren',
    de: 'Keine nicht reduzierten Formulare',
    fr: 'Pas de formulaires non aplatis',
  },
  docs: 'no XFA form and no filled-in AcroForm field (its value is not in the text layer); points at the first filled field per page',
  defaultSeverity: 'warning',
  params: {},
  run(doc, { finding }) {
    const forms = doc.pdf?.forms;
    if (!forms) return [];
    const findings: Finding[] = [];
    if (forms.xfa) findings.push(finding('content.no-forms.xfa', { data: { xfa: true } }));
    const pages = new Set<number>();
    for (const field of forms.fields) {
      if (!field.filled || field.page === undefined || pages.has(field.page)) continue;
      pages.add(field.page);
      findings.push(
        finding('content.no-forms.filled-field', {
          data: { page: field.page, name: field.name },
          location: { page: field.page, ...(field.box && { box: field.box }) },
        }),
      );
    }
    return findings;
  },
});
