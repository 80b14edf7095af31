import { describe, expect, test } from '@jest/globals';
import {
  ProeffactuurApiError,
  ProeffactuurClient,
  verifyWebhookSignature,
  WebhookSignatureError,
} from '../../client/index.js';
import { signatureHeader } from '../../server/services/webhooks.js';

describe('verifyWebhookSignature', () => {
  const secret = 'whsec_test-secret';
  const body = JSON.stringify({ id: 'evt_1', type: 'run.completed', data: { run: { id: 'run_1' } } });
  const t = 1_780_000_000;
  const at = new Date(t * 1000);

  test('accepts what the server signs and returns the parsed event', () => {
    const header = signatureHeader(secret, t, body);
    expect(verifyWebhookSignature({ payload: body, header, secret, now: at })).toMatchObject({ id: 'evt_1' });
    expect(
      verifyWebhookSignature({
        payload: new TextEncoder().encode(body),
        header,
        secret,
        now: new Date(at.getTime() + 299_000),
      }),
    ).toMatchObject({ type: 'run.completed' });
  });

  test.each([
    ['a timestamp outside the replay window', { now: new Date(at.getTime() + 301_000) }, 'too_old'],
    ['another secret', { secret: 'whsec_other' }, 'mismatch'],
    ['a changed body', { payload: body.replace('run_1', 'run_2') }, 'mismatch'],
    ['no header', { header: undefined }, 'malformed'],
    ['a header without v1', { header: `t=${t}` }, 'malformed'],
  ])('refuses %s', (_name, change, reason) => {
    const input = { payload: body, header: signatureHeader(secret, t, body), secret, now: at, ...change };
    try {
      verifyWebhookSignature(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect((error as WebhookSignatureError).reason).toBe(reason);
    }
  });
});

describe('ProeffactuurClient', () => {
  test('turns a problem answer into a ProeffactuurApiError with its code and Retry-After', async () => {
    const fake: typeof fetch = async () =>
      new Response(
        JSON.stringify({
          type: 'urn:x',
          title: 'Too Many Requests',
          status: 429,
          code: 'rate_limited',
          detail: 'slow down',
        }),
        {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '12' },
        },
      );
    const client = new ProeffactuurClient({
      baseUrl: 'http://example.invalid/',
      apiKey: 'pfk_x',
      fetch: fake,
    });
    const error = await client.health().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProeffactuurApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 12 });
  });

  test('sends the key, the language and the query it is given', async () => {
    let seen: { url: string; headers: Record<string, string> } | undefined;
    const fake: typeof fetch = async (url, init) => {
      seen = { url: String(url), headers: init?.headers as Record<string, string> };
      return new Response(JSON.stringify({ runs: [], nextCursor: null }), { status: 200 });
    };
    const client = new ProeffactuurClient({
      baseUrl: 'http://h',
      apiKey: 'pfk_k',
      language: 'nl',
      fetch: fake,
    });
    await client.listRuns({ verdict: 'rejected', limit: 5 });
    expect(seen?.url).toBe('http://h/api/runs?verdict=rejected&limit=5');
    expect(seen?.headers).toMatchObject({ authorization: 'Bearer pfk_k', 'accept-language': 'nl' });
  });
});
