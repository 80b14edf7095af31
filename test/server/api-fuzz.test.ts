/**
 * The API against its own document. First the mismatches a schema-driven fuzzer found, one test each;
 * then the fuzzer itself: for EVERY operation of the served `/api/openapi.json`, requests drawn from
 * its parameters and request body (fast-check, `fuzz/schema-arbitrary.ts`), sent with a real key and
 * real ids (a stored profile, a run, an invitation and its link token, a webhook) to the real server.
 * A case fails on any 5xx, a status the operation does not document, a content type it does not
 * document for that status, a JSON body that breaks the documented schema (ajv), or a request the
 * document allows being refused as malformed (`request_invalid`, `invalid_wait`, ...).
 *
 * Bounded: `API_FUZZ_RUNS` cases per operation (default 25), and up to 3 more rounds of them (the next
 * seeds) for an operation not yet seen succeeding; `API_FUZZ_SEED` replays a seed (printed on failure). Callback and webhook URLs are drawn on a local receiver only: nothing leaves the machine.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import fc from 'fast-check';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { buyerClient, type Receiver, startReceiver } from './api-helpers.js';
import { arbitraryOf, type Schema } from './fuzz/schema-arbitrary.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;

const RUNS = Number(process.env.API_FUZZ_RUNS ?? 25);
const SEED = Number(process.env.API_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** More rounds (seeds SEED+1, ...) for an operation not yet seen succeeding after the first. */
const EXTRA_ROUNDS = 3;
const DOC_ID = 'urn:proeffactuur:fuzz:openapi';

/** 400 codes that mean "this request breaks the document": a request drawn from it may not get them. */
const MALFORMED_CODES = new Set([
  'request_invalid',
  'invalid_wait',
  'idempotency_key_invalid',
  'expected_json',
  'expected_multipart',
  'malformed_json',
  'sign_in_incomplete',
  'file_missing',
  'bad_request',
  'unexpected_file_field',
  'too_many_files',
]);

let server: TestServer;
let receiver: Receiver;
let doc: Schema;
let apiKey: string;
let pdf: Uint8Array;
const ids = {
  run: '',
  supplierRun: '',
  profile: '',
  webhook: '',
  invitation: '',
  token: '',
  presets: [] as string[],
  presetBody: {} as Schema,
  software: [] as string[],
  outboxMessage: '',
  certificate: '',
  waiver: '',
  runSet: '',
  supplierRunSet: '',
  /** A supplier session (supplier portal) of the invitation's address, and its CSRF token. */
  supplierCookie: '',
  supplierCsrf: '',
  /** A sign-in link's token, not used yet. */
  signInToken: '',
};

