/**
 * The OpenAPI 3.1 document of the HTTP API, served at `/api/openapi.json` and rendered at `/api/docs`.
 * It is assembled, not written: the component schemas come from the contracts (`components.ts`, which
 * publishes the TypeBox schemas the code's types are computed from) and the paths from the route table
 * (`routes.ts`). It is the contract: `validate.ts` validates requests against it, the client's types
 * (`client/api-types.ts`) are generated from it, and `test/server/openapi.test.ts` fails when the
 * Express routes and these paths disagree, when a thrown error code is missing from it, or when
 * `redocly lint` finds it invalid.
 *
 * Schemas are JSON Schema 2020-12 (what OpenAPI 3.1 uses); `x-error-code` on a parameter names the
 * problem code a bad value gets (on a request body: the code a body breaking the route's own rules
 * gets), `x-body-validator` on a request body says another validator (the profile validator, same
 * schema, better messages) checks it.
 */
import { ENGINE_VERSION } from '../../../engine/version.js';
import { REPLAY_WINDOW_SECONDS, SIGNATURE_HEADER } from '../../services/webhooks.js';
import { SCOPES } from '../../store/buyers.js';
import { WEBHOOK_EVENTS } from '../../store/webhooks.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../session.js';
import { type Json, json, KEY_OPTIONAL, NO_KEY, ref } from './builders.js';
import { componentSchemas, parameters, RESPONSES, responses } from './components.js';
import { OPERATIONS, type Operation, type ProblemStatus } from './routes.js';

/** Problem answers for some statuses, plus 429 and the default (500 and anything unforeseen). */
function errors(statuses: readonly ProblemStatus[]): Json {
  const out: Json = {};
  for (const status of [...statuses, 429 as const].sort())
    out[String(status)] = { $ref: `#/components/responses/${RESPONSES[status][0]}` };
  out.default = { $ref: '#/components/responses/Problem' };
  return out;
}

/** The `paths` object of the route table. */
function paths(operations: readonly Operation[]): Json {
  const out: Record<string, Json> = {};
  for (const { method, path, errors: statuses, responses, ...operation } of operations) {
    out[path] ??= {};
    out[path][method] = {
      ...operation,
      responses: { ...responses, ...(statuses && errors(statuses)) },
    };
  }
  return out;
}

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

**Errors** are \`application/problem+json\` with a stable \`code\` (see \`ErrorCode\`). A path of this document asked with a method it does not have (\`TRACE\`, \`PUT\` on a run, …) is \`405 method_not_allowed\` with an \`Allow\` header.

**Query numbers** (\`wait\`, \`limit\`) are read in any JSON number notation (\`30\`, \`2.5\`, \`1e1\`); what the schema refuses (\`wait\` above 60, a \`limit\` that is not a whole number from 1 to 100) is \`400\`.

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
      {
        name: 'Audit',
        description:
          'The append-only audit log: approvals, rejections, overrides, waivers, profile, key and user changes.',
      },
    ],
    paths: withSessions(paths(OPERATIONS)),
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
        supplierCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'pf_supplier',
          description:
            'A supplier’s session (supplier portal), set (HttpOnly, SameSite=Strict) by `POST /api/supplier/session` with an e-mailed sign-in link. It reads only the invitations addressed to its e-mail address; a POST also needs its `csrfToken`.',
        },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description:
            'The session’s CSRF token (`csrfToken` of `GET /api/session`), sent back on every state-changing request made with `sessionCookie`; missing or wrong is `403 csrf_token_invalid`.',
        },
      },
      schemas: componentSchemas(),
      parameters: parameters(),
      responses: responses(),
    },
  };
  return cached;
}
