/**
 * channels.agree — where the buyer's software reads both the text layer and the page image, the two
 * must say the same: every number in the text layer (amounts, dates, invoice and account numbers)
 * must be what the page shows at that place, and a page's text layer must not be garbage while the
 * page reads fine. A mismatch is the PDF that fails in production: the wrong amount gets booked.
 */

import { MIN_TRUSTED_TEXT_PX, ocrReadingAt, pixelsHigh } from '../engine/channels/ocr-reads.js';
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import type { Word } from '../engine/model/geometry.js';
import { alnum, digits, isLegible, sample, union } from '../engine/model/words.js';
import { bothChannelsRan } from './support/applies.js';

/** A text-layer word worth comparing: at least three characters, two of them digits. */
const isNumberLike = (word: Word): boolean => digits(word.text).length >= 2 && alnum(word.text).length >= 3;

export default defineCheck<{
  minConfidence: number;
  minAgreement: number;
  minWords: number;
  minTextPx: number;
}>({
  id: 'channels.agree',
  appliesTo: bothChannelsRan,
  title: {
    en: 'The text layer says what the page shows',
    nl: 'De tekstlaag zegt hetzelfde als wat op de pagina staat',
    de: 'Die Textebene sagt dasselbe wie die Seite',
    fr: 'La couche texte dit ce que montre la page',
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
    minAgreement: {
      type: 'number',
      default: 0.5,
      minimum: 0,
      maximum: 1,
      description: "Least share of a page's legible OCR words that must occur in its text layer.",
    },
    minWords: {
      type: 'integer',
      default: 5,
      minimum: 1,
      description: 'Fewest legible OCR words on a page before its text layer is compared as a whole.',
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
    if (profile.channels !== 'both') return [];
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const text = page.text?.words ?? [];
      const ocrWords = page.ocr?.words ?? [];
      if (text.length === 0 || ocrWords.length === 0) continue;
      const at = page.index + 1;

      // The page as a whole: do the words OCR reads with confidence occur in the text layer?
      const legible = ocrWords.filter(
        (word) => isLegible(word, params.minConfidence) && alnum(word.text).length >= 3,
      );
      if (legible.length >= params.minWords) {
        const layer = alnum(text.map((word) => word.text).join(''));
        const found = legible.filter((word) => layer.includes(alnum(word.text))).length;
        const agreement = found / legible.length;
        if (agreement < params.minAgreement) {
          findings.push(
            finding('channels.agree.text-garbled', {
              data: {
                page: at,
                agreementPercent: Math.round(agreement * 100),
                textSample: sample(text),
                ocrSample: sample(ocrWords.filter((word) => (word.confidence ?? 0) >= params.minConfidence)),
              },
              location: {
                page: at,
                ...(union(text.map((word) => word.box)) && { box: union(text.map((word) => word.box)) }),
              },
            }),
          );
          continue; // one finding explains every number on this page
        }
      }

      // Each number: what the page shows where the text layer puts it. Only a different number read
      // with confidence, on an image fine enough for the text's size, counts; OCR's usual slips (O for
      // 0, a space too many) and a digit misread in small print on a coarse image are OCR's limit.
      const dpi = page.ocr?.dpi;
      for (const word of text.filter(isNumberLike)) {
        const { reading, words: seen } = ocrReadingAt(word.text, word.box, ocrWords, {
          minConfidence: params.minConfidence,
          ...(dpi !== undefined && { dpi }),
          minTextPx: params.minTextPx,
        });
        if (reading !== 'differs' && reading !== 'coarse') continue;
        const data = {
          page: at,
          textValue: word.text,
          ocrValue: seen.map((w) => w.text).join(' '),
          confidence: Math.min(...seen.map((w) => w.confidence ?? 0)),
        };
        if (reading === 'differs') {
          findings.push(
            finding('channels.agree.number-differs', { data, location: { page: at, box: word.box } }),
          );
          continue;
        }
        const textPx = Math.round(pixelsHigh(word.box, dpi ?? 0));
        findings.push(
          finding('channels.agree.number-unconfirmed', {
            severity: 'warning',
            data: {
              ...data,
              dpi: dpi ?? 0,
              textPx,
              // The font size at which this page image would show the value large enough.
              minPt: Math.ceil((params.minTextPx * 72) / (dpi ?? 72)),
            },
            location: { page: at, box: word.box },
          }),
        );
      }
    }
    return findings;
  },
});