beforeAll(async () => {
  server = await startTestServer({ refusePrivateUrls: false });
  receiver = await startReceiver();
  doc = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as Schema;
  apiKey = (await buyerClient(server)).apiKey;
  pdf = await textInvoicePdf();
  const auth = { authorization: `Bearer ${apiKey}` };
  const jsonHeaders = { ...auth, 'content-type': 'application/json' };
  const presets = (await fetch(`${server.url}/api/presets`).then((r) => r.json())) as {
    presets: { id: string; channels: string }[];
  };
  // OCR presets stay out of generated submissions: an OCR run costs seconds, not what is tested here.
  ids.presets = presets.presets.filter((p) => p.channels === 'text').map((p) => p.id);
  const lenient = (await fetch(`${server.url}/api/presets/${ids.presets[0]}`).then((r) =>
    r.json(),
  )) as Schema;
  ids.presetBody = lenient;
  const software = (await fetch(`${server.url}/api/invoicing-software`).then((r) => r.json())) as {
    software: { id: string }[];
  };
  ids.software = software.software.map((s) => s.id);
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(lenient),
  }).then((r) => r.json())) as { id: string };
  ids.profile = profile.id;
  const run = (await fetch(`${server.url}/api/runs?wait=30`, {
    method: 'POST',
    headers: auth,
    body: uploadForm(pdf, { profile: ids.profile }),
  }).then((r) => r.json())) as { id: string; status: string };
  expect(run.status).toBe('completed');
  ids.run = run.id;
  const invitation = (await fetch(`${server.url}/api/invitations`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({
      supplierName: 'Leverancier B.V.',
      supplierEmail: 'info@leverancier.nl',
      profileId: ids.profile,
    }),
  }).then((r) => r.json())) as { invitation: { id: string }; link: string };
  ids.invitation = invitation.invitation.id;
  ids.token = invitation.link.slice('/i/'.length);
  const supplierRun = (await fetch(`${server.url}/api/i/${ids.token}/runs`, {
    method: 'POST',
    body: uploadForm(pdf),
  }).then((r) => r.json())) as { id: string };
  ids.supplierRun = supplierRun.id;
  // A waiver of the invitation, to read and remove.
  const waiver = (await fetch(`${server.url}/api/invitations/${ids.invitation}/waivers`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ checkId: 'totals.sum-matches', reason: 'fuzz' }),
  }).then((r) => r.json())) as { id: string };
  ids.waiver = waiver.id;
  // The supplier portal: a session of the invitation's address, a fresh sign-in token, and run sets.
  const signInTokens: string[] = [];
  server.services.mailer.on('held', (m: { kind: string; text: string }) => {
    const found = /#signin=([A-Za-z0-9_-]{43})/.exec(m.text)?.[1];
    if (m.kind === 'supplier-sign-in' && found) signInTokens.push(found);
  });
  for (let i = 0; i < 2; i++)
    await fetch(`${server.url}/api/supplier/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'info@leverancier.nl' }),
    });
  expect(signInTokens).toHaveLength(2);
  const supplierSession = await fetch(`${server.url}/api/supplier/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: signInTokens[0] }),
  });
  ids.supplierCookie = (supplierSession.headers.get('set-cookie') ?? '').split(';')[0]!;
  ids.supplierCsrf = ((await supplierSession.json()) as { csrfToken: string }).csrfToken;
  ids.signInToken = signInTokens[1]!;
  const supplierSet = (await fetch(`${server.url}/api/supplier/run-sets?invitations=${ids.invitation}`, {
    method: 'POST',
    headers: { cookie: ids.supplierCookie, 'x-csrf-token': ids.supplierCsrf },
    body: uploadForm(pdf),
  }).then((r) => r.json())) as { id: string };
  ids.supplierRunSet = supplierSet.id;
  const runSet = (await fetch(`${server.url}/api/run-sets`, {
    method: 'POST',
    headers: auth,
    body: uploadForm(pdf, { profile: ids.profile }),
  }).then((r) => r.json())) as { id: string };
  ids.runSet = runSet.id;
  const webhook = (await fetch(`${server.url}/api/webhooks`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ url: receiver.url, events: ['run.completed'] }),
  }).then((r) => r.json())) as { id: string };
  ids.webhook = webhook.id;
  // The invitation's e-mail waits in the outbox (no relay): a real message id.
  const outbox = (await fetch(`${server.url}/api/outbox`, { headers: auth }).then((r) => r.json())) as {
    messages: { id: string }[];
  };
  ids.outboxMessage = outbox.messages[0]?.id ?? '';
  expect(ids.outboxMessage).not.toBe('');
  // The accepted run's test certificate, to verify.
  const certificate = await fetch(`${server.url}/api/runs/${ids.run}/certificate?format=json`, {
    headers: auth,
  });
  expect(certificate.status).toBe(200);
  ids.certificate = await certificate.text();
}, 60_000);

afterAll(async () => {
  await receiver?.close();
  await server?.close();
});

/** A request with any method (fetch refuses TRACE), answered with status, headers and body. */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function documentValidator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(doc, DOC_ID);
  return ajv;
}

