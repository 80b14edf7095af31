/**
 * The OpenAPI 3.1 document of the HTTP API, served at `/api/openapi.json` and rendered at `/api/docs`.
 * It is the contract: `server/http/openapi/validate.ts` validates requests against it, and
 * `test/server/openapi.test.ts` fails when the Express routes and these paths disagree, when a thrown
 * error code is missing from it, or when `redocly lint` finds it invalid.
 *
 * Schemas are JSON Schema 2020-12 (what OpenAPI 3.1 uses); `x-error-code` on a parameter names the
 * problem code a bad value gets (on a request body: the code a body breaking the route's own rules
 * gets), `x-body-validator` on a request body says another validator (the profile validator, same
 * schema, better messages) checks it.
 */
import { ENGINE_VERSION } from '../../../engine/version.js';
import { profileSchema } from '../../../profiles/schema.js';
import {
  DEFAULT_EXPIRY_DAYS,
  MAX_COMMENT,
  MAX_EXPIRY_DAYS,
  MAX_SUPPLIER_NAME,
} from '../../services/invitations.js';
import { REPLAY_WINDOW_SECONDS, SIGNATURE_HEADER } from '../../services/webhooks.js';
import { SCOPES } from '../../store/buyers.js';
import { INVITATION_ID, INVITATION_TOKEN } from '../../store/invitations.js';
import { WEBHOOK_EVENTS } from '../../store/webhooks.js';
import { CSRF_HEADER, MAX_FAILURES, MAX_FAILURES_PER_ADDRESS, SESSION_COOKIE } from '../session.js';
import { ERROR_CODES } from './error-codes.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const json = (schema: Json, description?: string): Json => ({
  ...(description && { description }),
  content: { 'application/json': { schema } },
});
const param = (name: string): Json => ({ $ref: `#/components/parameters/${name}` });

const RESPONSES: Record<number, [string, string]> = {
  400: ['BadRequest', 'The request is malformed (see `code`).'],
  401: [
    'Unauthorized',
    'No valid API key or browser session (`api_key_missing`, `api_key_invalid`, `api_key_expired`).',
  ],
  403: [
    'Forbidden',
    'The key lacks a scope (`insufficient_scope`), or a signed-in page sent no valid CSRF token (`csrf_token_invalid`).',
  ],
  404: ['NotFound', 'Not found, or not yours.'],
  409: ['Conflict', 'The request conflicts with the current state (see `code`).'],
  410: ['Gone', 'Erased.'],
  413: ['ContentTooLarge', 'The upload or body is too large.'],
  415: ['UnsupportedMediaType', 'Wrong `Content-Type`.'],
  429: ['TooManyRequests', 'Rate or concurrency limit reached; retry after `Retry-After` seconds.'],
  503: ['ServiceUnavailable', 'The run queue is full; retry after `Retry-After` seconds.'],
};

/** Problem responses for some statuses, plus the default (500 and anything unforeseen). */
function errors(...statuses: number[]): Json {
  const out: Json = {};
  for (const status of [...statuses, 429].sort())
    out[String(status)] = { $ref: `#/components/responses/${RESPONSES[status]![0]}` };
  out.default = { $ref: '#/components/responses/Problem' };
  return out;
}

const KEY_REQUIRED = [{ bearerAuth: [] }];
const KEY_OPTIONAL = [{}, { bearerAuth: [] }];
const NO_KEY: Json[] = [{}];
/** A signed-in page's session (its cookie), where the session itself is the subject. */
const SESSION_OPTIONAL = [{}, { sessionCookie: [] }];

/**
 * A browser session acts wherever a key is accepted (`server/http/auth.ts`): every operation that names
 * `bearerAuth` also gets the session cookie, plus the CSRF header for state-changing methods.
 */
function withSessions(paths: Json): Json {
  for (const item of Object.values(paths) as Record<string, Json>[])
    for (const [method, operation] of Object.entries(item)) {
      const security = operation.security as Json[] | undefined;
      if (!security?.some((requirement) => 'bearerAuth' in requirement)) continue;
      operation.security = [
        ...security,
        method === 'get' ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] },
      ];
    }
  return paths;
}

/** The profile schema, embedded: its own `$defs` references rewritten to point into the document. */
function embeddedProfileSchema(): Json {
  const { $schema: _s, $id: _i, ...schema } = profileSchema();
  const rewritten = JSON.stringify(schema).replaceAll(
    '"#/$defs/',
    '"#/components/schemas/AcceptanceProfile/$defs/',
  );
  return JSON.parse(rewritten) as Json;
}

const runLinks = {
  type: 'object',
  required: ['self', 'reportHtml'],
  properties: {
    self: { type: 'string', examples: ['/api/runs/run_3q2-Xx8cV0pSg7m1yQb2Zg'] },
    reportHtml: { type: 'string', examples: ['/api/runs/run_3q2-Xx8cV0pSg7m1yQb2Zg/report.html'] },
  },
};

