/**
 * fields.required — every field the profile marks `required` must be readable through the buyer's
 * channel(s). Capture software that cannot find a field sends the invoice back or to manual work.
 * Source: the buyer's acceptance profile (`fields.<field>.required`, `labels`).
 */
import { defineCheck } from '../engine/check.js';
import { buyerChannels, buyerField, channelsRead } from '../engine/fields/buyer-view.js';
import { FIELD_IDS } from '../engine/model/fields.js';
import { fieldVars } from './support/fields.js';

export default defineCheck({
  id: 'fields.required',
  title: {
    en: 'Required fields can be found',
    nl: 'Verplichte velden zijn te vinden',
    de: 'Pflichtangaben sind auffindbar',
    fr: 'Les champs obligatoires sont trouvés',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    // Nothing to say when none of the buyer's channels was read (no pages, or OCR did not run).
    if (channelsRead(doc, profile).length === 0) return [];
    const channel = buyerChannels(profile)[0]!;
    return FIELD_IDS.filter(
      (field) => profile.fields?.[field]?.required && !buyerField(doc, profile, field),
    ).map((field) => {
      const labels = profile.fields?.[field]?.labels ?? [];
      const quoted = labels.map((l) => `"${l}"`).join(', ');
      return finding(labels.length > 0 ? 'fields.required.missing-labelled' : 'fields.required.missing', {
        data: { field, ...(labels.length > 0 && { labels: labels.join(', ') }) },
        vars: { labels: quoted, ...fieldVars(field, channel) },
        location: { field, channel },
      });
    });
  },
});