describe('the document and the server agree (mismatches a fuzzer found)', () => {
  test('?wait and ?limit take any JSON number notation the schema allows (1e1, 10.0)', async () => {
    const auth = { authorization: `Bearer ${apiKey}` };
    const runRes = await fetch(`${server.url}/api/runs?wait=1e1`, {
      method: 'POST',
      headers: auth,
      body: uploadForm(pdf),
    });
    expect(runRes.status).toBe(201);
    const id = ((await runRes.json()) as { id: string }).id;
    expect((await fetch(`${server.url}/api/runs/${id}?wait=1.5e1`, { headers: auth })).status).toBe(200);
    const list = await fetch(`${server.url}/api/runs?limit=1e1`, { headers: auth });
    expect(list.status).toBe(200);
    expect((await fetch(`${server.url}/api/runs?limit=10.0`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${server.url}/api/runs?limit=2.5`, { headers: auth })).status).toBe(400);
  });

  test('?wait is at most 60 in the document and at the server, on every route that takes it', async () => {
    const wait = (doc.components as Schema & { parameters: Record<string, { schema: Schema }> }).parameters
      .Wait!;
    expect(wait.schema).toMatchObject({ type: 'number', minimum: 0, maximum: 60 });
    for (const path of [`/api/runs/${ids.run}`, `/api/i/${ids.token}/runs/${ids.run}`]) {
      for (const bad of ['61', 'soon', '0x10', '-1']) {
        const res = await fetch(`${server.url}${path}?wait=${bad}`);
        expect({ path, bad, status: res.status }).toEqual({ path, bad, status: 400 });
        expect(((await res.json()) as { code: string }).code).toBe('invalid_wait');
      }
    }
    const supplierRun = (doc.paths as Record<string, Record<string, Schema>>)['/api/i/{token}/runs/{id}']!
      .get!;
    expect(supplierRun.responses).toHaveProperty('400');
  });

  test('an e-mail address the document allows is one the server takes, and the reverse (one rule)', async () => {
    const ajv = documentValidator();
    const create = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/InvitationCreate` });
    const body = (email: string) => ({ supplierName: 'X', supplierEmail: email, profileId: ids.profile });
    for (const [email, ok] of [
      ['0@com', false],
      ['a@b', false],
      ['a b@c.nl', false],
      ['0@c.om', true],
      ['Info@Leverancier.NL', true],
    ] as const) {
      expect({ email, documentSays: create(body(email)) }).toEqual({ email, documentSays: ok });
      const res = await fetch(`${server.url}/api/invitations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body(email)),
      });
      expect({ email, status: res.status }).toEqual({ email, status: ok ? 201 : 400 });
    }
  });

  test('POST /api/session {} breaks the SignIn schema, and the server answers 400 sign_in_incomplete', async () => {
    const signIn = documentValidator().compile({ $ref: `${DOC_ID}#/components/schemas/SignIn` });
    expect(signIn({})).toBe(false);
    expect(signIn({ apiKey: '   ' })).toBe(false);
    expect(signIn({ email: 'a@b.nl' })).toBe(false);
    expect(signIn({ apiKey: 'pfk_x' })).toBe(true);
    expect(signIn({ email: 'a@b.nl', password: 'x' })).toBe(true);
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('sign_in_incomplete');
  });

  test('a file part without a file name is documented and answered 400 multipart_invalid', async () => {
    const submission = (doc.components as { schemas: Record<string, Schema> }).schemas.RunSubmission!;
    expect(JSON.stringify(submission)).toContain('without a file name');
    const boundary = 'fuzzboundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 not a file\r\n--${boundary}--\r\n`;
    for (const path of ['/api/runs', `/api/i/${ids.token}/runs`]) {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(((await res.json()) as { code: string }).code).toBe('multipart_invalid');
    }
  });

  test('/i/{token}?lang=AAA goes to the canonical URL without lang (302); nl and en are served', async () => {
    for (const query of ['?lang=AAA', '?lang=en&lang=nl', '?lang=']) {
      const res = await fetch(`${server.url}/i/${ids.token}${query}`, { redirect: 'manual' });
      expect({ query, status: res.status, location: res.headers.get('location') }).toEqual({
        query,
        status: 302,
        location: `/i/${ids.token}`,
      });
    }
    expect((await fetch(`${server.url}/i/${ids.token}?lang=en`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${server.url}/i/unknown-token?lang=nl`, { redirect: 'manual' })).status).toBe(404);
  });

  test('TRACE and other methods a known path lacks are 405 with Allow; unknown paths stay 404', async () => {
    const cases: [string, string, string][] = [
      ['TRACE', '/api/runs', 'GET, HEAD, POST'],
      ['TRACE', '/health', 'GET, HEAD'],
      ['PUT', `/api/runs/${ids.run}`, 'DELETE, GET, HEAD'],
      ['PATCH', '/api/session', 'DELETE, GET, HEAD, POST'],
      ['DELETE', `/i/${ids.token}`, 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await rawRequest(method, path, { authorization: `Bearer ${apiKey}` });
      expect({ method, path, status: res.status, allow: res.headers.allow }).toEqual({
        method,
        path,
        status: 405,
        allow,
      });
      if (method !== 'HEAD')
        expect(JSON.parse(res.body)).toMatchObject({ status: 405, code: 'method_not_allowed' });
    }
    expect((await rawRequest('TRACE', '/api/nothing-here')).status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------------
// The fuzzer

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly pointer: string;
  readonly operation: Schema;
}

interface Drawn {
  readonly path: string;
  readonly query: [string, string][];
  readonly headers: Record<string, string>;
  readonly withKey: boolean;
  readonly body?: { mediaType: string; value: unknown; file?: 'pdf' | 'junk' | 'empty' };
}

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Operations that change or remove the fixtures run last, in this order. */
const LAST = [
  // A rejection by the buyer takes the run's certificate away: the certificate operations go first.
  'reviewRun',
  'updateProfile',
  'renewInvitationLink',
  'revokeInvitation',
  'archiveProfile',
  'deleteWebhook',
  'deleteRun',
];

function operationsOf(document: Schema): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Schema>>))
    for (const [method, operation] of Object.entries(item))
      out.push({ method, path, pointer: `#/paths/${escapePointer(path)}/${method}`, operation });
  const rank = (op: Operation): number => LAST.indexOf(op.operation.operationId as string);
  return out.sort((a, b) => rank(a) - rank(b));
}

const resolve = (node: Schema): { node: Schema; pointer?: string } => {
  if (typeof node.$ref !== 'string') return { node };
  const found = node.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, seg) => (at as Schema)[seg.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  return { node: found as Schema, pointer: node.$ref };
};

/** A header value fetch sends unchanged: visible ASCII, no surrounding spaces. */
const headerSafe = (s: string): boolean => /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(s) || s === '';

function requestArbitrary(op: Operation, ajv: Ajv2020): fc.Arbitrary<Drawn> {
  const formats = {
    // Only the test's receiver: a generated webhook or callback may not reach anything else.
    uri: fc.webSegment().map((segment) => `${receiver.url}/${encodeURIComponent(segment)}`),
  };
  const sample = (schema: Schema) => arbitraryOf(schema, { root: doc, formats, maxDepth: 6 });
  const pathValue = (name: string, schema: Schema): fc.Arbitrary<string> => {
    const real: Record<string, string[]> = {
      '/api/runs/{id}': [ids.run],
      '/api/profiles/{id}': [ids.profile],
      '/api/presets/{id}': ids.presets,
      '/api/webhooks/{id}': [ids.webhook],
      '/api/invitations/{id}': [ids.invitation],
      '/api/outbox/{id}': [ids.outboxMessage],
      '/api/i/{token}/runs/{id}': [ids.supplierRun],
      '/api/waivers/{id}': [ids.waiver],
      '/api/run-sets/{id}': [ids.runSet],
      '/api/supplier/run-sets/{id}': [ids.supplierRunSet],
      '/api/supplier/invitations/{id}': [ids.invitation],
    };
    const known =
      name === 'token'
        ? [ids.token]
        : name === 'version'
          ? ['1']
          : name === 'file'
            ? ['1.png']
            : (Object.entries(real).find(([prefix]) => op.path.startsWith(prefix))?.[1] ?? []);
    // Mostly the real id; sometimes whatever the schema allows (an unknown id must be a documented 4xx).
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(known.length ? known : ['x'])) },
      {
        weight: 1,
        arbitrary: sample(schema)
          .map((v) => String(v))
          .filter((s) => s !== '' && s !== '.' && s !== '..'),
      },
    );
  };

  const params = ((op.operation.parameters as Schema[] | undefined) ?? []).map((p) => resolve(p).node);
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of params) {
    const name = p.name as string;
    const schema = p.schema as Schema;
    if (p.in === 'path') parts[`path:${name}`] = pathValue(name, schema);
    else if (p.in === 'query' && name !== 'cursor') {
      // Numbers go out in every notation the document allows (1e1, 10.0, 10).
      const value = sample(schema).chain((v) =>
        typeof v === 'number'
          ? fc.constantFrom(String(v), v.toExponential(), Number.isInteger(v) ? `${v}.0` : String(v))
          : fc.constant(String(v)),
      );
      // The invitations of a supplier's run set: mostly the supplier's real one; the list to import
      // into: mostly the buyer's real profile.
      const drawn =
        name === 'invitations'
          ? fc.oneof(fc.constant(ids.invitation), value)
          : op.operation.operationId === 'importSuppliers' && name === 'profileId'
            ? fc.oneof({ weight: 3, arbitrary: fc.constant(ids.profile) }, { weight: 1, arbitrary: value })
            : value;
      parts[`query:${name}`] = p.required ? drawn : fc.option(drawn, { nil: undefined });
    } else if (p.in === 'header') {
      // A free-text header is drawn from what a header can carry (visible ASCII), not filtered down to it.
      const free = schema.pattern === undefined && schema.enum === undefined && schema.$ref === undefined;
      const value = (free ? fc.stringMatching(/^[\x21-\x7e]{0,30}$/) : sample(schema).map(String)).filter(
        headerSafe,
      );
      parts[`header:${name}`] = p.required ? value : fc.option(value, { nil: undefined });
    }
  }
  const security = (op.operation.security as Schema[] | undefined) ?? [];
  const keyRequired = security.length > 0 && !security.some((s) => Object.keys(s).length === 0);
  const keyAllowed = security.some((s) => 'bearerAuth' in s);
  parts.withKey = keyRequired ? fc.constant(true) : keyAllowed ? fc.boolean() : fc.constant(false);

  const requestBody = op.operation.requestBody as Schema | undefined;
  if (requestBody) {
    const content = requestBody.content as Record<string, { schema: Schema }>;
    const [mediaType, { schema }] = Object.entries(content)[0]!;
    const validate = ajv.compile({
      $ref: `${DOC_ID}${op.pointer}/requestBody/content/${escapePointer(mediaType)}/schema`,
    });
    if (mediaType === 'multipart/form-data') {
      const withFile = (v: unknown) => ({ ...(v as Schema), file: '(file)' });
      parts.body = sample(schema)
        .filter((v) => validate(withFile(v)))
        .chain((value) =>
          fc
            .constantFrom('pdf' as const, 'junk' as const, 'empty' as const)
            .map((file) => ({ mediaType, value: withProfile(value, op), file })),
        );
    } else {
      const body = sample(schema)
        .filter((v) => validate(v))
        .chain((value) => withRealValues(op, value))
        .map((value) => ({ mediaType, value }));
      parts.body = requestBody.required === true ? body : fc.option(body, { nil: undefined });
    }
  }

  return fc.record(parts).map((drawn) => {
    let path = op.path;
    const query: [string, string][] = [];
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(drawn)) {
      if (value === undefined) continue;
      const [where, name] = key.split(':') as [string, string];
      if (where === 'path') path = path.replace(`{${name}}`, encodeURIComponent(value as string));
      if (where === 'query') query.push([name, value as string]);
      if (where === 'header') headers[name] = value as string;
    }
    return {
      path,
      query,
      headers,
      withKey: drawn.withKey as boolean,
      ...(drawn.body !== undefined && { body: drawn.body as Drawn['body'] & object }),
    };
  });
}

/**
 * A drawn JSON body, sometimes with real values where only real ones get past the route's own rules
 * (a real key to sign in with, one of the buyer's profiles, a listed invoicing software, a preset as
 * a profile), so that each operation is also seen succeeding.
 */
function withRealValues(op: Operation, value: unknown): fc.Arbitrary<unknown> {
  const v = value as Schema;
  const either = (real: Schema): fc.Arbitrary<unknown> => fc.constantFrom(v as unknown, real);
  switch (op.operation.operationId) {
    case 'signIn':
      return either({ apiKey });
    case 'createInvitation':
      return either({ ...v, profileId: ids.profile });
    case 'setInvitationMasterData':
      return either({ masterData: { vatId: 'NL123456782B01', ibans: ['NL91ABNA0417164300'] } });
    case 'importSuppliers':
      return fc.constantFrom(
        value,
        `naam;email;iban\nFuzz ${String(value).length};fuzz${String(value).length}@example.nl;NL91ABNA0417164300\n`,
      );
    case 'saveInventory':
      return either({ ...v, software: ids.software[0] });
    case 'createWaiver':
      return either({
        checkId: 'totals.sum-matches',
        reason: `Fuzz ${String(v.reason ?? '')}`.slice(0, 100),
      });
    case 'validateProfile':
    case 'createProfile':
    case 'updateProfile':
      return either({ ...ids.presetBody, name: `Fuzz ${String(v.name ?? '').slice(0, 50)}` });
    case 'verifyCertificate':
      return fc.constantFrom(value, ids.certificate);
    case 'requestSupplierSignIn':
      return either({ email: 'info@leverancier.nl' });
    case 'supplierSignIn':
      return either({ token: ids.signInToken });
    default:
      return fc.constant(value);
  }
}

/** A submission's `profile` field: mostly a real profile (a text preset or the stored one). */
function withProfile(value: unknown, op: Operation): unknown {
  const v = value as Schema;
  // The editor's preview: sometimes the drawn text, mostly a real profile as JSON.
  if (op.operation.operationId === 'previewProfile')
    return JSON.stringify(v).length % 4 === 0 ? v : { ...v, profile: JSON.stringify(ids.presetBody) };
  if (op.operation.operationId !== 'submitRun' && op.operation.operationId !== 'submitRunSet') return value;
  const pick = Math.abs(JSON.stringify(v).length) % 4;
  if (pick === 0) return v; // whatever was drawn (mostly an unknown profile: 404)
  return { ...v, profile: pick === 1 ? ids.profile : ids.presets[pick % ids.presets.length] };
}

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  readonly headers: Headers;
}

async function send(op: Operation, drawn: Drawn): Promise<Answer> {
  const url = new URL(`${server.url}${drawn.path}`);
  for (const [k, v] of drawn.query) url.searchParams.append(k, v);
  const headers: Record<string, string> = { ...drawn.headers };
  if (drawn.withKey) headers.authorization = `Bearer ${apiKey}`;
  // A supplier portal operation that needs the supplier's session gets its cookie and CSRF token.
  const security = (op.operation.security as Schema[] | undefined) ?? [];
  if (security.length > 0 && security.every((s) => 'supplierCookie' in s)) {
    headers.cookie = ids.supplierCookie;
    headers['x-csrf-token'] = ids.supplierCsrf;
  }
  let body: string | FormData | undefined;
  if (drawn.body?.mediaType === 'application/json') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(drawn.body.value);
  } else if (drawn.body?.mediaType === 'multipart/form-data') {
    const fields = Object.fromEntries(
      Object.entries(drawn.body.value as Schema)
        .filter(([k]) => k !== 'file')
        .map(([k, v]) => [k, String(v)]),
    );
    const file = {
      pdf,
      junk: new TextEncoder().encode('plain text, not an invoice'),
      empty: new Uint8Array(),
    }[drawn.body.file ?? 'pdf'];
    body = uploadForm(file, fields);
  } else if (drawn.body && typeof drawn.body.value === 'string') {
    // A raw body (a certificate file as downloaded).
    headers['content-type'] = drawn.body.mediaType;
    body = drawn.body.value;
  }
  const attempt = (): Promise<Response> =>
    fetch(url, {
      method: op.method.toUpperCase(),
      headers,
      ...(body !== undefined && { body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(90_000),
    });
  let res: Response;
  try {
    res = await attempt();
  } catch (error) {
    // A pooled keep-alive connection the server closed just as it was reused gets no answer at all
    // (undici does not retry a POST): send once more on a fresh one. A server that is down fails again.
    const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
    if (!(error instanceof TypeError) || !['UND_ERR_SOCKET', 'ECONNRESET', 'UND_ERR_CLOSED'].includes(code))
      throw error;
    res = await attempt();
  }
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text,
    headers: res.headers,
  };
}

/** What is wrong with an answer, by the document; empty when nothing is. */
function problemsWith(
  op: Operation,
  answer: Answer,
  ajv: Ajv2020,
  cache: Map<string, ValidateFunction>,
  positive = true,
): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`server error ${answer.status}: ${answer.text.slice(0, 300)}`);
  const responses = op.operation.responses as Record<string, Schema>;
  const documented = responses[String(answer.status)];
  if (!documented) {
    problems.push(
      `status ${answer.status} is not documented (documented: ${Object.keys(responses).join(', ')})`,
    );
    return problems;
  }
  const { node: response, pointer } = resolve(documented);
  const at = pointer ?? `${op.pointer}/responses/${answer.status}`;
  const content = response.content as Record<string, { schema?: Schema }> | undefined;
  if (!content) return problems;
  const mediaType = answer.contentType.split(';')[0]!.trim();
  if (!(mediaType in content)) {
    problems.push(
      `content type ${mediaType || '(none)'} is not documented for ${answer.status} (${Object.keys(content).join(', ')})`,
    );
    return problems;
  }
  if (!mediaType.endsWith('json') || !content[mediaType]!.schema) return problems;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    problems.push(`${mediaType} body is not JSON: ${answer.text.slice(0, 200)}`);
    return problems;
  }
  const key = `${at}|${mediaType}`;
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}${at}/content/${escapePointer(mediaType)}/schema` });
    cache.set(key, validate);
  }
  if (!validate(body))
    problems.push(
      `body breaks the schema: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${answer.text.slice(0, 300)}`,
    );
  const code = (body as { code?: unknown }).code;
  if (positive && answer.status === 400 && typeof code === 'string' && MALFORMED_CODES.has(code))
    problems.push(`a request the document allows was refused as malformed: ${answer.text.slice(0, 400)}`);
  return problems;
}

/** The messages of an error's causes, innermost last. */
function causes(error: unknown): string {
  const out: string[] = [];
  for (let e = (error as Error).cause; e instanceof Error; e = e.cause)
    out.push(`${e.message} ${(e as { code?: string }).code ?? ''}`);
  return out.join('\n');
}

describe(`every operation of the served OpenAPI document, ${RUNS} generated requests each (seed ${SEED})`, () => {
  test('no 5xx, and every answer is documented (status, content type, body schema)', async () => {
    const ajv = documentValidator();
    const cache = new Map<string, ValidateFunction>();
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThanOrEqual(40);
    const counts: Record<string, Record<number, number>> = {};
    const only = process.env.API_FUZZ_ONLY?.split(',');
    for (const op of operations) {
      const id = op.operation.operationId as string;
      if (only && !only.includes(id)) continue;
      counts[id] = {};
      const property = fc.asyncProperty(requestArbitrary(op, ajv), async (drawn) => {
        if (process.env.API_FUZZ_VERBOSE) process.stderr.write(`${id} ${drawn.path}\n`);
        const answer = await send(op, drawn);
        counts[id]![answer.status] = (counts[id]![answer.status] ?? 0) + 1;
        if (process.env.API_FUZZ_VERBOSE && answer.status >= 400)
          process.stderr.write(`  ${answer.status} ${answer.text.slice(0, 300)}\n`);
        // A new link replaces the old one: keep using the working token.
        if (id === 'renewInvitationLink' && answer.status === 200)
          ids.token = (JSON.parse(answer.text) as { link: string }).link.slice('/i/'.length);
        const problems = problemsWith(op, answer, ajv, cache);
        if (problems.length > 0)
          throw new Error(
            `${op.method.toUpperCase()} ${drawn.path}${drawn.query.length ? `?${new URLSearchParams(drawn.query)}` : ''} → ${answer.status}\n  ${problems.join('\n  ')}`,
          );
      });
      // An operation not yet seen succeeding gets more rounds, with the next seeds: whether its few
      // real values are drawn together (a key, a real body) is chance, and one round of RUNS can miss.
      const seen = (): boolean => Object.keys(counts[id]!).some((s) => Number(s) < 300);
      for (let round = 0; round < 1 + EXTRA_ROUNDS && (round === 0 || !seen()); round++) {
        try {
          await fc.assert(property, { numRuns: RUNS, seed: SEED + round, endOnFailure: true });
        } catch (error) {
          throw new Error(
            `${id} failed; replay with API_FUZZ_SEED=${SEED + round} API_FUZZ_RUNS=${RUNS}\n${(error as Error).message}\n${causes(error)}`,
          );
        }
      }
    }
    // Every operation was reached, and the fixtures were real: some answers were 2xx.
    const succeeded = Object.entries(counts).filter(([, byStatus]) =>
      Object.keys(byStatus).some((s) => Number(s) < 300),
    );
    const neverSucceeded = operations
      .map((op) => op.operation.operationId as string)
      .filter((id) => !succeeded.some(([done]) => done === id))
      .map((id) => ({ id, statuses: counts[id] }));
    if (!only) expect(neverSucceeded).toEqual([]);
    expect(server.errors).toEqual([]);
  }, 600_000);
});

describe('what the document refuses, the server refuses', () => {
  test('a query parameter value outside its schema gets a documented 4xx on every operation', async () => {
    const ajv = documentValidator();
    const cache = new Map<string, ValidateFunction>();
    const refused: string[] = [];
    for (const op of operationsOf(doc).filter((o) => o.method === 'get' && o.path !== '/i/{token}')) {
      const params = ((op.operation.parameters as Schema[] | undefined) ?? []).map((p) => resolve(p).node);
      for (const p of params.filter((q) => q.in === 'query')) {
        const schema = resolve(p.schema as Schema).node;
        const bad: string[] = [];
        if (Array.isArray(schema.enum)) bad.push('not-one-of-them');
        if (schema.type === 'number' || schema.type === 'integer') bad.push('ten', '1e999', '-1', '0x10');
        if (schema.type === 'integer') bad.push('2.5');
        if (typeof schema.maximum === 'number') bad.push(String(schema.maximum + 1));
        if (typeof schema.maxLength === 'number') bad.push('x'.repeat(schema.maxLength + 1));
        for (const value of bad) {
          const path = op.path
            .replace('{token}', ids.token)
            .replace('{file}', '1.png')
            .replace('{version}', '1')
            .replace('{id}', op.path.startsWith('/api/webhooks') ? ids.webhook : ids.run);
          const url = `${path}?${new URLSearchParams({ [p.name as string]: value })}`;
          const answer = await send(op, {
            path: url.split('?')[0]!,
            query: [[p.name as string, value]],
            headers: {},
            withKey: true,
          });
          const problems = problemsWith(op, answer, ajv, cache, false);
          if (answer.status < 400 || answer.status >= 500 || problems.length > 0)
            refused.push(`${url} → ${answer.status} ${problems.join('; ')}`);
        }
      }
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