function schemas(): Json {
  const out: Json = {
    Problem: {
      type: 'object',
      description:
        'RFC 9457 problem details. `detail` is Dutch with `Accept-Language: nl`, English otherwise. Some codes add members (`errors`, `limitBytes`, `presets`, `requiredScope`, `retryAfterSeconds`, `field`, `limit`).',
      required: ['type', 'title', 'status', 'code', 'detail'],
      properties: {
        type: { type: 'string', examples: ['urn:proeffactuur:problem:run_not_found'] },
        title: { type: 'string' },
        status: { type: 'integer' },
        code: ref('ErrorCode'),
        detail: { type: 'string' },
        errors: { type: 'array', items: { type: 'object' } },
        retryAfterSeconds: { type: 'integer' },
      },
    },
    ErrorCode: {
      type: 'string',
      description: Object.entries(ERROR_CODES)
        .map(([code, { status, en }]) => `- \`${code}\` (${status}): ${en}`)
        .join('\n'),
      enum: Object.keys(ERROR_CODES),
    },
    LocalizedText: {
      type: 'object',
      required: ['nl', 'en'],
      properties: { nl: { type: 'string' }, en: { type: 'string' } },
    },
    Verdict: { type: 'string', enum: ['accepted', 'rejected', 'undetermined'] },
    RunStatus: { type: 'string', enum: ['queued', 'running', 'completed', 'failed', 'timed_out'] },
    Box: {
      type: 'object',
      description: 'A rectangle in PDF points (1/72 inch), origin top-left of the page.',
      required: ['x', 'y', 'w', 'h'],
      properties: {
        x: { type: 'number' },
        y: { type: 'number' },
        w: { type: 'number' },
        h: { type: 'number' },
      },
    },
    Finding: {
      type: 'object',
      required: ['checkId', 'severity', 'messageId', 'message', 'data'],
      properties: {
        checkId: { type: 'string', examples: ['pdf.encrypted'] },
        severity: { type: 'string', enum: ['error', 'warning', 'info'] },
        messageId: { type: 'string', examples: ['pdf.encrypted.user-password'] },
        message: ref('LocalizedText'),
        hint: ref('LocalizedText'),
        data: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
        location: {
          type: 'object',
          properties: {
            page: { type: 'integer', minimum: 1 },
            box: ref('Box'),
            field: { type: 'string' },
            channel: { type: 'string', enum: ['text', 'ocr'] },
          },
        },
      },
    },
    Report: {
      type: 'object',
      description: 'The result of checking one file against one profile version.',
      required: ['verdict', 'profile', 'findings', 'document', 'stages', 'engine'],
      properties: {
        verdict: ref('Verdict'),
        profile: ref('ProfileRef'),
        findings: { type: 'array', items: ref('Finding') },
        document: {
          type: 'object',
          required: ['sha256', 'bytes', 'kind'],
          properties: {
            sha256: { type: 'string' },
            bytes: { type: 'integer' },
            kind: { type: 'string' },
            name: { type: 'string' },
            pageCount: { type: 'integer' },
            pdfVersion: { type: 'string' },
            producer: { type: 'string' },
            creator: { type: 'string' },
          },
        },
        stages: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'ms'],
            properties: { name: { type: 'string' }, ms: { type: 'number' }, skipped: { type: 'boolean' } },
          },
        },
        incomplete: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string' },
            message: ref('LocalizedText'),
            errorId: {
              type: 'string',
              description: 'The id the server log carries with the error (`err_…`).',
            },
          },
        },
        engine: {
          type: 'object',
          required: ['name', 'version'],
          properties: { name: { const: 'proeffactuur' }, version: { type: 'string' } },
        },
      },
    },
    ProfileRef: {
      type: 'object',
      required: ['id', 'version'],
      properties: { id: { type: 'string' }, version: { type: 'integer' } },
    },
    RunFile: {
      type: 'object',
      required: ['sha256', 'bytes', 'kind'],
      properties: {
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        name: { type: 'string' },
        bytes: { type: 'integer' },
        kind: { type: 'string', examples: ['pdf'] },
      },
    },
    Run: {
      type: 'object',
      description:
        'A run. The verdict is kept apart from the status: a run that could not finish reports `undetermined`, never `accepted`. After erasure (`erasedAt` set) only id, status, times, verdict and profile id/version remain.',
      required: [
        'id',
        'status',
        'profile',
        'file',
        'createdAt',
        'startedAt',
        'finishedAt',
        'verdict',
        'report',
        'supplierReference',
        'erasedAt',
        'links',
      ],
      properties: {
        id: { type: 'string', pattern: '^run_[A-Za-z0-9_-]{22}$' },
        status: ref('RunStatus'),
        profile: ref('ProfileRef'),
        file: nullable(ref('RunFile')),
        supplierReference: { type: ['string', 'null'] },
        callbackUrl: { type: ['string', 'null'], format: 'uri' },
        callback: {
          type: 'object',
          description:
            'Only in the answer to `POST /api/runs` with a `callbackUrl`: the secret that signs this run’s callbacks (see the webhooks).',
          required: ['url', 'secret'],
          properties: { url: { type: 'string', format: 'uri' }, secret: { type: 'string' } },
        },
        createdAt: { type: 'string', format: 'date-time' },
        startedAt: { type: ['string', 'null'], format: 'date-time' },
        finishedAt: { type: ['string', 'null'], format: 'date-time' },
        erasedAt: { type: ['string', 'null'], format: 'date-time' },
        verdict: nullable(ref('Verdict')),
        progress: {
          type: 'object',
          properties: {
            stage: { type: 'string' },
            page: { type: 'integer' },
            pageCount: { type: 'integer' },
          },
        },
        error: {
          type: 'object',
          properties: { code: { type: 'string' }, message: ref('LocalizedText') },
        },
        report: nullable(ref('Report')),
        links: runLinks,
      },
    },
    RunSummary: {
      type: 'object',
      description: 'A run in a list: no report.',
      required: ['id', 'status', 'profile', 'createdAt', 'finishedAt', 'verdict', 'links'],
      properties: {
        id: { type: 'string' },
        status: ref('RunStatus'),
        profile: ref('ProfileRef'),
        supplierReference: { type: ['string', 'null'] },
        fileName: { type: ['string', 'null'] },
        createdAt: { type: 'string', format: 'date-time' },
        finishedAt: { type: ['string', 'null'], format: 'date-time' },
        erasedAt: { type: ['string', 'null'], format: 'date-time' },
        verdict: nullable(ref('Verdict')),
        links: runLinks,
      },
    },
    RunList: {
      type: 'object',
      required: ['runs', 'nextCursor'],
      properties: {
        runs: { type: 'array', items: ref('RunSummary') },
        nextCursor: {
          type: ['string', 'null'],
          description: 'Pass as `cursor` for the next page; null on the last.',
        },
      },
    },
    RunSubmission: {
      type: 'object',
      required: ['file'],
      additionalProperties: false,
      properties: {
        file: { type: 'string', contentMediaType: 'application/pdf', description: 'The invoice (one file).' },
        profile: {
          type: 'string',
          maxLength: 100,
          description:
            'A preset id (default `lenient`) or a stored profile id (`prf-…`, with its owner’s key).',
        },
        supplierReference: {
          type: 'string',
          maxLength: 200,
          description: 'Your own reference for the supplier; returned with the run and in events.',
        },
        callbackUrl: {
          type: 'string',
          maxLength: 2000,
          format: 'uri',
          description:
            'Where this run’s events (`run.completed`, `run.approved`, `run.rejected`) are also POSTed, signed with the `callback.secret` of the answer.',
        },
      },
    },
    Preset: {
      type: 'object',
      required: ['id', 'version', 'name', 'channels'],
      properties: {
        id: { type: 'string' },
        version: { type: 'integer' },
        name: { type: 'string' },
        description: nullable(ref('LocalizedText')),
        channels: { type: 'string', enum: ['text', 'ocr', 'both'] },
      },
    },
    CheckInfo: {
      type: 'object',
      required: ['id', 'title', 'defaultSeverity', 'defaultEnabled', 'params'],
      properties: {
        id: { type: 'string' },
        title: ref('LocalizedText'),
        defaultSeverity: { type: 'string', enum: ['error', 'warning', 'info'] },
        defaultEnabled: { type: 'boolean' },
        params: { type: 'object' },
      },
    },
    AcceptanceProfile: embeddedProfileSchema(),
    StoredProfile: {
      type: 'object',
      required: ['id', 'version', 'createdAt', 'updatedAt', 'archivedAt', 'profile', 'links'],
      properties: {
        id: { type: 'string', pattern: '^prf-[a-z2-7]{20}$' },
        version: { type: 'integer' },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        archivedAt: { type: ['string', 'null'], format: 'date-time' },
        profile: ref('AcceptanceProfile'),
        links: {
          type: 'object',
          properties: { self: { type: 'string' }, version: { type: 'string' } },
        },
      },
    },
    ProfileSummary: {
      type: 'object',
      required: ['id', 'version', 'name', 'channels', 'createdAt', 'updatedAt', 'archivedAt', 'links'],
      properties: {
        id: { type: 'string' },
        version: { type: 'integer' },
        name: { type: 'string' },
        channels: { type: 'string', enum: ['text', 'ocr', 'both'] },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        archivedAt: { type: ['string', 'null'], format: 'date-time' },
        links: { type: 'object', properties: { self: { type: 'string' } } },
      },
    },
    ProfileVersion: {
      type: 'object',
      required: ['id', 'version', 'createdAt', 'profile'],
      properties: {
        id: { type: 'string' },
        version: { type: 'integer' },
        createdAt: { type: 'string', format: 'date-time' },
        profile: ref('AcceptanceProfile'),
      },
    },
    WebhookEvent: { type: 'string', enum: [...WEBHOOK_EVENTS] },
    WebhookCreate: {
      type: 'object',
      required: ['url', 'events'],
      additionalProperties: false,
      properties: {
        url: { type: 'string', format: 'uri', maxLength: 2000 },
        events: { type: 'array', items: ref('WebhookEvent'), minItems: 1, uniqueItems: true },
        description: { type: 'string', maxLength: 200 },
        enabled: { type: 'boolean', default: true },
      },
    },
    WebhookUpdate: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        url: { type: 'string', format: 'uri', maxLength: 2000 },
        events: { type: 'array', items: ref('WebhookEvent'), minItems: 1, uniqueItems: true },
        description: { type: ['string', 'null'], maxLength: 200 },
        enabled: { type: 'boolean' },
      },
    },
    Webhook: {
      type: 'object',
      required: ['id', 'url', 'events', 'description', 'enabled', 'createdAt', 'updatedAt', 'links'],
      properties: {
        id: { type: 'string', pattern: '^whk_[A-Za-z0-9_-]{16}$' },
        url: { type: 'string', format: 'uri' },
        events: { type: 'array', items: ref('WebhookEvent') },
        description: { type: ['string', 'null'] },
        enabled: { type: 'boolean' },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        secret: {
          type: 'string',
          description: 'Only in the answer to `POST /api/webhooks`: the signing secret, shown once.',
        },
        links: {
          type: 'object',
          properties: { self: { type: 'string' }, deliveries: { type: 'string' } },
        },
      },
    },
    WebhookList: {
      type: 'object',
      required: ['webhooks'],
      properties: { webhooks: { type: 'array', items: ref('Webhook') } },
    },
    Delivery: {
      type: 'object',
      required: ['id', 'eventId', 'event', 'status', 'attempts', 'createdAt'],
      properties: {
        id: { type: 'string' },
        eventId: { type: 'string' },
        event: ref('WebhookEvent'),
        runId: { type: ['string', 'null'] },
        status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
        attempts: { type: 'integer' },
        nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
        lastAttemptAt: { type: ['string', 'null'], format: 'date-time' },
        lastStatus: { type: ['integer', 'null'], description: 'HTTP status of the last answer.' },
        lastError: { type: ['string', 'null'] },
        createdAt: { type: 'string', format: 'date-time' },
        deliveredAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
    DeliveryList: {
      type: 'object',
      required: ['deliveries', 'nextCursor'],
      properties: {
        deliveries: { type: 'array', items: ref('Delivery') },
        nextCursor: { type: ['string', 'null'] },
      },
    },
    EventPayload: {
      type: 'object',
      required: ['id', 'type', 'createdAt', 'data'],
      properties: {
        id: { type: 'string', description: 'The event id: the same across retries and receivers.' },
        type: ref('WebhookEvent'),
        createdAt: { type: 'string', format: 'date-time' },
        data: {
          type: 'object',
          required: ['run'],
          properties: {
            run: {
              type: 'object',
              required: ['id', 'status', 'verdict', 'profile', 'createdAt', 'links'],
              properties: {
                id: { type: 'string' },
                status: ref('RunStatus'),
                verdict: nullable(ref('Verdict')),
                profile: ref('ProfileRef'),
                supplierReference: { type: ['string', 'null'] },
                createdAt: { type: 'string', format: 'date-time' },
                finishedAt: { type: ['string', 'null'], format: 'date-time' },
                links: runLinks,
              },
            },
            review: {
              type: 'object',
              description: 'For `run.approved` and `run.rejected`.',
              properties: {
                decision: { type: 'string', enum: ['approved', 'rejected'] },
                comment: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
    Health: {
      type: 'object',
      required: ['status', 'version', 'runs'],
      properties: {
        status: { const: 'ok' },
        version: { type: 'string' },
        runs: {
          type: 'object',
          properties: {
            queued: { type: 'integer' },
            running: { type: 'integer' },
            workers: { type: 'integer' },
          },
        },
      },
    },
  };
  return { ...out, ...onboardingSchemas(out.Run as Json) };
}

const inventoryAnswers = {
  software: {
    type: 'string',
    maxLength: 100,
    description: 'An `id` of `GET /api/invoicing-software`, or `other`.',
  },
  softwareOther: {
    type: 'string',
    maxLength: 100,
    description: 'The software’s name, when `software` is `other` (then required).',
  },
  handmade: {
    type: 'string',
    enum: ['yes', 'no'],
    description: 'Whether the supplier makes (some) invoice PDFs by hand, e.g. in a word processor.',
  },
};

const stringOrNull = { type: ['string', 'null'] };
const dateTime = { type: 'string', format: 'date-time' };
const dateTimeOrNull = { type: ['string', 'null'], format: 'date-time' };

/** Schemas of browser sessions and of onboarding (invitations, the supplier's side, reviews). */
function onboardingSchemas(run: Json): Json {
  const { links: _links, ...supplierRunProperties } = run.properties as Json;
  return {
    SignIn: {
      type: 'object',
      description:
        'Either `apiKey`, or `email` and `password` (a user of the buyer). With both, the key is used. Other members are ignored.',
      properties: {
        apiKey: { type: 'string', examples: ['pfk_…'] },
        email: { type: 'string', format: 'email' },
        password: { type: 'string', format: 'password' },
      },
    },
    SessionState: {
      type: 'object',
      description: 'Who is signed in. Signed out it is only `{"signedIn": false}`.',
      required: ['signedIn'],
      properties: {
        signedIn: { type: 'boolean' },
        buyer: {
          type: 'object',
          required: ['id', 'name'],
          properties: { id: { type: 'string' }, name: { type: 'string' } },
        },
        user: nullable({
          type: 'object',
          required: ['email'],
          properties: { email: { type: 'string', format: 'email' } },
        }),
        signedInWith: { type: 'string', enum: ['password', 'apiKey'] },
        csrfToken: {
          type: 'string',
          description: `Send it back in \`${CSRF_HEADER}\` on every POST, PUT, PATCH and DELETE made with the session.`,
        },
        expiresAt: dateTime,
      },
    },
    InvitationRun: {
      type: 'object',
      description: 'A run made through an invitation (`status` and `verdict` absent once the run is erased).',
      required: ['runId', 'createdAt'],
      properties: {
        runId: { type: 'string' },
        createdAt: dateTime,
        status: ref('RunStatus'),
        verdict: ref('Verdict'),
        finishedAt: dateTime,
      },
    },
    InvitationStatus: {
      type: 'object',
      description:
        'Where an onboarding stands. `stage`: `invited` → `opened` (the supplier opened the link) → `tested` (samples, none passing) → `awaiting_approval` (a passing sample waits for the buyer, when the profile asks for manual approval) or `rejected_by_buyer` → `approved` (cleared; live sending starts on `liveFrom`) → `live`.',
      required: ['link', 'stage', 'approvalRequired', 'runCount'],
      properties: {
        link: { type: 'string', enum: ['active', 'expired', 'revoked'] },
        stage: ref('OnboardingStage'),
        approvalRequired: {
          type: 'boolean',
          description: 'Whether the profile asks the buyer to approve a passing sample by hand.',
        },
        runCount: { type: 'integer', minimum: 0 },
        latestRun: ref('InvitationRun'),
        awaitingRunId: { type: 'string', description: 'The passing run that waits for approval.' },
        cleared: {
          type: 'object',
          description: 'The run that cleared the supplier to send live invoices, and when.',
          required: ['runId', 'at'],
          properties: { runId: { type: 'string' }, at: dateTime },
        },
        liveFrom: { type: 'string', format: 'date', description: 'First day of live sending.' },
      },
    },
    OnboardingStage: {
      type: 'string',
      enum: ['invited', 'opened', 'tested', 'awaiting_approval', 'rejected_by_buyer', 'approved', 'live'],
    },
    Inventory: {
      type: 'object',
      description: 'How the supplier invoices, as it answered on its page.',
      required: ['software', 'handmade', 'updatedAt'],
      properties: { ...inventoryAnswers, updatedAt: dateTime },
    },
    InventoryAnswers: {
      type: 'object',
      required: ['software', 'handmade'],
      properties: inventoryAnswers,
    },
    Invitation: {
      type: 'object',
      description: 'An invitation as its buyer sees it (never its link token).',
      required: [
        'id',
        'supplier',
        'profile',
        'createdAt',
        'expiresAt',
        'revokedAt',
        'openedAt',
        'inventory',
        'status',
        'links',
      ],
      properties: {
        id: { type: 'string', pattern: INVITATION_ID.source },
        supplier: {
          type: 'object',
          required: ['name', 'email'],
          properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } },
        },
        profile: {
          type: 'object',
          description: 'The stored profile the samples are checked against (its latest version).',
          required: ['id', 'name', 'version', 'archived'],
          properties: {
            id: { type: 'string' },
            name: stringOrNull,
            version: { type: ['integer', 'null'] },
            archived: { type: 'boolean' },
          },
        },
        createdAt: dateTime,
        expiresAt: { ...dateTime, description: 'When the current link stops working.' },
        revokedAt: dateTimeOrNull,
        openedAt: { ...dateTimeOrNull, description: 'When the supplier first opened the link.' },
        inventory: nullable({
          allOf: [ref('Inventory')],
          properties: { softwareName: stringOrNull },
        }),
        status: ref('InvitationStatus'),
        links: { type: 'object', required: ['self'], properties: { self: { type: 'string' } } },
      },
    },
    InvitationCreate: {
      type: 'object',
      required: ['supplierName', 'supplierEmail', 'profileId'],
      properties: {
        supplierName: { type: 'string', minLength: 1, maxLength: MAX_SUPPLIER_NAME },
        supplierEmail: { type: 'string', format: 'email' },
        profileId: {
          type: 'string',
          description: 'One of the buyer’s stored profiles (`prf-…`), not archived.',
        },
        expiresInDays: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_EXPIRY_DAYS,
          default: DEFAULT_EXPIRY_DAYS,
          description: 'How long the link works.',
        },
      },
    },
    InvitationLinkRequest: {
      type: 'object',
      properties: {
        expiresInDays: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_EXPIRY_DAYS,
          default: DEFAULT_EXPIRY_DAYS,
          description: 'How long the new link works.',
        },
      },
    },
    InvitationWithLink: {
      type: 'object',
      required: ['invitation', 'link'],
      properties: {
        invitation: ref('Invitation'),
        link: {
          type: 'string',
          pattern: '^/i/[A-Za-z0-9_-]{43}$',
          description:
            'The supplier’s private link (relative to this server), shown only in this answer: send it to the supplier. Whoever has it can upload samples for this invitation.',
        },
      },
    },
    Review: {
      type: 'object',
      description: 'A buyer’s decision on a passing sample.',
      required: ['id', 'runId', 'buyerId', 'decision', 'reviewer', 'createdAt'],
      properties: {
        id: { type: 'integer' },
        runId: { type: 'string' },
        buyerId: { type: 'string' },
        invitationId: { type: 'string' },
        decision: { type: 'string', enum: ['approved', 'rejected'] },
        comment: { type: 'string' },
        reviewer: {
          type: 'string',
          description: 'Who decided: a user’s e-mail address, or the first characters of an API key.',
        },
        createdAt: dateTime,
      },
    },
    ReviewCreate: {
      type: 'object',
      required: ['decision'],
      properties: {
        decision: { type: 'string', enum: ['approved', 'rejected'] },
        comment: {
          type: 'string',
          maxLength: MAX_COMMENT,
          description: 'Shown to the supplier, e.g. why a sample is rejected.',
        },
      },
    },
    RunReviews: {
      type: 'object',
      required: ['reviews', 'reviewable', 'approvalRequired', 'invitation'],
      properties: {
        reviews: { type: 'array', items: ref('Review'), description: 'Oldest first; the last one counts.' },
        reviewable: {
          type: 'boolean',
          description: 'Whether the run can be approved or rejected (completed and `accepted`).',
        },
        approvalRequired: { type: 'boolean' },
        invitation: nullable(ref('Invitation')),
      },
    },
    InvoicingSoftware: {
      type: 'object',
      required: ['id', 'name', 'einvoice', 'howTo', 'handmade'],
      properties: {
        id: { type: 'string' },
        name: ref('LocalizedText'),
        einvoice: {
          type: 'string',
          enum: ['peppol', 'ubl', 'none'],
          description: 'What it can send besides a PDF: over Peppol, a UBL file, or nothing.',
        },
        howTo: { ...ref('LocalizedText'), description: 'How to send e-invoices with it (or why it cannot).' },
        handmade: {
          type: 'boolean',
          description: 'Whether invoices made with it are made by hand.',
        },
      },
    },
    SupplierInvitation: {
      type: 'object',
      description:
        'Everything the supplier’s page shows: who asks, what is asked, the supplier’s samples and (once cleared) where to send live invoices.',
      required: [
        'buyer',
        'supplier',
        'expiresAt',
        'profile',
        'requirements',
        'inventory',
        'stage',
        'approvalRequired',
        'runs',
        'goLive',
        'uploadLimitBytes',
      ],
      properties: {
        buyer: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        supplier: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        expiresAt: dateTime,
        profile: nullable({
          type: 'object',
          required: ['name', 'version', 'description', 'archived'],
          properties: {
            name: { type: 'string' },
            version: { type: 'integer' },
            description: nullable(ref('LocalizedText')),
            archived: { type: 'boolean' },
          },
        }),
        requirements: nullable({
          type: 'object',
          description: 'What the buyer’s capture software asks of an invoice.',
          properties: {
            channels: { type: 'string', enum: ['text', 'ocr', 'both'] },
            buyer: nullable({
              type: 'object',
              properties: { name: { type: 'string' }, vatId: stringOrNull, kvk: stringOrNull },
            }),
            maxBytes: { type: ['integer', 'null'] },
            maxPages: { type: ['integer', 'null'] },
            singleInvoice: { type: 'boolean' },
            imagesAllowed: { type: 'boolean' },
            requiredFields: { type: 'array', items: { type: 'string' } },
            testInvoiceRequired: { type: 'boolean' },
            manualApproval: { type: 'boolean' },
          },
        }),
        inventory: nullable(ref('Inventory')),
        stage: ref('OnboardingStage'),
        approvalRequired: { type: 'boolean' },
        runs: {
          type: 'array',
          description: 'The samples, newest first.',
          items: {
            type: 'object',
            required: ['id', 'status', 'verdict', 'createdAt', 'finishedAt', 'review'],
            properties: {
              id: { type: 'string' },
              status: nullable(ref('RunStatus')),
              verdict: nullable(ref('Verdict')),
              createdAt: dateTime,
              finishedAt: dateTimeOrNull,
              review: nullable({
                type: 'object',
                required: ['decision', 'comment', 'at'],
                properties: {
                  decision: { type: 'string', enum: ['approved', 'rejected'] },
                  comment: stringOrNull,
                  at: dateTime,
                },
              }),
            },
          },
        },
        goLive: nullable({
          type: 'object',
          description: 'Where and from when to send live invoices; null until the supplier is cleared.',
          required: ['startDate'],
          properties: {
            invoiceAddress: { type: 'string' },
            startDate: { type: 'string', format: 'date' },
            contactAddress: { type: 'string' },
            maxBytes: { type: 'integer' },
            maxPages: { type: 'integer' },
          },
        }),
        uploadLimitBytes: { type: 'integer', description: 'Largest file the upload accepts.' },
      },
    },
    SupplierRun: {
      type: 'object',
      description: 'A run as its supplier sees it: a `Run` without `links`.',
      required: (run.required as string[]).filter((name) => name !== 'links'),
      properties: supplierRunProperties,
    },
  };
}

const ID_PARAMS = {
  RunId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A run id (`run_…`).',
    schema: { type: 'string' },
  },
  ProfileId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A stored profile id (`prf-…`).',
    schema: { type: 'string' },
  },
  PresetId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A preset id.',
    schema: { type: 'string' },
  },
  WebhookId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A webhook id (`whk_…`).',
    schema: { type: 'string' },
  },
  InvitationId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'An invitation id (`inv_…`).',
    schema: { type: 'string' },
  },
  InvitationToken: {
    name: 'token',
    in: 'path',
    required: true,
    description:
      'The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.',
    schema: { type: 'string', pattern: INVITATION_TOKEN.source },
  },
};

