/**
 * What the field checks share: a field's name and example label in every language for messages,
 * the channel phrase, and where a finding about a field points.
 */
import { localize, type MessageId, type MessageVars, perLang } from '../../engine/i18n/catalogue.js';
import type { Channel, FieldCandidate, FieldId } from '../../engine/model/fields.js';
import type { FindingLocation, LocalizedText } from '../../engine/model/finding.js';

const capitalise = (text: LocalizedText): LocalizedText =>
  perLang((lang) => text[lang].charAt(0).toUpperCase() + text[lang].slice(1));

/** `{{field}}` (with its article: "het factuurnummer"), `{{Field}}` (capitalised) and `{{label}}`. */
export function fieldVars(field: FieldId, channel?: Channel): MessageVars {
  const name = localize(`field.${field}` as MessageId);
  return {
    field: name,
    Field: capitalise(name),
    label: localize(`field.label.${field}` as MessageId),
    ...(channel && { channel: localize(`channel.${channel}` as MessageId) }),
  };
}

/** The location of a finding about a field value. */
export function fieldLocation(field: FieldId, value: FieldCandidate, channel: Channel): FindingLocation {
  return { page: value.page, box: value.box, field, channel };
}

/** `{{channel}}`: where the buyer's software looked ("in de tekst van de PDF"). */
export function channelVars(channel: Channel): MessageVars {
  return { channel: localize(`channel.${channel}` as MessageId) };
}
