/**
 * Onboarding over real HTTP: buyer sessions (API key or password, cookie, CSRF), invitations and their
 * private links, the supplier's inventory and uploads, live progress, reviews, and go-live guidance.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { RunRecord } from '../../server/store/runs.js';
import { imageOnlyPdf, slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let acme: { buyerId: string; apiKey: string };
let other: { buyerId: string; apiKey: string };
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.services.buyers.createBuyer('ACME B.V.');
  const b = await server.services.buyers.createBuyer('Concurrent B.V.');
  acme = { buyerId: a.buyer.id, apiKey: a.apiKey };
  other = { buyerId: b.buyer.id, apiKey: b.apiKey };
  await server.services.users.createUser(acme.buyerId, 'Jan@ACME.nl', PASSWORD);
});
afterAll(() => server.close());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, any>;
}

async function call(
  method: string,
  path: string,
  options: {
    key?: string;
    cookie?: string;
    csrf?: string;
    json?: unknown;
    form?: FormData;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  let body: string | FormData | undefined = options.form;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const text = await res.text();
  let parsed: Record<string, any> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, any>) : {};
  } catch {
    parsed = {};
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

/** Signs in; returns the cookie to send and the CSRF token. */
async function signIn(credentials: Record<string, string>): Promise<{ cookie: string; csrf: string }> {
  const res = await call('POST', '/api/session', { json: credentials });
  expect(res.status).toBe(201);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: res.body.csrfToken as string };
}

/** A valid invoice addressed to ACME B.V., the profile's buyer. */
const acmeInvoice = () => textInvoicePdf({ buyerName: 'ACME B.V.' });

const profileDoc = (delivery: Record<string, unknown> = {}) => ({
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
    ...delivery,
  },
});

