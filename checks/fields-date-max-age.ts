/**
 * fields.date-max-age — the invoice date must not be older than the buyer accepts (the profile's
 * `fields.issueDate.maxAgeDays`, or this check's `maxAgeDays`; 0 = no limit). Buyers close their
 * books and refuse invoices for long-past periods; an old date is also a sign of a wrong date format.
 * Source: the buyer's acceptance profile.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { daysBetween } from '../engine/fields/validate.js';
import type { FieldId } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import { fieldLocation, fieldVars } from './support/fields.js';

const DATE_FIELDS: readonly FieldId[] = ['issueDate', 'dueDate'];

export default defineCheck<{ maxAgeDays: number }>({
  id: 'fields.date-max-age',
  title: {
    en: 'The invoice is not too old',
    nl: 'De factuur is niet te oud',
    de: 'Die Rechnung ist nicht zu alt',
    fr: 'La facture n’est pas trop ancienne',
  },
  defaultSeverity: 'error',
  params: {
    maxAgeDays: {
      type: 'integer',
      default: 0,
      minimum: 0,
      description: 'Oldest accepted invoice date in days before the check (0: no limit).',
    },
  },
  run(doc, { finding, params, profile, today }) {
    const findings: Finding[] = [];
    for (const field of DATE_FIELDS) {
      const limit = profile.fields?.[field]?.maxAgeDays ?? (field === 'issueDate' ? params.maxAgeDays : 0);
      if (!limit) continue;
      const date = buyerField(doc, profile, field);
      if (!date) continue;
      const days = daysBetween(date.value, today);
      if (days <= limit) continue;
      findings.push(
        finding('fields.date-max-age.too-old', {
          data: { field, date: date.value, days, maxAgeDays: limit },
          vars: fieldVars(field),
          location: fieldLocation(field, date, date.channel),
        }),
      );
    }
    return findings;
  },
});
