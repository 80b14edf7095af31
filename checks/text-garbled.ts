/**
 * text.garbled — a page's text layer must hold the text the page shows: broken font encodings give �, private-
 * use characters or letters that read as no language ("Idfwxxu" for "Factuur"), so text-layer capture reads
 * garbage while the page looks fine. Limits: `text.maxGarbledRatio`, the `minLanguageScore` param.
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import type { Box, Word } from '../engine/model/geometry.js';
import { isGarbled } from '../engine/model/words.js';
import { ruleSeverity } from '../engine/severity.js';

/** Used when a profile sets no `text.maxGarbledRatio`. */
export const DEFAULT_MAX_GARBLED_RATIO = 0.1;

const hasGarbled = (word: Word): boolean => [...word.text].some((ch) => isGarbled(ch.codePointAt(0) ?? 0));

function sampleOf(words: readonly Word[]): { text: string; box?: Box } {
  const picked = words.filter((w) => /\p{L}{3,}/u.test(w.text)).slice(0, 4);
  const text = picked
    .map((w) => w.text)
    .join(' ')
    .slice(0, 40);
  return { text, ...(picked[0] && { box: picked[0].box }) };
}

/** Pages reported at most. */
const MAX_FINDINGS = 20;

export default defineCheck<{ minLanguageScore: number }>({
  id: 'text.garbled',
  title: {
    en: 'The text layer is readable',
    nl: 'De tekstlaag is leesbaar',
    de: 'Die Textebene ist lesbar',
    fr: 'La couche texte est lisible',
  },
  docs: "per page, the share of garbled characters (�, private-use, control) stays within the profile's `text.maxGarbledRatio` (default 0.1) and the letters read like a language (param `minLanguageScore`, default 0.75); unset profile limit: a warning; skipped for OCR-only profiles",
  defaultSeverity: 'error',
  params: {
    minLanguageScore: {
      type: 'number',
      default: 0.75,
      minimum: 0,
      maximum: 1,
      description:
        'Lowest letter-frequency similarity to Dutch, English, German or French (real text scores 0.79 and more, shifted letters mostly below 0.75).',
    },
  },
  run(doc, { finding, params, profile }) {
    if (profile.channels === 'ocr') return [];
    const stated = profile.text?.maxGarbledRatio;
    const maxRatio = stated ?? DEFAULT_MAX_GARBLED_RATIO;
    const severity = ruleSeverity(profile, 'text.garbled', stated !== undefined);
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      if (findings.length >= MAX_FINDINGS) break; // a 200-page scan needs no 200 findings
      const text = page.text;
      if (!text || text.charCount === 0) continue;
      const pageNumber = page.index + 1;
      if (text.garbledRatio > maxRatio) {
        const first = text.words.find(hasGarbled);
        findings.push(
          finding('text.garbled.characters', {
            data: {
              page: pageNumber,
              garbledRatio: text.garbledRatio,
              maxRatio,
              percent: Math.round(text.garbledRatio * 100),
            },
            location: { page: pageNumber, ...(first && { box: first.box }), channel: 'text' },
            severity,
          }),
        );
      } else if (text.languageScore !== undefined && text.languageScore < params.minLanguageScore) {
        const sample = sampleOf(text.words);
        findings.push(
          finding('text.garbled.no-language', {
            data: { page: pageNumber, languageScore: text.languageScore, sample: sample.text },
            location: { page: pageNumber, ...(sample.box && { box: sample.box }), channel: 'text' },
            severity,
          }),
        );
      }
    }
    return findings;
  },
});
