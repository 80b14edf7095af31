/**
 * The supplier master data a buyer enters per invitation (what its vendor master holds: name, VAT id,
 * KvK, IBANs), validated with the same validators as the `fields.valid-*` checks. Used by the
 * invitation API (create, `PUT …/master-data`) and the CSV import.
 */
import { checkIban, checkKvk, checkVatId } from '../../engine/fields/validate.js';
import { type ExpectedSeller, hasExpectedSeller } from '../../engine/model/expected-seller.js';
import type { LocalizedText } from '../../engine/model/finding.js';
import { detailText } from '../core/errors.js';

/** Longest name in the master data. */
export const MAX_MASTER_NAME = 200;
/** Most IBANs on file per supplier. */
export const MAX_MASTER_IBANS = 10;

/** One problem with a field, in both languages (as the `errors` list of a 400 carries it). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
  readonly messageNl: string;
}

const problem = (field: string, text: LocalizedText): FieldProblem => ({
  field,
  message: text.en,
  messageNl: text.nl,
});

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Validates master data as the API takes it (`{ name?, vatId?, kvk?, ibans?: string[] }`; an IBAN list
 * may also be one string with IBANs separated by `;`, `|` or `,`). Values are stored compact and upper
 * case. `null`, `{}` or only empty values mean "no master data" (`value` undefined). `prefix` names the
 * fields in the problems (`masterData.`).
 */
export function parseMasterData(
  raw: unknown,
  prefix = 'masterData.',
): { value?: ExpectedSeller; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (raw === undefined || raw === null) return { problems };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [problem(prefix.replace(/\.$/, ''), detailText('master.not-an-object'))] };
  const input = raw as Record<string, unknown>;
  const name = text(input.name);
  if (name.length > MAX_MASTER_NAME)
    problems.push(problem(`${prefix}name`, detailText('master.name-too-long', { max: MAX_MASTER_NAME })));
  const vat = text(input.vatId);
  const vatCheck = vat ? checkVatId(vat) : undefined;
  if (vatCheck && !vatCheck.valid)
    problems.push(problem(`${prefix}vatId`, detailText('master.vat-id', { value: vat })));
  const kvk = typeof input.kvk === 'number' ? String(input.kvk) : text(input.kvk);
  const kvkCheck = kvk ? checkKvk(kvk) : undefined;
  if (kvkCheck && !kvkCheck.valid)
    problems.push(problem(`${prefix}kvk`, detailText('master.kvk', { value: kvk })));
  const ibanTexts = input.ibans === undefined || input.ibans === null ? [] : splitIbans(input.ibans);
  const ibans: string[] = [];
  for (const iban of ibanTexts) {
    const check = checkIban(iban);
    if (!check.valid) problems.push(problem(`${prefix}ibans`, detailText('master.iban', { value: iban })));
    else if (!ibans.includes(check.value)) ibans.push(check.value);
  }
  if (ibanTexts.length > MAX_MASTER_IBANS)
    problems.push(problem(`${prefix}ibans`, detailText('master.too-many-ibans', { max: MAX_MASTER_IBANS })));
  if (problems.length > 0) return { problems };
  const value: ExpectedSeller = {
    ...(name && { name }),
    ...(vatCheck && { vatId: vatCheck.value }),
    ...(kvkCheck && { kvk: kvkCheck.value }),
    ...(ibans.length > 0 && { ibans }),
  };
  return hasExpectedSeller(value) ? { value, problems } : { problems };
}

/** IBANs from a list or from one text: separated by `;`, `|`, `,` or a line break. */
export function splitIbans(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : [raw];
  return (
    items
      // A value that is not text stays one item, so it is reported as an invalid IBAN.
      .flatMap((item) => (typeof item === 'string' ? item.split(/[;|,\n]/) : [JSON.stringify(item) ?? '']))
      .map((item) => item.trim())
      .filter((item) => item !== '')
  );
}
