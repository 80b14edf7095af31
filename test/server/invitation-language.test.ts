/**
 * The invitation's language, chosen by the buyer: stored on the invitation, shown in the buyer's view,
 * and given to the supplier's page (which starts in it) over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let apiKey: string;
let profileId: string;

const call = async (method: string, path: string, json?: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${apiKey}`,
      ...(json !== undefined && { 'content-type': 'application/json' }),
    },
    ...(json !== undefined && { body: JSON.stringify(json) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

beforeAll(async () => {
  server = await startTestServer();
  apiKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
  const created = await call('POST', '/api/profiles', { name: 'ACME', channels: 'text' });
  expect(created.status).toBe(201);
  profileId = created.body.id as string;
});
afterAll(() => server.close());

const invite = (extra: Record<string, unknown>) =>
  call('POST', '/api/invitations', {
    supplierName: 'Bakkerij Jansen',
    supplierEmail: 'info@jansen.example',
    profileId,
    ...extra,
  });

describe('the language of an invitation', () => {
  test('is English when the buyer chooses English, for the buyer and on the supplier link', async () => {
    const created = await invite({ language: 'en' });
    expect(created.status).toBe(201);
    expect(created.body.invitation.language).toBe('en');
    const again = await call('GET', `/api/invitations/${created.body.invitation.id}`);
    expect(again.body.language).toBe('en');
    const supplier = await fetch(`${server.url}/api${created.body.link as string}`).then((r) => r.json());
    expect((supplier as Record<string, unknown>).language).toBe('en');
  });

  test('is Dutch when the buyer does not choose', async () => {
    const created = await invite({});
    expect(created.body.invitation.language).toBe('nl');
    const supplier = await fetch(`${server.url}/api${created.body.link as string}`).then((r) => r.json());
    expect((supplier as Record<string, unknown>).language).toBe('nl');
  });

  test('refuses a language the pages do not speak, in plain words', async () => {
    const refused = await invite({ language: 'es' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'language',
        message:
          'Choose the language of the invitation: Dutch (nl), English (en), German (de) or French (fr).',
        messageNl: 'Kies de taal van de uitnodiging: Nederlands (nl), Engels (en), Duits (de) of Frans (fr).',
      },
    ]);
  });
});
