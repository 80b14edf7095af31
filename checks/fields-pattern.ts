/**
 * fields.pattern — a field's value must have the form the buyer's software requires: the profile's
 * `pattern`, `maxLength`, `oneOf` and `equals` (a literal). Capture and ERP systems reject values that
 * do not fit their field (a 30-character invoice number in a 20-character column, a PO number
 * without the buyer's prefix). Source: the buyer's acceptance profile (`fields.<field>`).
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { FIELD_IDS } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import { fieldLocation, fieldVars } from './support/fields.js';

/** Values compare as the extraction normalises them: case and spaces do not count. */
const same = (a: string, b: string): boolean =>
  a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

export default defineCheck({
  id: 'fields.pattern',
  title: {
    en: 'Fields have the required form',
    nl: 'Velden hebben de vereiste vorm',
    de: 'Angaben haben die verlangte Form',
    fr: 'Les champs ont la forme exigée',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const findings: Finding[] = [];
    for (const field of FIELD_IDS) {
      const rule = profile.fields?.[field];
      const value = rule && buyerField(doc, profile, field);
      if (!rule || !value) continue;
      const options = { vars: fieldVars(field), location: fieldLocation(field, value, value.channel) };
      // The schema checks that `pattern` compiles; values are short (≤ a few dozen characters).
      if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(value.value))
        findings.push(
          finding('fields.pattern.mismatch', {
            ...options,
            data: { field, value: value.value, pattern: rule.pattern },
          }),
        );
      if (rule.maxLength !== undefined && value.value.length > rule.maxLength)
        findings.push(
          finding('fields.pattern.too-long', {
            ...options,
            data: { field, value: value.value, length: value.value.length, maxLength: rule.maxLength },
          }),
        );
      // Allowed currencies are `fields.currency-allowed`'s to judge.
      if (rule.oneOf !== undefined && field !== 'currency' && !rule.oneOf.some((v) => same(v, value.value)))
        findings.push(
          finding('fields.pattern.not-allowed', {
            ...options,
            data: { field, value: value.value, allowed: rule.oneOf.join(', ') },
          }),
        );
      if (typeof rule.equals === 'string' && !same(rule.equals, value.value))
        findings.push(
          finding('fields.pattern.not-equal', {
            ...options,
            data: { field, value: value.value, expected: rule.equals },
          }),
        );
    }
    return findings;
  },
});
