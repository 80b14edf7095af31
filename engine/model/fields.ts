import { type TObject, type TOptional, type TSchema, Type } from '@sinclair/typebox';
import { type Contract, component, StringEnum } from './contract.js';
import { BoxSchema } from './geometry.js';

/** The invoice fields the harness looks for, as named in profiles, reports and the API. */
export const FIELD_IDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'payableAmount',
  'taxAmount',
  'netAmount',
  'sellerName',
  'sellerVatId',
  'sellerKvk',
  'iban',
  'buyerName',
  'buyerVatId',
  'buyerReference',
  'orderReference',
] as const;

/** One invoice field id. */
export const FieldIdSchema = component(
  'FieldId',
  StringEnum(FIELD_IDS, { description: 'An invoice field, as named in profiles, reports and the API.' }),
);

/** One invoice field id. */
export type FieldId = (typeof FIELD_IDS)[number];

/** The two ways a buyer's software reads a PDF: its text layer, or OCR of the rendered page. */
export const ChannelSchema = component(
  'Channel',
  StringEnum(['text', 'ocr'], {
    description:
      "How a buyer's software reads a PDF: its text layer (`text`), or OCR of the rendered page (`ocr`).",
  }),
);

/** The two ways a buyer's software reads a PDF: its text layer, or OCR of the rendered page. */
export type Channel = Contract<typeof ChannelSchema>;

/** How a value was found: next to a label (to its right or below it), by its pattern alone
 * (an IBAN anywhere on the page), from the totals block read as a whole, or computed. */
export const FieldSourceSchema = StringEnum(['label-right', 'label-below', 'pattern', 'totals', 'derived'], {
  description:
    'How it was found: next to a label (to its right or below it), by its pattern alone, from the totals block read as a whole, or computed.',
});

/** How a value was found: next to a label (to its right or below it), by its pattern alone
 * (an IBAN anywhere on the page), from the totals block read as a whole, or computed. */
export type FieldSource = Contract<typeof FieldSourceSchema>;

const normalisedValue = Type.String({
  description: 'Normalised: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces.',
});
const page = Type.Integer({ minimum: 1, description: '1-based page number.' });

const candidateProperties = {
  value: normalisedValue,
  raw: Type.String({ description: 'The text as printed.' }),
  page,
  box: BoxSchema,
  label: Type.Optional(
    Type.String({ description: 'The label the value was read next to, as printed (`Factuurnummer:`).' }),
  ),
  confidence: Type.Number({
    minimum: 0,
    maximum: 1,
    description: 'How sure the extraction is, 0–1 (label fit, placement, validity, OCR confidence).',
  }),
  source: FieldSourceSchema,
};

/** One candidate value of a field, as read through one channel. */
export const FieldCandidateSchema = component(
  'FieldCandidate',
  Type.Object(candidateProperties, {
    description: 'One candidate value of a field, as read through one channel.',
  }),
);

/** One candidate value of a field, as read through one channel: the normalised `value` (dates
 * `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces), the `raw` text as printed, where
 * it is (`page`, `box`), the `label` it was read next to, how sure (`confidence`, 0–1) and how found. */
export type FieldCandidate = Contract<typeof FieldCandidateSchema>;

/** The value a channel reads for a field, with its runner-up candidates (other values, best first). */
export const ExtractedFieldSchema = component(
  'ExtractedField',
  Type.Object(
    {
      ...candidateProperties,
      candidates: Type.Array(FieldCandidateSchema, {
        description: 'Runner-up candidates: other values, best first.',
      }),
    },
    { description: 'The value a channel reads for a field, with its runner-up candidates.' },
  ),
);

/** The value a channel reads for a field, with its runner-up candidates (other values, best first). */
export type ExtractedField = Contract<typeof ExtractedFieldSchema>;

/** An object with an optional member per field id, each of `schema`, and no other members. */
export function perField<S extends TSchema>(
  schema: S,
  description: string,
): TObject<{ [K in FieldId]: TOptional<S> }> {
  const properties = Object.fromEntries(FIELD_IDS.map((id) => [id, Type.Optional(schema)]));
  return Type.Object(properties as unknown as { [K in FieldId]: TOptional<S> }, {
    additionalProperties: false,
    description,
  });
}

