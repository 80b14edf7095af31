/**
 * text.layer-present — every page must carry a text layer. Text-layer capture software reads only
 * the text a PDF contains; a scanned or "printed to image" page gives it nothing. A page counts as
 * having text when it holds at least `minChars` characters of real text. A buyer that reads only the
 * page image (`channels: ocr`) does not need a text layer, so the check says nothing for it, unless
 * the profile says `text.required: true`: then every page needs one, whatever the channel, and a
 * missing one is an error (unless the profile sets this check's severity itself).
 * `text.required: false` turns the check off.
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck<{ minChars: number }>({
  id: 'text.layer-present',
  title: {
    en: 'Every page has a text layer',
    nl: 'Elke pagina heeft een tekstlaag',
    de: 'Jede Seite hat eine Textebene',
    fr: 'Chaque page a une couche texte',
  },
  docs: "every page carries a text layer (param `minChars`, default 20); the profile's `text.required: true` makes it an error for every channel, `false` turns it off",
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
    const required = profile.text?.required;
    if (required === false) return [];
    if (profile.channels === 'ocr' && required !== true) return [];
    const ownSeverity = profile.checks?.['text.layer-present']?.severity;
    return doc.pages
      .filter((page) => page.text !== undefined && page.text.charCount < params.minChars)
      .map((page) => {
        const chars = page.text?.charCount ?? 0;
        // A page with some text is not "only an image": it has too little text for this buyer.
        const messageId = chars === 0 ? 'text.layer-present.missing' : 'text.layer-present.too-little';
        return finding(messageId, {
          data: { page: page.index + 1, chars, minChars: params.minChars },
          location: { page: page.index + 1 },
          ...(required === true && ownSeverity === undefined && { severity: 'error' as const }),
        });
      });
  },
});