function parameters(): Json {
  return {
    ...ID_PARAMS,
    Wait: {
      name: 'wait',
      in: 'query',
      description: 'Seconds (0–60) to wait for the run to finish before answering.',
      schema: { type: 'number', minimum: 0 },
      'x-error-code': 'invalid_wait',
    },
    Limit: {
      name: 'limit',
      in: 'query',
      description: 'Items per page (1–100, default 20).',
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    },
    Cursor: {
      name: 'cursor',
      in: 'query',
      description: '`nextCursor` of the previous page.',
      schema: { type: 'string', maxLength: 500 },
    },
    AcceptLanguage: {
      name: 'Accept-Language',
      in: 'header',
      description: '`nl` for Dutch `detail` texts and reports; English otherwise.',
      schema: { type: 'string' },
    },
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      description:
        'A key you choose per submission (e.g. a UUID). Repeating the same key with the same file and fields within 24 hours returns the same run (header `Idempotent-Replayed: true`) instead of a second one; the same key with anything else is `409 idempotency_key_reused`. Keys are kept per buyer (per key holder), or in one shared space for requests without a key.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
      'x-error-code': 'idempotency_key_invalid',
    },
  };
}

function responses(): Json {
  const out: Json = {
    Problem: {
      description: 'An error (`application/problem+json`, RFC 9457).',
      content: { 'application/problem+json': { schema: ref('Problem') } },
    },
  };
  for (const [status, [name, description]] of Object.entries(RESPONSES)) {
    const retry = status === '429' || status === '503';
    out[name] = {
      description,
      ...(retry && {
        headers: {
          'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
        },
      }),
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return out;
}

const webhookDescription = `Signed with HMAC-SHA256. The header \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\` carries the time of the attempt and \`hex(HMAC-SHA256(secret, "<t>.<raw body>"))\`. Verify it over the raw body before parsing, compare in constant time, and refuse a \`t\` more than ${REPLAY_WINDOW_SECONDS} seconds from your clock (replays); the event \`id\` stays the same across retries, so keep the ids you handled. Answer 2xx within the time-out (10 s by default); anything else is retried with exponential back-off. Headers also carry \`Proeffactuur-Event\` and \`Proeffactuur-Delivery\`.

\`\`\`js
import { createHmac, timingSafeEqual } from 'node:crypto';
function verify(rawBody, header, secret, toleranceSeconds = ${REPLAY_WINDOW_SECONDS}) {
  const { t, v1 } = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest();
  const given = Buffer.from(v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
\`\`\``;

function webhooks(): Json {
  const out: Json = {};
  const summaries: Record<string, string> = {
    'run.completed': 'A run finished (any final status: see `status` and `verdict`)',
    'run.approved': 'The buyer approved a sample',
    'run.rejected': 'The buyer rejected a sample',
  };
  for (const event of WEBHOOK_EVENTS) {
    out[event] = {
      post: {
        operationId: `event_${event.replace('.', '_')}`,
        summary: summaries[event],
        description: webhookDescription,
        tags: ['Webhooks'],
        security: NO_KEY,
        parameters: [
          {
            name: SIGNATURE_HEADER,
            in: 'header',
            required: true,
            schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' },
          },
          { name: 'Proeffactuur-Event', in: 'header', required: true, schema: ref('WebhookEvent') },
          { name: 'Proeffactuur-Delivery', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: { required: true, ...json(ref('EventPayload')) },
        responses: {
          '200': { description: 'Received (any 2xx).' },
          '400': { description: 'Refused; retried.' },
        },
      },
    };
  }
  return out;
}

function paths(): Json {
  const runId = param('RunId');
  const list = (name: string): Json => ({
    type: 'object',
    required: [name],
    properties: { [name]: { type: 'array', items: {} } },
  });
  return {
    '/health': {
      get: {
        operationId: 'health',
        summary: 'Health and queue figures',
        tags: ['Service'],
        security: NO_KEY,
        responses: { '200': json(ref('Health'), 'Up.'), ...errors() },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        tags: ['Service'],
        security: NO_KEY,
        responses: { '200': json({ type: 'object' }, 'The OpenAPI 3.1 document.'), ...errors() },
      },
    },
    '/api/docs': {
      get: {
        operationId: 'docs',
        summary: 'Browsable API reference',
        tags: ['Service'],
        security: NO_KEY,
        responses: {
          '200': { description: 'An HTML page (served by the app, no CDN).', content: { 'text/html': {} } },
          ...errors(),
        },
      },
    },
    '/api/runs': {
      post: {
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
            description:
              'The run, queued or running. Poll its `Location` (with `?wait`) or wait for the event.',
            headers: { Location: { schema: { type: 'string' } } },
            content: { 'application/json': { schema: ref('Run') } },
          },
          ...errors(400, 401, 403, 409, 413, 415, 503),
        },
      },
      get: {
        operationId: 'listRuns',
        summary: "The buyer's runs",
        description:
          'Newest first; filter by profile, verdict, status and creation time; page with `cursor`.',
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
        responses: { '200': json(ref('RunList'), 'A page of runs.'), ...errors(400, 401) },
      },
    },
    '/api/runs/{id}': {
      get: {
        operationId: 'getRun',
        summary: 'A run: status, verdict and report',
        description:
          "Readable by its unguessable id. With a key, another buyer's run is `404`. An erased run has only its id, status, times and verdict.",
        tags: ['Runs'],
        security: KEY_OPTIONAL,
        parameters: [runId, param('Wait')],
        responses: { '200': json(ref('Run'), 'The run.'), ...errors(400, 401, 404) },
      },
      delete: {
        operationId: 'deleteRun',
        summary: "Erase a run's file, page images and report",
        description:
          "The uploaded file (unless another run still uses the same file), page images and report are erased; the run keeps its id, times and verdict. A buyer's run needs its key (`runs:write`); a run without a buyer is erased by whoever has its id. Idempotent.",
        tags: ['Runs'],
        security: KEY_OPTIONAL,
        parameters: [runId],
        responses: { '204': { description: 'Erased.' }, ...errors(401, 403, 404, 409) },
      },
    },
    '/api/runs/{id}/report.html': {
      get: {
        operationId: 'getRunReportHtml',
        summary: 'The report as a printable HTML page',
        description:
          'Self-contained (no scripts, no external resources), escaped, printable. Dutch with `?lang=nl` or `Accept-Language: nl`.',
        tags: ['Runs'],
        security: KEY_OPTIONAL,
        parameters: [
          runId,
          { name: 'lang', in: 'query', schema: { type: 'string', enum: ['nl', 'en'] } },
          param('AcceptLanguage'),
        ],
        responses: {
          '200': {
            description: 'The report page.',
            content: { 'text/html': { schema: { type: 'string' } } },
          },
          ...errors(401, 404, 409, 410),
        },
      },
    },
    '/api/runs/{id}/pages/{file}': {
      get: {
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
          ...errors(401, 404, 409, 410),
        },
      },
    },
    '/api/presets': {
      get: {
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
          ...errors(),
        },
      },
    },
    '/api/presets/{id}': {
      get: {
        operationId: 'getPreset',
        summary: 'A whole preset',
        tags: ['Profiles'],
        security: NO_KEY,
        parameters: [param('PresetId')],
        responses: { '200': json(ref('AcceptanceProfile'), 'The preset.'), ...errors(404) },
      },
    },
    '/api/checks': {
      get: {
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
          ...errors(),
        },
      },
    },
    '/api/schema/profile': {
      get: {
        operationId: 'getProfileSchema',
        summary: 'The acceptance-profile JSON Schema',
        tags: ['Profiles'],
        security: NO_KEY,
        responses: {
          '200': {
            description: 'JSON Schema 2020-12, `checks` included.',
            content: { 'application/schema+json': { schema: { type: 'object' } } },
          },
          ...errors(),
        },
      },
    },
    '/api/profiles/validate': {
      post: {
        operationId: 'validateProfile',
        summary: 'Validate a profile without saving',
        description:
          "No key needed. With `?profile=<id>` and the owner's key it judges the document as a new version of that profile.",
        tags: ['Profiles'],
        security: KEY_OPTIONAL,
        parameters: [{ name: 'profile', in: 'query', schema: { type: 'string', maxLength: 100 } }],
        requestBody: { required: true, 'x-body-validator': 'profile', ...json(ref('AcceptanceProfile')) },
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['valid', 'profile'],
              properties: { valid: { const: true }, profile: ref('AcceptanceProfile') },
            },
            'Valid.',
          ),
          ...errors(400, 401, 404, 413, 415),
        },
      },
    },
    '/api/profiles': {
      post: {
        operationId: 'createProfile',
        summary: 'Store a new profile (version 1)',
        tags: ['Profiles'],
        security: KEY_REQUIRED,
        requestBody: { required: true, 'x-body-validator': 'profile', ...json(ref('AcceptanceProfile')) },
        responses: {
          '201': {
            description: 'Stored.',
            headers: { Location: { schema: { type: 'string' } } },
            ...json(ref('StoredProfile')),
          },
          ...errors(400, 401, 403, 413, 415),
        },
      },
      get: {
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
          ...errors(400, 401),
        },
      },
    },
    '/api/profiles/{id}': {
      get: {
        operationId: 'getProfile',
        summary: 'The latest version of a profile',
        tags: ['Profiles'],
        security: KEY_REQUIRED,
        parameters: [param('ProfileId')],
        responses: { '200': json(ref('StoredProfile'), 'The profile.'), ...errors(401, 404) },
      },
      put: {
        operationId: 'updateProfile',
        summary: 'Store a new version',
        tags: ['Profiles'],
        security: KEY_REQUIRED,
        parameters: [param('ProfileId')],
        requestBody: { required: true, 'x-body-validator': 'profile', ...json(ref('AcceptanceProfile')) },
        responses: {
          '200': json(ref('StoredProfile'), 'The profile.'),
          ...errors(400, 401, 403, 404, 409, 413, 415),
        },
      },
      delete: {
        operationId: 'archiveProfile',
        summary: 'Archive a profile',
        tags: ['Profiles'],
        security: KEY_REQUIRED,
        parameters: [param('ProfileId')],
        responses: { '204': { description: 'Archived.' }, ...errors(401, 403, 404) },
      },
    },
    '/api/profiles/{id}/versions/{version}': {
      get: {
        operationId: 'getProfileVersion',
        summary: 'One version of a profile, as it was',
        tags: ['Profiles'],
        security: KEY_REQUIRED,
        parameters: [
          param('ProfileId'),
          { name: 'version', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } },
        ],
        responses: { '200': json(ref('ProfileVersion'), 'The version.'), ...errors(401, 404) },
      },
    },
    '/api/webhooks': {
      get: {
        operationId: 'listWebhooks',
        summary: "The buyer's webhooks",
        tags: ['Webhooks'],
        security: KEY_REQUIRED,
        responses: { '200': json(ref('WebhookList'), 'The webhooks (without secrets).'), ...errors(401) },
      },
      post: {
        operationId: 'createWebhook',
        summary: 'Register a webhook',
        description:
          'The answer carries the signing `secret`, once. In production mode the URL may not point at a private, loopback or link-local address (checked now and at every delivery, after resolving the name).',
        tags: ['Webhooks'],
        security: KEY_REQUIRED,
        requestBody: { required: true, ...json(ref('WebhookCreate')) },
        responses: {
          '201': {
            description: 'Registered.',
            headers: { Location: { schema: { type: 'string' } } },
            ...json(ref('Webhook')),
          },
          ...errors(400, 401, 403, 413, 415),
        },
      },
    },
    '/api/webhooks/{id}': {
      get: {
        operationId: 'getWebhook',
        summary: 'A webhook',
        tags: ['Webhooks'],
        security: KEY_REQUIRED,
        parameters: [param('WebhookId')],
        responses: { '200': json(ref('Webhook'), 'The webhook.'), ...errors(401, 404) },
      },
      patch: {
        operationId: 'updateWebhook',
        summary: 'Change a webhook (URL, events, description, enabled)',
        tags: ['Webhooks'],
        security: KEY_REQUIRED,
        parameters: [param('WebhookId')],
        requestBody: { required: true, ...json(ref('WebhookUpdate')) },
        responses: { '200': json(ref('Webhook'), 'The webhook.'), ...errors(400, 401, 403, 404, 413, 415) },
      },
      delete: {
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook and its deliveries',
        tags: ['Webhooks'],
        security: KEY_REQUIRED,
        parameters: [param('WebhookId')],
        responses: { '204': { description: 'Deleted.' }, ...errors(401, 403, 404) },
      },
    },
    '/api/webhooks/{id}/deliveries': {
      get: {
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
        responses: { '200': json(ref('DeliveryList'), 'Newest first.'), ...errors(400, 401, 404) },
      },
    },
    ...onboardingPaths(),
  };
}

