/**
 * `POST /api/profiles/preview`: a signed-in buyer's sample checked against an unsaved profile (the
 * editor's live preview), over real HTTP: the verdict follows the profile sent, an invalid profile is
 * refused by its problems, no key is refused, and nothing of the run is kept.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let apiKey: string;

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  apiKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
}, 60_000);
afterAll(() => server.close());

async function preview(profile: unknown, key: string | null = apiKey) {
  const form = new FormData();
  form.append('profile', typeof profile === 'string' ? profile : JSON.stringify(profile));
  form.append('file', new Blob([await textInvoicePdf({ buyerName: 'ACME B.V.' })]), 'factuur.pdf');
  const res = await fetch(`${server.url}/api/profiles/preview`, {
    method: 'POST',
    headers: key ? { authorization: `Bearer ${key}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('previewing an unsaved profile', () => {
  test('gives the verdict under the profile sent, and keeps nothing of the run', async () => {
    const lenient = await preview({ name: 'Soepel', channels: 'text' });
    expect(lenient.status).toBe(200);
    expect(lenient.body.verdict).toBe('accepted');

    const strict = await preview({ name: 'Streng', channels: 'text', file: { maxBytes: 1024 } });
    expect(strict.status).toBe(200);
    expect(strict.body.verdict).toBe('rejected');
    expect(strict.body.report.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ checkId: 'file.max-size', severity: 'error' })]),
    );

    const kept = await fetch(`${server.url}/api/runs/${strict.body.id}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    }).then((r) => r.json() as Promise<Record<string, any>>);
    expect(kept.erasedAt).not.toBeNull();
    expect(kept.report ?? null).toBeNull();
  }, 60_000);

  test('refuses a profile with problems, naming each', async () => {
    const refused = await preview({
      name: 'X',
      channels: 'text',
      buyer: { name: 'X', vatId: 'NL001234567B01' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '/buyer/vatId' })]);
    expect((await preview('{ not json')).status).toBe(400);
  });

  test('needs a signed-in buyer', async () => {
    expect((await preview({ name: 'X', channels: 'text' }, null)).status).toBe(401);
  });
});
