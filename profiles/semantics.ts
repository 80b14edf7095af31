/**
 * Rules a JSON Schema cannot express: addresses that must differ, a start date not in the past, ranges
 * that are not empty, field rules that no invoice could pass. They read the raw document defensively
 * (it may also have schema problems), so the editor sees every problem at once.
 */
import { readFileSync } from 'node:fs';
import { fromRoot } from './files.js';

/** One problem in a profile: where (a JSON Pointer into the profile) and what, in English and Dutch. */
export interface ProfileProblem {
  /** JSON Pointer (RFC 6901) to the setting, `''` for the whole profile. */
  readonly pointer: string;
  /** Plain-language English. */
  readonly message: string;
  /** The same in Dutch. */
  readonly messageNl: string;
}

/** Makes a problem. */
export const problem = (pointer: string, message: string, messageNl: string): ProfileProblem => ({
  pointer,
  message,
  messageNl,
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
    problems.push(
      problem(
        '/file/pdfVersions',
        `No PDF can pass: the lowest accepted version (${min}) is higher than the highest (${max}).`,
        `Geen enkele PDF komt erdoor: de laagste toegestane versie (${min}) is hoger dan de hoogste (${max}).`,
      ),
    );
  }

  // Image sides: an empty range.
  const minSide = num(ocr?.minImageSidePx);
  const maxSide = num(ocr?.maxImageSidePx);
  if (minSide !== undefined && maxSide !== undefined && minSide > maxSide) {
    problems.push(
      problem(
        '/ocr/minImageSidePx',
        `No image can pass: the smallest side (${minSide} px) is larger than the largest (${maxSide} px).`,
        `Geen enkele afbeelding komt erdoor: de kleinste zijde (${minSide} px) is groter dan de grootste (${maxSide} px).`,
      ),
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
          `${tooLong.join(', ')} pages are longer than ${maxPageSide} pt, so they can never pass: raise the limit or remove those page sizes.`,
          `Pagina's van ${tooLong.join(', ')} zijn langer dan ${maxPageSide} pt en komen er dus nooit door: verhoog de grens of haal die paginaformaten weg.`,
        ),
      );
    }
  }

  // Images have no text layer.
  if (file?.imagesAllowed === true && doc.channels === 'text') {
    problems.push(
      problem(
        '/file/imagesAllowed',
        'An image file has no text layer, so software that reads only the text layer cannot read it. Set the channel to "ocr" or "both", or do not accept images.',
        'Een afbeelding heeft geen tekstlaag, dus software die alleen de tekstlaag leest kan die niet lezen. Kies als kanaal "ocr" of "both", of accepteer geen afbeeldingen.',
      ),
    );
  }

  // A text layer required while its check is switched off.
  const layerCheck = obj(obj(doc.checks)?.['text.layer-present']);
  if (text?.required === true && layerCheck?.enabled === false) {
    problems.push(
      problem(
        '/checks/text.layer-present/enabled',
        'The text layer is required (text → required), but the check for it is switched off.',
        'De tekstlaag is verplicht (text → required), maar de controle daarop staat uit.',
      ),
    );
  }

  // A Dutch VAT id has one form.
  const vatId = str(buyer?.vatId);
  if (vatId?.startsWith('NL') && !/^NL[0-9]{9}B[0-9]{2}$/.test(vatId)) {
    problems.push(
      problem(
        '/buyer/vatId',
        'A Dutch btw-nummer is NL, 9 digits, B and 2 digits, e.g. NL001234567B01.',
        'Een Nederlands btw-nummer is NL, 9 cijfers, B en 2 cijfers, bijvoorbeeld NL001234567B01.',
      ),
    );
  }

  problems.push(...fieldProblems(doc, buyer));
  problems.push(...deliveryProblems(delivery, options));
  return problems;
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
        problems.push(
          problem(
            `${at}/${op}`,
            `Only a date field (issueDate, dueDate) can have "${op}".`,
            `Alleen een datumveld (issueDate, dueDate) kan "${op}" hebben.`,
          ),
        );
      }
    }
    const equals = rule.equals;
    const buyerField = str(obj(equals)?.buyerField);
    if (buyerField && buyer?.[buyerField] === undefined) {
      problems.push(
        problem(
          `${at}/equals`,
          `Must equal the buyer's ${buyerField}, but the buyer section does not fill it in.`,
          `Moet gelijk zijn aan ${buyerField} van de afnemer, maar dat is bij de afnemer niet ingevuld.`,
        ),
      );
    }
    const literal = str(equals);
    const oneOf = Array.isArray(rule.oneOf) ? (rule.oneOf as unknown[]) : undefined;
    if (literal !== undefined && oneOf && !oneOf.includes(literal)) {
      problems.push(
        problem(
          `${at}/equals`,
          `No invoice can pass: the value must be "${literal}", which is not one of the values in "oneOf".`,
          `Geen enkele factuur komt erdoor: de waarde moet "${literal}" zijn, en dat staat niet in "oneOf".`,
        ),
      );
    }
    const maxLength = num(rule.maxLength);
    if (literal !== undefined && maxLength !== undefined && literal.length > maxLength) {
      problems.push(
        problem(
          `${at}/maxLength`,
          `No invoice can pass: the value must be "${literal}", which is longer than ${maxLength} characters.`,
          `Geen enkele factuur komt erdoor: de waarde moet "${literal}" zijn, en dat is langer dan ${maxLength} tekens.`,
        ),
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
      problem(
        '/delivery/invoiceAddress',
        `${invoice} is a helpdesk or no-reply address, not an invoice mailbox: invoices sent there are lost. Fill in the address where your software receives invoices.`,
        `${invoice} is een helpdesk- of no-reply-adres, geen factuurmailbox: facturen die daarheen gaan raken zoek. Vul het adres in waar uw software facturen ontvangt.`,
      ),
    );
  }
  if (invoice && contact && invoice.toLowerCase() === contact.toLowerCase()) {
    problems.push(
      problem(
        '/delivery/invoiceAddress',
        'The invoice address is the same as the contact address. Invoices go to the invoice mailbox and questions to a person: fill in two different addresses.',
        'Het factuuradres is hetzelfde als het contactadres. Facturen gaan naar de factuurmailbox en vragen naar een persoon: vul twee verschillende adressen in.',
      ),
    );
  }
  const start = str(delivery.startDate);
  if (start && /^\d{4}-\d{2}-\d{2}$/.test(start) && options.mode) {
    const previousStart = str(obj(obj(options.previous)?.delivery)?.startDate);
    const changed = options.mode === 'create' || start !== previousStart;
    const today = options.today ?? dutchToday();
    if (changed && start < today) {
      problems.push(
        problem(
          '/delivery/startDate',
          `The start date ${start} lies in the past. Choose today (${today}) or a later day.`,
          `De startdatum ${start} ligt in het verleden. Kies vandaag (${today}) of een latere dag.`,
        ),
      );
    }
  }
  return problems;
}
