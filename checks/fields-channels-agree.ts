/**
 * fields.channels-agree — for software that reads both the text layer and the page image, a field
 * must read the same through both. A text layer that says 1.234,50 under a page that shows 1.284,50
 * (a bad font encoding, an edited PDF) is exactly the PDF that fails in production. Runs when the
 * profile reads `both` channels and both were read. Source: DESIGN §2 (the two channels).
 *
 * Each channel may find several candidates for a field and rank them differently; that is no
 * disagreement. The value the buyer's software captures (the text layer's, read first) conflicts
 * only when the page image does not show it: it is not among OCR's candidates and OCR reads a
 * different value where the text layer puts it. Where OCR reads it with one of its usual slips
 * (NL9LABNA… for NL91ABNA…), the PDF is fine and the warning is about OCR software. Where the page
 * image is too coarse for the value's print size and OCR read it a digit or two off, the page cannot
 * confirm or contradict the text layer: a warning says so (see engine/channels/ocr-reads.ts).
 */

import { MIN_TRUSTED_TEXT_PX, ocrFold, ocrReadingAt, pixelsHigh } from '../engine/channels/ocr-reads.js';
import { defineCheck } from '../engine/check.js';
import { type ExtractedField, FIELD_IDS } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import { bothChannelsRan } from './support/applies.js';
import { fieldVars } from './support/fields.js';

/** The values a channel found for a field: its choice and its runner-up candidates. */
const valuesOf = (field: ExtractedField): string[] => [field.value, ...field.candidates.map((c) => c.value)];

export default defineCheck<{ minConfidence: number; minTextPx: number }>({
  id: 'fields.channels-agree',
  appliesTo: bothChannelsRan,
  reasonKind: 'unreadable',
  title: {
    en: 'Text layer and page image agree',
    nl: 'Tekstlaag en paginabeeld komen overeen',
    de: 'Textebene und Seitenbild stimmen überein',
    fr: 'La couche texte et l’image de la page concordent',
  },
  defaultSeverity: 'error',
  params: {
    minConfidence: {
      type: 'number',
      default: 80,
      minimum: 0,
      maximum: 100,
      description: 'OCR words read with less confidence are not trusted to contradict the text layer.',
    },
    minTextPx: {
      type: 'number',
      default: MIN_TRUSTED_TEXT_PX,
      minimum: 0,
      description:
        'Least height in page-image pixels (font size at the OCR resolution) at which an OCR read that is only a digit or two off contradicts the text layer; smaller print gives a warning instead.',
    },
  },
  run(doc, { finding, params, profile }) {
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
      // The captured value is among what OCR found: the channels only rank their candidates apart.
      const ocrValues = valuesOf(b);
      if (ocrValues.includes(a.value)) continue;
      const pageOcr = doc.pages[a.page - 1]?.ocr;
      const dpi = pageOcr?.dpi;
      const { reading } = ocrReadingAt(a.raw, a.box, pageOcr?.words ?? [], {
        minConfidence: params.minConfidence,
        ...(dpi !== undefined && { dpi }),
        minTextPx: params.minTextPx,
      });
      if (reading === 'same' || reading === 'unsure') continue;
      if (reading === 'coarse') {
        findings.push(
          finding('fields.channels-agree.unconfirmed', {
            severity: 'warning',
            data: {
              field,
              text: a.value,
              ocr: b.value,
              dpi: dpi ?? 0,
              textPx: Math.round(pixelsHigh(a.box, dpi ?? 0)),
              minPt: Math.ceil((params.minTextPx * 72) / (dpi ?? 72)),
            },
            vars: fieldVars(field),
            location: { page: a.page, box: a.box, field, channel: 'text' },
          }),
        );
        continue;
      }
      const misread =
        reading === 'confusable' || ocrValues.some((value) => ocrFold(value) === ocrFold(a.value));
      // Nothing where the text layer puts the value, yet OCR's value is among the text layer's own
      // candidates: OCR missed this one, it did not read another number.
      if (!misread && reading === 'unseen' && valuesOf(a).includes(b.value)) continue;
      findings.push(
        misread
          ? finding('fields.channels-agree.ocr-misread', {
              severity: 'warning',
              data: { field, text: a.value, ocr: b.value },
              vars: fieldVars(field),
              location: { page: a.page, box: a.box, field, channel: 'text' },
            })
          : finding('fields.channels-agree.mismatch', {
              data: { field, text: a.value, ocr: b.value },
              vars: fieldVars(field),
              location: { page: b.page, box: b.box, field, channel: 'ocr' },
            }),
      );
    }
    return findings;
  },
});
