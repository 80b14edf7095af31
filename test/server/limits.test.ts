import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { testProfile } from '../helpers.js';
import { buyerClient } from './api-helpers.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

const json = async (res: Response): Promise<Record<string, any>> => (await res.json()) as Record<string, any>;
const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

describe('key scopes and expiry', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const profileBody = JSON.stringify(testProfile({ id: undefined as never, version: undefined as never }));

  test('a read-only key reads but may not write profiles, runs or webhooks (403 insufficient_scope)', async () => {
    const { apiKey } = await buyerClient(server, { scopes: ['read'] });
    expect((await fetch(`${server.url}/api/profiles`, { headers: bearer(apiKey) })).status).toBe(200);
    expect((await fetch(`${server.url}/api/runs`, { headers: bearer(apiKey) })).status).toBe(200);
    const writes: [string, RequestInit][] = [
      [
        '/api/profiles',
        { method: 'POST', body: profileBody, headers: { 'content-type': 'application/json' } },
      ],
      ['/api/runs', { method: 'POST', body: uploadForm(await textInvoicePdf()) }],
      [
        '/api/webhooks',
        {
          method: 'POST',
          body: JSON.stringify({ url: 'https://example.com/h', events: ['run.completed'] }),
          headers: { 'content-type': 'application/json' },
        },
      ],
    ];
    for (const [path, init] of writes) {
      const res = await fetch(`${server.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...bearer(apiKey) },
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('www-authenticate')).toMatch(/insufficient_scope/);
      expect((await json(res)).code).toBe('insufficient_scope');
    }
  });

  test('a runs:write key submits runs but may not change profiles', async () => {
    const { apiKey } = await buyerClient(server, { scopes: ['runs:write'] });
    const run = await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf()),
      headers: bearer(apiKey),
    });
    expect(run.status).toBe(201);
    const profile = await fetch(`${server.url}/api/profiles`, {
      method: 'POST',
      body: profileBody,
      headers: { ...bearer(apiKey), 'content-type': 'application/json' },
    });
    expect(profile.status).toBe(403);
    expect((await json(profile)).requiredScope).toBe('profiles:write');
  });

  test('an expired key is 401 api_key_expired; a missing one api_key_missing', async () => {
    const { apiKey } = await buyerClient(server, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    const res = await fetch(`${server.url}/api/profiles`, { headers: bearer(apiKey) });
    expect(res.status).toBe(401);
    expect((await json(res)).code).toBe('api_key_expired');
    const none = await fetch(`${server.url}/api/webhooks`);
    expect(none.status).toBe(401);
    expect((await json(none)).code).toBe('api_key_missing');
  });
});

describe('rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimitPerIp: 50, rateLimitPerKey: 5 });
  });
  afterAll(() => server.close());

  test('1 000 requests in a burst from one address: the first 50 pass, the rest get 429 with Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 1000 }, () =>
        fetch(`${server.url}/api/presets`).then(async (res) => ({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          type: res.headers.get('content-type'),
          body: await res.text(),
        })),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(50);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(950);
    expect(Number(limited[0]!.retryAfter)).toBeGreaterThan(0);
    expect(limited[0]!.type).toMatch(/application\/problem\+json/);
    expect(JSON.parse(limited[0]!.body)).toMatchObject({ code: 'rate_limited', status: 429 });
    // The server itself is fine.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(server.errors).toEqual([]);
  });

  test('a key has its own budget, apart from the address and from other keys', async () => {
    const a = (await buyerClient(server)).apiKey;
    const b = (await buyerClient(server)).apiKey;
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await fetch(`${server.url}/api/profiles`, { headers: bearer(a) })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await fetch(`${server.url}/api/profiles`, { headers: bearer(b) })).status).toBe(200);
  });
});

describe('per-buyer limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1, runTimeoutMs: 3000, maxUploadBytes: 1024 * 1024 });
  });
  afterAll(() => server.close());

  test("a buyer's own upload limit applies to its uploads, the server's to the rest", async () => {
    const { apiKey, buyerId } = await buyerClient(server);
    await server.services.buyers.setLimits(buyerId, { maxUploadBytes: 10 * 1024 });
    const big = await textInvoicePdf({ pages: 30 });
    expect(big.length).toBeGreaterThan(10 * 1024);
    const refused = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(big),
      headers: bearer(apiKey),
    });
    expect(refused.status).toBe(413);
    expect(await json(refused)).toMatchObject({ code: 'file_too_large', limitBytes: 10 * 1024 });
    const anonymous = await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      body: uploadForm(big),
    });
    expect(anonymous.status).toBe(201);
  });

  test('a buyer with as many queued and running runs as its limit gets 429 too_many_active_runs', async () => {
    const { apiKey, buyerId } = await buyerClient(server);
    await server.services.buyers.setLimits(buyerId, { maxActiveRuns: 1 });
    const slow = await slowPdf(600_000);
    const first = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(slow),
      headers: bearer(apiKey),
    });
    expect(first.status).toBe(202);
    const second = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf()),
      headers: bearer(apiKey),
    });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('5');
    expect(await json(second)).toMatchObject({ code: 'too_many_active_runs', limit: 1 });
    // Someone else is not held back by this buyer's limit.
    const other = (await buyerClient(server)).apiKey;
    expect(
      (
        await fetch(`${server.url}/api/runs`, {
          method: 'POST',
          body: uploadForm(await textInvoicePdf()),
          headers: bearer(other),
        })
      ).status,
    ).toBe(202);
    // Once the slow run has ended, the buyer may submit again.
    await fetch(`${server.url}${first.headers.get('location')}?wait=20`, { headers: bearer(apiKey) });
    const third = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf()),
      headers: bearer(apiKey),
    });
    expect(third.status).toBe(202);
  });
});
