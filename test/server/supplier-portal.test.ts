/**
 * The supplier portal against the real server: sign-in by a one-time e-mailed link (used once, reuse
 * refused, expiry, no account enumeration, limits), the overview of every buyer's invitations, a
 * supplier never reaching another supplier's invitation or set, and one file tested against three
 * buyers' invitations in one request, each run counted for its invitation.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MAX_LINKS_PER_CLIENT, MAX_LINKS_PER_EMAIL } from '../../server/services/supplier-portal.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';
import { OTHER_EMAIL, type Portal, SUPPLIER_EMAIL, setUpPortal, signInToken } from './portal-fixtures.js';

let server: TestServer;
let portal: Portal;
let pdf: Uint8Array;
/** Added to the real time: the services' and the app's clock. */
let offsetMs = 0;

beforeAll(async () => {
  server = await startTestServer({ workers: 1 }, { now: () => new Date(Date.now() + offsetMs) });
  portal = await setUpPortal(server);
  pdf = await textInvoicePdf();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

/** Asks for a sign-in link from a client address (`X-Forwarded-For` is not trusted: one client). */
async function askLink(email: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/api/supplier/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, language: 'nl' }),
  });
  return { status: res.status, body: await res.json() };
}

/** Follows a sign-in link: the answer and the session cookie. */
async function signIn(token: string): Promise<{ status: number; body: any; cookie: string }> {
  const res = await fetch(`${server.url}/api/supplier/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: JSON.stringify({ token }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: res.status, body: await res.json(), cookie };
}

/** A signed-in supplier: its cookie and CSRF token. */
async function session(email: string): Promise<{ cookie: string; csrf: string }> {
  expect((await askLink(email)).status).toBe(202);
  const token = signInToken(portal.mails, email);
  expect(token).toBeDefined();
  const opened = await signIn(token!);
  expect(opened.status).toBe(201);
  return { cookie: opened.cookie, csrf: opened.body.csrfToken as string };
}

describe('signing in with an e-mailed link', () => {
  test('the invitation e-mail tells where all invitations are, in one place', () => {
    const invitation = portal.mails.find((m) => m.kind === 'invitation' && m.to === SUPPLIER_EMAIL);
    expect(invitation?.text).toMatch(/Door meer organisaties uitgenodigd\?.*\/supplier\.html\?lang=nl/);
  });

  test('answers the same whether or not the address has invitations, and mails only an invited address', async () => {
    const before = portal.mails.length;
    const invited = await askLink(SUPPLIER_EMAIL.toUpperCase());
    const unknown = await askLink('nobody@nergens.nl');
    expect(invited).toEqual(unknown);
    expect(invited).toEqual({ status: 202, body: { sent: true } });
    const sent = portal.mails.slice(before);
    expect(sent.map((m) => m.to)).toEqual([SUPPLIER_EMAIL]);
    expect(sent[0]!.buyerId).toBeUndefined(); // in no buyer's outbox
    expect(sent[0]!.text).toContain('15 minuten');
  });

  test('a link signs in once; the second use is refused as used', async () => {
    await askLink(SUPPLIER_EMAIL);
    const token = signInToken(portal.mails, SUPPLIER_EMAIL)!;
    const first = await signIn(token);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ signedIn: true, email: SUPPLIER_EMAIL });
    expect(first.cookie).toMatch(/^pf_supplier=/);
    const again = await signIn(token);
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('sign_in_link_used');
    expect(again.body.detail).toContain('al gebruikt');
    expect(again.cookie).toBe('');
  });

  test('a link older than 15 minutes is refused as expired; a made-up one as unknown', async () => {
    await askLink(SUPPLIER_EMAIL);
    const token = signInToken(portal.mails, SUPPLIER_EMAIL)!;
    offsetMs = 16 * 60 * 1000;
    try {
      const late = await signIn(token);
      expect(late.status).toBe(410);
      expect(late.body.code).toBe('sign_in_link_expired');
    } finally {
      offsetMs = 0;
    }
    const madeUp = await signIn('A'.repeat(43));
    expect(madeUp.status).toBe(404);
    expect(madeUp.body.code).toBe('sign_in_link_invalid');
  });

  test('the session cookie is HttpOnly and SameSite=Strict, and signing out ends it', async () => {
    await askLink(SUPPLIER_EMAIL);
    const res = await fetch(`${server.url}/api/supplier/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: signInToken(portal.mails, SUPPLIER_EMAIL) }),
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    expect((await fetch(`${server.url}/api/supplier/invitations`, { headers: { cookie } })).status).toBe(200);
    await fetch(`${server.url}/api/supplier/session`, { method: 'DELETE', headers: { cookie } });
    const after = await fetch(`${server.url}/api/supplier/invitations`, { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { code: string }).code).toBe('supplier_session_required');
  });

  test(`at most ${MAX_LINKS_PER_EMAIL} links per address and ${MAX_LINKS_PER_CLIENT} per client in 15 minutes`, async () => {
    // A fresh window: an hour later.
    offsetMs = 60 * 60 * 1000;
    try {
      const email = 'flood@voorbeeld.nl';
      for (let i = 0; i < MAX_LINKS_PER_EMAIL; i++) expect((await askLink(email)).status).toBe(202);
      const refused = await askLink(email);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('too_many_attempts');
      expect(refused.body.detail).toMatch(/inloglinks|sign-in links/);
      // The same client, other addresses: refused once the client's budget is used up.
      const statuses: number[] = [];
      for (let i = 0; i < MAX_LINKS_PER_CLIENT; i++)
        statuses.push((await askLink(`adres${i}@voorbeeld.nl`)).status);
      expect(statuses.filter((s) => s === 202)).toHaveLength(MAX_LINKS_PER_CLIENT - MAX_LINKS_PER_EMAIL);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      offsetMs = 0;
    }
  });
});

