/**
 * Test certificates over real HTTP: the supplier (invitation link) and the buyer (API key) download a
 * passing sample's certificate as JSON and as PDF; `/api/certificates/verify` and the key set at
 * `/.well-known/jwks.json` verify them; a failing sample has none; another buyer's run is 404.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let acme: { buyerId: string; apiKey: string };
let other: { buyerId: string; apiKey: string };
let token: string;
let passed: { id: string; sha256: string };
let failed: { id: string };

async function call(
  method: string,
  path: string,
  init: { key?: string; json?: unknown; body?: Uint8Array | FormData } = {},
) {
  const headers: Record<string, string> = {};
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  let body: RequestInit['body'] = init.body as RequestInit['body'];
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  if (init.body instanceof Uint8Array) headers['content-type'] = 'application/octet-stream';
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  let parsed: Record<string, any> = {};
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, any>;
  } catch {}
  return { status: res.status, headers: res.headers, bytes, body: parsed };
}

async function upload(bytes: Uint8Array, name: string): Promise<Record<string, any>> {
  const res = await call('POST', `/api/i/${token}/runs`, { body: uploadForm(bytes, {}, { name }) });
  expect(res.status).toBe(202);
  return (await call('GET', `/api/i/${token}/runs/${res.body.id}?wait=20`)).body;
}

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.services.buyers.createBuyer('ACME B.V.');
  const b = await server.services.buyers.createBuyer('Concurrent B.V.');
  acme = { buyerId: a.buyer.id, apiKey: a.apiKey };
  other = { buyerId: b.buyer.id, apiKey: b.apiKey };
  const profile = await call('POST', '/api/profiles', {
    key: acme.apiKey,
    json: {
      name: 'ACME crediteuren',
      channels: 'text',
      buyer: { name: 'ACME B.V.' },
      text: { required: true },
      checks: { 'text.layer-present': { severity: 'error' } },
    },
  });
  expect(profile.status).toBe(201);
  const invitation = await call('POST', '/api/invitations', {
    key: acme.apiKey,
    json: {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId: profile.body.id,
    },
  });
  token = /^\/i\/(.+)$/.exec(invitation.body.link as string)![1]!;
  const invoice = await textInvoicePdf({ buyerName: 'ACME B.V.' });
  const ok = await upload(invoice, 'factuur-001.pdf');
  expect(ok.verdict).toBe('accepted');
  passed = { id: ok.id as string, sha256: createHash('sha256').update(invoice).digest('hex') };
  const bad = await upload(await imageOnlyPdf(), 'scan.pdf');
  expect(bad.verdict).toBe('rejected');
  failed = { id: bad.id as string };
});
afterAll(() => server.close());

describe('downloading a certificate', () => {
  test('the supplier gets JSON and PDF for a passing sample, and both verify on the server', async () => {
    const json = await call('GET', `/api/i/${token}/runs/${passed.id}/certificate`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('.json');
    expect(json.body).toMatchObject({
      type: 'proeffactuur-test-certificate',
      payload: {
        runId: passed.id,
        sample: { sha256: passed.sha256, name: 'factuur-001.pdf' },
        buyer: { id: acme.buyerId, name: 'ACME B.V.' },
        verdict: 'accepted',
        approval: 'not_required',
      },
    });
    const pdf = await call('GET', `/api/i/${token}/runs/${passed.id}/certificate?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');

    for (const file of [json.bytes, pdf.bytes]) {
      const plain = await call('POST', '/api/certificates/verify', { body: file });
      expect(plain.body).toMatchObject({ valid: true, reason: 'valid', sample: 'not_given' });
      const withSample = await call('POST', `/api/certificates/verify?sha256=${passed.sha256}`, {
        body: file,
      });
      expect(withSample.body).toMatchObject({ valid: true, sample: 'matches' });
      const wrongSample = await call('POST', `/api/certificates/verify?sha256=${'0'.repeat(64)}`, {
        body: file,
      });
      expect(wrongSample.body).toMatchObject({ valid: false, reason: 'sample_mismatch' });
    }
  });

  test('the buyer gets the same certificate for its run; another buyer gets 404', async () => {
    const mine = await call('GET', `/api/runs/${passed.id}/certificate`, { key: acme.apiKey });
    expect(mine.status).toBe(200);
    expect(mine.body.payload.runId).toBe(passed.id);
    const theirs = await call('GET', `/api/runs/${passed.id}/certificate`, { key: other.apiKey });
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('run_not_found');
  });

  test('a failing sample has no certificate (409 with a plain reason)', async () => {
    const res = await call('GET', `/api/i/${token}/runs/${failed.id}/certificate`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('certificate_unavailable');
  });

  test('a wrong format is refused by the API description', async () => {
    const res = await call('GET', `/api/runs/${passed.id}/certificate?format=docx`, { key: acme.apiKey });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('request_invalid');
  });
});

describe('keys over HTTP', () => {
  test('/.well-known/jwks.json lists the signing key; after revocation certificates fail as revoked', async () => {
    const before = await call('GET', `/api/runs/${passed.id}/certificate`, { key: acme.apiKey });
    const kid = before.body.payload.kid as string;
    const jwks = await call('GET', '/.well-known/jwks.json');
    expect(jwks.body.keys).toEqual([
      expect.objectContaining({ kid, kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' }),
    ]);
    expect(JSON.stringify(jwks.body)).not.toMatch(/"d"/); // never the private part

    await server.services.signingKeys.rotate();
    await server.services.signingKeys.revoke(kid);
    const after = await call('GET', '/.well-known/jwks.json');
    expect(after.body.revoked).toEqual([expect.objectContaining({ kid })]);
    const verdict = await call('POST', '/api/certificates/verify', { body: before.bytes });
    expect(verdict.body).toMatchObject({ valid: false, reason: 'revoked_key' });
    const fresh = await call('GET', `/api/runs/${passed.id}/certificate`, { key: acme.apiKey });
    expect(fresh.body.payload.kid).not.toBe(kid);
    expect((await call('POST', '/api/certificates/verify', { body: fresh.bytes })).body.valid).toBe(true);
  });

  test('an upload that is no certificate is 400 certificate_unreadable', async () => {
    const res = await call('POST', '/api/certificates/verify', { body: new Uint8Array([0x47, 0x49, 0x46]) });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('certificate_unreadable');
  });
});
