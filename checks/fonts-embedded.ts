/**
 * fonts.embedded — every font must be inside the PDF (standard fonts excepted unless `allowStandard14` is
 * off): a missing font is replaced when the page is rendered, which moves or garbles text for OCR-based
 * capture; PDF/A forbids it. Source: ISO 32000-2 §9.9, ISO 19005-2 §6.2.11.4.
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';

export default defineCheck<{ allowStandard14: boolean }>({
  id: 'fonts.embedded',
  title: {
    en: 'Fonts are embedded',
    nl: 'Lettertypen zijn ingesloten',
    de: 'Schriften sind eingebettet',
    fr: 'Les polices sont incorporées',
  },
  docs: 'every font is embedded in the PDF (standard fonts such as Helvetica and Arial allowed unless param `allowStandard14` is false); one finding per page that first uses a missing font',
  defaultSeverity: 'warning',
  params: {
    allowStandard14: {
      type: 'boolean',
      default: true,
      description:
        'Accept the 14 standard fonts (and Arial, Times New Roman, Courier New) without embedding.',
    },
  },
  run(doc, { finding, params }) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const page of doc.pages) {
      const missing = (page.fonts ?? []).filter(
        (font) => !font.embedded && !(params.allowStandard14 && font.standard14) && !reported.has(font.name),
      );
      const names = [...new Set(missing.map((font) => font.name))];
      if (names.length === 0) continue;
      for (const name of names) reported.add(name);
      findings.push(
        finding('fonts.embedded.missing', {
          data: { page: page.index + 1, fonts: names.join(', ') },
          location: { page: page.index + 1 },
        }),
      );
    }
    return findings;
  },
});