describe('the signed-in supplier', () => {
  test('sees every live invitation to its address from all three buyers, and none of another supplier', async () => {
    offsetMs = 2 * 60 * 60 * 1000; // past the limits of the test above
    try {
      const { cookie } = await session(SUPPLIER_EMAIL);
      const res = await fetch(`${server.url}/api/supplier/invitations`, { headers: { cookie } });
      const body = (await res.json()) as { invitations: any[] };
      expect(body.invitations.map((i) => i.id).sort()).toEqual(portal.invitations.map((i) => i.id).sort());
      expect(body.invitations.map((i) => i.buyer.name).sort()).toEqual([
        'Alpha Zorg B.V.',
        'Beta Bouw B.V.',
        'Gamma Gemeente',
      ]);
      expect(body.invitations[0]).toMatchObject({ stage: 'invited', samples: { passed: 0, required: 1 } });
      expect(body.invitations.map((i) => i.id)).not.toContain(portal.other.id);
    } finally {
      offsetMs = 0;
    }
  });

  test('can never open, link to or test against another supplier’s invitation, nor read its run set', async () => {
    offsetMs = 3 * 60 * 60 * 1000;
    try {
      const mine = await session(SUPPLIER_EMAIL);
      const theirs = await session(OTHER_EMAIL);
      const link = await fetch(`${server.url}/api/supplier/invitations/${portal.other.id}/link`, {
        method: 'POST',
        headers: { cookie: mine.cookie, 'x-csrf-token': mine.csrf },
      });
      expect(link.status).toBe(404);
      const set = await fetch(`${server.url}/api/supplier/run-sets?invitations=${portal.other.id}`, {
        method: 'POST',
        headers: { cookie: mine.cookie, 'x-csrf-token': mine.csrf },
        body: uploadForm(pdf),
      });
      expect(set.status).toBe(404);
      // The other supplier's own set is not readable with my session.
      const own = await fetch(`${server.url}/api/supplier/run-sets?invitations=${portal.other.id}`, {
        method: 'POST',
        headers: { cookie: theirs.cookie, 'x-csrf-token': theirs.csrf },
        body: uploadForm(pdf),
      });
      expect(own.status).toBe(202);
      const ownId = ((await own.json()) as { id: string }).id;
      const read = await fetch(`${server.url}/api/supplier/run-sets/${ownId}`, {
        headers: { cookie: mine.cookie },
      });
      expect(read.status).toBe(404);
      expect(((await read.json()) as { code: string }).code).toBe('run_set_not_found');
      // And a buyer's set route does not serve a supplier's set either.
      expect((await fetch(`${server.url}/api/run-sets/${ownId}`)).status).toBe(404);
    } finally {
      offsetMs = 0;
    }
  });

  test('a state-changing request without the CSRF token is refused', async () => {
    offsetMs = 4 * 60 * 60 * 1000;
    try {
      const { cookie } = await session(SUPPLIER_EMAIL);
      const res = await fetch(`${server.url}/api/supplier/invitations/${portal.invitations[0]!.id}/link`, {
        method: 'POST',
        headers: { cookie },
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('csrf_token_invalid');
    } finally {
      offsetMs = 0;
    }
  });

  test('opens an invitation’s page through a link of its own; the buyer’s link keeps working', async () => {
    offsetMs = 5 * 60 * 60 * 1000;
    try {
      const { cookie, csrf } = await session(SUPPLIER_EMAIL);
      const target = portal.invitations[1]!;
      const res = await fetch(`${server.url}/api/supplier/invitations/${target.id}/link`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      const { link } = (await res.json()) as { link: string };
      expect(link).toMatch(/^\/i\/[A-Za-z0-9_-]{43}$/);
      expect(link).not.toBe(target.link);
      const page = (await fetch(`${server.url}/api${link}`).then((r) => r.json())) as any;
      expect(page.buyer.name).toBe('Beta Bouw B.V.');
      expect((await fetch(`${server.url}/api${target.link}`)).status).toBe(200);
    } finally {
      offsetMs = 0;
    }
  });

  test('tests one file against three buyers’ invitations in one request: one run per invitation, verdicts per buyer', async () => {
    offsetMs = 6 * 60 * 60 * 1000;
    try {
      const { cookie, csrf } = await session(SUPPLIER_EMAIL);
      const ids = portal.invitations.map((i) => i.id).join(',');
      const res = await fetch(`${server.url}/api/supplier/run-sets?invitations=${ids}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf },
        body: uploadForm(pdf),
      });
      expect(res.status).toBe(202);
      const created = (await res.json()) as { id: string; runs: { runId: string }[] };
      expect(created.runs).toHaveLength(3);
      for (const run of created.runs) await server.services.runs.waitFor(run.runId, 30_000);
      const set = (await fetch(`${server.url}/api/supplier/run-sets/${created.id}`, {
        headers: { cookie },
      }).then((r) => r.json())) as any;
      expect(set.done).toBe(true);
      const byBuyer = Object.fromEntries(set.runs.map((r: any) => [r.buyer.name, r]));
      expect(byBuyer['Alpha Zorg B.V.'].verdict).toBe('accepted');
      expect(byBuyer['Beta Bouw B.V.'].verdict).toBe('rejected');
      expect(byBuyer['Gamma Gemeente'].verdict).toBe('rejected');
      // The findings that differ: Beta misses the order number, Gamma the buyer reference.
      const fieldsOf = (name: string) =>
        byBuyer[name].differing.filter((f: any) => f.severity === 'error').map((f: any) => f.location?.field);
      expect(fieldsOf('Beta Bouw B.V.')).toContain('orderReference');
      expect(fieldsOf('Gamma Gemeente')).toContain('buyerReference');
      expect(fieldsOf('Gamma Gemeente')).not.toContain('orderReference');
      expect(fieldsOf('Alpha Zorg B.V.')).toEqual([]);
      // Each run counts for its invitation, as an upload on the invitation's page would.
      for (const invitation of portal.invitations) {
        const seen = (await fetch(`${server.url}/api/invitations/${invitation.id}`, {
          headers: { authorization: `Bearer ${invitation.apiKey}` },
        }).then((r) => r.json())) as any;
        expect(seen.status.runCount).toBeGreaterThanOrEqual(1);
        expect(set.runs.map((r: any) => r.runId)).toContain(seen.status.latestRun.runId);
      }
    } finally {
      offsetMs = 0;
    }
  }, 60_000);

  test('more than 20 invitations in one request is refused with a clear code, before the file is read', async () => {
    offsetMs = 7 * 60 * 60 * 1000;
    try {
      const { cookie, csrf } = await session(SUPPLIER_EMAIL);
      const ids = Array.from({ length: 21 }, (_, i) => `inv_${String(i).padStart(16, 'x')}`).join(',');
      const res = await fetch(`${server.url}/api/supplier/run-sets?invitations=${ids}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'accept-language': 'en' },
        body: uploadForm(pdf),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; detail: string; limit: number };
      expect(body.code).toBe('too_many_profiles');
      expect(body.limit).toBe(20);
      expect(body.detail).toContain('at most 20');
    } finally {
      offsetMs = 0;
    }
  });
});
