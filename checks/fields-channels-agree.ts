/**
 * fields.channels-agree — for software that reads both the text layer and the page image, a field
 * must read the same through both. A text layer that says 1.234,50 under a page that shows 1.284,50
 * (a bad font encoding, an edited PDF) is exactly the PDF that fails in production. Runs when the
 * profile reads `both` channels and both were read. Source: DESIGN §2 (the two channels).
 */
import { defineCheck } from '../engine/check.js';
import { FIELD_IDS } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import { fieldVars } from './support/fields.js';

export default defineCheck({
  id: 'fields.channels-agree',
  title: { en: 'Text layer and page image agree', nl: 'Tekstlaag en paginabeeld komen overeen' },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const text = doc.fields?.text;
    const ocr = doc.fields?.ocr;
    if (profile.channels !== 'both' || !text || !ocr) return [];
    const findings: Finding[] = [];
    for (const field of FIELD_IDS) {
      // Names are read loosely and may differ in form without being wrong.
      if (field === 'sellerName' || field === 'buyerName') continue;
      const a = text.values[field];
      const b = ocr.values[field];
      if (!a || !b || a.value === b.value) continue;
      findings.push(
        finding('fields.channels-agree.mismatch', {
          data: { field, text: a.value, ocr: b.value },
          vars: fieldVars(field),
          location: { page: b.page, box: b.box, field, channel: 'ocr' },
        }),
      );
    }
    return findings;
  },
});
