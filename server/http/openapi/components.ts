/**
 * The components of the OpenAPI document: the contract schemas (defined once as TypeBox schemas in
 * `engine/model`, `server/core/problem.ts` and `../contracts.ts`), the API's other request and answer
 * shapes, the shared parameters and the problem answers. `componentSchemas()` turns every embedded
 * copy of a named contract schema into a `$ref`, so each shape appears once in the document.
 */
import { COMPONENT_NAME, componentName } from '../../../engine/model/contract.js';
import { ReportSchema } from '../../../engine/model/report.js';
import { ProblemSchema } from '../../core/problem.js';
import {
  DEFAULT_EXPIRY_DAYS,
  MAX_COMMENT,
  MAX_EXPIRY_DAYS,
  MAX_SUPPLIER_NAME,
} from '../../services/invitations.js';
import { MAX_MASTER_IBANS, MAX_MASTER_NAME } from '../../services/supplier-master.js';
import { MAX_WAIVER_REASON } from '../../services/waivers.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../store/audit.js';
import { INVITATION_ID, INVITATION_TOKEN } from '../../store/invitations.js';
import { EMAIL_PATTERN, MAX_EMAIL_LENGTH } from '../../store/users.js';
import { WEBHOOK_EVENTS } from '../../store/webhooks.js';
import {
  AcceptanceProfileSchema,
  RunListSchema,
  RunSchema,
  RunSummarySchema,
  SupplierRunSchema,
} from '../contracts.js';
import { MAX_WAIT_SECONDS } from '../query.js';
import { CSRF_HEADER } from '../session.js';
import { type Json, nullable, ref } from './builders.js';
import { ERROR_CODES } from './error-codes.js';

