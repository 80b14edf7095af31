/**
 * pdf.pdfa-required — when the buyer requires PDF/A (`file.pdfaRequired`), the XMP metadata must claim it
 * (`pdfaid:part`): archiving buyers need self-contained files. The claim is checked, not full conformance
 * (a validator such as veraPDF does that). Source: ISO 19005 (PDF/A) §6.6 metadata.
 */
import { defineCheck } from '../engine/check.js';

export default defineCheck({
  id: 'pdf.pdfa-required',
  appliesTo: (_doc, profile) => profile.file?.pdfaRequired === true,
  title: {
    en: 'The PDF declares PDF/A',
    nl: 'De PDF geeft aan PDF/A te zijn',
    de: 'Die PDF gibt sich als PDF/A aus',
    fr: 'Le PDF se déclare PDF/A',
  },
  docs: 'when the profile sets `file.pdfaRequired`, the XMP metadata claims PDF/A (`pdfaid:part`); the claim is checked, not full conformance',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    if (!doc.pdf || profile.file?.pdfaRequired !== true) return [];
    if (doc.pdf.xmp?.pdfa) return [];
    return [finding('pdf.pdfa-required.missing', { data: { xmp: doc.pdf.xmp !== undefined } })];
  },
});
