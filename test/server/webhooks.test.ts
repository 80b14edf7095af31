import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { ProeffactuurApiError, verifyWebhookSignature, WebhookSignatureError } from '../../client/index.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import {
  anonymousClient,
  buyerClient,
  eventually,
  expectSchema,
  type Receiver,
  startReceiver,
} from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

async function apiError(promise: Promise<unknown>): Promise<ProeffactuurApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProeffactuurApiError) return error;
    throw error;
  }
  throw new Error('expected the API to refuse');
}

interface Event {
  id: string;
  type: string;
  data: { run: { id: string; verdict: string; supplierReference: string | null }; review?: unknown };
}

let server: TestServer;
let receiver: Receiver;
beforeAll(async () => {
  server = await startTestServer({ webhookRetryBaseMs: 100, webhookTimeoutMs: 1000, webhookMaxAttempts: 3 });
});
afterAll(() => server.close());
afterEach(async () => {
  await receiver?.close();
});

describe('webhook endpoints', () => {
  test('a buyer registers, reads, changes and deletes a webhook; the secret is shown once', async () => {
    receiver = await startReceiver();
    const { client } = await buyerClient(server);
    const created = await client.createWebhook({
      url: receiver.url,
      events: ['run.completed'],
      description: 'ERP',
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expectSchema('Webhook', created);
    const read = await client.getWebhook(created.id);
    expect(read).not.toHaveProperty('secret');
    expect(read).toMatchObject({
      url: receiver.url,
      events: ['run.completed'],
      description: 'ERP',
      enabled: true,
    });
    expect((await client.listWebhooks()).map((w) => w.id)).toEqual([created.id]);
    expect(JSON.stringify(await client.listWebhooks())).not.toContain(created.secret);

    const changed = await client.updateWebhook(created.id, {
      events: ['run.approved', 'run.rejected'],
      enabled: false,
    });
    expect(changed).toMatchObject({
      events: ['run.approved', 'run.rejected'],
      enabled: false,
      description: 'ERP',
    });
    await client.deleteWebhook(created.id);
    expect((await apiError(client.getWebhook(created.id))).code).toBe('webhook_not_found');
  });

  test("another buyer's webhook is 404, and a read-only key cannot register one", async () => {
    const owner = await buyerClient(server);
    const hook = await owner.client.createWebhook({
      url: 'https://example.com/hook',
      events: ['run.completed'],
    });
    const stranger = (await buyerClient(server)).client;
    expect((await apiError(stranger.getWebhook(hook.id))).status).toBe(404);
    expect((await apiError(stranger.deleteWebhook(hook.id))).status).toBe(404);
    expect((await apiError(stranger.listDeliveries(hook.id))).status).toBe(404);
    const readOnly = owner.client.withKey(
      (await server.services.buyers.createKey(owner.buyerId, { scopes: ['read'] })).apiKey,
    );
    expect((await readOnly.listWebhooks()).map((w) => w.id)).toEqual([hook.id]);
    const refused = await apiError(
      readOnly.createWebhook({ url: 'https://example.com/x', events: ['run.completed'] }),
    );
    expect(refused.status).toBe(403);
    expect(refused.problem.requiredScope).toBe('webhooks:write');
  });

  test.each([
    ['ftp://example.com/hook', 'url_invalid'],
    ['https://user:pass@example.com/hook', 'url_invalid'],
    ['not a url', 'request_invalid'],
  ])('refuses the URL %s (%s)', async (url, code) => {
    const error = await apiError(
      (await buyerClient(server)).client.createWebhook({ url, events: ['run.completed'] }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe(code);
  });

  test('refuses a body that is not JSON with 415', async () => {
    const { apiKey } = await buyerClient(server);
    const res = await fetch(`${server.url}/api/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'text/plain' },
      body: 'url=https://example.com',
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as Record<string, unknown>).code).toBe('expected_json');
  });
});

describe('deliveries', () => {
  test('a finished run is POSTed to the webhook, signed over timestamp and body, and listed as delivered', async () => {
    receiver = await startReceiver();
    const { client } = await buyerClient(server);
    const hook = await client.createWebhook({ url: receiver.url, events: ['run.completed'] });
    const run = await client.submitRun({
      file: await textInvoicePdf(),
      supplierReference: 'SUP-42',
      wait: 20,
    });
    const [got] = await receiver.waitFor(1);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['proeffactuur-event']).toBe('run.completed');
    const header = String(got!.headers['proeffactuur-signature']);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = verifyWebhookSignature<Event>({ payload: got!.body, header, secret: hook.secret });
    expectSchema('EventPayload', event);
    expect(event).toMatchObject({
      type: 'run.completed',
      data: { run: { id: run.id, verdict: 'accepted', supplierReference: 'SUP-42' } },
    });
    expect(() => verifyWebhookSignature({ payload: got!.body, header, secret: `${hook.secret}x` })).toThrow(
      WebhookSignatureError,
    );

    const deliveries = await eventually(async () => {
      const page = await client.listDeliveries(hook.id);
      return page.items[0]?.status === 'delivered' ? page : undefined;
    });
    expectSchema('DeliveryList', { deliveries: deliveries.items, nextCursor: deliveries.nextCursor });
    expect(deliveries.items[0]).toMatchObject({
      eventId: event.id,
      event: 'run.completed',
      runId: run.id,
      attempts: 1,
      lastStatus: 204,
      lastError: null,
    });
  });

  test('a receiver that fails is retried with growing waits until it answers 2xx', async () => {
    receiver = await startReceiver();
    let calls = 0;
    receiver.respond = () => (++calls <= 2 ? 500 : 200);
    const { client } = await buyerClient(server);
    const hook = await client.createWebhook({ url: receiver.url, events: ['run.completed'] });
    await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    const got = await receiver.waitFor(3);
    const events = got.map((r) => (JSON.parse(r.body) as Event).id);
    expect(new Set(events).size).toBe(1); // the same event each time
    const gaps = [got[1]!.at - got[0]!.at, got[2]!.at - got[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(90); // retry base 100 ms
    expect(gaps[1]).toBeGreaterThanOrEqual(180); // doubled
    const delivery = await eventually(async () => {
      const [d] = (await client.listDeliveries(hook.id)).items;
      return d?.status === 'delivered' ? d : undefined;
    });
    expect(delivery).toMatchObject({ attempts: 3, lastStatus: 200 });
  });

  test('an unreachable URL is given up after the last attempt, and the run is not held up', async () => {
    const closed = await startReceiver();
    const url = closed.url;
    await closed.close(); // nothing listens there any more
    const { client } = await buyerClient(server);
    const hook = await client.createWebhook({ url, events: ['run.completed'] });
    const run = await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    expect(run.status).toBe('completed');
    const failed = await eventually(async () => {
      const [d] = (await client.listDeliveries(hook.id, { status: 'failed' })).items;
      return d;
    });
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.nextAttemptAt).toBeNull();
  });

  test('a receiver that never answers times out; the run completes regardless', async () => {
    receiver = await startReceiver();
    receiver.respond = () => 'hang';
    const { client } = await buyerClient(server);
    const hook = await client.createWebhook({ url: receiver.url, events: ['run.completed'] });
    const run = await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    expect(run.status).toBe('completed');
    await receiver.waitFor(1);
    const timedOut = await eventually(async () => {
      const [d] = (await client.listDeliveries(hook.id)).items;
      return d?.lastError ? d : undefined;
    });
    expect(timedOut.lastError).toMatch(/ETIMEDOUT/);
    expect(timedOut.lastAttemptAt).not.toBeNull();
    // The next run of the same buyer is as quick as ever while deliveries hang.
    const next = await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    expect(next.status).toBe('completed');
  });

  test('approve and reject events go to the webhooks that subscribe to them, with the decision', async () => {
    receiver = await startReceiver();
    const { client } = await buyerClient(server);
    await client.createWebhook({ url: `${receiver.url}?only=completed`, events: ['run.completed'] });
    await client.createWebhook({ url: `${receiver.url}?review`, events: ['run.approved', 'run.rejected'] });
    const run = await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    await receiver.waitFor(1);
    const record = (await server.services.runs.get(run.id))!;
    server.services.runs.emit('reviewed', record, 'approved', 'Looks good');
    server.services.runs.emit('reviewed', record, 'rejected');
    const got = await receiver.waitFor(3);
    const review = got.filter((r) => r.path.includes('review')).map((r) => JSON.parse(r.body) as Event);
    expect(review.map((e) => e.type).sort()).toEqual(['run.approved', 'run.rejected']);
    expect(review.find((e) => e.type === 'run.approved')!.data.review).toEqual({
      decision: 'approved',
      comment: 'Looks good',
    });
    expect(got.filter((r) => r.path.includes('only=completed'))).toHaveLength(1);
  });

  test("a run's callbackUrl gets its events, signed with the secret returned at submission", async () => {
    receiver = await startReceiver();
    const run = await anonymousClient(server).submitRun({
      file: await textInvoicePdf(),
      callbackUrl: `${receiver.url}?run`,
      wait: 20,
    });
    expect(run.callback?.secret).toMatch(/^whsec_/);
    expect(run.callbackUrl).toBe(`${receiver.url}?run`);
    const [got] = await receiver.waitFor(1);
    const event = verifyWebhookSignature<Event>({
      payload: got!.body,
      header: String(got!.headers['proeffactuur-signature']),
      secret: run.callback!.secret,
    });
    expect(event.data.run.id).toBe(run.id);
    expect((await anonymousClient(server).getRun(run.id)).callback).toBeUndefined();
  });

  test('a replayed delivery is refused by the verification: old timestamp or changed body', async () => {
    receiver = await startReceiver();
    const { client } = await buyerClient(server);
    const hook = await client.createWebhook({ url: receiver.url, events: ['run.completed'] });
    await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    const [got] = await receiver.waitFor(1);
    const header = String(got!.headers['proeffactuur-signature']);
    const later = new Date(Date.now() + 6 * 60 * 1000);
    expect(() =>
      verifyWebhookSignature({ payload: got!.body, header, secret: hook.secret, now: later }),
    ).toThrow(expect.objectContaining({ reason: 'too_old' }));
    const tampered = got!.body.replace('"accepted"', '"rejected"');
    expect(() => verifyWebhookSignature({ payload: tampered, header, secret: hook.secret })).toThrow(
      expect.objectContaining({ reason: 'mismatch' }),
    );
    expect(() =>
      verifyWebhookSignature({ payload: got!.body, header: 'v1=abc', secret: hook.secret }),
    ).toThrow(expect.objectContaining({ reason: 'malformed' }));
  });
});

describe('deliveries across a restart', () => {
  test('a pending delivery is kept in the database and sent by the next process', async () => {
    const first = await startTestServer({ webhookRetryBaseMs: 60_000, webhookMaxAttempts: 5 });
    const probe = await startReceiver();
    const port = probe.port;
    await probe.close(); // down while the first process runs
    const { client, apiKey } = await buyerClient(first);
    const hook = await client.createWebhook({
      url: `http://127.0.0.1:${port}/hook`,
      events: ['run.completed'],
    });
    await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    const pending = await eventually(async () => {
      const [d] = (await client.listDeliveries(hook.id)).items;
      return d?.attempts === 1 ? d : undefined;
    });
    expect(pending.status).toBe('pending');
    await first.close({ keepData: true });

    receiver = await startReceiver(port);
    // The next process starts with a clock past the back-off, so the retry is due at once.
    const later = await startTestServer(
      { dataDir: first.dataDir, webhookRetryBaseMs: 60_000 },
      { now: () => new Date(Date.now() + 120_000) },
    );
    try {
      const [got] = await receiver.waitFor(1);
      expect(
        verifyWebhookSignature({
          payload: got!.body,
          header: String(got!.headers['proeffactuur-signature']),
          secret: hook.secret,
          now: new Date(Date.now() + 120_000),
        }),
      ).toMatchObject({ type: 'run.completed' });
      const delivered = await eventually(async () => {
        const res = await fetch(`${later.url}/api/webhooks/${hook.id}/deliveries`, {
          headers: { authorization: `Bearer ${apiKey}` },
        });
        const [d] = ((await res.json()) as { deliveries: { status: string; attempts: number }[] }).deliveries;
        return d?.status === 'delivered' ? d : undefined;
      });
      expect(delivered.attempts).toBe(2);
    } finally {
      await later.close();
    }
  });
});

describe('production mode (no requests to private addresses)', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await startTestServer({ refusePrivateUrls: true });
  });
  afterAll(() => prod.close());

  test.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://10.1.2.3/hook',
    'http://192.168.1.10/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0.0.0.0/hook',
  ])('refuses the webhook URL %s', async (url) => {
    const error = await apiError(
      (await buyerClient(prod)).client.createWebhook({ url, events: ['run.completed'] }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('url_not_allowed');
  });

  test('refuses a private callbackUrl before anything is stored', async () => {
    const error = await apiError(
      anonymousClient(prod).submitRun({ file: await textInvoicePdf(), callbackUrl: 'http://127.0.0.1:9/cb' }),
    );
    expect(error.code).toBe('url_not_allowed');
  });
});

test('logged no unexpected errors', async () => {
  expect(server.errors).toEqual([]);
});
