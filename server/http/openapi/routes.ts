/**
 * The route table: every operation of the HTTP API as data — method, path, summary, description,
 * security, parameters, request body and answers, the answers by reference to the components
 * (`components.ts`). `document.ts` assembles the OpenAPI document from it; `test/server/openapi.test.ts`
 * fails when it and the Express routes disagree.
 */
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
export type Tag = 'Runs' | 'Profiles' | 'Webhooks' | 'Session' | 'Onboarding' | 'Supplier' | 'Service';

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

/** Every operation, in the order of the reference. */
export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/health',
    operationId: 'health',
    summary: 'Health and queue figures',
    tags: ['Service'],
    security: NO_KEY,
    responses: { '200': json(ref('Health'), 'Up.') },
    errors: [],
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
          required: ['presets', 'default'],
          properties: { presets: { type: 'array', items: ref('Preset') }, default: { type: 'string' } },
        },
        'The presets.',
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
    summary: 'Approve or reject a passing sample',
    description:
      'Only a completed run with verdict `accepted` (`409 run_not_reviewable` otherwise). The last decision counts: an approval clears the supplier of the run’s invitation to send live invoices; a rejection sends it back to testing, with the comment. Emits `run.approved` or `run.rejected` to the buyer’s webhooks and the run’s callback.',
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
];
