/**
 * Rules a JSON Schema cannot express: addresses that must differ, a start date not in the past, ranges
 * that are not empty, field rules that no invoice could pass. They read the raw document defensively
 * (it may also have schema problems), so the editor sees every problem at once.
 */
import { readFileSync } from 'node:fs';
import { checkKvk, checkVatId, VAT_PREFIXES } from '../engine/fields/validate.js';
import type { LocalizedText } from '../engine/model/finding.js';
import { fromRoot } from './files.js';
import { problemText } from './problem-catalogue.js';

/** One problem in a profile: where (a JSON Pointer into the profile) and what, in English and Dutch. */
export interface ProfileProblem {
  /** JSON Pointer (RFC 6901) to the setting, `''` for the whole profile. */
  readonly pointer: string;
  /** Plain-language English. */
  readonly message: string;
  /** The same in Dutch. */
  readonly messageNl: string;
}

/** Makes a problem from a catalogue text (`problemText`, `problem-catalogue.ts`). */
export const problem = (pointer: string, text: LocalizedText): ProfileProblem => ({
  pointer,
  message: text.en,
  messageNl: text.nl,
});

/** When the profile is checked: the start date may not lie in the past when it is set or changed. */
export interface SemanticOptions {
  /** `create`: a new profile; `update`: a new version of `previous`; absent: a preset or a file. */
  readonly mode?: 'create' | 'update';
  /** The version being replaced (update): an unchanged start date may lie in the past. */
  readonly previous?: unknown;
  /** Today as YYYY-MM-DD (default: today in the Netherlands). */
  readonly today?: string;
}

const helpdesk = JSON.parse(readFileSync(fromRoot('profiles', 'helpdesk-addresses.json'), 'utf8')) as {
  addresses: string[];
  localParts: string[];
};
const HELPDESK_ADDRESSES = new Set(helpdesk.addresses.map((a) => a.toLowerCase()));
const HELPDESK_LOCAL_PARTS = new Set(helpdesk.localParts.map((a) => a.toLowerCase()));

/** Whether an address is a helpdesk or no-reply address (`profiles/helpdesk-addresses.json`). */
export function isHelpdeskAddress(address: string): boolean {
  const lower = address.trim().toLowerCase();
  return HELPDESK_ADDRESSES.has(lower) || HELPDESK_LOCAL_PARTS.has(lower.split('@')[0] ?? '');
}

/** Today in the Netherlands as YYYY-MM-DD. */
export function dutchToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The date fields: only they can have `notInFuture` and `maxAgeDays`. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['issueDate', 'dueDate']);

/** Page sizes in points, the long side. */
const LONG_SIDE_PT: Record<string, number> = { A5: 595, A4: 842, A3: 1191, Letter: 792, Legal: 1008 };

const versionNumber = (v: string): number => {
  const [major, minor] = v.split('.').map(Number);
  return (major ?? 0) * 10 + (minor ?? 0);
};

/** Every semantic problem of a (possibly schema-invalid) profile document. */
export function semanticProblems(value: unknown, options: SemanticOptions = {}): ProfileProblem[] {
  const doc = obj(value);
  if (!doc) return [];
  const problems: ProfileProblem[] = [];
  const file = obj(doc.file);
  const ocr = obj(doc.ocr);
  const text = obj(doc.text);
  const buyer = obj(doc.buyer);
  const delivery = obj(doc.delivery);

  // A PDF version range no file can fall in.
  const versions = obj(file?.pdfVersions);
  const min = str(versions?.min);
  const max = str(versions?.max);
  if (min && max && /^\d\.\d$/.test(min) && /^\d\.\d$/.test(max) && versionNumber(min) > versionNumber(max)) {
    problems.push(problem('/file/pdfVersions', problemText('pdf-versions.empty-range', { min, max })));
  }

  // Image sides: an empty range.
  const minSide = num(ocr?.minImageSidePx);
  const maxSide = num(ocr?.maxImageSidePx);
  if (minSide !== undefined && maxSide !== undefined && minSide > maxSide) {
    problems.push(
      problem('/ocr/minImageSidePx', problemText('image-sides.empty-range', { min: minSide, max: maxSide })),
    );
  }

  // Page sizes that the longest-side limit rules out.
  const maxPageSide = num(file?.maxPageSidePt);
  const pageSizes = Array.isArray(file?.pageSizes) ? (file.pageSizes as unknown[]) : [];
  if (maxPageSide !== undefined) {
    const tooLong = pageSizes.filter(
      (size): size is string => typeof size === 'string' && (LONG_SIDE_PT[size] ?? 0) > maxPageSide + 1,
    );
    if (tooLong.length > 0) {
      problems.push(
        problem(
          '/file/maxPageSidePt',
          problemText('page-sizes.too-long', { sizes: tooLong.join(', '), max: maxPageSide }),
        ),
      );
    }
  }

  // Images have no text layer.
  if (file?.imagesAllowed === true && doc.channels === 'text') {
    problems.push(problem('/file/imagesAllowed', problemText('images.text-only')));
  }

  // A text layer required while its check is switched off.
  const layerCheck = obj(obj(doc.checks)?.['text.layer-present']);
  if (text?.required === true && layerCheck?.enabled === false) {
    problems.push(problem('/checks/text.layer-present/enabled', problemText('text-layer.check-off')));
  }

  problems.push(...buyerIdProblems(buyer));

  problems.push(...fieldProblems(doc, buyer));
  problems.push(...deliveryProblems(delivery, options));
  problems.push(...mailProblems(obj(doc.mail)));
  return problems;
}

