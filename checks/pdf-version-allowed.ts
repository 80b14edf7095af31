/**
 * pdf.version-allowed — the PDF version must lie within what the buyer's software reads (`file.pdfVersions`):
 * older capture engines stop at PDF 1.7; very old writers miss features readers rely on.
 * Source: ISO 32000-2 §7.5.2 (header) and §7.7.2 (catalog `/Version`).
 */
import { defineCheck } from '../engine/check.js';

const compare = (a: string, b: string): number => {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
};

export default defineCheck({
  id: 'pdf.version-allowed',
  title: {
    en: 'The PDF version is one the buyer reads',
    nl: 'De PDF-versie is er een die de afnemer leest',
    de: 'Die PDF-Version kann der Rechnungsempfänger lesen',
    fr: 'La version du PDF est lisible par votre client',
  },
  docs: "the PDF version (header, raised by the catalog `/Version`) lies within the profile's `file.pdfVersions` `{min, max}`; no limit when the profile sets none",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const version = doc.pdf?.version;
    const range = profile.file?.pdfVersions;
    if (!version || !range || !/^\d+\.\d+$/.test(version)) return [];
    if (range.min && compare(version, range.min) < 0)
      return [finding('pdf.version-allowed.too-old', { data: { version, min: range.min } })];
    if (range.max && compare(version, range.max) > 0)
      return [finding('pdf.version-allowed.too-new', { data: { version, max: range.max } })];
    return [];
  },
});
