/**
 * Every operation of the API (the route table the OpenAPI document is served from, so a new route is
 * covered without touching this file) × every kind of key (full, each single scope, read-only, expired,
 * revoked) × both ways of presenting it (a Bearer header, or a browser session opened with that key):
 * the session may do exactly what the Bearer header may do (same answer class: allowed, 401 or 403),
 * and a session whose key has expired or been revoked is refused with 401, like the key itself.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { OPERATIONS, type Operation } from '../../server/http/openapi/routes.js';
import type { Scope } from '../../server/store/buyers.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

const HOUR = 60 * 60 * 1000;
// The server's clock: moved forward to let a key expire while its session would still live.
let shift = 0;
const now = (): Date => new Date(Date.now() + shift);

let server: TestServer;
let buyerId: string;
let fullKey: string;
const PASSWORD = 'correct horse battery staple';

type Outcome = 'allowed' | '401' | '403';
const outcome = (status: number): Outcome => (status === 401 ? '401' : status === 403 ? '403' : 'allowed');

interface Credential {
  readonly name: string;
  readonly apiKey?: string;
  cookie?: string;
  csrf?: string;
}

async function send(
  method: string,
  path: string,
  auth: { key?: string; cookie?: string; csrf?: string },
  body?: { json?: unknown; form?: FormData },
): Promise<{ status: number; body: Record<string, any> }> {
  const headers: Record<string, string> = {};
  if (auth.key) headers.authorization = `Bearer ${auth.key}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
  let payload: string | FormData | undefined = body?.form;
  if (body?.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  }
  const controller = new AbortController();
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    signal: controller.signal,
    ...(payload !== undefined && { body: payload }),
  });
  // An event stream stays open: its status is all that counts here.
  if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    controller.abort();
    return { status: res.status, body: {} };
  }
  const text = await res.text();
  let parsed: Record<string, any> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, any>) : {};
  } catch {}
  return { status: res.status, body: parsed };
}

const profileDoc = () => ({
  name: 'ACME crediteuren',
  channels: 'text',
  buyer: { name: 'ACME B.V.' },
  file: { maxBytes: 10 * 1024 * 1024 },
  text: { required: true },
  checks: { 'text.layer-present': { severity: 'error' } },
  delivery: {
    invoiceAddress: 'facturen@acme.nl',
    contactAddress: 'inkoop@acme.nl',
    startDate: '2099-03-01',
    manualApproval: true,
  },
});

/** Creates something with the full key and returns the JSON answer. */
async function make(method: string, path: string, body: { json?: unknown; form?: FormData }) {
  const res = await send(method, path, { key: fullKey }, body);
  expect(res.status).toBeLessThan(300);
  return res.body;
}

let invoice: Uint8Array;
let profileId: string;
let runId: string;
let webhookId: string;
let invitationId: string;
let token: string;

const newRun = async (): Promise<string> =>
  (await make('POST', '/api/runs?wait=20', { form: uploadForm(invoice) })).id as string;
const newProfile = async (): Promise<string> =>
  (await make('POST', '/api/profiles', { json: profileDoc() })).id as string;
const newWebhook = async (): Promise<string> =>
  (
    await make('POST', '/api/webhooks', {
      json: { url: 'http://127.0.0.1:9/hook', events: ['run.approved'] },
    })
  ).id as string;
const newInvitation = async (): Promise<{ id: string; token: string }> => {
  const body = await make('POST', '/api/invitations', {
    json: { supplierName: 'Bakkerij De Korenschoof', supplierEmail: 'admin@korenschoof.nl', profileId },
  });
  return { id: body.invitation.id as string, token: /^\/i\/(.+)$/.exec(body.link as string)![1]! };
};

/**
 * A concrete request for an operation: real ids of the buyer's own resources, and a valid body where
 * the operation takes one (so that a refusal cannot hide behind a 400). Operations that destroy or
 * replace what they act on get a fresh resource each time.
 */