/**
 * The buyer's own ids, validated as the invoice check validates a supplier's (`engine/fields/validate.ts`):
 * suppliers are told to copy the buyer's VAT id onto their invoices, so a mistyped one must not be saved.
 * Only ids already in the schema's compact form are judged here (the schema reports the others).
 */
function buyerIdProblems(buyer: Obj | undefined): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const vatId = str(buyer?.vatId);
  if (vatId && /^[A-Z]{2}[0-9A-Z]{2,13}$/.test(vatId)) {
    const check = checkVatId(vatId);
    if (vatId.startsWith('NL') && !/^NL[0-9]{9}B[0-9]{2}$/.test(vatId)) {
      problems.push(problem('/buyer/vatId', problemText('buyer.vat-id-form')));
    } else if (!VAT_PREFIXES.has(vatId.slice(0, 2))) {
      problems.push(problem('/buyer/vatId', problemText('buyer.vat-id-unknown-country', { value: vatId })));
    } else if (!check.valid) {
      problems.push(problem('/buyer/vatId', problemText('buyer.vat-id-check-digits', { value: vatId })));
    }
  }
  const kvk = str(buyer?.kvk);
  if (kvk && /^[0-9]{8}$/.test(kvk) && !checkKvk(kvk).valid) {
    problems.push(problem('/buyer/kvk', problemText('buyer.kvk-invalid', { value: kvk })));
  }
  return problems;
}

/** A `mail.fileName.allowedCharacters` that is not the inside of a character class. */
function mailProblems(mail: Obj | undefined): ProfileProblem[] {
  const value = str(obj(mail?.fileName)?.allowedCharacters);
  if (value === undefined) return [];
  try {
    new RegExp(`^[${value}]*$`, 'u');
    if (/(^|[^\\])\]/.test(value)) throw new Error('unescaped ]');
    return [];
  } catch {
    return [problem('/mail/fileName/allowedCharacters', problemText('mail.allowed-characters', { value }))];
  }
}

function fieldProblems(doc: Obj, buyer: Obj | undefined): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const fields = obj(doc.fields) ?? {};
  for (const [id, raw] of Object.entries(fields)) {
    const rule = obj(raw);
    if (!rule) continue;
    const at = `/fields/${id}`;
    for (const op of ['notInFuture', 'maxAgeDays'] as const) {
      if (rule[op] !== undefined && !DATE_FIELDS.has(id)) {
        problems.push(problem(`${at}/${op}`, problemText('field.date-only', { op })));
      }
    }
    const equals = rule.equals;
    const buyerField = str(obj(equals)?.buyerField);
    if (buyerField && buyer?.[buyerField] === undefined) {
      problems.push(problem(`${at}/equals`, problemText('field.buyer-field-empty', { field: buyerField })));
    }
    const literal = str(equals);
    const oneOf = Array.isArray(rule.oneOf) ? (rule.oneOf as unknown[]) : undefined;
    if (literal !== undefined && oneOf && !oneOf.includes(literal)) {
      problems.push(problem(`${at}/equals`, problemText('field.equals-not-in-one-of', { value: literal })));
    }
    const maxLength = num(rule.maxLength);
    if (literal !== undefined && maxLength !== undefined && literal.length > maxLength) {
      problems.push(
        problem(`${at}/maxLength`, problemText('field.equals-too-long', { value: literal, max: maxLength })),
      );
    }
  }
  return problems;
}

function deliveryProblems(delivery: Obj | undefined, options: SemanticOptions): ProfileProblem[] {
  if (!delivery) return [];
  const problems: ProfileProblem[] = [];
  const invoice = str(delivery.invoiceAddress)?.trim();
  const contact = str(delivery.contactAddress)?.trim();
  if (invoice && isHelpdeskAddress(invoice)) {
    problems.push(
      problem('/delivery/invoiceAddress', problemText('delivery.helpdesk-address', { address: invoice })),
    );
  }
  if (invoice && contact && invoice.toLowerCase() === contact.toLowerCase()) {
    problems.push(problem('/delivery/invoiceAddress', problemText('delivery.same-addresses')));
  }
  const start = str(delivery.startDate);
  if (start && /^\d{4}-\d{2}-\d{2}$/.test(start) && options.mode) {
    const previousStart = str(obj(obj(options.previous)?.delivery)?.startDate);
    const changed = options.mode === 'create' || start !== previousStart;
    const today = options.today ?? dutchToday();
    if (changed && start < today) {
      problems.push(problem('/delivery/startDate', problemText('delivery.start-in-past', { start, today })));
    }
  }
  return problems;
}
