/**
 * pdf.resource-limits — the PDF must be readable within bounded work: no stream that inflates past
 * its cap (a "zip bomb"), no page of hundreds of thousands of drawing operators, no gigapixel image.
 * The engine leaves such parts out instead of reading them (see engine/adapters/resource-limits.ts),
 * so what the buyer's software would see there is unknown; capture software stops at them or times
 * out. Source: ISO 32000-2 §7.4 (stream filters), PDF Association's "PDF bombs" guidance.
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'pdf.resource-limits',
  title: {
    en: 'The PDF can be read within limits',
    nl: 'De PDF is binnen de grenzen te lezen',
    de: 'Die PDF lässt sich in vernünftigen Grenzen lesen',
    fr: 'Le PDF peut être lu dans des limites raisonnables',
  },
  docs: 'no part of the PDF goes past the work limits (inflated bytes per stream and per file, operators per content stream, image pixels, nesting depth); such parts are left out unread',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    const usage = doc.resources;
    if (doc.file.kind !== 'pdf' || !usage || usage.emptiedStreams + usage.flattenedBrackets === 0) return [];
    const limits = [...new Set(usage.exceeded.map((hit) => hit.limit))];
    return [
      finding('pdf.resource-limits.exceeded', {
        data: {
          count: usage.emptiedStreams + (usage.flattenedBrackets > 0 ? 1 : 0),
          limits: limits.join(', '),
          inflatedBytes: usage.inflatedBytes,
          largestStreamOperators: usage.largestStreamOperators,
          largestImagePixels: usage.largestImagePixels,
        },
      }),
    ];
  },
});
