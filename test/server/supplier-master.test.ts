/**
 * Supplier master data over real HTTP: entered with an invitation or afterwards, validated with the
 * fields.valid-* validators, and carried into each sample's run, where fields.seller-matches compares
 * the invoice with it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { INVOICE_LINES, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let key: string;
let readOnlyKey: string;
let profileId: string;

// INVOICE_LINES: Bakkerij De Korenschoof B.V., NL123456782B01, KvK 12345678, IBAN NL91 ABNA 0417 1643 00.
const ON_FILE = 'NL91ABNA0417164300';
const SECOND = 'NL44RABO0123456789';

async function call(
  method: string,
  path: string,
  options: { key?: string; json?: unknown; form?: FormData } = {},
) {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | FormData | undefined = options.form;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
}

beforeAll(async () => {
  server = await startTestServer();
  const acme = await server.services.buyers.createBuyer('ACME B.V.');
  key = acme.apiKey;
  readOnlyKey = (await server.services.buyers.createKey(acme.buyer.id, { scopes: ['read'] })).apiKey;
  const res = await call('POST', '/api/profiles', {
    key,
    json: { name: 'ACME crediteuren', channels: 'text', buyer: { name: 'Gemeente Voorbeeld' } },
  });
  expect(res.status).toBe(201);
  profileId = res.body.id;
});
afterAll(() => server.close());

const invite = (masterData?: unknown, email = 'admin@korenschoof.nl') =>
  call('POST', '/api/invitations', {
    key,
    json: { supplierName: 'Bakkerij De Korenschoof', supplierEmail: email, profileId, masterData },
  });

async function sample(token: string, lines: readonly string[] = INVOICE_LINES) {
  const pdf = await textInvoicePdf({ lines });
  const res = await call('POST', `/api/i/${token}/runs`, { form: uploadForm(pdf, {}) });
  expect(res.status).toBe(202);
  const done = await call('GET', `/api/i/${token}/runs/${res.body.id}?wait=20`);
  expect(done.body.status).toBe('completed');
  return done.body.report as {
    verdict: string;
    findings: { checkId: string; messageId: string; severity: string }[];
  };
}
const tokenOf = (link: string) => link.replace('/i/', '');
const sellerFindings = (report: Awaited<ReturnType<typeof sample>>) =>
  report.findings.filter((f) => f.checkId === 'fields.seller-matches').map((f) => f.messageId);

describe('supplier master data of an invitation', () => {
  test('is stored compact with a new invitation and shown to the buyer', async () => {
    const res = await invite({
      name: 'Bakkerij De Korenschoof B.V.',
      vatId: 'nl 1234.56.782.b01',
      kvk: '1234 5678',
      ibans: ['nl91 abna 0417 1643 00', SECOND],
    });
    expect(res.status).toBe(201);
    expect(res.body.invitation.masterData).toEqual({
      name: 'Bakkerij De Korenschoof B.V.',
      vatId: 'NL123456782B01',
      kvk: '12345678',
      ibans: [ON_FILE, SECOND],
    });
    const read = await call('GET', `/api/invitations/${res.body.invitation.id}`, { key });
    expect(read.body.masterData.ibans).toEqual([ON_FILE, SECOND]);
  });

  test('refuses an invalid IBAN, VAT id or KvK number with a 400 naming each', async () => {
    const res = await invite({ vatId: 'NL123456789B01', kvk: '1234567', ibans: ['NL91ABNA0417164301'] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invitation_invalid');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'masterData.vatId',
      'masterData.kvk',
      'masterData.ibans',
    ]);
    expect(res.body.errors[2].message).toContain('NL91ABNA0417164301');
    expect(res.body.errors[2].messageNl).toContain('geen geldig IBAN');
  });

  test('is replaced and removed with PUT …/master-data; a read-only key gets 403', async () => {
    const created = await invite(undefined, 'put@korenschoof.nl');
    const id = created.body.invitation.id as string;
    expect(created.body.invitation.masterData).toBeNull();
    const forbidden = await call('PUT', `/api/invitations/${id}/master-data`, {
      key: readOnlyKey,
      json: { masterData: { ibans: [ON_FILE] } },
    });
    expect(forbidden.status).toBe(403);
    const bad = await call('PUT', `/api/invitations/${id}/master-data`, {
      key,
      json: { masterData: { ibans: ['NL00'] } },
    });
    expect(bad.status).toBe(400);
    const set = await call('PUT', `/api/invitations/${id}/master-data`, {
      key,
      json: { masterData: { ibans: [ON_FILE] } },
    });
    expect(set.status).toBe(200);
    expect(set.body.masterData).toEqual({ ibans: [ON_FILE] });
    const cleared = await call('PUT', `/api/invitations/${id}/master-data`, {
      key,
      json: { masterData: null },
    });
    expect(cleared.body.masterData).toBeNull();
  });
});

describe('a sample against the master data (fields.seller-matches)', () => {
  test('passes with the IBAN on file and is rejected with an IBAN that is not', async () => {
    const created = await invite({ ibans: [ON_FILE], vatId: 'NL123456782B01' }, 'iban@korenschoof.nl');
    const token = tokenOf(created.body.link);
    expect(sellerFindings(await sample(token))).toEqual([]);
    const changed = INVOICE_LINES.map((line) =>
      line.startsWith('IBAN') ? 'IBAN NL44 RABO 0123 4567 89 t.n.v. Bakkerij De Korenschoof B.V.' : line,
    );
    const report = await sample(token, changed);
    expect(report.verdict).toBe('rejected');
    expect(sellerFindings(report)).toEqual(['fields.seller-matches.iban']);
  });

  test('passes an invoice with the second of two IBANs on file', async () => {
    const created = await invite({ ibans: [SECOND, ON_FILE] }, 'two@korenschoof.nl');
    expect(sellerFindings(await sample(tokenOf(created.body.link)))).toEqual([]);
  });

  test('rejects another VAT id; a run made before the master data changed keeps what it was checked against', async () => {
    const created = await invite({ vatId: 'NL810433941B01' }, 'vat@korenschoof.nl');
    const token = tokenOf(created.body.link);
    const before = await sample(token);
    expect(sellerFindings(before)).toEqual(['fields.seller-matches.vat-id']);
    const id = created.body.invitation.id as string;
    await call('PUT', `/api/invitations/${id}/master-data`, {
      key,
      json: { masterData: { vatId: 'NL123456782B01' } },
    });
    expect(sellerFindings(await sample(token))).toEqual([]);
    const runs = await Promise.all(
      (await server.services.invitations.runsOf(id)).map(
        async (r) => (await server.services.runs.get(r.runId))!,
      ),
    );
    expect(runs.map((r) => r.expectedSeller?.vatId).sort()).toEqual(['NL123456782B01', 'NL810433941B01']);
  });

  test('compares nothing for an invitation without master data', async () => {
    const created = await invite(undefined, 'none@korenschoof.nl');
    const report = await sample(tokenOf(created.body.link));
    expect(sellerFindings(report)).toEqual([]);
  });
});
