/**
 * fields.date-not-in-future — the invoice date (and any date field the profile marks `notInFuture`)
 * must not lie after the day of the check. AP software rejects invoices dated ahead, and a future
 * date usually means a wrong date setting or a date read in the wrong day/month order.
 * Source: art. 35a(1)(a) Wet OB (the invoice states its date of issue).
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { daysBetween } from '../engine/fields/validate.js';
import type { FieldId } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import { fieldLocation, fieldVars } from './support/fields.js';

const DATE_FIELDS: readonly FieldId[] = ['issueDate', 'dueDate'];

export default defineCheck<{ toleranceDays: number }>({
  id: 'fields.date-not-in-future',
  title: {
    en: 'The invoice date is not in the future',
    nl: 'De factuurdatum ligt niet in de toekomst',
    de: 'Das Rechnungsdatum liegt nicht in der Zukunft',
    fr: 'La date de facture n’est pas dans le futur',
  },
  defaultSeverity: 'error',
  params: {
    toleranceDays: {
      type: 'integer',
      default: 0,
      minimum: 0,
      maximum: 31,
      description: 'Days after today that are still accepted (for suppliers in other time zones).',
    },
  },
  run(doc, { finding, params, profile, today }) {
    const findings: Finding[] = [];
    for (const field of DATE_FIELDS) {
      // The invoice date always; other dates when the profile asks.
      if (field !== 'issueDate' && !profile.fields?.[field]?.notInFuture) continue;
      const date = buyerField(doc, profile, field);
      if (!date || daysBetween(today, date.value) <= params.toleranceDays) continue;
      findings.push(
        finding('fields.date-not-in-future.future', {
          data: { field, date: date.value, today },
          vars: fieldVars(field),
          location: fieldLocation(field, date, date.channel),
        }),
      );
    }
    return findings;
  },
});