async function requestFor(
  op: Operation,
): Promise<{ path: string; body?: { json?: unknown; form?: FormData } }> {
  const destructive = op.method === 'delete' || /\/(revoke|link)$/.test(op.path);
  let run = runId;
  let profile = profileId;
  let webhook = webhookId;
  let invitation = invitationId;
  if (destructive && op.path.startsWith('/api/runs/')) run = await newRun();
  if (destructive && op.path.startsWith('/api/profiles/')) profile = await newProfile();
  if (destructive && op.path.startsWith('/api/webhooks/')) webhook = await newWebhook();
  if (destructive && op.path.startsWith('/api/invitations/')) invitation = (await newInvitation()).id;
  const id = op.path.startsWith('/api/profiles/')
    ? profile
    : op.path.startsWith('/api/webhooks/')
      ? webhook
      : op.path.startsWith('/api/invitations/')
        ? invitation
        : run;
  const path = op.path
    .replace('{token}', token)
    .replace('{id}', id)
    .replace('{version}', '1')
    .replace('{file}', '1.png');
  const form = () => ({ form: uploadForm(invoice) });
  const bodies: Record<string, () => { json?: unknown; form?: FormData }> = {
    submitRun: form,
    submitSupplierRun: form,
    validateProfile: () => ({ json: profileDoc() }),
    createProfile: () => ({ json: profileDoc() }),
    updateProfile: () => ({ json: profileDoc() }),
    createWebhook: () => ({ json: { url: 'http://127.0.0.1:9/hook', events: ['run.approved'] } }),
    updateWebhook: () => ({ json: { description: 'ERP' } }),
    createInvitation: () => ({
      json: { supplierName: 'Drukkerij Nieuw', supplierEmail: 'info@nieuw.nl', profileId },
    }),
    reviewRun: () => ({ json: { decision: 'approved' } }),
    saveInventory: () => ({ json: { software: 'moneybird', handmade: 'no' } }),
    signIn: () => ({ json: {} }),
  };
  const body = bodies[op.operationId]?.() ?? (op.requestBody ? { json: {} } : undefined);
  return { path, ...(body && { body }) };
}

const keys: Credential[] = [];
let expiredKey: Credential;
let revokedKey: Credential;

/** Opens a browser session with a key (or a user's password) and keeps its cookie and CSRF token. */
async function openSession(credential: Credential, signIn: Record<string, string>): Promise<void> {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(signIn),
  });
  expect(res.status).toBe(201);
  credential.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  credential.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
}

beforeAll(async () => {
  server = await startTestServer({}, { now });
  invoice = await textInvoicePdf();
  const created = await server.services.buyers.createBuyer('ACME B.V.');
  buyerId = created.buyer.id;
  fullKey = created.apiKey;
  await server.services.users.createUser(buyerId, 'jan@acme.nl', PASSWORD);
  profileId = await newProfile();
  runId = await newRun();
  webhookId = await newWebhook();
  invitationId = (await newInvitation()).id;
  token = (await newInvitation()).token;

  const key = async (
    name: string,
    options: { scopes?: Scope[]; expiresAt?: string } = {},
  ): Promise<Credential> => ({
    name,
    apiKey: (await server.services.buyers.createKey(buyerId, options)).apiKey,
  });
  keys.push({ name: 'full key', apiKey: fullKey });
  for (const scope of ['runs:write', 'profiles:write', 'webhooks:write'] as Scope[])
    keys.push(await key(`${scope} key`, { scopes: [scope] }));
  keys.push(await key('read-only key', { scopes: ['read'] }));
  expiredKey = await key('expired key', { expiresAt: new Date(now().getTime() + HOUR).toISOString() });
  revokedKey = await key('revoked key');
  keys.push(expiredKey, revokedKey);
  for (const credential of keys) await openSession(credential, { apiKey: credential.apiKey! });

  // Both sessions work until their key stops working.
  for (const credential of [expiredKey, revokedKey])
    expect((await send('GET', '/api/profiles', credential)).status).toBe(200);
  await server.services.buyers.revokeKey(revokedKey.apiKey!);
  shift = 2 * HOUR; // past the key's expiry, well within a session's 12 hours
}, 120_000);
afterAll(() => server.close());

// Signing out ends the session the remaining requests use: that one goes last.
const operations = [...OPERATIONS].sort(
  (a, b) => Number(a.operationId === 'signOut') - Number(b.operationId === 'signOut'),
);

