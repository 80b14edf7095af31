/**
 * Running behind a TLS-terminating reverse proxy, over plain HTTP as the proxy speaks to the server:
 * with TRUST_PROXY the proxy's `X-Forwarded-Proto` makes the session cookie Secure and its
 * `X-Forwarded-For` decides the client address of the per-IP rate limit and the sign-in lock-out;
 * without it, the same headers forged by a client change nothing. COOKIE_SECURE overrides the cookie.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import express from 'express';
import { loadConfig, parseTrustProxy } from '../../server/core/config.js';
import { MAX_FAILURES_PER_ADDRESS } from '../../server/http/session.js';
import { buyerClient } from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

type Overrides = Parameters<typeof startTestServer>[0];

/** A server for one describe block (one worker: these tests run no invoices). */
function serverWith(overrides: Overrides): { get: () => TestServer } {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1, rateLimitPerIp: 0, ...overrides });
  });
  afterAll(() => server.close());
  return { get: () => server };
}

/** Signs in with an API key through `POST /api/session`, with extra headers. */
async function signIn(server: TestServer, apiKey: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ apiKey }),
  });
  return {
    status: res.status,
    cookie: res.headers.get('set-cookie') ?? '',
    code: res.status >= 400 ? ((await res.json()) as { code: string }).code : undefined,
  };
}

/** Fails `count` sign-ins with a wrong key, each with the headers `headersOf(i)` gives. */
async function failSignIns(
  server: TestServer,
  count: number,
  headersOf: (i: number) => Record<string, string>,
) {
  for (let i = 0; i < count; i++) expect((await signIn(server, 'pfk_wrong', headersOf(i))).status).toBe(401);
}

/** Status of `GET /api/presets` (limited per IP: no key) with these headers. */
const presets = async (server: TestServer, headers: Record<string, string> = {}) =>
  (await fetch(`${server.url}/api/presets`, { headers })).status;

const SECURE = /;\s*Secure(;|$)/i;

describe('TRUST_PROXY and COOKIE_SECURE', () => {
  test('TRUST_PROXY is off by default and takes what Express takes', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    expect(parseTrustProxy('Loopback, 10.0.0.0/8 ,192.168.0.0/255.255.0.0,::1,fd00::/8')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.0.0/255.255.0.0',
      '::1',
      'fd00::/8',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'uniquelocal,linklocal' }).trustProxy).toEqual([
      'uniquelocal',
      'linklocal',
    ]);
    // Whatever is accepted, Express accepts too (it compiles the setting at once and throws otherwise).
    for (const raw of ['true', '3', 'loopback, 10.0.0.0/8', '192.168.0.0/255.255.0.0', '2001:db8::/32']) {
      const value = parseTrustProxy(raw);
      expect(() => express().set('trust proxy', Array.isArray(value) ? [...value] : value)).not.toThrow();
    }
  });

  test('nonsense in TRUST_PROXY stops the start with a message that names it', () => {
    for (const raw of [
      'maybe',
      '10.0.0.300',
      '10.0.0.0/33',
      '10.0.0.0/255.0.255.0',
      'loopback,,10.0.0.1',
      '-1',
      '1.5',
      'proxy.example.com',
      '::1/129',
    ])
      expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/^TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback, my-proxy' })).toThrow(/not understood: "my-proxy"$/);
    expect(() => loadConfig({ TRUST_PROXY: '1000' })).toThrow(/TRUST_PROXY: 1000 proxies/);
  });

  test('COOKIE_SECURE is auto by default; true and false force it; nonsense is refused', () => {
    expect(loadConfig({}).cookieSecure).toBe('auto');
    expect(loadConfig({ COOKIE_SECURE: 'AUTO' }).cookieSecure).toBe('auto');
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(loadConfig({ COOKIE_SECURE: 'off' }).cookieSecure).toBe(false);
    expect(() => loadConfig({ COOKIE_SECURE: 'sometimes' })).toThrow(
      /COOKIE_SECURE must be auto, true or false, got "sometimes"/,
    );
  });
});

