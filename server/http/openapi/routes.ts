/**
 * The route table: every operation of the HTTP API as data — method, path, summary, description,
 * security, parameters, request body and answers, the answers by reference to the components
 * (`components.ts`). `document.ts` assembles the OpenAPI document from it; `test/server/openapi.test.ts`
 * fails when it and the Express routes disagree.
 */

import { findCheck } from '../../../checks/index.js';
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from '../../services/invitations.js';
import { MAX_IMPORT_BYTES } from '../../services/supplier-import.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../store/audit.js';
import { MAX_FAILURES, MAX_FAILURES_PER_ADDRESS, SESSION_COOKIE } from '../session.js';
import {
  type Json,
  json,
  KEY_OPTIONAL,
  KEY_REQUIRED,
  NO_KEY,
  param,
  ref,
  SESSION_OPTIONAL,
} from './builders.js';
import { FILE_PART, type RESPONSES } from './components.js';

/** A problem status an operation can answer with (see `RESPONSES`). */
export type ProblemStatus = keyof typeof RESPONSES;

/** The groups of operations in the reference. */
export type Tag =
  | 'Runs'
  | 'Profiles'
  | 'Webhooks'
  | 'Session'
  | 'Onboarding'
  | 'Supplier'
  | 'Service'
  | 'Audit';

/** One operation of the API. */
export interface Operation {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. `/api/runs/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly Tag[];
  /** Who may call it (`builders.ts`); a browser session is added where a key is accepted. */
  readonly security: readonly Json[];
  /** Parameter objects, or `param(name)` references to the shared ones. */
  readonly parameters?: readonly Json[];
  /** The request body object; `x-error-code` names the code of a body that breaks the route's own
   * rules, `x-body-validator` another validator that checks it. */
  readonly requestBody?: Json;
  /** The answers other than problems, by status. */
  readonly responses: Readonly<Record<string, Json>>;
  /**
   * The problem statuses it can answer with. Each gets a reference to its shared answer, plus `429`
   * (rate limits apply everywhere) and `default` (500 and anything unforeseen). Absent: the answers
   * are all in `responses`.
   */
  readonly errors?: readonly ProblemStatus[];
}

const runId = param('RunId');
const invitationId = param('InvitationId');
const token = param('InvitationToken');

const list = (name: string): Json => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'array', items: {} } },
});

const withLink = (description: string): Json => ({
  description,
  headers: { 'Cache-Control': { description: '`no-store`.', schema: { type: 'string' } } },
  ...json(ref('InvitationWithLink')),
});

const eventStream = (runSchema: string): Json => ({
  description: `Server-Sent Events until the run ends: \`status\` once on connect (\`{"status", "progress"?}\`), \`progress\` for each stage or page (\`{"stage", "page"?, "pageCount"?}\`), then \`finished\` with the whole run (\`${runSchema}\`), after which the stream closes. A run that already ended gets \`finished\` at once. A comment line every 15 s keeps the stream open; reconnect after \`retry\` (2 s).`,
  content: {
    'text/event-stream': {
      schema: { type: 'string' },
      example: 'retry: 2000\n\nevent: status\ndata: {"status":"running","progress":{"stage":"text"}}\n\n',
    },
  },
});

/** A JSON body whose schema is `schema`, with the `example` Swagger's "Try it out" starts from. */
const jsonExample = (schema: Json, example: unknown): Json => ({
  content: { 'application/json': { schema, example } },
});

/** A small stored profile: a text-layer buyer that wants the invoice number and total. */
const PROFILE_EXAMPLE = {
  name: 'ACME crediteuren',
  channels: 'text',
  buyer: { name: 'ACME B.V.' },
  delivery: { invoiceAddress: 'facturen@acme.example', manualApproval: true },
};

const SUPPLIER_HEADERS = {
  'Cache-Control': { description: '`no-store`: the token is a secret.', schema: { type: 'string' } },
  'Referrer-Policy': { description: '`no-referrer`.', schema: { type: 'string' } },
};

/** The later run of a comparison. */
const OTHER_RUN_ID: Json = {
  name: 'other',
  in: 'path',
  required: true,
  description: 'The later run (the try to compare with).',
  schema: { type: 'string' },
  example: 'run_BBBBBBBBBBBBBBBBBBBBBB',
};

const COMPARED_RUN: Json = {
  type: 'object',
  required: ['id', 'createdAt', 'finishedAt', 'verdict', 'file', 'profile', 'pageCount'],
  properties: {
    id: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
    verdict: { type: ['string', 'null'] },
    file: { type: 'object' },
    profile: { type: 'object' },
    pageCount: { type: 'integer', minimum: 0 },
  },
};

/** A comparison of two runs. */
const COMPARISON_ANSWER: Json = json(
  {
    type: 'object',
    required: ['before', 'after', 'findings', 'fields'],
    properties: {
      before: COMPARED_RUN,
      after: COMPARED_RUN,
      findings: {
        type: 'object',
        required: ['fixed', 'new', 'unchanged'],
        properties: {
          fixed: { type: 'array', items: ref('Finding'), description: 'Only in the earlier run.' },
          new: { type: 'array', items: ref('Finding'), description: 'Only in the later run.' },
          unchanged: { type: 'array', items: ref('Finding'), description: 'In both.' },
        },
      },
      fields: {
        type: 'array',
        description: 'Fields whose normalised value changed (null: not read).',
        items: {
          type: 'object',
          required: ['field', 'before', 'after'],
          properties: {
            field: { type: 'string' },
            before: { type: ['string', 'null'] },
            after: { type: ['string', 'null'] },
          },
        },
      },
    },
  },
  'The comparison.',
);

/** `format` of a certificate download. */
const CERTIFICATE_FORMAT: Json = {
  name: 'format',
  in: 'query',
  description: '`json` (default) or `pdf`.',
  schema: { type: 'string', enum: ['json', 'pdf'] },
};

/** A certificate download. */
const CERTIFICATE_ANSWER: Json = {
  description: 'The certificate (as an attachment).',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['type', 'certificate', 'payload', 'verifyUrl'],
        properties: {
          type: { const: 'proeffactuur-test-certificate' },
          certificate: { type: 'string', description: 'Compact JWS (EdDSA / Ed25519).' },
          payload: { type: 'object', description: 'A readable copy of the signed payload.' },
          verifyUrl: { type: 'string' },
        },
      },
    },
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
  },
};

/** The filters of the analytics: a profile and the invitation dates. */
const STATS_FILTERS: Json[] = [
  {
    name: 'profile',
    in: 'query',
    description: 'Only invitations to test against this stored profile.',
    schema: { type: 'string', maxLength: 100 },
  },
  {
    name: 'invitedFrom',
    in: 'query',
    description: 'Only invitations made at or after this date or moment.',
    schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
    example: '2026-01-01',
  },
  {
    name: 'invitedTo',
    in: 'query',
    description: 'Only invitations made before this date or moment.',
    schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
  },
];

const rate = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const count = { type: 'integer', minimum: 0 };