/** One VAT line of the totals block: a rate with its VAT amount (and taxable base when printed). */
export const VatLineSchema = component(
  'VatLine',
  Type.Object(
    {
      rate: Type.Optional(
        Type.Number({ description: 'Rate in percent, e.g. 21; absent when the line names none.' }),
      ),
      amount: Type.String({ description: 'VAT amount, normalised.' }),
      base: Type.Optional(Type.String({ description: 'Taxable base, normalised, when the line prints it.' })),
      raw: Type.String({ description: 'The line as printed.' }),
      page,
      box: BoxSchema,
    },
    {
      description:
        'One VAT line of the totals block: a rate with its VAT amount (and taxable base when printed).',
    },
  ),
);

/** One VAT line of the totals block: a `rate` in percent (absent when the line names none) with its
 * VAT `amount` and taxable `base` (normalised, the base only when printed). */
export type VatLine = Contract<typeof VatLineSchema>;

/** Why a field is ambiguous: what makes recognition software guess. */
export const FieldAmbiguitySchema = component(
  'FieldAmbiguity',
  Type.Object(
    {
      field: FieldIdSchema,
      reason: StringEnum(['close-candidates', 'unlabelled-dates', 'totals-disagree'], {
        description:
          '`close-candidates`: different values with nearly equal support (two invoice numbers); `unlabelled-dates`: several dates and none labelled as the invoice date; `totals-disagree`: candidate totals that no net + VAT combination explains.',
      }),
      values: Type.Array(Type.String(), { description: 'The competing values, best first.' }),
      page,
      box: BoxSchema,
    },
    { description: 'Why a field is ambiguous: what makes recognition software guess.' },
  ),
);

/** Why a field is ambiguous: `close-candidates` (different values with nearly equal support, e.g. two
 * invoice numbers), `unlabelled-dates` (several dates, none labelled as the invoice date) or
 * `totals-disagree` (candidate totals that no net + VAT combination explains); `values` best first. */
export type FieldAmbiguity = Contract<typeof FieldAmbiguitySchema>;

/** An identifier found anywhere on the page, with the party it belongs to. */
export const FoundIdentifierSchema = component(
  'FoundIdentifier',
  Type.Object(
    {
      kind: StringEnum(['vatId', 'iban', 'kvk']),
      value: Type.String(),
      party: StringEnum(['seller', 'buyer']),
      page,
      box: BoxSchema,
    },
    { description: 'A VAT id, IBAN or KvK number found anywhere on the page, with the party it belongs to.' },
  ),
);

/** An identifier found anywhere on the page, with the party it belongs to. */
export type FoundIdentifier = Contract<typeof FoundIdentifierSchema>;

/** Everything one channel read. */
export const ChannelFieldsSchema = component(
  'ChannelFields',
  Type.Object(
    {
      channel: ChannelSchema,
      language: Type.Optional(
        StringEnum(['nl', 'en', 'de', 'fr'], {
          description: "The document's language as the labels suggest, when any were found.",
        }),
      ),
      values: perField(ExtractedFieldSchema, 'The value per field (absent: not found).'),
      vatLines: Type.Array(VatLineSchema, { description: 'The VAT lines per rate.' }),
      totalsConsistent: Type.Optional(
        Type.Boolean({ description: 'Whether net + VAT = total held for the amounts picked.' }),
      ),
      ambiguities: Type.Array(FieldAmbiguitySchema, {
        description: 'Fields where the page gives recognition software more than one plausible answer.',
      }),
      identifiers: Type.Array(FoundIdentifierSchema, {
        description: 'Every VAT id, IBAN and KvK number on the pages.',
      }),
      reverseCharge: Type.Optional(
        Type.Object(
          { raw: Type.String(), page, box: BoxSchema },
          { description: 'Where the invoice says the VAT is reverse-charged ("btw verlegd"), if it does.' },
        ),
      ),
    },
    { description: 'Everything one channel read.' },
  ),
);

/** Everything one channel read: the value per field (absent: not found), the VAT lines, whether
 * net + VAT = total held, the ambiguities, every identifier on the pages, and where the invoice says the
 * VAT is reverse-charged ("btw verlegd"), if it does. */
export type ChannelFields = Contract<typeof ChannelFieldsSchema>;

/** The fields read through each channel that ran. */
export const DocumentFieldsSchema = component(
  'DocumentFields',
  Type.Object(
    { text: Type.Optional(ChannelFieldsSchema), ocr: Type.Optional(ChannelFieldsSchema) },
    { description: 'The fields read through each channel that ran.' },
  ),
);

/** The fields read through each channel that ran. */
export type DocumentFields = Contract<typeof DocumentFieldsSchema>;
