/**
 * file.is-pdf — the upload must be a PDF by its content, not by its name. Capture mailboxes drop
 * anything else silently. A UBL or CII XML e-invoice is left to `einvoice.xml-uploaded`, which says
 * what it holds and where it belongs (unless a profile turns that check off). Images (PNG, JPEG, TIFF)
 * pass when the profile allows them (`file.imagesAllowed`) and its buyer reads page images (OCR); they
 * then go through the OCR checks. Source: ISO 32000-2 §7.5.2.
 */
import { defineCheck } from '../engine/check.js';
import type { MessageId } from '../engine/i18n/catalogue.js';
import type { FileKind } from '../engine/model/document.js';

const IMAGE_KINDS: ReadonlySet<FileKind> = new Set(['png', 'jpeg', 'tiff']);

const MESSAGE_BY_KIND: Partial<Record<FileKind, MessageId>> = {
  empty: 'file.is-pdf.empty',
  png: 'file.is-pdf.image',
  jpeg: 'file.is-pdf.image',
  tiff: 'file.is-pdf.image',
  'ubl-xml': 'file.is-pdf.ubl-xml',
  'cii-xml': 'file.is-pdf.cii-xml',
  zip: 'file.is-pdf.office',
};

export default defineCheck({
  id: 'file.is-pdf',
  title: {
    en: 'The file is a PDF',
    nl: 'Het bestand is een PDF',
    de: 'Die Datei ist eine PDF',
    fr: 'Le fichier est un PDF',
  },
  docs: 'the upload is a PDF by its content (not its name); an image or office file gets its own message (UBL/CII XML: see `einvoice.xml-uploaded`)',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const { kind } = doc.file;
    if (kind === 'pdf') return [];
    const einvoice = kind === 'ubl-xml' || kind === 'cii-xml';
    if (einvoice && profile.checks?.['einvoice.xml-uploaded']?.enabled !== false) return [];
    if (IMAGE_KINDS.has(kind) && profile.file?.imagesAllowed) {
      if (profile.channels !== 'text') return [];
      // Allowed, but a buyer that reads only text layers finds no text in an image.
      return [finding('file.is-pdf.image-no-text', { data: { kind, format: kind.toUpperCase() } })];
    }
    const messageId = MESSAGE_BY_KIND[kind] ?? 'file.is-pdf.not-pdf';
    return [finding(messageId, { data: { kind, format: kind.toUpperCase() } })];
  },
});