/** The problem answers by status: component name and description. */
export const RESPONSES = {
  400: ['BadRequest', 'The request is malformed (see `code`).'],
  401: [
    'Unauthorized',
    'No valid API key or browser session (`api_key_missing`, `api_key_invalid`, `api_key_expired`, or `session_ended` when the session cookie names a session that has ended: sign in again).',
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
  503: [
    'ServiceUnavailable',
    'The request cannot be taken now: the run queue is full (`queue_full`), there is no room to store the upload (`storage_full`), or the database cannot be reached for a moment (`database_unavailable`, on any operation); retry after `Retry-After` seconds.',
  ],
} as const satisfies Record<number, readonly [name: string, description: string]>;

/** What the `file` part of an upload form is, and what a part without a file name gets. */
export const FILE_PART =
  'The invoice: one file part with a file name (`Content-Disposition: form-data; name="file"; filename="invoice.pdf"`). A `file` part that carries bytes but is without a file name is refused as `400 multipart_invalid` (`reason` says so); an empty one counts as no file chosen (`400 file_missing`).';

/** The API's other shapes, written here as JSON Schema (each only here). */
function apiSchemas(): Json {
  const out: Json = {
    ErrorCode: {
      type: 'string',
      description: Object.entries(ERROR_CODES)
        .map(([code, { status, en }]) => `- \`${code}\` (${status}): ${en}`)
        .join('\n'),
      enum: Object.keys(ERROR_CODES),
    },
    RunSubmission: {
      type: 'object',
      required: ['file'],
      additionalProperties: false,
      properties: {
        file: {
          type: 'string',
          contentMediaType: 'application/pdf',
          description: FILE_PART,
        },
        profile: {
          type: 'string',
          maxLength: 100,
          description:
            'A preset id (default `lenient`) or a stored profile id (`prf-…`, with its owner’s key).',
          default: 'lenient',
          examples: ['lenient'],
        },
        supplierReference: {
          type: 'string',
          maxLength: 200,
          description: 'Your own reference for the supplier; returned with the run and in events.',
          examples: ['Bakkerij De Korenschoof'],
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
    ProfileText: {
      type: 'object',
      required: ['nl', 'en'],
      properties: {
        nl: { type: 'string', description: 'Dutch.' },
        en: { type: 'string', description: 'English.' },
        de: { type: 'string', description: 'German (optional).' },
        fr: { type: 'string', description: 'French (optional).' },
      },
      description:
        'A text a buyer writes in its profile: Dutch and English, German and French when the buyer adds them (pages fall back to English).',
    },
    Preset: {
      type: 'object',
      required: ['id', 'version', 'name', 'names', 'channels', 'vendor'],
      properties: {
        id: { type: 'string' },
        version: { type: 'integer' },
        name: { type: 'string' },
        names: ref('LocalizedText'),
        description: nullable(ref('ProfileText')),
        channels: { type: 'string', enum: ['text', 'ocr', 'both'] },
        vendor: {
          type: 'string',
          description:
            'The vendor group the preset belongs to (`generic` for presets that mirror no one product).',
          examples: ['abbyy'],
        },
      },
    },
    PresetGroup: {
      type: 'object',
      required: ['vendor', 'names', 'presets'],
      properties: {
        vendor: { type: 'string', examples: ['abbyy'] },
        names: ref('LocalizedText'),
        presets: {
          type: 'array',
          items: { type: 'string' },
          examples: [['abbyy-flexicapture', 'abbyy-vantage']],
        },
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
    OutboxMessage: {
      type: 'object',
      required: [
        'id',
        'kind',
        'to',
        'from',
        'subject',
        'text',
        'language',
        'messageId',
        'status',
        'attempts',
        'createdAt',
      ],
      properties: {
        id: { type: 'string', pattern: '^msg_[A-Za-z0-9_-]{16}$' },
        kind: {
          type: 'string',
          description:
            '`verdict-reply`, `invitation`, `invitation-reminder`, `invitation-approved`, `invitation-rejected`, `buyer-sample-passed`, `buyer-sample-awaiting`.',
        },
        to: { type: 'string' },
        from: { type: 'string' },
        subject: { type: 'string' },
        text: { type: 'string', description: 'The plain-text body.' },
        language: { type: 'string', enum: ['nl', 'en', 'de', 'fr'] },
        messageId: { type: 'string' },
        inReplyTo: { type: ['string', 'null'] },
        status: { type: 'string', enum: ['held', 'pending', 'sent', 'failed'] },
        attempts: { type: 'integer' },
        nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
        lastError: { type: ['string', 'null'] },
        createdAt: { type: 'string', format: 'date-time' },
        sentAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
    OutboxList: {
      type: 'object',
      required: ['messages', 'nextCursor'],
      properties: {
        messages: { type: 'array', items: ref('OutboxMessage') },
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
                links: ref('RunLinks'),
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
      description:
        'Liveness: the process answers. Read from memory only (no database), so a slow or broken database never makes a liveness probe restart the process; the queue and the database are in `GET /ready`.',
      required: ['status', 'version', 'uptimeSeconds', 'runs'],
      properties: {
        status: { const: 'ok' },
        version: { type: 'string', description: 'The engine version.' },
        uptimeSeconds: { type: 'integer', description: 'Seconds since the app started.' },
        runs: {
          type: 'object',
          required: ['running', 'workers'],
          properties: {
            running: { type: 'integer', description: 'Runs being processed now.' },
            workers: { type: 'integer', description: 'Worker threads of the pipeline pool.' },
          },
        },
      },
      example: { status: 'ok', version: '0.1.0', uptimeSeconds: 3600, runs: { running: 1, workers: 2 } },
    },
    Readiness: {
      type: 'object',
      description:
        'Readiness: whether this process should get traffic. `ready` when the database answers, its schema is at the version of this code, the pipeline pool has workers and the process is not shutting down. The queue is reported but never makes the process unready (a full queue refuses uploads with `503 queue_full`; reports are still served).',
      required: ['status', 'checks'],
      properties: {
        status: { type: 'string', enum: ['ready', 'not_ready'] },
        checks: {
          type: 'object',
          properties: {
            database: {
              type: 'object',
              required: ['ok'],
              properties: { ok: { type: 'boolean' }, error: { const: 'unreachable' } },
            },
            migrations: {
              type: 'object',
              required: ['ok', 'expected'],
              properties: {
                ok: { type: 'boolean' },
                version: { type: 'integer', description: 'The schema version of the database.' },
                expected: { type: 'integer', description: 'The schema version this code migrates to.' },
              },
            },
            queue: {
              type: 'object',
              required: ['ok', 'capacity'],
              properties: {
                ok: { type: 'boolean', description: 'Whether the queue could be counted.' },
                queued: { type: 'integer' },
                capacity: { type: 'integer', description: '`MAX_QUEUED_RUNS`.' },
                full: { type: 'boolean' },
              },
            },
            workers: {
              type: 'object',
              required: ['ok', 'workers', 'running'],
              properties: {
                ok: { type: 'boolean' },
                workers: { type: 'integer' },
                running: { type: 'integer' },
              },
            },
            shutdown: {
              type: 'object',
              required: ['ok'],
              properties: { ok: { type: 'boolean', description: 'False once SIGTERM was received.' } },
            },
          },
        },
      },
      example: {
        status: 'ready',
        checks: {
          database: { ok: true },
          migrations: { ok: true, version: 8, expected: 8 },
          queue: { ok: true, queued: 0, capacity: 1000, full: false },
          workers: { ok: true, workers: 2, running: 0 },
          shutdown: { ok: true },
        },
      },
    },
  };
  return { ...out, ...onboardingSchemas() };
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

/** An e-mail address as the server takes it (`normaliseEmail`): one rule, stated once. */
const email = {
  type: 'string',
  pattern: EMAIL_PATTERN,
  maxLength: MAX_EMAIL_LENGTH,
  description: 'An e-mail address: something, `@`, a domain with a dot; no spaces.',
  examples: ['inkoop@example.nl'],
};

const stringOrNull = { type: ['string', 'null'] };
/** Distinct passing samples against the number the profile asks (`delivery.samplesRequired`). */
const SAMPLE_COUNT = {
  type: 'object',
  description:
    'Distinct passing samples (different file and different invoice number) against the number the profile asks (`delivery.samplesRequired`, default 1). Ready for approval (or cleared) only when `passed >= required`.',
  required: ['required', 'passed'],
  properties: {
    required: { type: 'integer', minimum: 1 },
    passed: { type: 'integer', minimum: 0 },
    runIds: { type: 'array', items: { type: 'string' }, description: 'The counted runs, oldest first.' },
  },
};
const dateTime = { type: 'string', format: 'date-time' };
/** The language of an invitation: the supplier's page starts in it (the supplier may switch). */
const invitationLanguage = {
  type: 'string',
  enum: ['nl', 'en', 'de', 'fr'],
  description:
    'The language the buyer chose for the invitation (Dutch, English, German or French); the supplier’s page starts in it.',
};
const dateTimeOrNull = { type: ['string', 'null'], format: 'date-time' };

/** Schemas of browser sessions and of onboarding (invitations, the supplier's side, reviews). */
function onboardingSchemas(): Json {
  return {
    SignIn: {
      type: 'object',
      description:
        'Either `apiKey`, or `email` and `password` (a user of the buyer). With both, the key is used. Other members are ignored. Neither is `400 sign_in_incomplete`.',
      properties: {
        apiKey: { type: 'string', examples: ['pfk_…'] },
        email,
        password: { type: 'string', format: 'password' },
      },
      anyOf: [
        { required: ['apiKey'], properties: { apiKey: { pattern: '\\S' } } },
        { required: ['email', 'password'], properties: { password: { minLength: 1 } } },
      ],
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
          properties: { email },
        }),
        signedInWith: { type: 'string', enum: ['password', 'apiKey'] },
        scopes: {
          type: 'array',
          items: { type: 'string' },
          description:
            "What the session may do: a session opened with an API key has exactly that key's scopes (and ends with the key); a password session has every scope.",
        },
        csrfToken: {
          type: 'string',
          description: `Send it back in \`${CSRF_HEADER}\` on every POST, PUT, PATCH and DELETE made with the session.`,
        },
        expiresAt: dateTime,
        setup: {
          type: 'string',
          enum: ['no-buyer'],
          description:
            'Signed out on an empty installation (no buyer yet): create the first buyer and its user with `proeffactuur buyer create --name NAME --user-email EMAIL`.',
        },
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
        previousRunId: {
          type: 'string',
          description:
            'The run before the latest one (compare them with `GET /api/runs/{id}/compare/{other}`).',
        },
        awaitingRunId: { type: 'string', description: 'The passing run that waits for approval.' },
        cleared: {
          type: 'object',
          description: 'The run that cleared the supplier to send live invoices, and when.',
          required: ['runId', 'at'],
          properties: { runId: { type: 'string' }, at: dateTime },
        },
        liveFrom: { type: 'string', format: 'date', description: 'First day of live sending.' },
        samples: SAMPLE_COUNT,
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
        'language',
        'profile',
        'createdAt',
        'expiresAt',
        'revokedAt',
        'openedAt',
        'inventory',
        'status',
        'masterData',
        'links',
      ],
      properties: {
        id: { type: 'string', pattern: INVITATION_ID.source },
        supplier: {
          type: 'object',
          required: ['name', 'email'],
          properties: { name: { type: 'string' }, email },
        },
        language: invitationLanguage,
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
          properties: {
            softwareName: {
              anyOf: [ref('LocalizedText'), { type: 'string' }, { type: 'null' }],
              description:
                'The software’s name: in both languages for a listed package, as the supplier typed it for `other`.',
            },
          },
        }),
        status: ref('InvitationStatus'),
        masterData: nullable(ref('SupplierMasterData')),
        links: { type: 'object', required: ['self'], properties: { self: { type: 'string' } } },
      },
    },
    InvitationCreate: {
      type: 'object',
      required: ['supplierName', 'supplierEmail', 'profileId'],
      properties: {
        supplierName: { type: 'string', minLength: 1, maxLength: MAX_SUPPLIER_NAME },
        supplierEmail: email,
        language: { ...invitationLanguage, default: 'nl' },
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
        masterData: nullable(ref('SupplierMasterData')),
      },
    },
    SupplierMasterData: {
      type: 'object',
      additionalProperties: false,
      description:
        'What the buyer’s vendor master holds for the supplier. Each sample is checked against it (`fields.seller-matches`): an IBAN on the invoice that is not listed here, another VAT id or KvK number rejects the sample; another name is a warning. Values are stored compact and upper case; an invalid IBAN (mod 97), VAT id or KvK number is `400 invitation_invalid`.',
      properties: {
        name: { type: 'string', maxLength: MAX_MASTER_NAME, examples: ['Bakkerij De Korenschoof B.V.'] },
        vatId: { type: 'string', maxLength: 40, examples: ['NL123456782B01'] },
        kvk: { type: 'string', maxLength: 20, examples: ['12345678'] },
        ibans: {
          type: 'array',
          maxItems: MAX_MASTER_IBANS,
          items: { type: 'string', maxLength: 50, examples: ['NL91ABNA0417164300'] },
          description: 'The bank accounts on file: an IBAN on the invoice must be one of them.',
        },
      },
    },
    SupplierMasterDataUpdate: {
      type: 'object',
      required: ['masterData'],
      properties: {
        masterData: {
          ...nullable(ref('SupplierMasterData')),
          description:
            'The new master data; `null` or `{}` removes it. Runs made before keep what they were checked against.',
        },
      },
    },
    SupplierImportRow: {
      type: 'object',
      required: ['row', 'supplierName', 'supplierEmail', 'status'],
      properties: {
        row: {
          type: 'integer',
          minimum: 2,
          description: 'The row as a spreadsheet numbers it (the header is row 1).',
        },
        supplierName: { type: 'string' },
        supplierEmail: { type: 'string' },
        status: { type: 'string', enum: ['created', 'refused'] },
        invitationId: { type: 'string', pattern: INVITATION_ID.source },
        link: {
          type: 'string',
          pattern: '^/i/[A-Za-z0-9_-]{43}$',
          description:
            'The supplier’s private link, shown only in this answer (it is also e-mailed to the supplier).',
        },
        problems: {
          type: 'array',
          description: 'Why the row was refused: the column (`field`) and the reason in English and Dutch.',
          items: {
            type: 'object',
            required: ['field', 'message', 'messageNl'],
            properties: {
              field: { type: 'string' },
              message: { type: 'string' },
              messageNl: { type: 'string' },
            },
          },
        },
      },
    },
    SupplierImportReport: {
      type: 'object',
      description: 'What each row of the supplier list became.',
      required: ['delimiter', 'rows', 'created', 'refused', 'ignoredColumns', 'results'],
      properties: {
        delimiter: {
          type: 'string',
          enum: [',', ';', '\t'],
          description: 'The delimiter found in the header line.',
        },
        rows: { type: 'integer', minimum: 0, description: 'Data rows read (the header not counted).' },
        created: { type: 'integer', minimum: 0 },
        refused: { type: 'integer', minimum: 0 },
        ignoredColumns: {
          type: 'array',
          items: { type: 'string' },
          description: 'Header cells the import does not know.',
        },
        results: { type: 'array', items: ref('SupplierImportRow') },
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
        override: {
          type: 'boolean',
          const: true,
          description:
            'Present on an approval of a sample that did not pass (an override); `comment` says why.',
        },
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
          description:
            'Shown to the supplier, e.g. why a sample is rejected. Required to approve a sample that did not pass (an override: `400 override_reason_required` without it); kept in the audit log.',
        },
      },
    },
    Waiver: {
      type: 'object',
      description:
        'One check waived for one supplier (invitation): its findings still show in the supplier’s report, marked “waived by the buyer”, but no longer count for the verdict.',
      required: [
        'id',
        'invitationId',
        'checkId',
        'checkTitle',
        'reason',
        'until',
        'active',
        'createdBy',
        'createdAt',
        'removedAt',
        'removedBy',
      ],
      properties: {
        id: { type: 'string', examples: ['wvr_AAAAAAAAAAAAAAAA'] },
        invitationId: { type: 'string' },
        checkId: { type: 'string', examples: ['images.min-dpi'] },
        checkTitle: nullable(ref('LocalizedText')),
        reason: { type: 'string' },
        until: { ...dateTimeOrNull, description: 'When it stops applying; `null`: until removed.' },
        active: { type: 'boolean', description: 'Whether it applies now: not removed, not expired.' },
        createdBy: {
          type: 'string',
          description: 'Who waived: a user’s e-mail or an API key’s first characters.',
        },
        createdAt: dateTime,
        removedAt: dateTimeOrNull,
        removedBy: { type: ['string', 'null'] },
      },
    },
    WaiverCreate: {
      type: 'object',
      required: ['checkId', 'reason'],
      properties: {
        checkId: {
          type: 'string',
          maxLength: 100,
          description:
            'A check the invitation’s profile uses (`400 waiver_check_unused` otherwise; the answer lists them).',
          examples: ['totals.sum-matches'],
        },
        reason: {
          type: 'string',
          maxLength: MAX_WAIVER_REASON,
          description: 'Why: shown in the supplier’s report and kept in the audit log.',
          examples: ['Ons boekhoudpakket rondt zelf af; een verschil van een cent is geen probleem.'],
        },
        until: {
          type: 'string',
          maxLength: 40,
          description:
            'Optional end: a date (`2027-03-31`, the end of that day UTC) or a moment, in the future. Absent: until removed.',
        },
      },
    },
    WaiverList: {
      type: 'object',
      required: ['waivers'],
      properties: {
        waivers: { type: 'array', items: ref('Waiver'), description: 'Oldest first, removed ones too.' },
      },
    },
    AuditEntry: {
      type: 'object',
      description: 'One entry of the append-only audit log: who did what, when and why.',
      required: ['id', 'at', 'actor', 'action', 'entity', 'reason', 'data'],
      properties: {
        id: { type: 'integer', description: 'Increasing with each entry written.' },
        at: dateTime,
        actor: {
          type: 'string',
          description:
            'Who: a user’s e-mail, an API key’s first characters (`API key pfk_…`), or `command line (…)`.',
        },
        action: { type: 'string', enum: [...AUDIT_ACTIONS] },
        entity: {
          type: 'object',
          required: ['type', 'id'],
          properties: { type: { type: 'string', enum: [...AUDIT_ENTITY_TYPES] }, id: { type: 'string' } },
        },
        reason: { type: ['string', 'null'], description: 'Why: the reason or comment given.' },
        data: {
          type: ['object', 'null'],
          description:
            'Facts of the change: the decision, the waived check, the profile version, the key’s scopes.',
        },
      },
    },
    AuditList: {
      type: 'object',
      required: ['entries', 'nextCursor'],
      properties: {
        entries: { type: 'array', items: ref('AuditEntry'), description: 'Newest first.' },
        nextCursor: {
          type: ['string', 'null'],
          description: 'Pass as `cursor` for the next page; `null` on the last page.',
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
          description:
            'Whether the run can be approved or rejected (completed and `accepted`, after the invitation’s waivers).',
        },
        overridable: {
          type: 'boolean',
          description:
            'Whether the run can be approved although it did not pass (an override, with a reason): a finished run of an invitation whose verdict is not `accepted`.',
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
        'language',
        'expiresAt',
        'profile',
        'requirements',
        'inventory',
        'contactAddress',
        'stage',
        'approvalRequired',
        'runs',
        'goLive',
        'uploadLimitBytes',
      ],
      properties: {
        buyer: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        supplier: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        language: invitationLanguage,
        expiresAt: dateTime,
        profile: nullable({
          type: 'object',
          required: ['name', 'version', 'description', 'archived'],
          properties: {
            name: { type: 'string' },
            version: { type: 'integer' },
            description: nullable(ref('ProfileText')),
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
            samplesRequired: { type: 'integer', minimum: 1 },
            manualApproval: { type: 'boolean' },
          },
        }),
        inventory: nullable(ref('Inventory')),
        contactAddress: {
          ...stringOrNull,
          description: 'The buyer’s address for questions (`delivery.contactAddress`), shown at every stage.',
        },
        stage: ref('OnboardingStage'),
        approvalRequired: { type: 'boolean' },
        samples: SAMPLE_COUNT,
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
            maxBytes: { type: 'integer', description: 'Largest file (`file.maxBytes`).' },
            maxEmailBytes: {
              type: 'integer',
              description:
                'Largest whole e-mail the invoice mailbox takes, attachments encoded (`delivery.maxEmailBytes`).',
            },
            maxPages: { type: 'integer' },
          },
        }),
        uploadLimitBytes: { type: 'integer', description: 'Largest file the upload accepts.' },
        testMailbox: {
          type: 'object',
          required: ['address'],
          description:
            'When the server runs its SMTP test mailbox: the address to send the sample to exactly as live invoices will be sent, and the buyer’s mailbox limit.',
          properties: {
            address: { type: 'string', description: '`<invitation token>@<MAIL_DOMAIN>`.' },
            maxMessageBytes: {
              type: 'integer',
              description:
                'Largest message, encoded (`mail.maxMessageBytes`, else `delivery.maxEmailBytes`).',
            },
          },
        },
      },
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
    example: 'run_AAAAAAAAAAAAAAAAAAAAAA',
  },
  ProfileId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A stored profile id (`prf-…`).',
    schema: { type: 'string' },
    example: 'prf-aaaaaaaaaaaaaaaaaaaa',
  },
  PresetId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A preset id.',
    schema: { type: 'string' },
    example: 'lenient',
  },
  WebhookId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A webhook id (`whk_…`).',
    schema: { type: 'string' },
    example: 'whk_AAAAAAAAAAAAAAAA',
  },
  InvitationId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'An invitation id (`inv_…`).',
    schema: { type: 'string' },
    example: 'inv_AAAAAAAAAAAAAAAA',
  },
  WaiverId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A waiver id (`wvr_…`).',
    schema: { type: 'string' },
    example: 'wvr_AAAAAAAAAAAAAAAA',
  },
  InvitationToken: {
    name: 'token',
    in: 'path',
    required: true,
    description:
      'The invitation’s link token (the end of the supplier’s link `/i/<token>`). It is the supplier’s credential: keep it secret. An expired, revoked or unknown token is `404 invitation_unavailable`.',
    schema: { type: 'string', pattern: INVITATION_TOKEN.source },
    example: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  },
};