/** The figures of `GET /api/stats` (`server/services/stats.ts`). */
const ONBOARDING_STATS: Json = {
  type: 'object',
  required: ['generatedAt', 'filter', 'funnel', 'links', 'daysToApproval', 'failingChecks', 'profiles'],
  properties: {
    generatedAt: { type: 'string', format: 'date-time' },
    filter: {
      type: 'object',
      required: ['profile', 'invitedFrom', 'invitedTo'],
      properties: {
        profile: { type: ['string', 'null'] },
        invitedFrom: { type: ['string', 'null'], format: 'date-time' },
        invitedTo: { type: ['string', 'null'], format: 'date-time' },
      },
    },
    funnel: {
      type: 'object',
      description:
        'Suppliers (invitations) that reached each stage or a later one: `opened` the link (or tested), `tested` (uploaded a sample), `passed` (a sample was accepted and not rejected by the buyer, or the buyer approved the supplier anyway), `approved` (cleared: approved by the buyer, or passed with enough samples where the profile asks no approval by hand), `live` (approved and the start date has come).',
      required: ['invited', 'opened', 'tested', 'passed', 'approved', 'live'],
      properties: {
        invited: count,
        opened: count,
        tested: count,
        passed: count,
        approved: count,
        live: count,
      },
    },
    links: {
      type: 'object',
      required: ['active', 'expired', 'revoked'],
      properties: { active: count, expired: count, revoked: count },
    },
    daysToApproval: {
      type: 'object',
      description:
        'Days from invitation to approval of the approved suppliers: nearest-rank median and 90th percentile (one decimal), and a histogram in whole days (`toDays: null`: and more).',
      required: ['count', 'median', 'p90', 'histogram'],
      properties: {
        count,
        median: { type: ['number', 'null'], minimum: 0 },
        p90: { type: ['number', 'null'], minimum: 0 },
        histogram: {
          type: 'array',
          items: {
            type: 'object',
            required: ['fromDays', 'toDays', 'count'],
            properties: { fromDays: count, toDays: { type: ['integer', 'null'], minimum: 0 }, count },
          },
        },
      },
    },
    failingChecks: {
      type: 'array',
      description:
        'The checks that fail most across suppliers (at most 10): `failedSuppliers` had an error finding of it in any run; `stuckSuppliers` are stuck on it (their latest run has an error finding of it, none of their runs passed and the buyer did not approve them anyway); `stuckShare` is that part of the suppliers that tested.',
      items: {
        type: 'object',
        required: ['checkId', 'title', 'failedSuppliers', 'stuckSuppliers', 'stuckShare'],
        properties: {
          checkId: { type: 'string' },
          title: ref('LocalizedText'),
          failedSuppliers: count,
          stuckSuppliers: count,
          stuckShare: rate,
        },
      },
    },
    profiles: {
      type: 'array',
      description:
        'Pass rate per profile: suppliers passed of suppliers tested, runs passed of runs with a verdict.',
      items: {
        type: 'object',
        required: [
          'profileId',
          'name',
          'suppliersTested',
          'suppliersPassed',
          'supplierPassRate',
          'runs',
          'runsPassed',
          'runPassRate',
        ],
        properties: {
          profileId: { type: 'string' },
          name: { type: ['string', 'null'] },
          suppliersTested: count,
          suppliersPassed: count,
          supplierPassRate: rate,
          runs: count,
          runsPassed: count,
          runPassRate: rate,
        },
      },
    },
  },
};

const STATS_EXAMPLE = {
  generatedAt: '2026-12-03T09:00:00.000Z',
  filter: { profile: null, invitedFrom: '2026-01-01T00:00:00.000Z', invitedTo: null },
  funnel: { invited: 40, opened: 31, tested: 25, passed: 18, approved: 15, live: 12 },
  links: { active: 33, expired: 5, revoked: 2 },
  daysToApproval: {
    count: 15,
    median: 4.2,
    p90: 13.5,
    histogram: [
      { fromDays: 0, toDays: 1, count: 3 },
      { fromDays: 2, toDays: 3, count: 4 },
      { fromDays: 4, toDays: 7, count: 5 },
      { fromDays: 8, toDays: 14, count: 2 },
      { fromDays: 15, toDays: 30, count: 1 },
      { fromDays: 31, toDays: null, count: 0 },
    ],
  },
  failingChecks: [
    {
      checkId: 'text.layer-present',
      title: findCheck('text.layer-present')!.title,
      failedSuppliers: 6,
      stuckSuppliers: 3,
      stuckShare: 0.12,
    },
  ],
  profiles: [
    {
      profileId: 'prf-aaaaaaaaaaaaaaaaaaaa',
      name: 'ACME crediteuren',
      suppliersTested: 25,
      suppliersPassed: 18,
      supplierPassRate: 0.72,
      runs: 41,
      runsPassed: 20,
      runPassRate: 0.4878,
    },
  ],
};

// --- run sets and the supplier portal ------------------------------------------------------------------

/** Who may call a supplier portal operation: the supplier session's cookie (and CSRF token to change). */
const SUPPLIER_READ: Json[] = [{ supplierCookie: [] }];
const SUPPLIER_WRITE: Json[] = [{ supplierCookie: [], csrfToken: [] }];

const RUN_SET_ID: Json = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'A run set id (`set_…`).',
  schema: { type: 'string', maxLength: 100 },
  example: 'set_AAAAAAAAAAAAAAAAAAAAAA',
};

/** A finding as the table of a run set lists it. */
const TABLE_FINDING: Json = {
  type: 'object',
  required: ['checkId', 'severity', 'messageId', 'message'],
  properties: {
    checkId: { type: 'string' },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    messageId: { type: 'string' },
    message: ref('LocalizedText'),
    hint: ref('LocalizedText'),
    location: { type: 'object' },
  },
};

/** A run set read back: each run with its buyer, profile, verdict and differing findings. */
const RUN_SET: Json = {
  type: 'object',
  required: ['id', 'fileName', 'sha256', 'createdAt', 'done', 'runs', 'common'],
  properties: {
    id: { type: 'string' },
    fileName: { type: ['string', 'null'] },
    sha256: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    done: { type: 'boolean', description: 'Whether every run has finished.' },
    runs: {
      type: 'array',
      description: 'One per profile (or invitation), in the order asked.',
      items: {
        type: 'object',
        required: ['runId', 'invitationId', 'buyer', 'profile', 'status', 'verdict', 'differing'],
        properties: {
          runId: { type: 'string' },
          invitationId: { type: ['string', 'null'] },
          buyer: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
          profile: {
            type: 'object',
            required: ['id', 'version', 'name'],
            properties: { id: { type: 'string' }, version: { type: 'integer' }, name: { type: 'string' } },
          },
          status: { anyOf: [ref('RunStatus'), { type: 'null' }] },
          verdict: { anyOf: [ref('Verdict'), { type: 'null' }] },
          differing: {
            type: 'array',
            items: TABLE_FINDING,
            description: 'Errors and warnings of this run that not every finished run has.',
          },
        },
      },
    },
    common: {
      type: 'array',
      items: TABLE_FINDING,
      description: 'Errors and warnings every finished run has (once at least two finished), listed once.',
    },
    links: { type: 'object' },
  },
};

const RUN_SET_EXAMPLE = {
  id: 'set_AAAAAAAAAAAAAAAAAAAAAA',
  fileName: 'factuur.pdf',
  sha256: '0'.repeat(64),
  createdAt: '2026-12-03T10:00:00.000Z',
  done: true,
  runs: [
    {
      runId: 'run_AAAAAAAAAAAAAAAAAAAAAA',
      invitationId: null,
      buyer: { name: 'ACME B.V.' },
      profile: { id: 'prf-acme', version: 1, name: 'ACME crediteuren' },
      status: 'completed',
      verdict: 'accepted',
      differing: [],
    },
  ],
  common: [],
  links: { self: '/api/run-sets/set_AAAAAAAAAAAAAAAAAAAAAA' },
};

const runSetAnswer = (description: string): Json => ({
  description,
  headers: { Location: { schema: { type: 'string' } } },
  content: { 'application/json': { schema: RUN_SET, example: RUN_SET_EXAMPLE } },
});

