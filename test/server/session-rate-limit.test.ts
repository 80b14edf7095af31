/**
 * A session opened with an API key spends that key's rate-limit budget: signing in with a key is
 * not a way to get a second allowance next to its Bearer header.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rateLimitPerKey: 4, rateLimitPerIp: 1000 });
});
afterAll(() => server.close());

test('Bearer requests and session requests of one key share its per-key limit', async () => {
  const { apiKey } = await server.services.buyers.createBuyer('ACME B.V.');
  const signIn = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey }),
  });
  expect(signIn.status).toBe(201);
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
  const get = (headers: Record<string, string>) => fetch(`${server.url}/api/profiles`, { headers });
  const statuses: number[] = [];
  for (let i = 0; i < 2; i++) statuses.push((await get({ authorization: `Bearer ${apiKey}` })).status);
  for (let i = 0; i < 3; i++) statuses.push((await get({ cookie })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 429]);
});
