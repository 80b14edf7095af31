/**
 * N samples (`delivery.samplesRequired`): an invitation is ready for approval only when N distinct
 * samples (different file AND different invoice number) have passed; the supplier's and the buyer's
 * views show the count; an approval before that is refused with 409 `samples_incomplete`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { INVOICE_LINES, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let apiKey = '';

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

/** A passing invoice with its own invoice number (and, with `note`, other bytes for the same number). */
const invoice = (number: string, note = '') =>
  textInvoicePdf({
    lines: INVOICE_LINES.map((line) =>
      line.startsWith('Factuurnummer') ? `Factuurnummer: ${number}` : line,
    ).concat(note ? [note] : []),
  });

async function invitation(delivery: Record<string, unknown>) {
  const profile = await call('POST', '/api/profiles', {
    key: apiKey,
    json: { name: 'ACME crediteuren', channels: 'text', delivery },
  });
  expect(profile.status).toBe(201);
  const created = await call('POST', '/api/invitations', {
    key: apiKey,
    json: {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId: profile.body.id,
    },
  });
  const token = /^\/i\/(.+)$/.exec(created.body.link as string)![1]!;
  return { id: created.body.invitation.id as string, token };
}

async function upload(token: string, bytes: Uint8Array): Promise<string> {
  const res = await call('POST', `/api/i/${token}/runs`, { form: uploadForm(bytes) });
  expect(res.status).toBe(202);
  const done = await call('GET', `/api/i/${token}/runs/${res.body.id}?wait=20`);
  expect(done.body.verdict).toBe('accepted');
  return res.body.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  apiKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
});
afterAll(() => server.close());

describe('delivery.samplesRequired', () => {
  test('counts only distinct passing samples and refuses approval until N have passed', async () => {
    const { id, token } = await invitation({ samplesRequired: 3, manualApproval: true });
    const first = await invoice('F-2026-0001');
    const firstRun = await upload(token, first);
    const supplier = async () => (await call('GET', `/api/i/${token}`)).body;
    expect((await supplier()).samples).toEqual({ required: 3, passed: 1 });
    expect((await supplier()).stage).toBe('tested');

    const early = await call('POST', `/api/runs/${firstRun}/reviews`, {
      key: apiKey,
      json: { decision: 'approved' },
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('samples_incomplete');
    expect(early.body.detail).toContain('1 of 3');
    expect(early.body.samples).toEqual({ passed: 1, required: 3 });

    await upload(token, first); // the same file again
    await upload(token, await invoice('F-2026-0001', 'Met dank voor uw bestelling')); // other file, same number
    expect((await supplier()).samples).toEqual({ required: 3, passed: 1 });

    await upload(token, await invoice('F-2026-0002'));
    const buyerView = await call('GET', `/api/invitations/${id}`, { key: apiKey });
    expect(buyerView.body.status.samples).toMatchObject({ required: 3, passed: 2 });
    expect(buyerView.body.status.stage).toBe('tested');

    const last = await upload(token, await invoice('F-2026-0003'));
    expect((await supplier()).samples).toEqual({ required: 3, passed: 3 });
    expect((await supplier()).stage).toBe('awaiting_approval');
    const approved = await call('POST', `/api/runs/${last}/reviews`, {
      key: apiKey,
      json: { decision: 'approved' },
    });
    expect(approved.status).toBe(201);
    expect(['approved', 'live']).toContain((await supplier()).stage);
  }, 120_000);

  test('without manual approval the supplier is cleared only at the N-th distinct sample', async () => {
    const { token } = await invitation({ samplesRequired: 2, invoiceAddress: 'facturen@acme.nl' });
    await upload(token, await invoice('F-2026-0101'));
    let view = (await call('GET', `/api/i/${token}`)).body;
    expect(view.samples).toEqual({ required: 2, passed: 1 });
    expect(view.goLive).toBeNull();
    expect(view.requirements.samplesRequired).toBe(2);
    await upload(token, await invoice('F-2026-0102'));
    view = (await call('GET', `/api/i/${token}`)).body;
    expect(view.samples).toEqual({ required: 2, passed: 2 });
    expect(view.goLive).toMatchObject({ invoiceAddress: 'facturen@acme.nl' });
  }, 60_000);

  test('a profile without samplesRequired asks one sample; 0 is refused by the schema', async () => {
    const { token } = await invitation({});
    expect((await call('GET', `/api/i/${token}`)).body.samples).toEqual({ required: 1, passed: 0 });
    const zero = await call('POST', '/api/profiles', {
      key: apiKey,
      json: { name: 'Nul', channels: 'text', delivery: { samplesRequired: 0 } },
    });
    expect(zero.status).toBe(400);
    expect(zero.body.code).toBe('profile_invalid');
  });
});