const eventStream = (runSchema: string): Json => ({
  description: `Server-Sent Events until the run ends: \`status\` once on connect (\`{"status", "progress"?}\`), \`progress\` for each stage or page (\`{"stage", "page"?, "pageCount"?}\`), then \`finished\` with the whole run (\`${runSchema}\`), after which the stream closes. A run that already ended gets \`finished\` at once. A comment line every 15 s keeps the stream open; reconnect after \`retry\` (2 s).`,
  content: {
    'text/event-stream': {
      schema: { type: 'string' },
      example: 'retry: 2000\n\nevent: status\ndata: {"status":"running","progress":{"stage":"text"}}\n\n',
    },
  },
});

const SUPPLIER_HEADERS = {
  'Cache-Control': { description: '`no-store`: the token is a secret.', schema: { type: 'string' } },
  'Referrer-Policy': { description: '`no-referrer`.', schema: { type: 'string' } },
};

/** Sessions, invitations and reviews (buyer) and the supplier's side of an invitation. */
function onboardingPaths(): Json {
  const runId = param('RunId');
  const invitationId = param('InvitationId');
  const token = param('InvitationToken');
  const withLink = (description: string): Json => ({
    description,
    headers: { 'Cache-Control': { description: '`no-store`.', schema: { type: 'string' } } },
    ...json(ref('InvitationWithLink')),
  });
  return {
    '/api/session': {
      post: {
        operationId: 'signIn',
        summary: 'Sign in to the buyer’s pages',
        description: `Opens a browser session with an API key, or with a user’s e-mail address and password, and sets its cookie (\`${SESSION_COOKIE}\`, HttpOnly, SameSite=Strict); a session this browser had is closed. Refused from another site’s page (\`403 cross_site_request\`, by its \`Origin\`). After ${MAX_FAILURES} failed attempts for one e-mail address, or ${MAX_FAILURES_PER_ADDRESS} from one client address, within 15 minutes, sign-in answers \`429 too_many_attempts\` for a while, even with the right password.`,
        tags: ['Session'],
        security: NO_KEY,
        parameters: [param('AcceptLanguage')],
        requestBody: { required: true, ...json(ref('SignIn')) },
        responses: {
          '201': {
            description: 'Signed in. Send `csrfToken` back in the CSRF header on state-changing requests.',
            headers: {
              'Set-Cookie': { description: 'The session cookie.', schema: { type: 'string' } },
            },
            ...json(ref('SessionState')),
          },
          ...errors(400, 401, 403, 413, 415),
        },
      },
      get: {
        operationId: 'getSession',
        summary: 'Who is signed in',
        description:
          'Always `200`: signed out is `{"signedIn": false}`. Signed in, the answer carries the CSRF token the page must send back.',
        tags: ['Session'],
        security: SESSION_OPTIONAL,
        responses: { '200': json(ref('SessionState'), 'The session, or none.'), ...errors() },
      },
      delete: {
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
          ...errors(),
        },
      },
    },
    '/api/invitations': {
      get: {
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
          ...errors(401),
        },
      },
      post: {
        operationId: 'createInvitation',
        summary: 'Invite a supplier',
        description:
          'Creates an invitation to test sample invoices against one of the buyer’s stored profiles (its latest version at each upload). The answer carries the supplier’s private link, once; nothing is e-mailed.',
        tags: ['Onboarding'],
        security: KEY_REQUIRED,
        parameters: [param('AcceptLanguage')],
        requestBody: {
          required: true,
          'x-error-code': 'invitation_invalid',
          ...json(ref('InvitationCreate')),
        },
        responses: {
          '201': {
            ...withLink('Invited.'),
            headers: {
              Location: { schema: { type: 'string' } },
              'Cache-Control': { description: '`no-store`.', schema: { type: 'string' } },
            },
          },
          ...errors(400, 401, 403, 413, 415),
        },
      },
    },
    '/api/invitations/{id}': {
      get: {
        operationId: 'getInvitation',
        summary: 'An invitation and where it stands',
        tags: ['Onboarding'],
        security: KEY_REQUIRED,
        parameters: [invitationId],
        responses: { '200': json(ref('Invitation'), 'The invitation.'), ...errors(401, 404) },
      },
    },
    '/api/invitations/{id}/revoke': {
      post: {
        operationId: 'revokeInvitation',
        summary: "Revoke an invitation's link",
        description:
          'The link stops working at once (`404 invitation_unavailable` for the supplier). `POST /api/invitations/{id}/link` gives a new one.',
        tags: ['Onboarding'],
        security: KEY_REQUIRED,
        parameters: [invitationId],
        responses: { '200': json(ref('Invitation'), 'Revoked.'), ...errors(401, 403, 404) },
      },
    },
    '/api/invitations/{id}/link': {
      post: {
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
          ...json(ref('InvitationLinkRequest')),
        },
        responses: {
          '200': withLink('The invitation with its new link.'),
          ...errors(400, 401, 403, 404, 413),
        },
      },
    },
    '/api/runs/{id}/reviews': {
      get: {
        operationId: 'getRunReviews',
        summary: "A run's reviews",
        description:
          'The buyer’s decisions on one of its runs, whether it can be reviewed, and the invitation it was made through (if any).',
        tags: ['Onboarding'],
        security: KEY_REQUIRED,
        parameters: [runId],
        responses: { '200': json(ref('RunReviews'), 'The reviews.'), ...errors(401, 404) },
      },
      post: {
        operationId: 'reviewRun',
        summary: 'Approve or reject a passing sample',
        description:
          'Only a completed run with verdict `accepted` (`409 run_not_reviewable` otherwise). The last decision counts: an approval clears the supplier of the run’s invitation to send live invoices; a rejection sends it back to testing, with the comment. Emits `run.approved` or `run.rejected` to the buyer’s webhooks and the run’s callback.',
        tags: ['Onboarding'],
        security: KEY_REQUIRED,
        parameters: [runId, param('AcceptLanguage')],
        requestBody: { required: true, 'x-error-code': 'review_invalid', ...json(ref('ReviewCreate')) },
        responses: {
          '201': json(ref('Review'), 'Recorded.'),
          ...errors(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    '/api/runs/{id}/events': {
      get: {
        operationId: 'streamRunEvents',
        summary: "A run's live progress (Server-Sent Events)",
        description:
          "A buyer's run needs its key or session; a run against a preset (no buyer) is readable by its id. Another buyer's run is `404`.",
        tags: ['Runs'],
        security: KEY_OPTIONAL,
        parameters: [runId],
        responses: { '200': eventStream('Run'), ...errors(401, 404) },
      },
    },
    '/api/invoicing-software': {
      get: {
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
          ...errors(),
        },
      },
    },
    '/api/i/{token}': {
      get: {
        operationId: 'getSupplierInvitation',
        summary: 'What the supplier is asked, and its samples',
        description:
          'Records the first opening (stage `opened`). An expired, revoked or unknown token is `404 invitation_unavailable`, without any data.',
        tags: ['Supplier'],
        security: NO_KEY,
        parameters: [token, param('AcceptLanguage')],
        responses: {
          '200': { headers: SUPPLIER_HEADERS, ...json(ref('SupplierInvitation'), 'The invitation.') },
          ...errors(404),
        },
      },
    },
    '/api/i/{token}/inventory': {
      put: {
        operationId: 'saveInventory',
        summary: 'Tell how the supplier invoices',
        description: 'Replaces the earlier answers. The buyer sees them with the invitation.',
        tags: ['Supplier'],
        security: NO_KEY,
        parameters: [token, param('AcceptLanguage')],
        requestBody: {
          required: true,
          'x-error-code': 'inventory_invalid',
          ...json(ref('InventoryAnswers')),
        },
        responses: {
          '200': { headers: SUPPLIER_HEADERS, ...json(ref('Inventory'), 'Saved.') },
          ...errors(400, 404, 413, 415),
        },
      },
    },
    '/api/i/{token}/runs': {
      post: {
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
                  file: {
                    type: 'string',
                    contentMediaType: 'application/pdf',
                    description: 'The invoice (one file).',
                  },
                },
              },
              encoding: { file: { contentType: 'application/pdf, application/octet-stream' } },
            },
          },
        },
        responses: {
          '202': { headers: SUPPLIER_HEADERS, ...json(ref('SupplierRun'), 'The run, queued.') },
          ...errors(400, 404, 409, 413, 415, 503),
        },
      },
    },
    '/api/i/{token}/runs/{id}': {
      get: {
        operationId: 'getSupplierRun',
        summary: 'A sample’s run: status, verdict and report',
        description: 'Only runs made through this invitation; any other is `404 run_not_found`.',
        tags: ['Supplier'],
        security: NO_KEY,
        parameters: [
          token,
          runId,
          {
            name: 'wait',
            in: 'query',
            description:
              'Seconds to wait for the run to finish before answering (at most 60; more counts as 60, anything that is not a positive number as 0).',
            schema: { type: 'string', examples: ['30'] },
          },
          param('AcceptLanguage'),
        ],
        responses: {
          '200': { headers: SUPPLIER_HEADERS, ...json(ref('SupplierRun'), 'The run.') },
          ...errors(404),
        },
      },
    },
    '/api/i/{token}/runs/{id}/events': {
      get: {
        operationId: 'streamSupplierRunEvents',
        summary: "A sample's live progress (Server-Sent Events)",
        tags: ['Supplier'],
        security: NO_KEY,
        parameters: [token, runId],
        responses: { '200': eventStream('SupplierRun'), ...errors(404) },
      },
    },
    '/api/i/{token}/runs/{id}/pages/{file}': {
      get: {
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
          ...errors(404),
        },
      },
    },
    '/i/{token}': {
      get: {
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
            description: 'Language of the 404 page (default: `Accept-Language`, else Dutch).',
            schema: { type: 'string', enum: ['nl', 'en'] },
          },
          param('AcceptLanguage'),
        ],
        responses: {
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
    },
  };
}