async function createProfile(delivery?: Record<string, unknown>, key = acme.apiKey): Promise<string> {
  const res = await call('POST', '/api/profiles', { key, json: profileDoc(delivery) });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function invite(profileId: string, extra: Record<string, unknown> = {}) {
  const res = await call('POST', '/api/invitations', {
    key: acme.apiKey,
    json: {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId,
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  const token = /^\/i\/([A-Za-z0-9_-]{43})$/.exec(res.body.link as string)?.[1];
  expect(token).toBeDefined();
  return { id: res.body.invitation.id as string, token: token!, body: res.body };
}

async function upload(token: string, bytes: Uint8Array, name = 'factuur.pdf'): Promise<Record<string, any>> {
  const res = await call('POST', `/api/i/${token}/runs`, { form: uploadForm(bytes, {}, { name }) });
  expect(res.status).toBe(202);
  const done = await call('GET', `/api/i/${token}/runs/${res.body.id}?wait=20`);
  expect(done.status).toBe(200);
  return done.body;
}

describe('buyer sign-in', () => {
  test('an API key opens a session: an HttpOnly, SameSite=Strict cookie that the profiles API accepts', async () => {
    const res = await call('POST', '/api/session', { json: { apiKey: acme.apiKey } });
    expect(res.status).toBe(201);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^pf_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(res.body).toMatchObject({
      signedIn: true,
      buyer: { id: acme.buyerId, name: 'ACME B.V.' },
      user: null,
    });
    const cookie = setCookie.split(';')[0]!;
    expect((await call('GET', '/api/session', { cookie })).body.buyer.id).toBe(acme.buyerId);
    expect((await call('GET', '/api/profiles', { cookie })).status).toBe(200);
  });

  test('e-mail (any case) and password open a session; a wrong password or unknown e-mail does not', async () => {
    const { cookie } = await signIn({ email: 'jan@acme.NL', password: PASSWORD });
    const session = await call('GET', '/api/session', { cookie });
    expect(session.body).toMatchObject({ user: { email: 'jan@acme.nl' }, signedInWith: 'password' });

    const wrong = await call('POST', '/api/session', {
      json: { email: 'jan@acme.nl', password: 'wrong password!' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('sign_in_failed');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await call('POST', '/api/session', {
      json: { email: 'nobody@acme.nl', password: PASSWORD },
    });
    expect(unknown.body.code).toBe('sign_in_failed');
    const badKey = await call('POST', '/api/session', { json: { apiKey: 'pfk_nope' } });
    expect(badKey.body.code).toBe('api_key_invalid');
    expect((await call('POST', '/api/session', { json: {} })).body.code).toBe('sign_in_incomplete');
  });

  test('a state-changing request on a session needs the CSRF token', async () => {
    const { cookie, csrf } = await signIn({ apiKey: acme.apiKey });
    const json = profileDoc();
    const without = await call('POST', '/api/profiles', { cookie, json });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('csrf_token_invalid');
    const wrong = await call('POST', '/api/profiles', { cookie, csrf: `${csrf.slice(0, -1)}x`, json });
    expect(wrong.status).toBe(403);
    const right = await call('POST', '/api/profiles', { cookie, csrf, json });
    expect(right.status).toBe(201);
  });

  test('a sign-in posted from another site, or not as JSON, is refused', async () => {
    const cross = await call('POST', '/api/session', {
      json: { apiKey: acme.apiKey },
      headers: { origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    expect(cross.body.code).toBe('cross_site_request');
    const form = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ apiKey: acme.apiKey }),
    });
    expect(form.status).toBe(415);
  });

  test('signing out, revoking the key and disabling the user each end a session', async () => {
    const first = await signIn({ apiKey: acme.apiKey });
    expect((await call('DELETE', '/api/session', { cookie: first.cookie })).status).toBe(204);
    expect((await call('GET', '/api/session', { cookie: first.cookie })).body.signedIn).toBe(false);
    expect((await call('GET', '/api/profiles', { cookie: first.cookie })).status).toBe(401);

    const extra = await server.services.buyers.createKey(acme.buyerId);
    const keyed = await signIn({ apiKey: extra.apiKey });
    expect((await call('GET', '/api/profiles', { cookie: keyed.cookie })).status).toBe(200);
    await server.services.buyers.revokeKey(extra.keyId);
    expect((await call('GET', '/api/profiles', { cookie: keyed.cookie })).status).toBe(401);

    await server.services.users.createUser(acme.buyerId, 'tijdelijk@acme.nl', PASSWORD);
    const user = await signIn({ email: 'tijdelijk@acme.nl', password: PASSWORD });
    await server.services.users.disableUser('tijdelijk@acme.nl');
    expect((await call('GET', '/api/profiles', { cookie: user.cookie })).status).toBe(401);
    const again = await call('POST', '/api/session', {
      json: { email: 'tijdelijk@acme.nl', password: PASSWORD },
    });
    expect(again.status).toBe(401);
  });

  test('too many failed sign-ins for an address are refused for a while (429)', async () => {
    await server.services.users.createUser(acme.buyerId, 'geraden@acme.nl', PASSWORD);
    const attempt = () =>
      call('POST', '/api/session', {
        json: { email: 'geraden@acme.nl', password: 'not the password' },
        headers: { 'x-forwarded-for': 'ignored' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits: the limit is not a way to test guesses.
    expect(
      (await call('POST', '/api/session', { json: { email: 'geraden@acme.nl', password: PASSWORD } })).status,
    ).toBe(429);
  });
});

describe('invitations', () => {
  test('are validated field by field, in both languages', async () => {
    const otherProfile = await createProfile(undefined, other.apiKey);
    const res = await call('POST', '/api/invitations', {
      key: acme.apiKey,
      json: {
        supplierName: 'x'.repeat(201),
        supplierEmail: 'not an address',
        profileId: otherProfile,
        expiresInDays: 0,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invitation_invalid');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'expiresInDays',
      'profileId',
      'supplierEmail',
      'supplierName',
    ]);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'supplierName').messageNl).toMatch(
      /langer dan 200 tekens/,
    );
    expect((await call('POST', '/api/invitations', { json: {} })).status).toBe(401);
  });

  test('give a private link that opens the supplier page; a made-up, revoked or expired link shows a friendly page without data', async () => {
    const profileId = await createProfile();
    const inv = await invite(profileId, { supplierName: '<script>alert(1)</script> & Zn' });
    expect(inv.body.invitation).toMatchObject({
      supplier: { name: '<script>alert(1)</script> & Zn', email: 'admin@korenschoof.nl' },
      status: { link: 'active', stage: 'invited' },
    });

    const page = await fetch(`${server.url}/i/${inv.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('/invite.js');

    for (const token of [
      'made-up',
      'A'.repeat(43),
      `${inv.token.slice(0, -1)}${inv.token.endsWith('A') ? 'B' : 'A'}`,
    ]) {
      const res = await fetch(`${server.url}/i/${token}`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain('Deze link werkt niet (meer)');
      expect(html).not.toContain('ACME');
      expect((await call('GET', `/api/i/${token}`)).body.code).toBe('invitation_unavailable');
    }
    const english = await fetch(`${server.url}/i/made-up`, { headers: { 'accept-language': 'en-GB,en' } });
    expect(await english.text()).toContain('This link does not work');

    const revoked = await call('POST', `/api/invitations/${inv.id}/revoke`, { key: acme.apiKey });
    expect(revoked.body.status.link).toBe('revoked');
    expect((await fetch(`${server.url}/i/${inv.token}`)).status).toBe(404);
    expect((await call('GET', `/api/i/${inv.token}`)).status).toBe(404);
    expect(
      (await call('POST', `/api/i/${inv.token}/runs`, { form: uploadForm(await acmeInvoice()) })).status,
    ).toBe(404);

    // A new link works again; the old one stays dead.
    const renewed = await call('POST', `/api/invitations/${inv.id}/link`, { key: acme.apiKey });
    const fresh = (renewed.body.link as string).slice(3);
    expect(fresh).not.toBe(inv.token);
    expect((await call('GET', `/api/i/${fresh}`)).status).toBe(200);
    expect((await call('GET', `/api/i/${inv.token}`)).status).toBe(404);

    // An expired link.
    const expired = (await server.services.invitations.newToken(
      acme.buyerId,
      inv.id,
      '2000-01-01T00:00:00.000Z',
    ))!;
    expect((await fetch(`${server.url}/i/${expired}`)).status).toBe(404);
    expect((await call('GET', `/api/invitations/${inv.id}`, { key: acme.apiKey })).body.status.link).toBe(
      'expired',
    );
  });

  test('are each buyer’s own', async () => {
    const profileId = await createProfile();
    const inv = await invite(profileId);
    expect((await call('GET', `/api/invitations/${inv.id}`, { key: other.apiKey })).status).toBe(404);
    expect((await call('POST', `/api/invitations/${inv.id}/revoke`, { key: other.apiKey })).status).toBe(404);
    const list = await call('GET', '/api/invitations', { key: other.apiKey });
    expect(list.body.invitations.map((i: { id: string }) => i.id)).not.toContain(inv.id);
  });
});

describe('the supplier’s path', () => {
  test('shows what is asked but not the mailbox before a pass; keeps the inventory; runs against the invitation’s profile', async () => {
    const profileId = await createProfile();
    const inv = await invite(profileId);
    const view = await call('GET', `/api/i/${inv.token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      buyer: { name: 'ACME B.V.' },
      supplier: { name: 'Bakkerij De Korenschoof' },
      requirements: { channels: 'text', maxBytes: 10 * 1024 * 1024 },
      stage: 'invited',
      approvalRequired: true,
      goLive: null,
      runs: [],
    });
    expect(view.text).not.toContain('facturen@acme.nl');
    expect(view.text).not.toContain('2099-03-01');
    expect((await call('GET', `/api/invitations/${inv.id}`, { key: acme.apiKey })).body.status.stage).toBe(
      'opened',
    );

    const bad = await call('PUT', `/api/i/${inv.token}/inventory`, {
      json: { software: 'typewriter', handmade: 'maybe' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['software', 'handmade']);
    const other = await call('PUT', `/api/i/${inv.token}/inventory`, {
      json: { software: 'other', handmade: 'no' },
    });
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['softwareOther']);
    const saved = await call('PUT', `/api/i/${inv.token}/inventory`, {
      json: { software: 'moneybird', handmade: 'yes' },
    });
    expect(saved.status).toBe(200);
    const listed = await call('GET', `/api/invitations/${inv.id}`, { key: acme.apiKey });
    expect(listed.body.inventory).toMatchObject({
      software: 'moneybird',
      handmade: 'yes',
      softwareName: { nl: 'Moneybird' },
    });

    const failing = await upload(inv.token, await imageOnlyPdf(), 'scan.pdf');
    expect(failing).toMatchObject({
      status: 'completed',
      verdict: 'rejected',
      profile: { id: profileId, version: 1 },
    });
    expect(failing.links).toBeUndefined();
    expect(failing.report.findings.map((f: { checkId: string }) => f.checkId)).toContain(
      'text.layer-present',
    );
    const afterFail = await call('GET', `/api/i/${inv.token}`);
    expect(afterFail.body.stage).toBe('tested');
    expect(afterFail.text).not.toContain('facturen@acme.nl');
  });

  test('refuses a non-multipart upload and one without a file, clearly', async () => {
    const inv = await invite(await createProfile());
    const json = await call('POST', `/api/i/${inv.token}/runs`, { json: {} });
    expect(json.status).toBe(415);
    const empty = await call('POST', `/api/i/${inv.token}/runs`, { form: uploadForm(undefined, { x: '1' }) });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('file_missing');
  });

  test('a run is seen through its own invitation and by its buyer only (404 for anyone else)', async () => {
    const profileId = await createProfile();
    const a = await invite(profileId);
    const b = await invite(profileId);
    const run = await upload(a.token, await acmeInvoice());
    expect((await call('GET', `/api/i/${b.token}/runs/${run.id}`)).status).toBe(404);
    expect((await call('GET', `/api/i/${b.token}/runs/${run.id}/events`)).status).toBe(404);
    expect((await call('GET', `/api/runs/${run.id}`)).status).toBe(404);
    expect((await call('GET', `/api/runs/${run.id}`, { key: other.apiKey })).status).toBe(404);
    const otherSession = await signIn({ apiKey: other.apiKey });
    expect((await call('GET', `/api/runs/${run.id}`, { cookie: otherSession.cookie })).status).toBe(404);
    expect((await call('GET', `/api/runs/${run.id}/reviews`, { key: other.apiKey })).status).toBe(404);
    const own = await call('GET', `/api/runs/${run.id}`, { key: acme.apiKey });
    expect(own.status).toBe(200);
    expect(own.body.verdict).toBe('accepted');
  });

  test('a pass waits for the buyer’s approval; approving emits `reviewed` and shows the mailbox and start date', async () => {
    const profileId = await createProfile();
    const inv = await invite(profileId);
    const failing = await upload(inv.token, await imageOnlyPdf());
    const passing = await upload(inv.token, await acmeInvoice());
    expect(passing.verdict).toBe('accepted');

    const waiting = await call('GET', `/api/i/${inv.token}`);
    expect(waiting.body).toMatchObject({ stage: 'awaiting_approval', goLive: null });
    expect(waiting.text).not.toContain('facturen@acme.nl');
    const dashboard = await call('GET', `/api/invitations/${inv.id}`, { key: acme.apiKey });
    expect(dashboard.body.status).toMatchObject({
      stage: 'awaiting_approval',
      awaitingRunId: passing.id,
      runCount: 2,
    });

    const notPassing = await call('POST', `/api/runs/${failing.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'approved' },
    });
    // Approving a failed sample is an override: refused without a reason.
    expect(notPassing.status).toBe(400);
    expect(notPassing.body.code).toBe('override_reason_required');
    const foreign = await call('POST', `/api/runs/${passing.id}/reviews`, {
      key: other.apiKey,
      json: { decision: 'approved' },
    });
    expect(foreign.status).toBe(404);
    const invalid = await call('POST', `/api/runs/${passing.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'maybe', comment: 'x'.repeat(2001) },
    });
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['decision', 'comment']);

    const events: unknown[][] = [];
    const onReviewed = (...args: unknown[]) => events.push(args);
    server.services.runs.on('reviewed', onReviewed);
    const { cookie, csrf } = await signIn({ email: 'jan@acme.nl', password: PASSWORD });
    const approved = await call('POST', `/api/runs/${passing.id}/reviews`, {
      cookie,
      csrf,
      json: { decision: 'approved', comment: 'Prima, welkom!' },
    });
    server.services.runs.off('reviewed', onReviewed);
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({
      decision: 'approved',
      comment: 'Prima, welkom!',
      reviewer: 'jan@acme.nl',
    });
    expect(events).toHaveLength(1);
    const [run, decision, comment] = events[0] as [RunRecord, string, string];
    expect(run.id).toBe(passing.id);
    expect(run.verdict).toBe('accepted');
    expect(decision).toBe('approved');
    expect(comment).toBe('Prima, welkom!');

    const cleared = await call('GET', `/api/i/${inv.token}`);
    expect(cleared.body).toMatchObject({
      stage: 'approved',
      goLive: {
        invoiceAddress: 'facturen@acme.nl',
        startDate: '2099-03-01',
        contactAddress: 'inkoop@acme.nl',
        maxBytes: 10 * 1024 * 1024,
      },
    });
    expect(cleared.body.runs[0].review).toMatchObject({ decision: 'approved', comment: 'Prima, welkom!' });
    const after = await call('GET', `/api/invitations/${inv.id}`, { key: acme.apiKey });
    expect(after.body.status).toMatchObject({ stage: 'approved', liveFrom: '2099-03-01' });
    const reviews = await call('GET', `/api/runs/${passing.id}/reviews`, { key: acme.apiKey });
    expect(reviews.body).toMatchObject({
      reviewable: true,
      approvalRequired: true,
      reviews: [{ decision: 'approved' }],
    });
  });

  test('a rejection by the buyer keeps the mailbox hidden and tells the supplier why', async () => {
    const inv = await invite(await createProfile());
    const passing = await upload(inv.token, await acmeInvoice());
    const rejected = await call('POST', `/api/runs/${passing.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'rejected', comment: 'Zet ons inkoopordernummer erop.' },
    });
    expect(rejected.status).toBe(201);
    const view = await call('GET', `/api/i/${inv.token}`);
    expect(view.body.stage).toBe('rejected_by_buyer');
    expect(view.body.goLive).toBeNull();
    expect(view.body.runs[0].review).toMatchObject({
      decision: 'rejected',
      comment: 'Zet ons inkoopordernummer erop.',
    });
    expect(view.text).not.toContain('facturen@acme.nl');
  });

  test('without manual approval a pass shows the mailbox at once; a past start date becomes today', async () => {
    const profileId = await createProfile({
      manualApproval: false,
      startDate: undefined,
      maxEmailBytes: 20 * 1024 * 1024,
    });
    const inv = await invite(profileId);
    await upload(inv.token, await acmeInvoice());
    const view = await call('GET', `/api/i/${inv.token}`);
    const today = new Date().toISOString().slice(0, 10);
    expect(view.body).toMatchObject({
      stage: 'live',
      // The mailbox limit (a whole e-mail) is told apart from the file limit.
      goLive: {
        invoiceAddress: 'facturen@acme.nl',
        startDate: today,
        maxBytes: 10 * 1024 * 1024,
        maxEmailBytes: 20 * 1024 * 1024,
      },
    });
  });

  test('an archived profile takes no more uploads', async () => {
    const profileId = await createProfile();
    const inv = await invite(profileId);
    await call('DELETE', `/api/profiles/${profileId}`, { key: acme.apiKey });
    const res = await call('POST', `/api/i/${inv.token}/runs`, { form: uploadForm(await acmeInvoice()) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('profile_archived');
  });

  test("the supplier gets the sample's page as PNG, and 404 page_image_unavailable for a page it does not have", async () => {
    const inv = await invite(await createProfile());
    const run = await upload(inv.token, await acmeInvoice());
    const image = await fetch(`${server.url}/api/i/${inv.token}/runs/${run.id}/pages/1.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const missing = await call('GET', `/api/i/${inv.token}/runs/${run.id}/pages/99.png`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('page_image_unavailable');
  });
});

describe('live progress (Server-Sent Events)', () => {
  /** Reads an event stream until it ends; returns the events in order. */
  async function readEvents(
    url: string,
  ): Promise<{ status: number; type: string; events: { event: string; data: any }[] }> {
    const res = await fetch(url);
    const events: { event: string; data: any }[] = [];
    if (!res.body) return { status: res.status, type: '', events };
    let buffer = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
        end = buffer.indexOf('\n\n');
      }
    }
    return { status: res.status, type: res.headers.get('content-type') ?? '', events };
  }

  test('pushes the stages as they happen, then the finished run, then closes', async () => {
    const inv = await invite(await createProfile());
    const started = await call('POST', `/api/i/${inv.token}/runs`, {
      form: uploadForm(await slowPdf(150_000), {}, { name: 'langzaam.pdf' }),
    });
    expect(started.status).toBe(202);
    const stream = await readEvents(`${server.url}/api/i/${inv.token}/runs/${started.body.id}/events`);
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    const names = stream.events.map((e) => e.event);
    expect(names[0]).toBe('status');
    expect(names.at(-1)).toBe('finished');
    const stages = stream.events.filter((e) => e.event === 'progress').map((e) => e.data.stage);
    expect(stages).toContain('analyze');
    expect(stages.indexOf('analyze')).toBeLessThan(stages.lastIndexOf('evaluate'));
    const finished = stream.events.at(-1)!.data;
    expect(finished).toMatchObject({ id: started.body.id, status: 'completed' });
    expect(finished.links).toBeUndefined();
  }, 60_000);

  test('a finished run answers with `finished` at once; the buyer’s own stream needs the buyer', async () => {
    const inv = await invite(await createProfile());
    const run = await upload(inv.token, await acmeInvoice());
    const supplier = await readEvents(`${server.url}/api/i/${inv.token}/runs/${run.id}/events`);
    expect(supplier.events.map((e) => e.event)).toEqual(['finished']);
    expect((await call('GET', `/api/runs/${run.id}/events`)).status).toBe(404);
    const { cookie } = await signIn({ apiKey: acme.apiKey });
    const res = await fetch(`${server.url}/api/runs/${run.id}/events`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('event: finished');
  });
});

describe('pages', () => {
  test('every response carries a strict Content-Security-Policy; nothing is loaded from elsewhere', async () => {
    const res = await fetch(`${server.url}/buyer.html`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    for (const file of ['buyer.html', 'run.html', 'invite.html', 'profiles.html', 'index.html']) {
      const html = await (await fetch(`${server.url}/${file}`)).text();
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/<script>|\son[a-z]+="/);
    }
  });

  test('the invoicing software list (shared with the software check) has unique ids, names and how-tos', async () => {
    const res = await call('GET', '/api/invoicing-software');
    const list = res.body.software as {
      id: string;
      name: { nl: string; en: string };
      einvoice: unknown;
      howTo: { nl: string; en: string };
    }[];
    expect(list.length).toBeGreaterThan(10);
    expect(list.find((s) => s.id === 'moneybird')).toMatchObject({
      einvoice: 'peppol',
      howTo: { nl: /Peppol/ },
    });
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
    expect(list.map((s) => s.id)).not.toContain('other');
    for (const s of list) {
      expect(s.name.nl).toBeTruthy();
      expect(s.name.en).toBeTruthy();
      expect(['peppol', 'ubl', 'none']).toContain(s.einvoice);
      expect(s.howTo.nl).toBeTruthy();
    }
  });
});

describe('page images for the supplier', () => {
  test('come from the app’s renderer, with boxes unless ?boxes=none, for the invitation’s own runs only', async () => {
    const calls: { runId: string; page: number; boxes: boolean }[] = [];
    const withImages = await startTestServer({
      pageImage: async (run, page, options) => {
        calls.push({ runId: run.id, page, boxes: options.boxes });
        return page === 1 ? new Uint8Array([0x89, 0x50, 0x4e, 0x47]) : undefined;
      },
    });
    try {
      const { apiKey } = await withImages.services.buyers.createBuyer('ACME B.V.');
      const profile = (await fetch(`${withImages.url}/api/profiles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(profileDoc()),
      }).then((r) => r.json())) as { id: string };
      const created = (await fetch(`${withImages.url}/api/invitations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ supplierName: 'B', supplierEmail: 'b@b.nl', profileId: profile.id }),
      }).then((r) => r.json())) as { link: string };
      const base = `${withImages.url}/api${created.link}`;
      const run = (await fetch(`${base}/runs`, {
        method: 'POST',
        body: uploadForm(await acmeInvoice()),
      }).then((r) => r.json())) as { id: string };
      const boxed = await fetch(`${base}/runs/${run.id}/pages/1.png`);
      expect(boxed.status).toBe(200);
      expect(boxed.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await boxed.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      await fetch(`${base}/runs/${run.id}/pages/1.png?boxes=none`);
      expect((await fetch(`${base}/runs/${run.id}/pages/2.png`)).status).toBe(404);
      for (const bad of ['0.png', '1.jpg', 'x.png', '99999.png'])
        expect((await fetch(`${base}/runs/${run.id}/pages/${bad}`)).status).toBe(404);
      expect(calls).toEqual([
        { runId: run.id, page: 1, boxes: true },
        { runId: run.id, page: 1, boxes: false },
        { runId: run.id, page: 2, boxes: true },
      ]);
    } finally {
      await withImages.close();
    }
  });
});

describe('key scopes on onboarding', () => {
  test('a read-only key may list invitations but not create one', async () => {
    const readOnly = (await server.services.buyers.createKey(acme.buyerId, { scopes: ['read'] })).apiKey;
    expect((await call('GET', '/api/invitations', { key: readOnly })).status).toBe(200);
    const refused = await call('POST', '/api/invitations', {
      key: readOnly,
      json: { supplierName: 'Bakkerij', supplierEmail: 'info@bakkerij.nl', profileId: 'whatever' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('insufficient_scope');
  });
});