describe('without TRUST_PROXY, forged X-Forwarded-* headers change nothing', () => {
  const server = serverWith({});

  test('X-Forwarded-Proto: https does not make the cookie Secure, nor the request HTTPS', async () => {
    const { apiKey } = await buyerClient(server.get());
    const plain = await signIn(server.get(), apiKey, { 'x-forwarded-proto': 'https' });
    expect(plain.status).toBe(201);
    expect(plain.cookie).toMatch(/^pf_session=/);
    expect(plain.cookie).not.toMatch(SECURE);
    // The sign-in origin check still sees plain HTTP.
    const origin = `https://${new URL(server.get().url).host}`;
    const forged = await signIn(server.get(), apiKey, { 'x-forwarded-proto': 'https', origin });
    expect(forged).toMatchObject({ status: 403, code: 'cross_site_request' });
  });

  test('the sign-in lock-out counts the connection’s address, whatever X-Forwarded-For says', async () => {
    const { apiKey } = await buyerClient(server.get());
    await failSignIns(server.get(), MAX_FAILURES_PER_ADDRESS, (i) => ({
      'x-forwarded-for': `198.51.100.${i}`,
    }));
    const blocked = await signIn(server.get(), apiKey, { 'x-forwarded-for': '203.0.113.200' });
    expect(blocked).toMatchObject({ status: 429, code: 'too_many_attempts' });
  });
});

describe('without TRUST_PROXY, the per-IP rate limit', () => {
  const server = serverWith({ rateLimitPerIp: 3 });

  test('cannot be dodged by sending another X-Forwarded-For each time', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(await presets(server.get(), { 'x-forwarded-for': `198.51.100.${i}` }));
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('with TRUST_PROXY=loopback (the proxy on the same host)', () => {
  const server = serverWith({ trustProxy: parseTrustProxy('loopback') });

  test('X-Forwarded-Proto: https makes the cookie Secure; plain HTTP does not', async () => {
    const { apiKey } = await buyerClient(server.get());
    const viaTls = await signIn(server.get(), apiKey, { 'x-forwarded-proto': 'https' });
    expect(viaTls.status).toBe(201);
    expect(viaTls.cookie).toMatch(SECURE);
    const viaHttp = await signIn(server.get(), apiKey, { 'x-forwarded-proto': 'http' });
    expect(viaHttp.status).toBe(201);
    expect(viaHttp.cookie).not.toMatch(SECURE);
  });

  test('a page served over HTTPS by the proxy may sign in (the origin check sees https)', async () => {
    const { apiKey } = await buyerClient(server.get());
    const origin = `https://${new URL(server.get().url).host}`;
    expect((await signIn(server.get(), apiKey, { 'x-forwarded-proto': 'https', origin })).status).toBe(201);
    // Signing out clears the cookie with the same attributes.
    const out = await fetch(`${server.get().url}/api/session`, {
      method: 'DELETE',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(out.headers.get('set-cookie')).toMatch(/^pf_session=;.*Max-Age=0/);
    expect(out.headers.get('set-cookie')).toMatch(SECURE);
  });

  test('the sign-in lock-out is per client address as the proxy reports it', async () => {
    const { apiKey } = await buyerClient(server.get());
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    await failSignIns(server.get(), MAX_FAILURES_PER_ADDRESS, () => attacker);
    expect(await signIn(server.get(), apiKey, attacker)).toMatchObject({
      status: 429,
      code: 'too_many_attempts',
    });
    // Another client behind the same proxy is not locked out.
    expect((await signIn(server.get(), apiKey, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(201);
  });
});

describe('with TRUST_PROXY=loopback, the per-IP rate limit', () => {
  const server = serverWith({ trustProxy: parseTrustProxy('loopback'), rateLimitPerIp: 3 });

  test('counts each client the proxy reports apart, and a forged first hop does not help', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7' };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await presets(server.get(), client));
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the address it saw.
    expect(await presets(server.get(), { 'x-forwarded-for': '192.0.2.1, 203.0.113.7' })).toBe(429);
    expect(await presets(server.get(), { 'x-forwarded-for': '203.0.113.8' })).toBe(200);
  });
});

describe('COOKIE_SECURE forces the cookie either way', () => {
  const always = serverWith({ cookieSecure: true });
  const never = serverWith({ cookieSecure: false, trustProxy: true });

  test('true: Secure even over plain HTTP; false: never, even when the proxy says HTTPS', async () => {
    const a = await signIn(always.get(), (await buyerClient(always.get())).apiKey);
    expect(a.status).toBe(201);
    expect(a.cookie).toMatch(SECURE);
    const n = await signIn(never.get(), (await buyerClient(never.get())).apiKey, {
      'x-forwarded-proto': 'https',
    });
    expect(n.status).toBe(201);
    expect(n.cookie).not.toMatch(SECURE);
  });
});