let cached: Json | undefined;

/** The OpenAPI document (built once). */
export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Proeffactuur API',
      version: ENGINE_VERSION,
      summary: 'Check a supplier’s sample PDF invoice against what a buyer’s capture software accepts.',
      description: `Submit a sample invoice, learn the verdict (by waiting, polling or a signed webhook), show the report, erase the file.

**Keys.** Send \`Authorization: Bearer <apiKey>\` (\`proeffactuur buyer create\` / \`create-key\`). Scopes: ${SCOPES.map((s) => `\`${s}\``).join(', ')} — every key may read its buyer’s data; a read-only key has only \`read\`. The buyer’s pages use a browser session instead (\`POST /api/session\`): its cookie acts wherever a key is accepted, and state-changing requests send its CSRF token in \`${CSRF_HEADER}\`. A supplier’s invitation link token (\`/api/i/{token}…\`) needs neither.

**Errors** are \`application/problem+json\` with a stable \`code\` (see \`ErrorCode\`).

**Limits.** Requests per minute per key, and per IP address without a key (\`429 rate_limited\`, \`Retry-After\`); per buyer an upload size and a number of queued plus running runs; a full queue is \`503 queue_full\` with \`Retry-After\`.

**Retention.** Uploaded invoices, page images and reports are erased after the retention period (default 30 days) and on \`DELETE /api/runs/{id}\`.`,
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/', description: 'This server' }],
    security: KEY_OPTIONAL,
    tags: [
      { name: 'Runs', description: 'Submit invoices and read their verdicts and reports.' },
      { name: 'Profiles', description: 'Presets, checks, the profile schema and buyers’ stored profiles.' },
      { name: 'Webhooks', description: 'Signed notifications of run events, with retries.' },
      {
        name: 'Session',
        description: 'Signing in to the buyer’s pages: a browser session (cookie) with a CSRF token.',
      },
      {
        name: 'Onboarding',
        description:
          'The buyer invites suppliers to test a sample invoice against one of its profiles, follows their progress, and approves or rejects passing samples.',
      },
      {
        name: 'Supplier',
        description:
          'The supplier’s side of an invitation. The link token in the path is the only credential: no key, no session.',
      },
      { name: 'Service', description: 'Health and this reference.' },
    ],
    paths: withSessions(paths()),
    webhooks: webhooks(),
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: `A buyer's API key (\`pfk_…\`). Scopes: ${SCOPES.join(', ')}.`,
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'A browser session of the buyer’s pages, set (HttpOnly, SameSite=Strict) by `POST /api/session`. It acts with every scope wherever a key is accepted; a POST, PUT, PATCH or DELETE also needs `csrfToken`.',
        },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description:
            'The session’s CSRF token (`csrfToken` of `GET /api/session`), sent back on every state-changing request made with `sessionCookie`; missing or wrong is `403 csrf_token_invalid`.',
        },
      },
      schemas: schemas(),
      parameters: parameters(),
      responses: responses(),
    },
  };
  return cached;
}
