/**
 * When a check has something to check (`appliesTo` of a check): the report counts only those checks as
 * run and passed, so "45 van 46 controles geslaagd" does not count OCR checks on a run without OCR.
 */
import type { DocumentModel } from '../../engine/model/document.js';

/** The pages were read by OCR (or OCR tried and failed on one). */
export const ocrRan = (doc: DocumentModel): boolean =>
  doc.pages.some((page) => page.ocr !== undefined || page.ocrError !== undefined);

/** Both channels read the pages: a text layer and OCR, so they can be compared. */
export const bothChannelsRan = (doc: DocumentModel): boolean =>
  ocrRan(doc) && doc.pages.some((page) => (page.text?.words.length ?? 0) > 0);

/** A structured e-invoice came with the PDF (attached) or was uploaded. */
export const hasEmbeddedInvoice = (doc: DocumentModel): boolean => doc.embeddedInvoice !== undefined;
