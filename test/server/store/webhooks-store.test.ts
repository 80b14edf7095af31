/**
 * The webhook store on both backends (SQLite and PostgreSQL): endpoints, subscribers, the delivery
 * queue with its leases, retries, paging and purging.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { Sql } from '../../../server/store/sql.js';
import { WebhookStore } from '../../../server/store/webhooks.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

const T0 = '2026-01-01T00:00:00.000Z';

describe.each(backends.list)('webhook store on %s', (_name, open) => {
  let sql: Sql;
  let store: WebhookStore;
  beforeEach(async () => {
    sql = await open();
    await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', ['buyer_a', 'ACME', T0]);
    await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', ['buyer_b', 'Other', T0]);
    store = new WebhookStore(sql);
  });

  const setup = async () => {
    const { webhook, secret } = await store.create(
      'buyer_a',
      { url: 'https://example.com/h', events: ['run.completed', 'run.approved'] },
      T0,
    );
    return { buyer: { id: 'buyer_a' }, webhook, secret };
  };
  const enqueue = (webhook: { id: string; url: string }, secret: string, eventId: string, now = T0) =>
    store.enqueue(
      { webhookId: webhook.id, eventId, event: 'run.completed', url: webhook.url, secret, payload: '{}' },
      now,
    );

  test('creates, reads, lists, updates and deletes a buyer’s webhooks; another buyer sees none', async () => {
    const { webhook, secret } = await setup();
    expect(secret).toMatch(/^whsec_/);
    expect(webhook).toEqual({
      id: expect.stringMatching(/^whk_/),
      buyerId: 'buyer_a',
      url: 'https://example.com/h',
      events: ['run.completed', 'run.approved'],
      enabled: true,
      createdAt: T0,
      updatedAt: T0,
    });
    const second = (
      await store.create(
        'buyer_a',
        {
          url: 'https://example.com/2',
          events: ['run.rejected', 'run.rejected'],
          description: 'd',
          enabled: false,
        },
        T0,
      )
    ).webhook;
    expect(second).toMatchObject({ events: ['run.rejected'], description: 'd', enabled: false });
    expect(await store.get('buyer_a', webhook.id)).toEqual(webhook);
    expect(await store.get('buyer_b', webhook.id)).toBeUndefined();
    expect(await store.get('buyer_a', 'whk_nonsense')).toBeUndefined();
    expect((await store.list('buyer_a')).map((w) => w.id)).toEqual([webhook.id, second.id]);
    expect(await store.list('buyer_b')).toEqual([]);

    const later = '2026-01-02T00:00:00.000Z';
    expect(await store.update('buyer_b', webhook.id, { enabled: false }, later)).toBeUndefined();
    expect(await store.update('buyer_a', 'whk_AAAAAAAAAAAAAAAA', { enabled: false }, later)).toBeUndefined();
    expect(await store.update('buyer_a', webhook.id, { description: 'mine' }, later)).toEqual({
      ...webhook,
      description: 'mine',
      updatedAt: later,
    });
    expect(
      await store.update(
        'buyer_a',
        webhook.id,
        { url: 'https://example.com/x', events: ['run.rejected'] },
        later,
      ),
    ).toEqual({
      ...webhook,
      url: 'https://example.com/x',
      events: ['run.rejected'],
      description: 'mine',
      updatedAt: later,
    });
    const cleared = await store.update('buyer_a', webhook.id, { description: null, enabled: false }, later);
    expect(cleared?.description).toBeUndefined();
    expect(cleared?.enabled).toBe(false);
    expect(cleared?.url).toBe('https://example.com/x');

    expect(await store.delete('buyer_b', webhook.id)).toBe(false);
    expect(await store.delete('buyer_a', 'bad')).toBe(false);
    expect(await store.delete('buyer_a', webhook.id)).toBe(true);
    expect(await store.delete('buyer_a', webhook.id)).toBe(false);
    expect((await store.list('buyer_a')).map((w) => w.id)).toEqual([second.id]);
  });

  test('finds the subscribers of an event, and only enabled ones', async () => {
    const { buyer, webhook, secret } = await setup();
    const subscribers = await store.subscribers(buyer.id, 'run.completed');
    expect(subscribers.map((w) => w.id)).toEqual([webhook.id]);
    expect(subscribers[0]?.secret).toBe(secret);
    expect(await store.subscribers(buyer.id, 'run.rejected')).toEqual([]);
    expect(await store.subscribers('buyer_b', 'run.completed')).toEqual([]);
    await store.update(buyer.id, webhook.id, { enabled: false }, '2026-01-01T00:00:01.000Z');
    expect(await store.subscribers(buyer.id, 'run.completed')).toEqual([]);
  });

  test('a claimed delivery is leased: not claimed again until the lease ends (a crash mid-send retries it)', async () => {
    const { webhook, secret } = await setup();
    await enqueue(webhook, secret, 'evt_1');
    const [claimed] = await store.claimDue(T0, '2026-01-01T00:00:15.000Z', 10);
    expect(claimed).toMatchObject({ eventId: 'evt_1', secret, payload: '{}' });
    expect(await store.claimDue('2026-01-01T00:00:10.000Z', '2026-01-01T00:00:25.000Z', 10)).toEqual([]);
    expect(await store.claimDue('2026-01-01T00:00:15.000Z', '2026-01-01T00:00:30.000Z', 10)).toHaveLength(1);
  });

  test('claims oldest first, up to the limit; concurrent claimers never take the same delivery', async () => {
    const { webhook, secret } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(await enqueue(webhook, secret, `evt_${i}`, `2026-01-01T00:00:0${i}.000Z`));
    expect(await store.nextDueAt()).toBe(T0);
    expect(
      (await store.claimDue('2026-01-01T00:00:01.000Z', '2026-01-01T01:00:00.000Z', 10)).map((d) => d.id),
    ).toEqual(ids.slice(0, 2));
    expect(await store.nextDueAt()).toBe('2026-01-01T00:00:02.000Z');
    expect(
      (await store.claimDue('2026-01-01T00:00:09.000Z', '2026-01-01T01:00:00.000Z', 1)).map((d) => d.id),
    ).toEqual([ids[2]]);
    // Two claimers (a second store on the same database stands for another process) at once.
    const other = new WebhookStore(sql);
    const [a, b] = await Promise.all([
      store.claimDue('2026-01-01T00:00:09.000Z', '2026-01-01T01:00:00.000Z', 10),
      other.claimDue('2026-01-01T00:00:09.000Z', '2026-01-01T01:00:00.000Z', 10),
    ]);
    const taken = [...a, ...b].map((d) => d.id).sort();
    expect(taken).toEqual(ids.slice(3).sort());
  });

  test('a delivered delivery is final', async () => {
    const { webhook, secret } = await setup();
    const id = await enqueue(webhook, secret, 'evt_d');
    await store.claimDue(T0, '2026-01-01T00:00:15.000Z', 10);
    await store.markDelivered(id, 204, '2026-01-01T00:00:01.000Z');
    const delivery = await store.delivery(id);
    expect(delivery).toEqual({
      id,
      webhookId: webhook.id,
      eventId: 'evt_d',
      event: 'run.completed',
      url: webhook.url,
      status: 'delivered',
      attempts: 1,
      lastAttemptAt: '2026-01-01T00:00:01.000Z',
      lastStatus: 204,
      createdAt: T0,
      deliveredAt: '2026-01-01T00:00:01.000Z',
    });
    expect(await store.nextDueAt()).toBeUndefined();
    expect(await store.delivery('dlv_missing')).toBeUndefined();
  });

  test('a run’s callback delivery has no webhook', async () => {
    const id = await store.enqueue(
      {
        runId: 'run_1',
        eventId: 'evt_c',
        event: 'run.completed',
        url: 'https://cb.example/',
        secret: 's',
        payload: '{"a":1}',
      },
      T0,
    );
    const [claimed] = await store.claimDue(T0, '2026-01-01T00:00:15.000Z', 10);
    expect(claimed).toMatchObject({ id, runId: 'run_1', secret: 's', payload: '{"a":1}', nextAttemptAt: T0 });
    expect(claimed?.webhookId).toBeUndefined();
  });

  test('a failed attempt waits for its next time; the last one is final; old finished ones are purged', async () => {
    const { webhook, secret } = await setup();
    const id = await enqueue(webhook, secret, 'evt_2');
    await store.claimDue(T0, '2026-01-01T00:00:15.000Z', 10);
    await store.markFailed(
      id,
      { httpStatus: 503, error: 'HTTP 503' },
      '2026-01-01T00:00:01.000Z',
      '2026-01-01T00:00:31.000Z',
    );
    expect(await store.delivery(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatus: 503,
      nextAttemptAt: '2026-01-01T00:00:31.000Z',
    });
    expect(await store.claimDue('2026-01-01T00:00:30.000Z', '2026-01-01T00:00:45.000Z', 10)).toEqual([]);
    await store.markFailed(id, { error: 'ECONNREFUSED' }, '2026-01-01T00:00:32.000Z');
    expect(await store.delivery(id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'ECONNREFUSED',
    });
    expect(await store.nextDueAt()).toBeUndefined();
    expect(await store.purge(T0)).toBe(0);
    expect(await store.purge('2026-02-01T00:00:00.000Z')).toBe(1);
  });

  test('pages a webhook’s deliveries newest first, by status', async () => {
    const { webhook, secret } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await enqueue(webhook, secret, `evt_${i}`, `2026-01-01T00:00:0${i}.000Z`));
    await store.markDelivered(ids[1]!, 200, '2026-01-01T00:01:00.000Z');
    await store.markDelivered(ids[3]!, 200, '2026-01-01T00:01:00.000Z');
    const first = await store.deliveriesOf({ webhookId: webhook.id, limit: 2 });
    expect(first.map((d) => d.id)).toEqual([ids[4], ids[3]]);
    const last = first[first.length - 1]!;
    const next = await store.deliveriesOf({
      webhookId: webhook.id,
      after: { createdAt: last.createdAt, id: last.id },
      limit: 10,
    });
    expect(next.map((d) => d.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(
      (await store.deliveriesOf({ webhookId: webhook.id, status: 'delivered', limit: 10 })).map((d) => d.id),
    ).toEqual([ids[3], ids[1]]);
    expect(await store.deliveriesOf({ webhookId: 'whk_other', limit: 10 })).toEqual([]);
  });

  test('deleting a webhook deletes its deliveries', async () => {
    const { buyer, webhook, secret } = await setup();
    const id = await enqueue(webhook, secret, 'evt_3');
    expect(await store.delete(buyer.id, webhook.id)).toBe(true);
    expect(await store.delivery(id)).toBeUndefined();
  });
});
