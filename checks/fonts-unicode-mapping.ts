/**
 * fonts.unicode-mapping — every font must map its glyphs back to characters (a `/ToUnicode` map or a
 * standard encoding); without one (typically Identity-H without `/ToUnicode`) text-layer capture reads glyph
 * numbers instead of the invoice. OCR is unaffected. Source: ISO 32000-2 §9.10 (extraction of text content).
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';

export default defineCheck({
  id: 'fonts.unicode-mapping',
  title: {
    en: 'Text can be mapped to characters',
    nl: 'Tekst is naar tekens te herleiden',
    de: 'Text lässt sich in Zeichen umwandeln',
    fr: 'Le texte peut être converti en caractères',
  },
  docs: 'every font can be mapped to Unicode (a `/ToUnicode` map or a standard encoding); skipped for OCR-only profiles',
  defaultSeverity: 'warning',
  params: {},
  run(doc, { finding, profile }) {
    if (profile.channels === 'ocr') return [];
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const page of doc.pages) {
      const names = [
        ...new Set(
          (page.fonts ?? []).filter((f) => f.unicode === 'none' && !reported.has(f.name)).map((f) => f.name),
        ),
      ];
      if (names.length === 0) continue;
      for (const name of names) reported.add(name);
      findings.push(
        finding('fonts.unicode-mapping.missing', {
          data: { page: page.index + 1, fonts: names.join(', ') },
          location: { page: page.index + 1 },
        }),
      );
    }
    return findings;
  },
});
