/**
 * What changed between two tries, over real HTTP: findings fixed, new and unchanged (matched by check
 * and location), fields whose value changed; for the buyer (its own runs) and the supplier (runs of its
 * invitation); runs of another buyer or another invitation are 404.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { compareRuns } from '../../server/services/compare.js';
import { INVOICE_LINES, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let acme = '';
let other = '';
let token = '';
let otherToken = '';
const runs: Record<string, string> = {};

async function call(
  method: string,
  path: string,
  init: { json?: unknown; form?: FormData; key?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  let body: RequestInit['body'] = init.form;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function invite(key: string): Promise<string> {
  const profile = await call('POST', '/api/profiles', {
    key,
    json: {
      name: 'ACME crediteuren',
      channels: 'text',
      buyer: { name: 'ACME B.V.' },
      fields: { iban: { required: true } },
    },
  });
  const created = await call('POST', '/api/invitations', {
    key,
    json: {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId: profile.body.id,
    },
  });
  return /^\/i\/(.+)$/.exec(created.body.link as string)![1]!;
}

async function upload(on: string, bytes: Uint8Array): Promise<string> {
  const res = await call('POST', `/api/i/${on}/runs`, { form: uploadForm(bytes) });
  await call('GET', `/api/i/${on}/runs/${res.body.id}?wait=20`);
  return res.body.id as string;
}

/** First try: addressed to someone else (buyer name wrong). Second: to ACME, but without the IBAN. */
const firstTry = () => textInvoicePdf();
const secondTry = () =>
  textInvoicePdf({
    lines: INVOICE_LINES.filter((l) => !l.startsWith('IBAN')).map((l) =>
      l.startsWith('Aan:') ? 'Aan: ACME B.V.' : l,
    ),
  });

beforeAll(async () => {
  server = await startTestServer();
  acme = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
  other = (await server.services.buyers.createBuyer('Concurrent B.V.')).apiKey;
  token = await invite(acme);
  otherToken = await invite(acme);
  runs.first = await upload(token, await firstTry());
  runs.second = await upload(token, await secondTry());
  runs.elsewhere = await upload(otherToken, await firstTry());
}, 60_000);
afterAll(() => server.close());

describe('comparing two tries', () => {
  test('the buyer sees the buyer-name finding fixed, the missing IBAN new, and the changed fields', async () => {
    const res = await call('GET', `/api/runs/${runs.first}/compare/${runs.second}`, { key: acme });
    expect(res.status).toBe(200);
    const { findings, fields, before, after } = res.body;
    expect(before.id).toBe(runs.first);
    expect(after.id).toBe(runs.second);
    expect(findings.fixed.map((f: any) => f.checkId)).toEqual(['fields.buyer-matches']);
    expect(findings.new.map((f: any) => [f.checkId, f.location.field])).toEqual([
      ['fields.required', 'iban'],
    ]);
    const changed = Object.fromEntries(fields.map((f: any) => [f.field, f]));
    expect(changed.iban).toMatchObject({ before: expect.stringMatching(/^NL91/), after: null });
    expect(changed.buyerName?.after ?? '').toMatch(/ACME/i);
    expect(changed.invoiceNumber).toBeUndefined();
  });

  test('the supplier compares the runs of its own invitation through its link', async () => {
    const res = await call('GET', `/api/i/${token}/runs/${runs.second}/compare/${runs.first}`);
    expect(res.status).toBe(200);
    // The other way round, what was new is fixed.
    expect(res.body.findings.fixed.map((f: any) => f.checkId)).toEqual(['fields.required']);
    expect(res.body.findings.new.map((f: any) => f.checkId)).toEqual(['fields.buyer-matches']);
  });

  test('runs of another buyer or another invitation are not found', async () => {
    const theirs = await call('GET', `/api/runs/${runs.first}/compare/${runs.second}`, { key: other });
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('run_not_found');
    const crossed = await call('GET', `/api/i/${token}/runs/${runs.first}/compare/${runs.elsewhere}`);
    expect(crossed.status).toBe(404);
    expect(crossed.body.code).toBe('run_not_found');
  });

  test('a run compared with itself has everything unchanged', async () => {
    const run = (await server.services.runs.get(runs.first!))!;
    const same = compareRuns(run, run);
    expect(same.findings.fixed).toEqual([]);
    expect(same.findings.new).toEqual([]);
    expect(same.findings.unchanged.length).toBe(run.report!.findings.length);
    expect(same.fields).toEqual([]);
  });
});
