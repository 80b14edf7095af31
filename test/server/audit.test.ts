/**
 * Overrides, waivers and the audit log over real HTTP: approving a failed sample needs a reason;
 * waiving a check the profile uses changes the supplier's verdict (and stops at its expiry or removal);
 * a read-only key reads the log but may not override or waive; every change is in the append-only log.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { openDatabase } from '../../server/store/database.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

// Real runs on a shared 2-core machine: generous time, no timing assertions.
jest.setTimeout(120_000);

let server: TestServer;
let acme: { buyerId: string; apiKey: string };
let other: { apiKey: string };
let readOnlyKey: string;
/** The clock of the app and services: tests move it forward past a waiver's expiry. */
let offsetMs = 0;

beforeAll(async () => {
  server = await startTestServer({}, { now: () => new Date(Date.now() + offsetMs) });
  const a = await server.services.buyers.createBuyer('ACME B.V.');
  acme = { buyerId: a.buyer.id, apiKey: a.apiKey };
  other = { apiKey: (await server.services.buyers.createBuyer('Concurrent B.V.')).apiKey };
  readOnlyKey = (await server.services.buyers.createKey(acme.buyerId, { scopes: ['read'] })).apiKey;
});
afterAll(() => server.close());

interface Answer {
  status: number;
  body: Record<string, any>;
}

