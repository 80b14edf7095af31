import { Type } from '@sinclair/typebox';
import { type Contract, component } from './contract.js';
import { EmbeddedInvoiceSchema, FileKindSchema, StageTimingSchema } from './document.js';
import { ChannelSchema, DocumentFieldsSchema, perField } from './fields.js';
import { FindingSchema, LocalizedTextSchema, ReasonKindSchema, VerdictSchema } from './finding.js';
import { BoxSchema } from './geometry.js';
import { MailFactsSchema } from './mail.js';

/** Why a run could not check everything (the engine failed, not the document). */
export const IncompleteSchema = component(
  'Incomplete',
  Type.Object(
    {
      code: Type.String({ description: 'Stable snake_case code, e.g. `run_timed_out`, `stage_failed`.' }),
      message: LocalizedTextSchema,
      errorId: Type.Optional(
        Type.String({
          description:
            'When an error in the engine (not the document) caused this: a short random id (`err_…`) that the operator’s log carries next to the error’s stack. The user passes it on to the helpdesk.',
          pattern: '^err_[A-Za-z0-9_-]+$',
        }),
      ),
    },
    { description: 'Why a run could not check everything (the engine failed, not the document).' },
  ),
);

/** Why a run could not check everything (the engine failed, not the document): a stable snake_case
 * `code` (`run_timed_out`, `stage_failed`), a plain-language `message`, and the `errorId` the log
 * carries with the stack when an error caused it. */
export type Incomplete = Contract<typeof IncompleteSchema>;

/** A short summary of the document for the report header. */
export const DocumentSummarySchema = component(
  'DocumentSummary',
  Type.Object(
    {
      sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
      bytes: Type.Integer({ minimum: 0 }),
      kind: FileKindSchema,
      name: Type.Optional(Type.String()),
      pageCount: Type.Optional(Type.Integer({ minimum: 0 })),
      pdfVersion: Type.Optional(Type.String()),
      producer: Type.Optional(Type.String()),
      creator: Type.Optional(Type.String()),
      embeddedInvoice: Type.Optional(EmbeddedInvoiceSchema),
      mail: Type.Optional(MailFactsSchema),
    },
    { description: 'A short summary of the document for the report header.' },
  ),
);

/** A short summary of the document for the report header (with the structured e-invoice attached to
 * the PDF, or uploaded, and its fields as stated in the XML). */
export type DocumentSummary = Contract<typeof DocumentSummarySchema>;

/** A field as the buyer's software would read it. */
export const ReportFieldSchema = component(
  'ReportField',
  Type.Object(
    {
      value: Type.String({
        description: 'Normalised: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces.',
      }),
      raw: Type.String({ description: 'As printed.' }),
      channel: ChannelSchema,
      page: Type.Integer({ minimum: 1, description: '1-based page.' }),
      box: BoxSchema,
      label: Type.Optional(Type.String({ description: 'The label it was read next to, as printed.' })),
      confidence: Type.Number({ minimum: 0, maximum: 1, description: 'How sure the extraction is, 0–1.' }),
    },
    {
      description: "A field as the buyer's software would read it, through the channel it was read through.",
    },
  ),
);

/** A field as the buyer's software would read it: the normalised `value` (dates `YYYY-MM-DD`, amounts
 * `"1234.50"`, ids upper case without spaces), the `raw` text, the `channel` it was read through, where
 * (`page` 1-based, `box` in points), the `label` next to it and how sure the extraction is (0–1). */
export type ReportField = Contract<typeof ReportFieldSchema>;

/** The exact profile version a file was checked against. */
export const ProfileRefSchema = component(
  'ProfileRef',
  Type.Object(
    { id: Type.String(), version: Type.Integer({ minimum: 1 }) },
    { description: 'The exact profile version a file was checked against.' },
  ),
);

/** How many checks ran and which passed or failed. */
export const CheckSummarySchema = component(
  'CheckSummary',
  Type.Object(
    {
      run: Type.Integer({ minimum: 0, description: 'Checks the profile enabled and the run evaluated.' }),
      passed: Type.Integer({ minimum: 0, description: 'Checks that ran without an error finding.' }),
      failed: Type.Array(Type.String(), {
        description: 'Ids of the checks with at least one error finding, in report order.',
        examples: [['fields.valid-vat-id']],
      }),
      passedIds: Type.Array(Type.String(), {
        description:
          'Ids of the checks that passed (no error finding; a warning or information may remain), in report order.',
      }),
    },
    {
      description:
        'How many checks ran and which passed (no error finding) or failed. A check that could not run (see `incomplete`) counts as run but is in neither list.',
    },
  ),
);

/** How many checks ran (`run`), how many passed (`passed`, no error finding), the ids of those that
 * failed and of those that passed, in report order. A check that could not run is in neither list. */
export type CheckSummary = Contract<typeof CheckSummarySchema>;

/** The result of checking one file against one profile version. */
export const ReportSchema = component(
  'Report',
  Type.Object(
    {
      verdict: VerdictSchema,
      profile: ProfileRefSchema,
      findings: Type.Array(FindingSchema, { description: 'Every finding, errors first.' }),
      fields: perField(
        ReportFieldSchema,
        "The invoice fields as the buyer's channel(s) read them (see the profile's `channels`).",
      ),
      channels: DocumentFieldsSchema,
      document: DocumentSummarySchema,
      stages: Type.Array(StageTimingSchema, { description: 'The stages in order with their durations.' }),
      incomplete: Type.Optional(IncompleteSchema),
      reason: Type.Optional(
        Type.Array(ReasonKindSchema, {
          description:
            'The kinds of reason of the verdict: the kinds of its error findings, each once, in the fixed order `unreadable`, `data`, `delivery`. Empty when no finding is an error. Absent only in reports made before it existed.',
          examples: [['data']],
        }),
      ),
      checks: Type.Optional(CheckSummarySchema),
      engine: Type.Object(
        { name: Type.Literal('proeffactuur'), version: Type.String() },
        { description: 'Engine identity, so a report can be traced to the code that made it.' },
      ),
    },
    {
      description:
        'The result of checking one file against one profile version. `fields` are the invoice fields as the buyer’s channel(s) read them; `channels` is what each channel that ran read (values with their runner-up candidates, VAT lines, ambiguities). `incomplete` is present when the run could not check everything; the verdict is then never `accepted`. `reason` says which kinds of problem the verdict rests on (cannot be read, data wrong or missing, will not arrive) and `checks` how many checks ran and passed.',
    },
  ),
);

/**
 * The result of checking one file against one profile version. Contains no timestamps, so the same
 * file and profile give the same report through the CLI and the API (stage times aside).
 * `fields` are the invoice fields as the buyer's channel(s) read them; `channels` what each channel
 * that ran read (values with their runner-up candidates, VAT lines, ambiguities); `incomplete` is
 * present when the run could not check everything, and the verdict is then never `accepted`; `reason`
 * the kinds of the error findings in priority order (`unreadable`, `data`, `delivery`); `checks` how many
 * checks ran and which passed or failed.
 */
export type Report = Contract<typeof ReportSchema>;