const SUPPLIER_SESSION_STATE: Json = {
  type: 'object',
  required: ['signedIn'],
  properties: {
    signedIn: { type: 'boolean' },
    email: { type: 'string' },
    csrfToken: { type: 'string', description: 'Send it back in `X-CSRF-Token` on POST and DELETE.' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
};

/** Every operation, in the order of the reference. */
export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/health',
    operationId: 'health',
    summary: 'Liveness',
    description:
      'The process answers (no database is read). For a liveness probe: restart the process when this fails. Rate-limited per address like other requests without a key.',
    tags: ['Service'],
    security: NO_KEY,
    responses: { '200': json(ref('Health'), 'Up.') },
    errors: [],
  },
  {
    method: 'get',
    path: '/ready',
    operationId: 'ready',
    summary: 'Readiness',
    description:
      'Whether this process should get traffic: the database answers, its schema is current, the pipeline pool has workers, and it is not shutting down (after SIGTERM it answers 503 at once). The body names each check; `503` names what is not ready. For a readiness probe or a load balancer.',
    tags: ['Service'],
    security: NO_KEY,
    responses: {
      '200': json(ref('Readiness'), 'Ready.'),
      '503': {
        description: 'Not ready: the checks with `ok: false` say why.',
        content: {
          'application/json': {
            schema: ref('Readiness'),
            example: {
              status: 'not_ready',
              checks: {
                database: { ok: false, error: 'unreachable' },
                migrations: { ok: false, expected: 8 },
                queue: { ok: false, capacity: 1000 },
                workers: { ok: true, workers: 2, running: 0 },
                shutdown: { ok: true },
              },
            },
          },
        },
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/metrics',
    operationId: 'metrics',
    summary: 'Prometheus metrics',
    description:
      'The Prometheus text format: runs by status and verdict, stage and run durations, queue depth, OCR pages, webhook deliveries, e-mails, upload refusals by code, and the process metrics. Labels never carry ids, names or addresses. Answered to requests from the machine itself that came through no proxy (no `Forwarded` / `X-Forwarded-For` / `X-Real-IP` header), and to any request with `Authorization: Bearer <METRICS_TOKEN>` when that is set; others get `403 metrics_forbidden`.',
    tags: ['Service'],
    security: NO_KEY,
    responses: {
      '200': {
        description: 'The metrics.',
        content: {
          'text/plain': {
            schema: { type: 'string' },
            example:
              '# HELP proeffactuur_runs_finished_total Runs that ended, by status (completed, failed, timed_out) and verdict.\n# TYPE proeffactuur_runs_finished_total counter\nproeffactuur_runs_finished_total{status="completed",verdict="accepted"} 12\n',
          },
        },
      },
    },
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'openapi',
    summary: 'This document',
    tags: ['Service'],
    security: NO_KEY,
    responses: { '200': json({ type: 'object' }, 'The OpenAPI 3.1 document.') },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/docs',
    operationId: 'docs',
    summary: 'Browsable API reference',
    tags: ['Service'],
    security: NO_KEY,
    responses: {
      '200': { description: 'An HTML page (served by the app, no CDN).', content: { 'text/html': {} } },
    },
    errors: [],
  },
  {
    method: 'post',
    path: '/api/runs',
    operationId: 'submitRun',
    summary: 'Submit a sample invoice',
    description:
      'Stores the file and a queued run. `202` at once, or with `?wait=N` `201` once it finished. A run against a preset needs no key; with a key (scope `runs:write`) the run belongs to the buyer: listed, deletable with the key, and its events go to the buyer’s webhooks. Per buyer: an upload-size limit (`413 file_too_large`) and a limit on queued plus running runs (`429 too_many_active_runs`).',
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [param('Wait'), param('IdempotencyKey'), param('AcceptLanguage')],
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: ref('RunSubmission'),
          encoding: { file: { contentType: 'application/pdf, application/octet-stream' } },
        },
      },
    },
    responses: {
      '201': {
        description: 'The run, finished (only with `?wait`).',
        headers: { Location: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: ref('Run') } },
      },
      '202': {
        description: 'The run, queued or running. Poll its `Location` (with `?wait`) or wait for the event.',
        headers: { Location: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: ref('Run') } },
      },
    },
    errors: [400, 401, 403, 409, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/runs',
    operationId: 'listRuns',
    summary: "The buyer's runs",
    description: 'Newest first; filter by profile, verdict, status and creation time; page with `cursor`.',
    tags: ['Runs'],
    security: KEY_REQUIRED,
    parameters: [
      {
        name: 'profile',
        in: 'query',
        description: 'A profile or preset id.',
        schema: { type: 'string', maxLength: 100 },
      },
      { name: 'verdict', in: 'query', schema: ref('Verdict') },
      { name: 'status', in: 'query', schema: ref('RunStatus') },
      {
        name: 'createdFrom',
        in: 'query',
        description: 'Runs created at or after this date or moment.',
        schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
      },
      {
        name: 'createdTo',
        in: 'query',
        description: 'Runs created before this date or moment.',
        schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
      },
      param('Limit'),
      param('Cursor'),
    ],
    responses: { '200': json(ref('RunList'), 'A page of runs.') },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/runs/{id}',
    operationId: 'getRun',
    summary: 'A run: status, verdict and report',
    description:
      "Readable by its unguessable id. With a key, another buyer's run is `404`. An erased run has only its id, status, times and verdict.",
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [runId, param('Wait')],
    responses: { '200': json(ref('Run'), 'The run.') },
    errors: [400, 401, 404],
  },
  {
    method: 'delete',
    path: '/api/runs/{id}',
    operationId: 'deleteRun',
    summary: "Erase a run's file, page images and report",
    description:
      "The uploaded file (unless another run still uses the same file), page images and report are erased; the run keeps its id, times and verdict. A buyer's run needs its key (`runs:write`); a run without a buyer is erased by whoever has its id. Idempotent.",
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [runId],
    responses: { '204': { description: 'Erased.' } },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/runs/{id}/report.html',
    operationId: 'getRunReportHtml',
    summary: 'The report as a printable HTML page',
    description:
      'Self-contained (no scripts, no external resources), escaped, printable. In Dutch, German or French with `?lang=nl|de|fr` or `Accept-Language` (`de-DE`, `fr-BE`, … count; quality values honoured); English otherwise.',
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [
      runId,
      { name: 'lang', in: 'query', schema: { type: 'string', enum: ['nl', 'en', 'de', 'fr'] } },
      param('AcceptLanguage'),
    ],
    responses: {
      '200': {
        description: 'The report page.',
        content: { 'text/html': { schema: { type: 'string' } } },
      },
    },
    errors: [400, 401, 404, 409, 410],
  },
  {
    method: 'get',
    path: '/api/runs/{id}/pages/{file}',
    operationId: 'getRunPageImage',
    summary: 'A page of the run as an image, with boxes',
    description:
      'Page n (1-based) of the uploaded file rendered as PNG at about 100 DPI, with blue boxes around the fields the buyer’s software read and red boxes around the problems found on that page. `?boxes=none` gives the plain page. Same access as `GET /api/runs/{id}`. `404 page_image_unavailable` when there is no such page (or the file has no pages, e.g. XML), `409 run_not_finished` while the run is queued or running, `410 run_erased` after erasure.',
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [
      runId,
      {
        name: 'file',
        in: 'path',
        required: true,
        description: 'The page number (1-based) and `.png`, e.g. `1.png`.',
        schema: { type: 'string', examples: ['1.png'] },
      },
      {
        name: 'boxes',
        in: 'query',
        description: '`none` for the page without boxes; anything else (or nothing) draws them.',
        schema: { type: 'string', examples: ['none'] },
      },
    ],
    responses: {
      '200': {
        description: 'The page.',
        content: { 'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } } },
      },
    },
    errors: [401, 404, 409, 410],
  },
  {
    method: 'get',
    path: '/api/presets',
    operationId: 'listPresets',
    summary: 'The preset profiles',
    tags: ['Profiles'],
    security: NO_KEY,
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['presets', 'default', 'groups'],
          properties: {
            presets: { type: 'array', items: ref('Preset') },
            default: { type: 'string' },
            groups: {
              type: 'array',
              items: ref('PresetGroup'),
              description: 'The same presets by vendor, in the order the pages show them.',
            },
          },
        },
        'The presets, and the same presets grouped by vendor.',
      ),
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/presets/{id}',
    operationId: 'getPreset',
    summary: 'A whole preset',
    tags: ['Profiles'],
    security: NO_KEY,
    parameters: [param('PresetId')],
    responses: { '200': json(ref('AcceptanceProfile'), 'The preset.') },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/checks',
    operationId: 'listChecks',
    summary: 'The checks a profile can name',
    tags: ['Profiles'],
    security: NO_KEY,
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['checks'],
          properties: { checks: { type: 'array', items: ref('CheckInfo') } },
        },
        'The checks, with titles in both languages.',
      ),
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/schema/profile',
    operationId: 'getProfileSchema',
    summary: 'The acceptance-profile JSON Schema',
    tags: ['Profiles'],
    security: NO_KEY,
    responses: {
      '200': {
        description: 'JSON Schema 2020-12, `checks` included.',
        content: { 'application/schema+json': { schema: { type: 'object' } } },
      },
    },
    errors: [],
  },
  {
    method: 'post',
    path: '/api/profiles/validate',
    operationId: 'validateProfile',
    summary: 'Validate a profile without saving',
    description:
      "No key needed. With `?profile=<id>` and the owner's key it judges the document as a new version of that profile.",
    tags: ['Profiles'],
    security: KEY_OPTIONAL,
    parameters: [{ name: 'profile', in: 'query', schema: { type: 'string', maxLength: 100 } }],
    requestBody: {
      required: true,
      'x-body-validator': 'profile',
      ...jsonExample(ref('AcceptanceProfile'), PROFILE_EXAMPLE),
    },
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['valid', 'profile'],
          properties: { valid: { const: true }, profile: ref('AcceptanceProfile') },
        },
        'Valid.',
      ),
    },
    errors: [400, 401, 404, 413, 415],
  },
  {
    method: 'post',
    path: '/api/profiles/preview',
    operationId: 'previewProfile',
    summary: 'Check a sample against an unsaved profile',
    description:
      'The profile editor’s live preview: the sample in `file` is checked against the profile in the form field `profile` (a JSON document, validated as `POST /api/profiles/validate` does), within the buyer’s upload limits. Answers the finished run (waits up to `?wait` seconds, default 60); the run is then erased, so neither file nor report is kept.',
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    parameters: [param('Wait'), param('AcceptLanguage')],
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file', 'profile'],
            properties: {
              file: { type: 'string', contentMediaType: 'application/pdf' },
              profile: {
                type: 'string',
                description: 'The acceptance profile as JSON (a form field, not a file).',
                example: JSON.stringify(PROFILE_EXAMPLE),
              },
            },
          },
          encoding: { file: { contentType: 'application/pdf, application/octet-stream' } },
        },
      },
    },
    responses: {
      '200': json(ref('Run'), 'The finished run (already erased on the server).'),
      '202': json(
        ref('Run'),
        'Still running after the wait: read it with `GET /api/runs/{id}` (it is not erased).',
      ),
    },
    errors: [400, 401, 403, 413, 415, 503],
  },
  {
    method: 'post',
    path: '/api/profiles',
    operationId: 'createProfile',
    summary: 'Store a new profile (version 1)',
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    requestBody: {
      required: true,
      'x-body-validator': 'profile',
      ...jsonExample(ref('AcceptanceProfile'), PROFILE_EXAMPLE),
    },
    responses: {
      '201': {
        description: 'Stored.',
        headers: { Location: { schema: { type: 'string' } } },
        ...json(ref('StoredProfile')),
      },
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    method: 'get',
    path: '/api/profiles',
    operationId: 'listProfiles',
    summary: "The buyer's profiles",
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    parameters: [{ name: 'archived', in: 'query', schema: { type: 'string', enum: ['true', 'false'] } }],
    responses: {
      '200': json(
        {
          ...list('profiles'),
          properties: { profiles: { type: 'array', items: ref('ProfileSummary') } },
        },
        'The profiles.',
      ),
    },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/profiles/{id}',
    operationId: 'getProfile',
    summary: 'The latest version of a profile',
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    parameters: [param('ProfileId')],
    responses: { '200': json(ref('StoredProfile'), 'The profile.') },
    errors: [401, 404],
  },
  {
    method: 'put',
    path: '/api/profiles/{id}',
    operationId: 'updateProfile',
    summary: 'Store a new version',
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    parameters: [param('ProfileId')],
    requestBody: {
      required: true,
      'x-body-validator': 'profile',
      ...jsonExample(ref('AcceptanceProfile'), PROFILE_EXAMPLE),
    },
    responses: {
      '200': json(ref('StoredProfile'), 'The profile.'),
    },
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'delete',
    path: '/api/profiles/{id}',
    operationId: 'archiveProfile',
    summary: 'Archive a profile',
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    parameters: [param('ProfileId')],
    responses: { '204': { description: 'Archived.' } },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/profiles/{id}/versions/{version}',
    operationId: 'getProfileVersion',
    summary: 'One version of a profile, as it was',
    tags: ['Profiles'],
    security: KEY_REQUIRED,
    parameters: [
      param('ProfileId'),
      {
        name: 'version',
        in: 'path',
        required: true,
        schema: { type: 'string', pattern: '^[0-9]+$' },
        example: '1',
      },
    ],
    responses: { '200': json(ref('ProfileVersion'), 'The version.') },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/webhooks',
    operationId: 'listWebhooks',
    summary: "The buyer's webhooks",
    tags: ['Webhooks'],
    security: KEY_REQUIRED,
    responses: { '200': json(ref('WebhookList'), 'The webhooks (without secrets).') },
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/webhooks',
    operationId: 'createWebhook',
    summary: 'Register a webhook',
    description:
      'The answer carries the signing `secret`, once. In production mode the URL may not point at a private, loopback or link-local address (checked now and at every delivery, after resolving the name).',
    tags: ['Webhooks'],
    security: KEY_REQUIRED,
    requestBody: {
      required: true,
      ...jsonExample(ref('WebhookCreate'), {
        url: 'https://erp.acme.example/proeffactuur/events',
        events: ['run.completed'],
        description: 'ERP koppeling',
      }),
    },
    responses: {
      '201': {
        description: 'Registered.',
        headers: { Location: { schema: { type: 'string' } } },
        ...json(ref('Webhook')),
      },
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    method: 'get',
    path: '/api/webhooks/{id}',
    operationId: 'getWebhook',
    summary: 'A webhook',
    tags: ['Webhooks'],
    security: KEY_REQUIRED,
    parameters: [param('WebhookId')],
    responses: { '200': json(ref('Webhook'), 'The webhook.') },
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/webhooks/{id}',
    operationId: 'updateWebhook',
    summary: 'Change a webhook (URL, events, description, enabled)',
    tags: ['Webhooks'],
    security: KEY_REQUIRED,
    parameters: [param('WebhookId')],
    requestBody: { required: true, ...jsonExample(ref('WebhookUpdate'), { enabled: false }) },
    responses: { '200': json(ref('Webhook'), 'The webhook.') },
    errors: [400, 401, 403, 404, 413, 415],
  },
  {
    method: 'delete',
    path: '/api/webhooks/{id}',
    operationId: 'deleteWebhook',
    summary: 'Delete a webhook and its deliveries',
    tags: ['Webhooks'],
    security: KEY_REQUIRED,
    parameters: [param('WebhookId')],
    responses: { '204': { description: 'Deleted.' } },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/webhooks/{id}/deliveries',
    operationId: 'listWebhookDeliveries',
    summary: "A webhook's deliveries and their status",
    tags: ['Webhooks'],
    security: KEY_REQUIRED,
    parameters: [
      param('WebhookId'),
      {
        name: 'status',
        in: 'query',
        schema: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
      },
      param('Limit'),
      param('Cursor'),
    ],
    responses: { '200': json(ref('DeliveryList'), 'Newest first.') },
    errors: [400, 401, 404],
  },
  {
    method: 'get',
    path: '/api/outbox',
    operationId: 'listOutbox',
    summary: "The buyer's outbox: e-mails sent or kept on its behalf",
    description:
      'Invitations, reminders, notices and verdict replies, newest first, with their delivery state: `held` (no mail relay is configured: the message is kept here and nothing is sent), `pending` (waiting for its first attempt or a retry; `lastError` says why the last one failed), `sent`, `failed` (given up, or refused because the send queue was full). Only the buyer’s own messages.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [
      {
        name: 'status',
        in: 'query',
        schema: { type: 'string', enum: ['held', 'pending', 'sent', 'failed'] },
      },
      param('Limit'),
      param('Cursor'),
    ],
    responses: { '200': json(ref('OutboxList'), 'Newest first.') },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/outbox/{id}',
    operationId: 'getOutboxMessage',
    summary: 'One message of the outbox',
    description: "Another buyer's message is `404`, like one that does not exist.",
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [
      {
        name: 'id',
        in: 'path',
        required: true,
        description: 'A message id (`msg_…`).',
        schema: { type: 'string' },
        example: 'msg_AAAAAAAAAAAAAAAA',
      },
    ],
    responses: { '200': json(ref('OutboxMessage'), 'The message.') },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/session',
    operationId: 'signIn',
    summary: 'Sign in to the buyer’s pages',
    description: `Opens a browser session with an API key, or with a user’s e-mail address and password, and sets its cookie (\`${SESSION_COOKIE}\`, HttpOnly, SameSite=Strict); a session this browser had is closed. Refused from another site’s page (\`403 cross_site_request\`, by its \`Origin\`). After ${MAX_FAILURES} failed attempts for one e-mail address, or ${MAX_FAILURES_PER_ADDRESS} from one client address, within 15 minutes, sign-in answers \`429 too_many_attempts\` for a while, even with the right password.`,
    tags: ['Session'],
    security: NO_KEY,
    parameters: [param('AcceptLanguage')],
    requestBody: {
      required: true,
      ...jsonExample(ref('SignIn'), { email: 'inkoop@example.nl', password: 'uw wachtwoord' }),
    },
    responses: {
      '201': {
        description: 'Signed in. Send `csrfToken` back in the CSRF header on state-changing requests.',
        headers: {
          'Set-Cookie': { description: 'The session cookie.', schema: { type: 'string' } },
        },
        ...json(ref('SessionState')),
      },
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    method: 'get',
    path: '/api/session',
    operationId: 'getSession',
    summary: 'Who is signed in',
    description:
      'Always `200`: signed out is `{"signedIn": false}`. Signed in, the answer carries the CSRF token the page must send back.',
    tags: ['Session'],
    security: SESSION_OPTIONAL,
    responses: { '200': json(ref('SessionState'), 'The session, or none.') },
    errors: [],
  },
  {
    method: 'delete',
    path: '/api/session',
    operationId: 'signOut',
    summary: 'Sign out',
    description: 'Closes the session (if any) and clears its cookie. Idempotent.',
    tags: ['Session'],
    security: SESSION_OPTIONAL,
    responses: {
      '204': {
        description: 'Signed out.',
        headers: {
          'Set-Cookie': { description: 'Clears the session cookie.', schema: { type: 'string' } },
        },
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/invitations',
    operationId: 'listInvitations',
    summary: "The buyer's invitations",
    description: 'Newest first, each with where its onboarding stands.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['invitations'],
          properties: { invitations: { type: 'array', items: ref('Invitation') } },
        },
        'The invitations.',
      ),
    },
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/invitations',
    operationId: 'createInvitation',
    summary: 'Invite a supplier',
    description:
      'Creates an invitation to test sample invoices against one of the buyer’s stored profiles (its latest version at each upload). The answer carries the supplier’s private link, once. The invitation is e-mailed to `supplierEmail` (through the mail relay, or kept in the buyer’s outbox when none is configured), with a reminder after `INVITATION_REMINDER_DAYS` when nothing was tested.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [param('AcceptLanguage')],
    requestBody: {
      required: true,
      'x-error-code': 'invitation_invalid',
      ...jsonExample(ref('InvitationCreate'), {
        supplierName: 'Bakkerij De Korenschoof',
        supplierEmail: 'administratie@korenschoof.example',
        profileId: 'prf-aaaaaaaaaaaaaaaaaaaa',
        expiresInDays: 30,
      }),
    },
    responses: {
      '201': {
        ...withLink('Invited.'),
        headers: {
          Location: { schema: { type: 'string' } },
          'Cache-Control': { description: '`no-store`.', schema: { type: 'string' } },
        },
      },
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    method: 'get',
    path: '/api/invitations/{id}',
    operationId: 'getInvitation',
    summary: 'An invitation and where it stands',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [invitationId],
    responses: { '200': json(ref('Invitation'), 'The invitation.') },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/invitations/{id}/revoke',
    operationId: 'revokeInvitation',
    summary: "Revoke an invitation's link",
    description:
      'The link stops working at once (`404 invitation_unavailable` for the supplier). `POST /api/invitations/{id}/link` gives a new one.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [invitationId],
    responses: { '200': json(ref('Invitation'), 'Revoked.') },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/invitations/{id}/link',
    operationId: 'renewInvitationLink',
    summary: 'A new link for an invitation',
    description:
      'The old link stops working; the new one (shown once) works for `expiresInDays`. Also re-opens a revoked or expired invitation. The body is optional.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [invitationId, param('AcceptLanguage')],
    requestBody: {
      required: false,
      'x-error-code': 'invitation_invalid',
      ...jsonExample(ref('InvitationLinkRequest'), { expiresInDays: 30 }),
    },
    responses: {
      '200': withLink('The invitation with its new link.'),
    },
    errors: [400, 401, 403, 404, 413],
  },
  {
    method: 'put',
    path: '/api/invitations/{id}/master-data',
    operationId: 'setInvitationMasterData',
    summary: "Set the supplier's master data of an invitation",
    description:
      'What the buyer’s vendor master holds for this supplier (name, VAT id, KvK, IBANs): every later sample is checked against it (`fields.seller-matches`). Replaces what was there; `null` or `{}` removes it. Runs made before keep the copy they were checked against.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [invitationId, param('AcceptLanguage')],
    requestBody: {
      required: true,
      'x-error-code': 'invitation_invalid',
      ...jsonExample(ref('SupplierMasterDataUpdate'), {
        masterData: {
          name: 'Bakkerij De Korenschoof B.V.',
          vatId: 'NL123456782B01',
          kvk: '12345678',
          ibans: ['NL91ABNA0417164300'],
        },
      }),
    },
    responses: { '200': json(ref('Invitation'), 'The invitation with its master data.') },
    errors: [400, 401, 403, 404, 413, 415],
  },
  {
    method: 'post',
    path: '/api/invitations/import',
    operationId: 'importSuppliers',
    summary: 'Invite suppliers from a CSV list',
    description: [
      'Creates an invitation with master data for each row of a CSV file (the body, `text/csv`). The header row names the columns, in Dutch or English: `name` / `naam` and `email` / `e-mail` are required; `vat` / `btw`, `kvk`, `iban` and `language` / `taal` are optional (other columns are ignored). The delimiter is taken from the header line: `;` (as Dutch Excel writes it), `,` or tab; a UTF-8 byte-order mark is dropped, and a file that is not UTF-8 is read as Windows-1252. Several IBANs go in one cell, separated by `|` or `;` (quote the cell when `;` is the delimiter).',
      '',
      'A row is refused, and the others created, when its e-mail address or an IBAN, VAT id or KvK number is invalid, or when its e-mail address or VAT id is already in an earlier row or already invited (links not revoked). Each created supplier gets the invitation e-mail. The answer lists every row.',
      '',
      'At most 10,000 rows and 5 MB: a larger file is `413 import_too_large`, and a file without a usable header `400 import_invalid`, before anything is created. With `Accept: application/x-ndjson` the answer streams one JSON line per 100 rows (`{"type":"progress","done","total"}`) and ends with `{"type":"report","report"}`.',
    ].join('\n'),
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [
      {
        name: 'profileId',
        in: 'query',
        description:
          'Required: one of the buyer’s stored profiles (`prf-…`), not archived, that the suppliers’ samples are checked against. Without it the answer is `400 import_invalid`, checked after the key (a missing key is `401` first).',
        schema: { type: 'string', maxLength: 100, example: 'prf-aaaaaaaaaaaaaaaaaaaa' },
      },
      {
        name: 'language',
        in: 'query',
        description: 'The invitations’ language, unless a row has its own (`language` column).',
        schema: { type: 'string', enum: ['nl', 'en', 'de', 'fr'], default: 'nl' },
      },
      {
        name: 'expiresInDays',
        in: 'query',
        description: 'How long the links work.',
        schema: { type: 'integer', minimum: 1, maximum: MAX_EXPIRY_DAYS, default: DEFAULT_EXPIRY_DAYS },
      },
      param('AcceptLanguage'),
    ],
    requestBody: {
      required: true,
      content: {
        'text/csv': {
          schema: { type: 'string', maxLength: MAX_IMPORT_BYTES },
          example:
            'naam;e-mail;btw;kvk;iban\nBakkerij De Korenschoof B.V.;administratie@korenschoof.example;NL123456782B01;12345678;"NL91ABNA0417164300|NL44RABO0123456789"\n',
        },
      },
    },
    responses: {
      '200': {
        description:
          'The report per row (or, for `Accept: application/x-ndjson`, progress lines ending in it).',
        headers: {
          'Cache-Control': {
            description: '`no-store`: the report holds the links.',
            schema: { type: 'string' },
          },
        },
        content: {
          'application/json': { schema: ref('SupplierImportReport') },
          'application/x-ndjson': {
            schema: { type: 'string' },
            example: '{"type":"progress","done":100,"total":250}\n{"type":"report","report":{}}\n',
          },
        },
      },
    },
    errors: [400, 401, 403, 413, 415],
  },
  {
    method: 'get',
    path: '/api/runs/{id}/reviews',
    operationId: 'getRunReviews',
    summary: "A run's reviews",
    description:
      'The buyer’s decisions on one of its runs, whether it can be reviewed, and the invitation it was made through (if any).',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [runId],
    responses: { '200': json(ref('RunReviews'), 'The reviews.') },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/runs/{id}/reviews',
    operationId: 'reviewRun',
    summary: 'Approve or reject a sample (or approve a failed one, with a reason)',
    description:
      'A completed run with verdict `accepted` (after the invitation’s waivers) can be approved or rejected. A finished run of an invitation that did not pass (`rejected` or `undetermined`) can be approved all the same — an override — only with a reason in `comment` (`400 override_reason_required` without one); the review then has `override: true`. Anything else is `409 run_not_reviewable`. The last decision counts: an approval clears the supplier of the run’s invitation to send live invoices; a rejection sends it back to testing, with the comment. Every decision is written to the audit log. Emits `run.approved` or `run.rejected` to the buyer’s webhooks and the run’s callback. A read-only key gets `403`.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [runId, param('AcceptLanguage')],
    requestBody: {
      required: true,
      'x-error-code': 'review_invalid',
      ...jsonExample(ref('ReviewCreate'), {
        decision: 'approved',
        comment: 'Welkom! Vanaf 1 maart graag zo.',
      }),
    },
    responses: {
      '201': json(ref('Review'), 'Recorded.'),
    },
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'get',
    path: '/api/invitations/{id}/waivers',
    operationId: 'listWaivers',
    summary: 'The checks waived for a supplier',
    description:
      'Every waiver of the invitation, oldest first, removed and expired ones too (`active` tells).',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [invitationId],
    responses: { '200': json(ref('WaiverList'), 'The waivers.') },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/invitations/{id}/waivers',
    operationId: 'createWaiver',
    summary: 'Waive one check for one supplier',
    description:
      'The check’s findings no longer count for this supplier’s verdict: its samples are judged without them (supplier page, run views, readiness for approval), and the supplier’s report shows them as “waived by the buyer” with the reason. Only a check the invitation’s profile uses (`400 waiver_check_unused` otherwise). A waiver with `until` stops applying then. Written to the audit log. A read-only key gets `403`.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [invitationId, param('AcceptLanguage')],
    requestBody: {
      required: true,
      'x-error-code': 'waiver_invalid',
      ...jsonExample(ref('WaiverCreate'), {
        checkId: 'totals.sum-matches',
        reason: 'Ons boekhoudpakket rondt zelf af; een verschil van een cent is geen probleem.',
      }),
    },
    responses: {
      '201': {
        description: 'The waiver.',
        headers: { Location: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: ref('Waiver') } },
      },
    },
    errors: [400, 401, 403, 404, 413, 415],
  },
  {
    method: 'delete',
    path: '/api/waivers/{id}',
    operationId: 'removeWaiver',
    summary: 'Take a waiver back',
    description:
      'The check counts again for the supplier at once. The waiver is kept, marked removed; removing it again changes nothing. Written to the audit log with the optional `reason`. A read-only key gets `403`.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [
      param('WaiverId'),
      {
        name: 'reason',
        in: 'query',
        description: 'Why, for the audit log.',
        schema: { type: 'string', maxLength: 2000 },
        example: 'De leverancier heeft zijn software bijgewerkt.',
      },
    ],
    responses: { '200': json(ref('Waiver'), 'The waiver, removed.') },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/audit',
    operationId: 'listAudit',
    summary: 'The audit log',
    description:
      'Append-only: every approval, rejection and override of a sample, every waiver and its removal, every profile change (create, update, archive), API key change (create, revoke) and user change, with who, when, what and why. Newest first; filter by entity, action and time; page with `cursor`. A read-only key may read it.',
    tags: ['Audit'],
    security: KEY_REQUIRED,
    parameters: [
      {
        name: 'entityType',
        in: 'query',
        schema: { type: 'string', enum: [...AUDIT_ENTITY_TYPES] },
        example: 'run',
      },
      {
        name: 'entityId',
        in: 'query',
        description: 'One entity: a run, waiver, profile, key or user id.',
        schema: { type: 'string', maxLength: 100 },
      },
      { name: 'action', in: 'query', schema: { type: 'string', enum: [...AUDIT_ACTIONS] } },
      {
        name: 'from',
        in: 'query',
        description: 'Entries at or after this date or moment.',
        schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
      },
      {
        name: 'to',
        in: 'query',
        description: 'Entries before this date or moment.',
        schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
      },
      param('Limit'),
      param('Cursor'),
    ],
    responses: {
      '200': {
        description: 'A page of the log.',
        content: {
          'application/json': {
            schema: ref('AuditList'),
            example: {
              entries: [
                {
                  id: 2,
                  at: '2026-12-03T10:15:00.000Z',
                  actor: 'inkoop@acme.nl',
                  action: 'review.override',
                  entity: { type: 'run', id: 'run_AAAAAAAAAAAAAAAAAAAAAA' },
                  reason: 'Onze software leest deze scans goed; akkoord.',
                  data: { decision: 'approved', verdict: 'rejected', invitationId: 'inv_AAAAAAAAAAAAAAAA' },
                },
                {
                  id: 1,
                  at: '2026-12-03T10:14:00.000Z',
                  actor: 'inkoop@acme.nl',
                  action: 'waiver.created',
                  entity: { type: 'waiver', id: 'wvr_AAAAAAAAAAAAAAAA' },
                  reason: 'Ons boekhoudpakket rondt zelf af.',
                  data: { invitationId: 'inv_AAAAAAAAAAAAAAAA', checkId: 'totals.sum-matches', until: null },
                },
              ],
              nextCursor: null,
            },
          },
        },
      },
    },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/runs/{id}/events',
    operationId: 'streamRunEvents',
    summary: "A run's live progress (Server-Sent Events)",
    description:
      "A buyer's run needs its key or session; a run against a preset (no buyer) is readable by its id. Another buyer's run is `404`.",
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [runId],
    responses: { '200': eventStream('Run') },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/invoicing-software',
    operationId: 'listInvoicingSoftware',
    summary: 'The invoicing software a supplier can choose',
    description:
      'The list of the supplier’s inventory (`software` of `PUT /api/i/{token}/inventory`), with what each package can send besides a PDF and how. Cached for 5 minutes.',
    tags: ['Supplier'],
    security: NO_KEY,
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['software'],
          properties: { software: { type: 'array', items: ref('InvoicingSoftware') } },
        },
        'The packages, in the order suppliers see them.',
      ),
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/i/{token}',
    operationId: 'getSupplierInvitation',
    summary: 'What the supplier is asked, and its samples',
    description:
      'Records the first opening (stage `opened`). An expired, revoked or unknown token is `404 invitation_unavailable`, without any data.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, param('AcceptLanguage')],
    responses: {
      '200': { headers: SUPPLIER_HEADERS, ...json(ref('SupplierInvitation'), 'The invitation.') },
    },
    errors: [404],
  },
  {
    method: 'put',
    path: '/api/i/{token}/inventory',
    operationId: 'saveInventory',
    summary: 'Tell how the supplier invoices',
    description: 'Replaces the earlier answers. The buyer sees them with the invitation.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, param('AcceptLanguage')],
    requestBody: {
      required: true,
      'x-error-code': 'inventory_invalid',
      ...jsonExample(ref('InventoryAnswers'), {
        software: 'other',
        softwareOther: 'Eigen Excel-sjabloon',
        handmade: 'no',
      }),
    },
    responses: {
      '200': { headers: SUPPLIER_HEADERS, ...json(ref('Inventory'), 'Saved.') },
    },
    errors: [400, 404, 413, 415],
  },
  {
    method: 'post',
    path: '/api/i/{token}/runs',
    operationId: 'submitSupplierRun',
    summary: 'Upload a sample invoice',
    description:
      'Checks the file against the invitation’s profile (its latest version); the run belongs to the buyer and is listed with the invitation. Answers `202` at once: follow it with `GET /api/i/{token}/runs/{id}` (`?wait`) or its events. `409 profile_archived` when the buyer withdrew the profile.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, param('AcceptLanguage')],
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: { type: 'string', contentMediaType: 'application/pdf', description: FILE_PART },
            },
          },
          encoding: { file: { contentType: 'application/pdf, application/octet-stream' } },
        },
      },
    },
    responses: {
      '202': { headers: SUPPLIER_HEADERS, ...json(ref('SupplierRun'), 'The run, queued.') },
    },
    errors: [400, 404, 409, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/i/{token}/runs/{id}',
    operationId: 'getSupplierRun',
    summary: 'A sample’s run: status, verdict and report',
    description: 'Only runs made through this invitation; any other is `404 run_not_found`.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, runId, param('Wait'), param('AcceptLanguage')],
    responses: {
      '200': { headers: SUPPLIER_HEADERS, ...json(ref('SupplierRun'), 'The run.') },
    },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/i/{token}/runs/{id}/events',
    operationId: 'streamSupplierRunEvents',
    summary: "A sample's live progress (Server-Sent Events)",
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, runId],
    responses: { '200': eventStream('SupplierRun') },
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/i/{token}/runs/{id}/pages/{file}',
    operationId: 'getSupplierPageImage',
    summary: 'A page of a sample as an image, with boxes',
    description:
      'The page rendered as PNG with boxes around the fields read and the problems found. `404 page_image_unavailable` when there is no such page, the file was erased, or this server renders no pages.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [
      token,
      runId,
      {
        name: 'file',
        in: 'path',
        required: true,
        description: 'The page number (1-based) and `.png`.',
        schema: { type: 'string', pattern: '^[1-9][0-9]{0,3}\\.png$', examples: ['1.png'] },
      },
      {
        name: 'boxes',
        in: 'query',
        description: '`none` for the page without boxes; anything else (or nothing) draws them.',
        schema: { type: 'string', examples: ['none'] },
      },
    ],
    responses: {
      '200': {
        description: 'The page.',
        headers: SUPPLIER_HEADERS,
        content: { 'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } } },
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/i/{token}',
    operationId: 'invitationPage',
    summary: "The supplier's page (HTML)",
    description:
      'The link the buyer sends: the supplier’s page for a working token; for an expired, revoked or unknown one a short page (`404`, no data) that explains the link does not work and to ask for a new one. Not indexed by search engines.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [
      token,
      {
        name: 'lang',
        in: 'query',
        description:
          'Language of the page (default: `Accept-Language`, else Dutch). Any other value answers `302` to the same URL without `lang`.',
        schema: { type: 'string', enum: ['nl', 'en', 'de', 'fr'] },
      },
      param('AcceptLanguage'),
    ],
    responses: {
      '302': {
        description: '`lang` named no language of the page: go to the same URL without it.',
        headers: { Location: { schema: { type: 'string' } } },
      },
      '200': {
        description: 'The supplier’s page.',
        headers: SUPPLIER_HEADERS,
        content: { 'text/html': { schema: { type: 'string' } } },
      },
      '404': {
        description: 'The link does not work (any more).',
        content: { 'text/html': { schema: { type: 'string' } } },
      },
      default: { $ref: '#/components/responses/Problem' },
    },
  },
  // --- test certificates ------------------------------------------------------------------------------
  {
    method: 'get',
    path: '/api/runs/{id}/certificate',
    operationId: 'getRunCertificate',
    summary: 'A signed test certificate of a passing run',
    description:
      'For a completed run with verdict `accepted` that the buyer did not reject (`409 certificate_unavailable` otherwise): the certificate as JSON (`format=json`, the default; its `certificate` member is a compact JWS signed with Ed25519, keys at `/.well-known/jwks.json`) or as a one-page PDF (`format=pdf`) for people, with a QR code of the verify page. The PDF embeds the JWS and is sealed, so the PDF alone verifies.',
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [runId, CERTIFICATE_FORMAT],
    responses: { '200': CERTIFICATE_ANSWER },
    errors: [400, 401, 404, 409],
  },
  {
    method: 'get',
    path: '/api/i/{token}/runs/{id}/certificate',
    operationId: 'getSupplierCertificate',
    summary: 'The supplier’s signed test certificate of a passing sample',
    description: 'As `GET /api/runs/{id}/certificate`, for a run made through this invitation.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, runId, CERTIFICATE_FORMAT],
    responses: { '200': CERTIFICATE_ANSWER },
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/certificates/verify',
    operationId: 'verifyCertificate',
    summary: 'Verify a test certificate',
    description:
      'The body is the certificate file as downloaded (its JSON, its PDF, or the bare JWS; at most 2 MB). Checks the signature, the key (unknown or revoked keys fail) and that the file was not changed; with `sha256` (the sample’s, computed by the client so the sample need not be sent) also that the certificate belongs to that sample. A certificate that does not verify is a `200` with `valid: false` and the reason in Dutch and English; a body that is no certificate at all is `400 certificate_unreadable`.',
    tags: ['Service'],
    security: NO_KEY,
    parameters: [
      {
        name: 'sha256',
        in: 'query',
        description: 'The sample’s sha256, 64 hexadecimal characters.',
        schema: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
      },
    ],
    requestBody: {
      required: true,
      content: {
        'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
        'application/json': { schema: { type: 'object' } },
      },
    },
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['valid', 'reason', 'message', 'sample'],
          properties: {
            valid: { type: 'boolean' },
            reason: {
              type: 'string',
              enum: [
                'valid',
                'malformed',
                'file_changed',
                'bad_signature',
                'unknown_key',
                'revoked_key',
                'sample_mismatch',
              ],
            },
            message: {
              type: 'object',
              required: ['nl', 'en', 'de', 'fr'],
              properties: {
                nl: { type: 'string' },
                en: { type: 'string' },
                de: { type: 'string' },
                fr: { type: 'string' },
              },
            },
            form: { type: 'string', enum: ['json', 'pdf', 'jws'] },
            certificate: { type: 'object', description: 'The signed payload, when the signature verified.' },
            sample: { type: 'string', enum: ['matches', 'differs', 'not_given'] },
          },
        },
        'The outcome.',
      ),
    },
    errors: [400, 413],
  },
  {
    method: 'get',
    path: '/.well-known/jwks.json',
    operationId: 'getJwks',
    summary: 'The public keys of test certificates (JWKS)',
    description:
      'The Ed25519 keys that verify certificates: the current one and those replaced by rotation. `revoked` (an extension member) lists keys that were revoked: what they signed no longer verifies.',
    tags: ['Service'],
    security: NO_KEY,
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['keys', 'revoked'],
          properties: {
            keys: { type: 'array', items: { type: 'object' } },
            revoked: {
              type: 'array',
              items: {
                type: 'object',
                properties: { kid: { type: 'string' }, revokedAt: { type: 'string', format: 'date-time' } },
              },
            },
          },
        },
        'The key set.',
      ),
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/verify',
    operationId: 'verifyPage',
    summary: 'The public page that verifies a test certificate',
    tags: ['Service'],
    security: NO_KEY,
    responses: {
      '200': { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } },
    },
    errors: [],
  },
  // --- what changed between tries -----------------------------------------------------------------------
  {
    method: 'get',
    path: '/api/runs/{id}/compare/{other}',
    operationId: 'compareRuns',
    summary: 'What changed between two tries',
    description:
      'Two finished runs of this buyer: `{id}` the earlier try, `{other}` the later one. Findings matched by check id and location (page, field): `fixed` (only in the earlier), `new` (only in the later), `unchanged`; `fields` whose value changed. A run of another buyer is `404`; an unfinished run `409 run_not_finished`; an erased one `410 run_erased`.',
    tags: ['Runs'],
    security: KEY_REQUIRED,
    parameters: [runId, OTHER_RUN_ID],
    responses: { '200': COMPARISON_ANSWER },
    errors: [401, 404, 409, 410],
  },
  {
    method: 'get',
    path: '/api/i/{token}/runs/{id}/compare/{other}',
    operationId: 'compareSupplierRuns',
    summary: 'What changed between two of the supplier’s tries',
    description: 'As `GET /api/runs/{id}/compare/{other}`, for two runs made through this invitation.',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [token, runId, OTHER_RUN_ID],
    responses: { '200': COMPARISON_ANSWER },
    errors: [404, 409, 410],
  },
  {
    method: 'get',
    path: '/compare',
    operationId: 'comparePage',
    summary: 'The page that shows two tries side by side',
    description:
      'Parameters in the fragment (not sent to the server): `#a=RUN&b=RUN` for a signed-in buyer, plus `&token=…` on the supplier’s side.',
    tags: ['Service'],
    security: NO_KEY,
    responses: {
      '200': { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } },
    },
    errors: [],
  },
  // --- onboarding analytics -----------------------------------------------------------------------------
  {
    method: 'get',
    path: '/api/stats',
    operationId: 'getOnboardingStats',
    summary: 'Onboarding analytics: funnel, days to approval, failing checks, pass rate per profile',
    description:
      "The figures of the buyer's dashboard, over the buyer's invitations (filter by profile and invitation date). Any key of the buyer may read them.",
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: STATS_FILTERS,
    responses: {
      '200': {
        description: 'The figures.',
        content: { 'application/json': { schema: ONBOARDING_STATS, example: STATS_EXAMPLE } },
      },
    },
    errors: [400, 401],
  },
  {
    method: 'get',
    path: '/api/stats/suppliers.csv',
    operationId: 'exportSuppliersCsv',
    summary: 'The supplier list with status, as CSV',
    description:
      "One row per invitation, newest first: invitation, supplier, e-mail address, profile, invited at, link opened at, tests, latest result, approved at, live from, status. Streamed; UTF-8 with a byte order mark (so Excel shows accents); cells separated by `;` (Dutch Excel) or, with `delimiter=comma`, by `,`; a cell that starts with `=`, `+`, `-` or `@` gets a leading `'`, so a spreadsheet shows it as text instead of running it. Column titles and words in `lang`.",
    tags: ['Onboarding'],
    security: KEY_REQUIRED,
    parameters: [
      ...STATS_FILTERS,
      {
        name: 'delimiter',
        in: 'query',
        description: 'What separates the cells.',
        schema: { type: 'string', enum: ['semicolon', 'comma'], default: 'semicolon' },
      },
      {
        name: 'lang',
        in: 'query',
        description: 'Language of the column titles and words.',
        schema: { type: 'string', enum: ['nl', 'en', 'de', 'fr'], default: 'nl' },
      },
    ],
    responses: {
      '200': {
        description: 'The CSV file.',
        headers: {
          'Content-Disposition': {
            description: '`attachment; filename="leveranciers.csv"` (or `suppliers.csv`).',
            schema: { type: 'string' },
          },
        },
        content: {
          'text/csv': {
            schema: { type: 'string' },
            example:
              '\ufeffUitnodiging;Leverancier;E-mailadres;Profiel;Uitgenodigd op;Link geopend op;Tests;Laatste uitslag;Goedgekeurd op;Live vanaf;Status\r\ninv_AAAAAAAAAAAAAAAA;Bakkerij De Korenschoof;administratie@korenschoof.example;ACME crediteuren;2026-11-02T09:00:00.000Z;2026-11-02T10:12:00.000Z;2;goedgekeurd;2026-11-04T08:30:00.000Z;2026-11-04;Live\r\n',
          },
        },
      },
    },
    errors: [400, 401],
  },
  {
    method: 'post',
    path: '/api/run-sets',
    operationId: 'submitRunSet',
    summary: 'Check one file against several profiles',
    description:
      'One run per profile: repeat the form field `profile` (1 to 20; more is `400 too_many_profiles`, none is `400 no_profiles`; a profile named twice counts once). Each run goes through the same admission as `POST /api/runs` (size, active runs, bytes per day) and belongs to the key’s buyer, if a key is sent. The answer lists each run and the table: per profile its buyer, verdict and the findings that differ; the findings they all share once (`common`). `202` at once, or with `?wait=N` `201` once every run finished.',
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [param('Wait'), param('AcceptLanguage')],
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file', 'profile'],
            additionalProperties: false,
            properties: {
              file: { type: 'string', contentMediaType: 'application/pdf', description: FILE_PART },
              profile: {
                type: 'string',
                maxLength: 100,
                description:
                  'A preset id or a stored profile id (`prf-…`, with its owner’s key); repeat the field for each profile.',
                examples: ['lenient'],
              },
            },
          },
          encoding: { file: { contentType: 'application/pdf, application/octet-stream' } },
        },
      },
    },
    responses: {
      '201': runSetAnswer('The set, every run finished (only with `?wait`).'),
      '202': runSetAnswer('The set, runs queued or running. Read it back at its `Location`.'),
    },
    errors: [400, 401, 403, 404, 409, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/run-sets/{id}',
    operationId: 'getRunSet',
    summary: 'A run set with its table',
    description:
      'Each run’s status and verdict as they are now, and the findings that differ between the profiles. A set made with a key is read with that buyer’s key (another buyer gets `404`); a set of presets made without a key is read by its id.',
    tags: ['Runs'],
    security: KEY_OPTIONAL,
    parameters: [RUN_SET_ID],
    responses: { '200': runSetAnswer('The set.') },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/supplier/sign-in',
    operationId: 'requestSupplierSignIn',
    summary: 'E-mail a supplier a sign-in link',
    description:
      'Always `202` with the same answer, whether or not the address has invitations (no account enumeration). A one-time link, valid 15 minutes, is e-mailed only to an address with at least one live invitation; without a mail relay it is kept in the server’s outbox (no buyer’s outbox shows it). At most 5 links per address and 30 per client in 15 minutes (`429 too_many_attempts`).',
    tags: ['Supplier'],
    security: NO_KEY,
    parameters: [param('AcceptLanguage')],
    requestBody: {
      required: true,
      'x-error-code': 'supplier_email_invalid',
      ...jsonExample(
        {
          type: 'object',
          required: ['email'],
          properties: {
            email: { type: 'string', maxLength: 254 },
            language: {
              type: 'string',
              enum: ['nl', 'en', 'de', 'fr'],
              description: 'Of the e-mail (default: `Accept-Language`).',
            },
          },
        },
        { email: 'info@leverancier.nl', language: 'nl' },
      ),
    },
    responses: {
      '202': json(
        { type: 'object', required: ['sent'], properties: { sent: { const: true } } },
        'Asked. If the address has invitations, the link is on its way.',
      ),
    },
    errors: [400, 413, 415],
  },
  {
    method: 'post',
    path: '/api/supplier/session',
    operationId: 'supplierSignIn',
    summary: 'Sign a supplier in with its e-mailed link',
    description:
      'Uses the link’s token once and opens a supplier session (cookie `pf_supplier`, HttpOnly, SameSite=Strict, 12 hours). A link used before is `410 sign_in_link_used`, an expired one `410 sign_in_link_expired`, an unknown one `404 sign_in_link_invalid`.',
    tags: ['Supplier'],
    security: NO_KEY,
    requestBody: {
      required: true,
      ...jsonExample(
        { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 100 } } },
        { token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      ),
    },
    responses: {
      '201': {
        description: 'Signed in.',
        headers: {
          'Set-Cookie': { description: 'The supplier session cookie.', schema: { type: 'string' } },
        },
        ...json(SUPPLIER_SESSION_STATE),
      },
    },
    errors: [400, 404, 410, 413, 415],
  },
  {
    method: 'get',
    path: '/api/supplier/session',
    operationId: 'getSupplierSession',
    summary: 'Which supplier is signed in',
    description: 'Always `200`: signed out is `{"signedIn": false}`.',
    tags: ['Supplier'],
    security: [{}, { supplierCookie: [] }],
    responses: { '200': json(SUPPLIER_SESSION_STATE, 'The session, or none.') },
    errors: [],
  },
  {
    method: 'delete',
    path: '/api/supplier/session',
    operationId: 'supplierSignOut',
    summary: 'Sign a supplier out',
    description: 'Closes the supplier session (if any) and clears its cookie. Idempotent.',
    tags: ['Supplier'],
    security: [{}, { supplierCookie: [] }],
    responses: { '204': { description: 'Signed out.' } },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/supplier/invitations',
    operationId: 'listSupplierInvitations',
    summary: 'Every live invitation to the signed-in supplier, from all buyers',
    description:
      'The invitations addressed to the session’s e-mail address whose link still works: buyer, profile, stage, samples passed of required, the latest verdict.',
    tags: ['Supplier'],
    security: SUPPLIER_READ,
    responses: {
      '200': json(
        {
          type: 'object',
          required: ['email', 'invitations'],
          properties: {
            email: { type: 'string' },
            invitations: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'buyer', 'profile', 'stage', 'samples', 'latestVerdict', 'expiresAt'],
                properties: {
                  id: { type: 'string' },
                  buyer: { type: 'object' },
                  profile: { type: 'object' },
                  supplierName: { type: 'string' },
                  stage: { type: 'string' },
                  samples: {
                    type: 'object',
                    required: ['passed', 'required'],
                    properties: { passed: { type: 'integer' }, required: { type: 'integer' } },
                  },
                  latestVerdict: { type: ['string', 'null'] },
                  expiresAt: { type: 'string', format: 'date-time' },
                  createdAt: { type: 'string', format: 'date-time' },
                },
              },
            },
          },
        },
        'The invitations, newest first.',
      ),
    },
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/supplier/invitations/{id}/link',
    operationId: 'openSupplierInvitation',
    summary: 'A link to one of the supplier’s invitation pages',
    description:
      'A private link (`/i/<token>`) to the invitation’s page that works until the session ends; the link the buyer sent keeps working. Another supplier’s invitation is `404`, like one that does not exist.',
    tags: ['Supplier'],
    security: SUPPLIER_WRITE,
    parameters: [invitationId],
    responses: {
      '200': json(
        { type: 'object', required: ['link'], properties: { link: { type: 'string' } } },
        'The link.',
      ),
    },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/supplier/run-sets',
    operationId: 'submitSupplierRunSet',
    summary: 'Test one file against several of the supplier’s invitations',
    description:
      'Names the invitations in the query (`invitations=inv_a,inv_b`, 1 to 20), so each invitation’s buyer admits the upload before it is read. One run per invitation, made through it and counted for it as an upload on its page. Answers `202` with the set; read it back with `GET /api/supplier/run-sets/{id}` as the runs finish.',
    tags: ['Supplier'],
    security: SUPPLIER_WRITE,
    parameters: [
      {
        name: 'invitations',
        in: 'query',
        required: true,
        description: 'Comma-separated invitation ids.',
        schema: { type: 'string', maxLength: 2000 },
        example: 'inv_AAAAAAAAAAAAAAAA',
      },
      param('AcceptLanguage'),
    ],
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: { type: 'string', contentMediaType: 'application/pdf', description: FILE_PART },
            },
          },
          encoding: { file: { contentType: 'application/pdf, application/octet-stream' } },
        },
      },
    },
    responses: { '202': runSetAnswer('The set, runs queued.') },
    errors: [400, 401, 403, 404, 409, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/supplier/run-sets/{id}',
    operationId: 'getSupplierRunSet',
    summary: 'A supplier’s run set with its table',
    description: 'Only the session’s own sets; any other is `404 run_set_not_found`.',
    tags: ['Supplier'],
    security: SUPPLIER_READ,
    parameters: [RUN_SET_ID],
    responses: { '200': runSetAnswer('The set.') },
    errors: [401, 404],
  },
];
