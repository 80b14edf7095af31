import { Type } from '@sinclair/typebox';
import { type Contract, component, StringEnum, StringRecord } from './contract.js';
import { BoxSchema } from './geometry.js';

/** How much a finding weighs: `error` makes the verdict `rejected`. */
export const SeveritySchema = component(
  'Severity',
  StringEnum(['error', 'warning', 'info'], {
    description: 'How much a finding weighs: `error` makes the verdict `rejected`.',
  }),
);

/** How much a finding weighs: `error` makes the verdict `rejected`. */
export type Severity = Contract<typeof SeveritySchema>;

/** A text in every user language: Dutch, English, German and French. */
export const LocalizedTextSchema = component(
  'LocalizedText',
  Type.Object(
    {
      nl: Type.String({ description: 'Dutch.' }),
      en: Type.String({ description: 'English.' }),
      de: Type.String({ description: 'German.' }),
      fr: Type.String({ description: 'French.' }),
    },
    { description: 'A text in every user language: Dutch, English, German and French.' },
  ),
);

/** A text in every user language: Dutch, English, German and French. */
export type LocalizedText = Contract<typeof LocalizedTextSchema>;

/** The user languages. */
export type Lang = keyof LocalizedText;

/** The user languages, Dutch first (the default). */
export const LANGS = ['nl', 'en', 'de', 'fr'] as const satisfies readonly Lang[];

/** The locale that formats numbers, amounts and dates for a user language. */
export const LOCALE_OF: Readonly<Record<Lang, string>> = {
  nl: 'nl-NL',
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
};

/**
 * The kinds of reason a finding gives, in the fixed priority a verdict names them: `unreadable` (the
 * buyer's software cannot read the file: file type, PDF structure, text layer, fonts, images, OCR,
 * pages), `data` (it reads the invoice, but data is missing or wrong: fields, totals, ids, VAT), `delivery`
 * (the invoice will not arrive or be routed: size for the mailbox, addressed to someone else, several
 * invoices in one file).
 */
export const REASON_KINDS = ['unreadable', 'data', 'delivery'] as const;

/** The kind of reason a finding gives (see {@link REASON_KINDS}). */
export const ReasonKindSchema = component(
  'ReasonKind',
  StringEnum(REASON_KINDS, {
    description:
      "The kind of reason a finding gives: `unreadable` (the buyer's software cannot read the file: file type, PDF structure, text layer, fonts, images, OCR, pages), `data` (it reads the invoice, but data is missing or wrong: fields, totals, ids, VAT), `delivery` (the invoice will not arrive or be routed: size for the mailbox, addressed to someone else, several invoices in one file).",
  }),
);

/** The kind of reason a finding gives: `unreadable`, `data` or `delivery` (see {@link REASON_KINDS}). */
export type ReasonKind = Contract<typeof ReasonKindSchema>;

/** Where a finding is in the document. Pages are 1-based here, as people count them. */
export const FindingLocationSchema = component(
  'FindingLocation',
  Type.Object(
    {
      page: Type.Optional(Type.Integer({ minimum: 1, description: '1-based page number.' })),
      box: Type.Optional(BoxSchema),
      field: Type.Optional(Type.String({ description: 'Invoice field the finding is about.' })),
      channel: Type.Optional(
        StringEnum(['text', 'ocr'], {
          description: 'Channel that saw it: the text layer or OCR.',
        }),
      ),
    },
    { description: 'Where a finding is in the document (pages 1-based, boxes in points, top-left origin).' },
  ),
);

/** Where a finding is in the document: a 1-based page, a box on it (points, top-left origin), the
 * invoice field it is about, the channel that saw it. */
export type FindingLocation = Contract<typeof FindingLocationSchema>;

/** The buyer waived the finding's check for this supplier: it no longer counts for the verdict. */
export const FindingWaiverSchema = component(
  'FindingWaiver',
  Type.Object(
    {
      reason: Type.String({ description: 'Why the buyer waived the check, in the buyer’s words.' }),
      until: Type.Optional(
        Type.String({
          format: 'date-time',
          description: 'When the waiver stops applying; absent: until the buyer removes it.',
        }),
      ),
    },
    {
      description:
        'The buyer waived this finding’s check for this supplier (invitation): the finding is still shown, but no longer counts for the verdict. Only in the views of an invitation’s runs.',
    },
  ),
);

/** The buyer waived a finding's check for this supplier: `reason` in the buyer's words, `until` when
 * the waiver stops applying (absent: until removed). */
export type FindingWaiver = Contract<typeof FindingWaiverSchema>;

/** One result of one check: a problem, a warning or a piece of information, with its fix. */
export const FindingSchema = component(
  'Finding',
  Type.Object(
    {
      checkId: Type.String({ description: 'The check that produced it.', examples: ['pdf.encrypted'] }),
      severity: SeveritySchema,
      messageId: Type.String({
        description: 'Stable message id from the catalogue.',
        examples: ['pdf.encrypted.user-password'],
      }),
      message: LocalizedTextSchema,
      hint: Type.Optional(LocalizedTextSchema),
      data: StringRecord(Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]), {
        description: 'Machine-readable facts behind the message (limits, measured values).',
      }),
      location: Type.Optional(FindingLocationSchema),
      reasonKind: Type.Optional(ReasonKindSchema),
      waived: Type.Optional(FindingWaiverSchema),
    },
    {
      description:
        'One result of one check: a problem, a warning or a piece of information. `message` says what is wrong, `hint` how to fix it; `severity` is the weight after the profile’s overrides; `reasonKind` the kind of reason it gives (always set by this engine; absent only in reports made before it existed).',
    },
  ),
);

/**
 * One result of one check: a problem, a warning or a piece of information, with its fix.
 * `checkId` is the check (`pdf.encrypted`), `severity` its weight after the profile's overrides,
 * `messageId` the stable catalogue id, `message` what is wrong and `hint` how to fix it (both languages),
 * `data` the machine-readable facts behind the message, `location` where it is, `reasonKind` the kind of
 * reason it gives (cannot be read / data wrong or missing / will not arrive; absent only in old reports),
 * `waived` when the buyer waived its check for this supplier (`engine/waivers.ts`).
 */
export type Finding = Contract<typeof FindingSchema>;

/** The outcome of a check run: `undetermined` when the run could not check everything it had to. */
export const VerdictSchema = component(
  'Verdict',
  StringEnum(['accepted', 'rejected', 'undetermined'], {
    description: 'The outcome of a check run: `undetermined` when the run could not check everything.',
  }),
);

/** The outcome of a check run: `undetermined` when the run could not check everything it had to. */
export type Verdict = Contract<typeof VerdictSchema>;
