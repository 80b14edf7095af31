/**
 * The API's own contracts, each defined once as a TypeBox schema: the run (whole and in a list) and
 * the stored profile. From here come the TypeScript types `run-view.ts` returns, the OpenAPI
 * components (`openapi/components.ts`) and, through the served document, the client's types.
 */
import { Type } from '@sinclair/typebox';
import { type Contract, component, StringEnum } from '../../engine/model/contract.js';
import { FileKindSchema } from '../../engine/model/document.js';
import { LocalizedTextSchema, VerdictSchema } from '../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { ProfileRefSchema, ReportSchema } from '../../engine/model/report.js';
import { profileSchema } from '../../profiles/schema.js';
import { RUN_STATUSES } from '../store/runs.js';

const dateTime = Type.String({ format: 'date-time' });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** Where a run is, kept apart from its verdict. */
export const RunStatusSchema = component(
  'RunStatus',
  StringEnum(RUN_STATUSES, { description: 'Where a run is, kept apart from its verdict.' }),
);

/** The uploaded file of a run. */
export const RunFileSchema = component(
  'RunFile',
  Type.Object({
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    name: Type.Optional(Type.String()),
    bytes: Type.Integer({ minimum: 0 }),
    kind: FileKindSchema,
  }),
);

/** The links of a run. */
export const RunLinksSchema = component(
  'RunLinks',
  Type.Object({
    self: Type.String({ examples: ['/api/runs/run_3q2-Xx8cV0pSg7m1yQb2Zg'] }),
    reportHtml: Type.String({ examples: ['/api/runs/run_3q2-Xx8cV0pSg7m1yQb2Zg/report.html'] }),
  }),
);

/** What a running run is doing. */
export const RunProgressSchema = component(
  'RunProgress',
  Type.Object(
    {
      stage: Type.String(),
      page: Type.Optional(Type.Integer()),
      pageCount: Type.Optional(Type.Integer()),
    },
    {
      description:
        'What a running run is doing: the stage, and the page of the pages when it goes page by page.',
    },
  ),
);

/** A run, as `GET /api/runs/{id}` answers. */
export const RunSchema = component(
  'Run',
  Type.Object(
    {
      id: Type.String({ pattern: '^run_[A-Za-z0-9_-]{22}$' }),
      status: RunStatusSchema,
      profile: ProfileRefSchema,
      file: nullable(RunFileSchema),
      supplierReference: nullable(Type.String()),
      callbackUrl: nullable(Type.String({ format: 'uri' })),
      callback: Type.Optional(
        Type.Object(
          { url: Type.String({ format: 'uri' }), secret: Type.String() },
          {
            description:
              'Only in the answer to `POST /api/runs` with a `callbackUrl`: the secret that signs this run’s callbacks (see the webhooks).',
          },
        ),
      ),
      createdAt: dateTime,
      startedAt: nullable(dateTime),
      finishedAt: nullable(dateTime),
      erasedAt: nullable(dateTime),
      verdict: nullable(VerdictSchema),
      progress: Type.Optional(RunProgressSchema),
      error: Type.Optional(
        Type.Object(
          { code: Type.String(), message: LocalizedTextSchema },
          { description: 'Why a run that did not complete stopped.' },
        ),
      ),
      report: nullable(ReportSchema),
      parentRunId: Type.Optional(
        Type.String({ description: 'For the run of a PDF taken from an e-mail message: the message’s run.' }),
      ),
      childRunIds: Type.Optional(
        Type.Array(Type.String(), {
          description: 'For the run of an e-mail message: the runs of its PDF attachments, in message order.',
        }),
      ),
      links: RunLinksSchema,
    },
    {
      description:
        'A run. The verdict is kept apart from the status: a run that could not finish reports `undetermined`, never `accepted`. After erasure (`erasedAt` set) only id, status, times, verdict and profile id/version remain.',
    },
  ),
);

/** A run as the API shows it (`GET /api/runs/{id}`): status, verdict, report and links. */
export type Run = Contract<typeof RunSchema>;

/** A run in a list: no report. */
export const RunSummarySchema = component(
  'RunSummary',
  Type.Object(
    {
      id: Type.String(),
      status: RunStatusSchema,
      profile: ProfileRefSchema,
      supplierReference: nullable(Type.String()),
      fileName: nullable(Type.String()),
      createdAt: dateTime,
      finishedAt: nullable(dateTime),
      erasedAt: nullable(dateTime),
      verdict: nullable(VerdictSchema),
      parentRunId: Type.Optional(
        Type.String({ description: 'For the run of a PDF taken from an e-mail message: the message’s run.' }),
      ),
      links: RunLinksSchema,
    },
    { description: 'A run in a list: no report.' },
  ),
);

/** A run in a list (`GET /api/runs`): no report. */
export type RunSummary = Contract<typeof RunSummarySchema>;

/** A page of the buyer's runs. */
export const RunListSchema = component(
  'RunList',
  Type.Object({
    runs: Type.Array(RunSummarySchema),
    nextCursor: nullable(
      Type.String({ description: 'Pass as `cursor` for the next page; null on the last.' }),
    ),
  }),
);

/** A page of the buyer's runs (`GET /api/runs`). */
export type RunList = Contract<typeof RunListSchema>;

/** A run as its supplier sees it: a `Run` without `links`. */
export const SupplierRunSchema = component(
  'SupplierRun',
  Type.Omit(RunSchema, ['links'], {
    description: 'A run as its supplier sees it: a `Run` without `links`.',
  }),
);

/** A run as its supplier sees it (`/api/i/{token}/runs/{id}`): a `Run` without `links`. */
export type SupplierRun = Contract<typeof SupplierRunSchema>;

/** The acceptance-profile schema (`profiles/acceptance-profile.schema.json`, checks included) as the
 * contract's profile: the JSON Schema file is its source; `AcceptanceProfile` is tested against it. */
export const AcceptanceProfileSchema = component(
  'AcceptanceProfile',
  Type.Unsafe<AcceptanceProfile>(profileSchema()),
);
