/**
 * Stage "fields": reads the invoice fields through each channel that has words — the text layer
 * (`page.text.words`) and OCR (`page.ocr.words`) — with the same extraction, so the report can show
 * what each channel reads and where they differ. The profile adds the labels its buyer's software
 * looks for and names the buyer (whose VAT id is then not taken for the seller's).
 */
import { type PageWords, readChannelFields } from '../fields/read-fields.js';
import type { DocumentModel, PageModel } from '../model/document.js';
import type { Channel, DocumentFields, FieldId } from '../model/fields.js';
import type { AcceptanceProfile } from '../model/profile.js';

function channelPages(pages: readonly PageModel[], channel: Channel): PageWords[] {
  const out: PageWords[] = [];
  for (const page of pages) {
    const words = channel === 'text' ? page.text?.words : page.ocr?.words;
    const skewDegrees = channel === 'ocr' ? page.ocr?.skewDegrees : undefined;
    if (words && words.length > 0)
      out.push({
        page: page.index + 1,
        width: page.widthPt,
        height: page.heightPt,
        words,
        ...(skewDegrees !== undefined && { skewDegrees }),
      });
  }
  return out;
}

/** The labels a profile's field rules name, per field. */
function profileLabels(profile: AcceptanceProfile): Partial<Record<FieldId, readonly string[]>> {
  const out: Partial<Record<FieldId, readonly string[]>> = {};
  for (const [field, rule] of Object.entries(profile.fields ?? {}) as [
    FieldId,
    { labels?: readonly string[] },
  ][])
    if (rule.labels && rule.labels.length > 0) out[field] = rule.labels;
  return out;
}

/** Stage entry point: the document with `fields` set per channel that was read. */
export function readFields(doc: DocumentModel, profile: AcceptanceProfile): DocumentModel {
  const options = { extraLabels: profileLabels(profile), ...(profile.buyer && { buyer: profile.buyer }) };
  const fields: { -readonly [C in Channel]?: DocumentFields[C] } = {};
  // The text layer is read whenever there are pages (a scan reads as "nothing found"); OCR only
  // when the OCR stage ran on some page.
  if (doc.pages.length > 0)
    fields.text = readChannelFields(channelPages(doc.pages, 'text'), { ...options, channel: 'text' });
  if (doc.pages.some((page) => page.ocr !== undefined))
    fields.ocr = readChannelFields(channelPages(doc.pages, 'ocr'), { ...options, channel: 'ocr' });
  return { ...doc, fields };
}
