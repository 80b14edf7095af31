/**
 * text.layer-present — every page must carry a text layer. Text-layer capture software reads only
 * the text a PDF contains; a scanned or "printed to image" page gives it nothing. A page counts as
 * having text when it holds at least `minChars` characters of real text. A buyer that reads only the
 * page image (`channels: ocr`) does not need a text layer, so the check says nothing for it.
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck<{ minChars: number }>({
  id: 'text.layer-present',
  title: { en: 'Every page has a text layer', nl: 'Elke pagina heeft een tekstlaag' },
  docs: 'every page carries a text layer (param `minChars`, default 20)',
  defaultSeverity: 'error',
  params: {
    minChars: {
      type: 'integer',
      default: 20,
      minimum: 1,
      description: 'Fewest characters of text a page must have to count as a text page.',
    },
  },
  run(doc, { finding, params, profile }) {
    if (profile.channels === 'ocr') return [];
    return doc.pages
      .filter((page) => page.text !== undefined && page.text.charCount < params.minChars)
      .map((page) =>
        finding('text.layer-present.missing', {
          data: { page: page.index + 1, chars: page.text?.charCount ?? 0 },
          location: { page: page.index + 1 },
        }),
      );
  },
});