describe('a session opened with a key may do exactly what the key may do', () => {
  test('the route table is what the server serves', async () => {
    const doc = (await send('GET', '/api/openapi.json', {})).body;
    const served = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m} ${p}`),
    );
    expect(served.sort()).toEqual(operations.map((op) => `${op.method} ${op.path}`).sort());
  });

  test.each([
    'full key',
    'runs:write key',
    'profiles:write key',
    'webhooks:write key',
    'read-only key',
    'expired key',
    'revoked key',
  ])(
    '%s: Bearer header and session get the same answer on every operation',
    async (name) => {
      const credential = keys.find((k) => k.name === name)!;
      const mismatches: string[] = [];
      const refused: string[] = [];
      for (const op of operations) {
        const method = op.method.toUpperCase();
        const bearerRequest = await requestFor(op);
        const bearer = await send(
          method,
          bearerRequest.path,
          { key: credential.apiKey! },
          bearerRequest.body,
        );
        const sessionRequest = await requestFor(op);
        const session = await send(method, sessionRequest.path, credential, sessionRequest.body);
        const line = `${method} ${op.path}: Bearer ${bearer.status} ${bearer.body.code ?? ''}, session ${session.status} ${session.body.code ?? ''}`;
        expect(bearer.status).toBeLessThan(500);
        expect(session.status).toBeLessThan(500);
        if (outcome(bearer.status) !== outcome(session.status)) mismatches.push(line);
        const takesKey = op.security.some((s) => 'bearerAuth' in s);
        if ((credential === expiredKey || credential === revokedKey) && takesKey)
          if (bearer.status !== 401 || session.status !== 401) refused.push(line);
      }
      expect(mismatches).toEqual([]);
      expect(refused).toEqual([]);
      // The last operation signed the session out; the other tests use it again.
      if (credential !== expiredKey && credential !== revokedKey)
        await openSession(credential, { apiKey: credential.apiKey! });
    },
    120_000,
  );
});

describe('what each key may do (by Bearer header and by session alike)', () => {
  const writes: [string, string, string][] = [
    ['POST', '/api/webhooks', 'webhooks:write'],
    ['POST', '/api/profiles', 'profiles:write'],
    ['POST', '/api/runs', 'runs:write'],
  ];
  test.each(writes)(
    '%s %s needs %s',
    async (method, path, scope) => {
      const op = OPERATIONS.find((o) => o.method === method.toLowerCase() && o.path === path)!;
      for (const credential of keys.filter((k) => k !== expiredKey && k !== revokedKey)) {
        const allowed = credential.name === 'full key' || credential.name === `${scope} key`;
        for (const auth of [{ key: credential.apiKey! }, credential]) {
          const request = await requestFor(op);
          const res = await send(method, request.path, auth, request.body);
          expect(`${credential.name} ${'key' in auth ? 'Bearer' : 'session'}: ${outcome(res.status)}`).toBe(
            `${credential.name} ${'key' in auth ? 'Bearer' : 'session'}: ${allowed ? 'allowed' : '403'}`,
          );
          if (!allowed) expect(res.body.code).toBe('insufficient_scope');
        }
      }
    },
    60_000,
  );

  test('a read-only session cannot delete a webhook', async () => {
    const readOnly = keys.find((k) => k.name === 'read-only key')!;
    const res = await send('DELETE', `/api/webhooks/${await newWebhook()}`, readOnly);
    expect(res.status).toBe(403);
    expect(res.body.requiredScope).toBe('webhooks:write');
  });

  test('a session says which scopes it has and ends when its key does', async () => {
    const readOnly = keys.find((k) => k.name === 'read-only key')!;
    const state = await send('GET', '/api/session', readOnly);
    expect(state.body).toMatchObject({ signedIn: true, scopes: ['read'] });
    expect((await send('GET', '/api/session', expiredKey)).body.signedIn).toBe(false);
  });

  test('the cookie of an ended session is refused (401 session_ended) and cleared; without it the public API works', async () => {
    const res = await fetch(`${server.url}/api/runs/${runId}`, { headers: { cookie: revokedKey.cookie! } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('session_ended');
    expect(res.headers.get('set-cookie')).toMatch(/^pf_session=;.*Max-Age=0/);
    const presets = await fetch(`${server.url}/api/presets`, { headers: { cookie: revokedKey.cookie! } });
    expect(presets.status).toBe(200);
    expect((await send('POST', '/api/runs', {}, { form: uploadForm(invoice) })).status).toBe(202);
  });

  test('signing in over an ended session’s cookie sets one new cookie, not the clearing as well', async () => {
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: revokedKey.cookie! },
      body: JSON.stringify({ apiKey: fullKey }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie()).toHaveLength(1);
    expect(res.headers.getSetCookie()[0]).toMatch(/^pf_session=[A-Za-z0-9_-]{43}; /);
  });

  test('a password session acts as the buyer’s staff: like the full key', async () => {
    const user: Credential = { name: 'password' };
    await openSession(user, { email: 'jan@acme.nl', password: PASSWORD });
    for (const op of operations.filter((o) => o.operationId !== 'signOut')) {
      const method = op.method.toUpperCase();
      const a = await requestFor(op);
      const full = await send(method, a.path, { key: fullKey }, a.body);
      const b = await requestFor(op);
      const session = await send(method, b.path, user, b.body);
      expect(`${method} ${op.path} ${outcome(session.status)}`).toBe(
        `${method} ${op.path} ${outcome(full.status)}`,
      );
    }
  }, 120_000);
});
