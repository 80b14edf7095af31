/**
 * What the buyer's software reads: the profile's `channels` decide which channel a field must be
 * found in. `text` and `ocr` read one channel; `both` reads the text layer and falls back to OCR, so a
 * field counts as found when either channel finds it (the text layer's value is the one reported).
 */
import type { DocumentModel } from '../model/document.js';
import {
  type Channel,
  type ChannelFields,
  type ExtractedField,
  FIELD_IDS,
  type FieldId,
} from '../model/fields.js';
import type { AcceptanceProfile } from '../model/profile.js';
import type { ReportField } from '../model/report.js';

/** The channels a profile's software reads, in the order it trusts them. */
export function buyerChannels(profile: AcceptanceProfile): Channel[] {
  return profile.channels === 'both' ? ['text', 'ocr'] : [profile.channels];
}

/** The buyer's channels that were read (a channel whose stage did not run has nothing to say). */
export function channelsRead(doc: DocumentModel, profile: AcceptanceProfile): ChannelFields[] {
  return buyerChannels(profile)
    .map((channel) => doc.fields?.[channel])
    .filter((fields): fields is ChannelFields => fields !== undefined);
}

/** A field as the buyer reads it, with the channel it came from. */
export type BuyerField = ExtractedField & { readonly channel: Channel };

/** The value of a field as the buyer's software reads it, if any of its channels found it. */
export function buyerField(
  doc: DocumentModel,
  profile: AcceptanceProfile,
  field: FieldId,
): BuyerField | undefined {
  for (const channel of channelsRead(doc, profile)) {
    const value = channel.values[field];
    if (value) return { ...value, channel: channel.channel };
  }
  return undefined;
}

/** Every field the buyer's software reads, as the report shows them. */
export function reportFields(
  doc: DocumentModel,
  profile: AcceptanceProfile,
): Partial<Record<FieldId, ReportField>> {
  const out: Partial<Record<FieldId, ReportField>> = {};
  for (const channel of [...channelsRead(doc, profile)].reverse()) {
    for (const [field, value] of Object.entries(channel.values) as [FieldId, ExtractedField][]) {
      out[field] = {
        value: value.value,
        raw: value.raw,
        channel: channel.channel,
        page: value.page,
        box: value.box,
        ...(value.label !== undefined && { label: value.label }),
        confidence: value.confidence,
      };
    }
  }
  // In field order (the reverse pass above only made the first channel win).
  return Object.fromEntries(FIELD_IDS.filter((f) => out[f]).map((f) => [f, out[f]]));
}