async function call(
  method: string,
  path: string,
  options: { key?: string; json?: unknown; form?: FormData } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | FormData | undefined = options.form;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const res = await fetchOnce(`${server.url}${path}`, {
    method,
    headers,
    ...(body !== undefined && { body }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

/**
 * fetch, sent once more when a pooled keep-alive connection the server had just closed was reused (no
 * answer at all: undici does not retry a POST). Seen on a loaded machine; a server that is down fails again.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
    if (!['UND_ERR_SOCKET', 'ECONNRESET', 'UND_ERR_CLOSED'].includes(code)) throw error;
    return fetch(url, init);
  }
}

const profileDoc = {
  name: 'ACME crediteuren',
  channels: 'text',
  buyer: { name: 'ACME B.V.' },
  checks: { 'images.min-dpi': { enabled: false } },
  delivery: { invoiceAddress: 'facturen@acme.nl', startDate: '2099-03-01', manualApproval: true },
};

async function setUp(): Promise<{ profileId: string; invitationId: string; token: string }> {
  const profile = await call('POST', '/api/profiles', { key: acme.apiKey, json: profileDoc });
  expect(profile.status).toBe(201);
  const invitation = await call('POST', '/api/invitations', {
    key: acme.apiKey,
    json: {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'a@korenschoof.nl',
      profileId: profile.body.id,
    },
  });
  expect(invitation.status).toBe(201);
  return {
    profileId: profile.body.id,
    invitationId: invitation.body.invitation.id,
    token: (invitation.body.link as string).slice('/i/'.length),
  };
}

/** A sample addressed to another company than the profile's buyer: only `fields.buyer-matches` fails. */
async function failingSample(token: string): Promise<Record<string, any>> {
  const res = await call('POST', `/api/i/${token}/runs`, {
    form: uploadForm(await textInvoicePdf({ buyerName: 'Andere Klant B.V.' })),
  });
  expect(res.status).toBe(202);
  const done = await call('GET', `/api/i/${token}/runs/${res.body.id}?wait=30`);
  expect(done.body.status).toBe('completed');
  return done.body;
}

const auditOf = async (query = '', key = acme.apiKey) => {
  const res = await call('GET', `/api/audit${query}`, { key });
  expect(res.status).toBe(200);
  return res.body.entries as Record<string, any>[];
};

describe('overrides: approving a sample that did not pass', () => {
  test('is refused without a reason (400 override_reason_required), accepted with one and logged', async () => {
    const { invitationId, token } = await setUp();
    const run = await failingSample(token);
    expect(run.verdict).toBe('rejected');
    expect(run.report.checks.failed).toEqual(['fields.buyer-matches']);

    const reviews = await call('GET', `/api/runs/${run.id}/reviews`, { key: acme.apiKey });
    expect(reviews.body).toMatchObject({ reviewable: false, overridable: true });

    const bare = await call('POST', `/api/runs/${run.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'approved' },
    });
    expect(bare.status).toBe(400);
    expect(bare.body.code).toBe('override_reason_required');
    const blank = await call('POST', `/api/runs/${run.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'approved', comment: '   ' },
    });
    expect(blank.body.code).toBe('override_reason_required');
    // Rejecting a sample that already failed is not an override.
    const reject = await call('POST', `/api/runs/${run.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'rejected', comment: 'nee' },
    });
    expect(reject.status).toBe(409);
    expect(reject.body.code).toBe('run_not_reviewable');

    const reason = 'Wij boeken dit via de inkooporder; de tenaamstelling maakt niet uit.';
    const approved = await call('POST', `/api/runs/${run.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'approved', comment: reason },
    });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ decision: 'approved', override: true, comment: reason });

    const status = (await call('GET', `/api/invitations/${invitationId}`, { key: acme.apiKey })).body.status;
    expect(status.stage).toBe('approved');
    expect(status.cleared.runId).toBe(run.id);

    const [entry] = await auditOf(`?entityType=run&entityId=${run.id}`);
    expect(entry).toMatchObject({
      action: 'review.override',
      actor: `API key ${acme.apiKey.slice(0, 12)}…`,
      entity: { type: 'run', id: run.id },
      reason,
      data: { decision: 'approved', verdict: 'rejected', invitationId },
    });
  });

  test('a failed run made without an invitation cannot be overridden', async () => {
    const profile = await call('POST', '/api/profiles', { key: acme.apiKey, json: profileDoc });
    const form = uploadForm(await textInvoicePdf({ buyerName: 'Andere Klant B.V.' }), {
      profile: profile.body.id,
    });
    const run = await call('POST', '/api/runs?wait=30', { key: acme.apiKey, form });
    expect(run.body.verdict).toBe('rejected');
    const res = await call('POST', `/api/runs/${run.body.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'approved', comment: 'toch goed' },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('run_not_reviewable');
  });
});

describe('waivers: one check, one supplier', () => {
  test('a waiver for a check the profile does not use, or an unknown one, is refused and names the used checks', async () => {
    const { invitationId } = await setUp();
    for (const checkId of ['images.min-dpi', 'nope.nothing']) {
      const res = await call('POST', `/api/invitations/${invitationId}/waivers`, {
        key: acme.apiKey,
        json: { checkId, reason: 'x' },
      });
      expect({ checkId, status: res.status, code: res.body.code }).toEqual({
        checkId,
        status: 400,
        code: 'waiver_check_unused',
      });
      expect(res.body.checks).toContain('fields.buyer-matches');
      expect(res.body.checks).not.toContain('images.min-dpi');
    }
    const noReason = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: acme.apiKey,
      json: { checkId: 'fields.buyer-matches' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('waiver_invalid');
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const past = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: acme.apiKey,
      json: { checkId: 'fields.buyer-matches', reason: 'x', until: '2020-01-01' },
    });
    expect(past.body.errors.map((e: { field: string }) => e.field)).toEqual(['until']);
    const foreign = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: other.apiKey,
      json: { checkId: 'fields.buyer-matches', reason: 'x' },
    });
    expect(foreign.status).toBe(404);
  });

  test('a waived check no longer counts: the verdict is recomputed everywhere the run is shown, until removed', async () => {
    const { invitationId, token } = await setUp();
    const run = await failingSample(token);
    expect(run.verdict).toBe('rejected');

    const reason = 'Onze software negeert de tenaamstelling.';
    const created = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: acme.apiKey,
      json: { checkId: 'fields.buyer-matches', reason },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      checkId: 'fields.buyer-matches',
      reason,
      active: true,
      until: null,
    });

    // The supplier's view, the buyer's run view, readiness for approval.
    const supplier = await call('GET', `/api/i/${token}/runs/${run.id}`);
    expect(supplier.body.verdict).toBe('accepted');
    expect(supplier.body.report.verdict).toBe('accepted');
    const waived = supplier.body.report.findings.filter((f: { waived?: unknown }) => f.waived);
    expect(waived.length).toBeGreaterThan(0);
    expect(waived.every((f: Record<string, any>) => f.checkId === 'fields.buyer-matches')).toBe(true);
    expect(waived[0].waived).toEqual({ reason });
    const buyerView = await call('GET', `/api/runs/${run.id}`, { key: acme.apiKey });
    expect(buyerView.body.verdict).toBe('accepted');
    const page = await call('GET', `/api/i/${token}`);
    expect(page.body.stage).toBe('awaiting_approval');
    expect(page.body.runs[0].verdict).toBe('accepted');
    const reviews = await call('GET', `/api/runs/${run.id}/reviews`, { key: acme.apiKey });
    expect(reviews.body).toMatchObject({ reviewable: true, overridable: false });
    const printable = await fetchOnce(`${server.url}/api/runs/${run.id}/report.html?lang=en`, {
      headers: { authorization: `Bearer ${acme.apiKey}` },
    }).then((r) => r.text());
    expect(printable).toContain('Waived by the buyer');
    expect(printable).toContain(`Reason: ${reason}`);

    // Removed: the check counts again at once.
    const removed = await call(
      'DELETE',
      `/api/waivers/${created.body.id}?reason=${encodeURIComponent('Software bijgewerkt')}`,
      { key: acme.apiKey },
    );
    expect(removed.status).toBe(200);
    expect(removed.body.active).toBe(false);
    expect((await call('GET', `/api/i/${token}/runs/${run.id}`)).body.verdict).toBe('rejected');
    expect((await call('GET', `/api/i/${token}`)).body.stage).toBe('tested');
    const list = await call('GET', `/api/invitations/${invitationId}/waivers`, { key: acme.apiKey });
    expect(list.body.waivers).toHaveLength(1);
    expect(list.body.waivers[0].removedBy).toBe(`API key ${acme.apiKey.slice(0, 12)}…`);

    const entries = await auditOf(`?entityType=waiver&entityId=${created.body.id}`);
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ['waiver.removed', 'Software bijgewerkt'],
      ['waiver.created', reason],
    ]);
  });

  test('an expired waiver stops applying', async () => {
    const { invitationId, token } = await setUp();
    const run = await failingSample(token);
    const until = new Date(Date.now() + offsetMs + 60 * 60 * 1000).toISOString();
    const created = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: acme.apiKey,
      json: { checkId: 'fields.buyer-matches', reason: 'Tijdelijk, tot de nieuwe software er is.', until },
    });
    expect(created.status).toBe(201);
    expect(created.body.until).toBe(until);
    const before = await call('GET', `/api/i/${token}/runs/${run.id}`);
    expect(before.body.verdict).toBe('accepted');
    expect(before.body.report.findings.find((f: Record<string, any>) => f.waived).waived).toEqual({
      reason: 'Tijdelijk, tot de nieuwe software er is.',
      until,
    });
    offsetMs += 2 * 60 * 60 * 1000;
    try {
      expect((await call('GET', `/api/i/${token}/runs/${run.id}`)).body.verdict).toBe('rejected');
      const list = await call('GET', `/api/invitations/${invitationId}/waivers`, { key: acme.apiKey });
      expect(list.body.waivers[0].active).toBe(false);
    } finally {
      offsetMs -= 2 * 60 * 60 * 1000;
    }
  });
});

describe('read-only keys', () => {
  test('may read the audit log and waivers, but get 403 on overrides and waivers', async () => {
    const { invitationId, token } = await setUp();
    const run = await failingSample(token);
    expect((await call('GET', '/api/audit', { key: readOnlyKey })).status).toBe(200);
    expect((await call('GET', `/api/invitations/${invitationId}/waivers`, { key: readOnlyKey })).status).toBe(
      200,
    );
    const override = await call('POST', `/api/runs/${run.id}/reviews`, {
      key: readOnlyKey,
      json: { decision: 'approved', comment: 'toch goed' },
    });
    expect(override.status).toBe(403);
    const waiver = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: readOnlyKey,
      json: { checkId: 'fields.buyer-matches', reason: 'x' },
    });
    expect(waiver.status).toBe(403);
    const made = await call('POST', `/api/invitations/${invitationId}/waivers`, {
      key: acme.apiKey,
      json: { checkId: 'fields.buyer-matches', reason: 'x' },
    });
    expect((await call('DELETE', `/api/waivers/${made.body.id}`, { key: readOnlyKey })).status).toBe(403);
    expect(override.body.code).toBe('insufficient_scope');
  });
});

describe('the audit log', () => {
  test('records approvals, rejections and profile changes with who, what and why; filters and pages', async () => {
    const { profileId, invitationId, token } = await setUp();
    const passing = await call('POST', `/api/i/${token}/runs`, {
      form: uploadForm(await textInvoicePdf({ buyerName: 'ACME B.V.' })),
    });
    const done = await call('GET', `/api/i/${token}/runs/${passing.body.id}?wait=30`);
    expect(done.body.verdict).toBe('accepted');
    const approve = await call('POST', `/api/runs/${done.body.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'approved' },
    });
    expect(approve.status).toBe(201);
    const reject = await call('POST', `/api/runs/${done.body.id}/reviews`, {
      key: acme.apiKey,
      json: { decision: 'rejected', comment: 'Graag met ons inkoopordernummer.' },
    });
    expect(reject.status).toBe(201);
    const updated = await call('PUT', `/api/profiles/${profileId}`, {
      key: acme.apiKey,
      json: { ...profileDoc, name: 'ACME crediteuren 2' },
    });
    expect(updated.status).toBe(200);
    // An identical document makes no new version, and no entry.
    await call('PUT', `/api/profiles/${profileId}`, {
      key: acme.apiKey,
      json: { ...profileDoc, name: 'ACME crediteuren 2' },
    });
    // Archiving twice is one change.
    const spare = await call('POST', '/api/profiles', { key: acme.apiKey, json: profileDoc });
    expect((await call('DELETE', `/api/profiles/${spare.body.id}`, { key: acme.apiKey })).status).toBe(204);
    expect((await call('DELETE', `/api/profiles/${spare.body.id}`, { key: acme.apiKey })).status).toBe(204);

    const runEntries = await auditOf(`?entityType=run&entityId=${done.body.id}`);
    expect(runEntries.map((e) => [e.action, e.reason])).toEqual([
      ['review.rejected', 'Graag met ons inkoopordernummer.'],
      ['review.approved', null],
    ]);
    expect(runEntries[0]!.data).toMatchObject({ invitationId, verdict: 'accepted' });
    const profileEntries = await auditOf(`?entityType=profile&entityId=${profileId}`);
    expect(profileEntries.map((e) => [e.action, e.data])).toEqual([
      ['profile.updated', { version: 2 }],
      ['profile.created', { version: 1 }],
    ]);
    const spareEntries = await auditOf(`?entityId=${spare.body.id}`);
    expect(spareEntries.map((e) => e.action)).toEqual(['profile.archived', 'profile.created']);
    expect(await auditOf(`?action=profile.archived&entityId=${spare.body.id}`)).toHaveLength(1);

    // Newest first, paged with the cursor; another buyer sees none of it.
    const all = await auditOf('?limit=100');
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    const first = await call('GET', '/api/audit?limit=2', { key: acme.apiKey });
    const second = await call('GET', `/api/audit?limit=2&cursor=${first.body.nextCursor}`, {
      key: acme.apiKey,
    });
    expect([...first.body.entries, ...second.body.entries].map((e: { id: number }) => e.id)).toEqual(
      all.slice(0, 4).map((e) => e.id),
    );
    expect(await auditOf('', other.apiKey)).toEqual([]);
    const future = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(await auditOf(`?from=${future}`)).toEqual([]);
    expect((await auditOf(`?to=${future}&limit=100`)).length).toBe(all.length);
  });

  test('is append-only: the database refuses to change or delete an entry', async () => {
    await setUp();
    const db = openDatabase(server.dataDir);
    try {
      const count = (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
      expect(count).toBeGreaterThan(0);
      expect(() => db.prepare("UPDATE audit_log SET reason = 'rewritten'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect((db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n).toBe(count);
    } finally {
      db.close();
    }
  });
});
