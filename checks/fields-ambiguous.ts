/**
 * fields.ambiguous — the page must not give recognition software a choice: two invoice numbers with
 * equal support, several dates of which none is labelled as the invoice date, or totals that no
 * net + VAT combination explains. Template-free capture (Rossum, Azure, Basware) then guesses, and
 * guesses wrong often enough to make the invoice fail. Source: field-extraction practice.
 */
import { defineCheck } from '../engine/check.js';
import { channelsRead } from '../engine/fields/buyer-view.js';
import { fieldVars } from './support/fields.js';

export default defineCheck({
  id: 'fields.ambiguous',
  title: {
    en: 'Fields are unambiguous',
    nl: 'Velden zijn eenduidig',
    de: 'Angaben sind eindeutig',
    fr: 'Les champs sont sans ambiguïté',
  },
  defaultSeverity: 'warning',
  params: {},
  run(doc, { finding, profile }) {
    const read = channelsRead(doc, profile)[0];
    if (!read) return [];
    return read.ambiguities.map((a) =>
      finding(`fields.ambiguous.${a.reason}`, {
        data: { field: a.field, values: a.values.join(', ') },
        vars: fieldVars(a.field),
        location: { page: a.page, box: a.box, field: a.field, channel: read.channel },
      }),
    );
  },
});