/** The shared parameters. */
export function parameters(): Json {
  return {
    ...ID_PARAMS,
    Wait: {
      name: 'wait',
      in: 'query',
      description:
        'Seconds (0–60) to wait for the run to finish before answering; any decimal notation (`30`, `2.5`, `1e1`). Anything else, or more than 60, is `400 invalid_wait`.',
      schema: { type: 'number', minimum: 0, maximum: MAX_WAIT_SECONDS },
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
      description:
        'The language of `detail` texts and reports: `nl`, `de` or `fr` (regional tags such as `de-CH` or `fr-BE` count, quality values are honoured); English otherwise.',
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

/** The shared answers: every problem status, and the default problem. */
export function responses(): Json {
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

/** The contract schemas the document publishes (the schemas they embed are found and added). */
const CONTRACTS = [
  ReportSchema,
  RunSchema,
  RunSummarySchema,
  RunListSchema,
  SupplierRunSchema,
  AcceptanceProfileSchema,
];

/**
 * Every component schema, JSON only: the contracts with each embedded named schema replaced by a
 * `$ref` (and added as a component of its own), then the API's other shapes. `Problem.code` is
 * narrowed to `ErrorCode`, the list of codes the server can send.
 */
export function componentSchemas(): Json {
  const out: Json = {};
  const pending: unknown[] = [
    ...CONTRACTS,
    {
      ...ProblemSchema,
      properties: { ...ProblemSchema.properties, code: { [COMPONENT_NAME]: 'ErrorCode' } },
    },
  ];
  const walk = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, false));
    if (typeof node !== 'object' || node === null) return node;
    const name = componentName(node);
    if (name !== undefined && !root) {
      if (name !== 'ErrorCode') pending.push(node);
      return ref(name);
    }
    // Object.entries skips symbol keys: TypeBox's and the component mark stay out of the JSON.
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, false)]));
  };
  for (let i = 0; i < pending.length; i++) {
    const schema = pending[i];
    const name = componentName(schema)!;
    if (out[name] === undefined) out[name] = withOwnDefs(name, walk(schema, true) as Json);
  }
  return { ...out, ...apiSchemas() };
}

/** A schema with its own `$defs` (the profile schema), embedded: `$schema` and `$id` dropped, its
 * `#/$defs/` references pointed at their place in the document. */
function withOwnDefs(name: string, schema: Json): Json {
  if (!schema.$defs) return schema;
  const { $schema: _s, $id: _i, ...rest } = schema;
  return JSON.parse(
    JSON.stringify(rest).replaceAll('"#/$defs/', `"#/components/schemas/${name}/$defs/`),
  ) as Json;
}
