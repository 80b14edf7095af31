import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Mailer } from '../../../server/services/mailer.js';
import { openDatabase } from '../../../server/store/database.js';
import { type OutboxMessage, OutboxStore } from '../../../server/store/outbox.js';
import { type CaptureRelay, closedPort, nextEvent, startCaptureRelay } from '../mail/capture.js';

const FROM = 'Proeffactuur <noreply@proef.localhost>';
const mail = (to: string, subject = 'Hallo') => ({
  kind: 'invitation' as const,
  to,
  subject,
  text: `Beste leverancier,\n\n${subject}\n`,
  language: 'nl' as const,
});

describe('the mailer', () => {
  let relay: CaptureRelay;
  beforeAll(async () => {
    relay = await startCaptureRelay();
  });
  afterAll(async () => {
    await relay.close();
  });

  it('keeps every message in the outbox as held when no relay is configured', async () => {
    const store = new OutboxStore(openDatabase(':memory:'));
    const mailer = new Mailer(store, { from: FROM, maxQueued: 10, maxAttempts: 3, retryBaseMs: 10 });
    mailer.start();
    const held = await mailer.enqueue(mail('a@example.nl'));
    expect(mailer.relay).toBe(false);
    expect(held.status).toBe('held');
    expect(await store.byId(held.id)).toMatchObject({ status: 'held', to: 'a@example.nl', subject: 'Hallo' });
    expect(await store.pendingCount()).toBe(0);
    await mailer.stop();
  });

  it('sends through the relay for real, with threading headers and an automatic-message marker', async () => {
    const store = new OutboxStore(openDatabase(':memory:'));
    const mailer = new Mailer(store, {
      relayUrl: relay.url,
      from: FROM,
      maxQueued: 10,
      maxAttempts: 3,
      retryBaseMs: 10,
    });
    mailer.start();
    const before = relay.messages.length;
    const sent = nextEvent<OutboxMessage>(mailer, 'sent');
    const queued = await mailer.enqueue({
      ...mail('b@example.nl', 'Re: factuur'),
      kind: 'verdict-reply',
      inReplyTo: '<orig@supplier.example>',
      references: '<orig@supplier.example>',
    });
    expect(queued.status).toBe('pending');
    const done = await sent;
    const [captured] = (await relay.waitFor(before + 1)).slice(before);
    expect(done).toMatchObject({ id: queued.id, status: 'sent', attempts: 1 });
    expect(captured!.envelopeTo).toEqual(['b@example.nl']);
    expect(captured!.parsed.subject).toBe('Re: factuur');
    expect(captured!.parsed.messageId).toBe(queued.messageId);
    expect(captured!.parsed.inReplyTo).toBe('<orig@supplier.example>');
    expect(captured!.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    await mailer.stop();
  });

  it('retries a message while the relay is down and shows it failed with its error, without blocking the caller', async () => {
    const store = new OutboxStore(openDatabase(':memory:'));
    const port = await closedPort();
    const mailer = new Mailer(store, {
      relayUrl: `smtp://127.0.0.1:${port}`,
      from: FROM,
      maxQueued: 10,
      maxAttempts: 3,
      retryBaseMs: 20,
      timeoutMs: 2000,
    });
    const retries: OutboxMessage[] = [];
    mailer.on('retry', (m: OutboxMessage) => retries.push(m));
    mailer.start();
    const failed = nextEvent<OutboxMessage>(mailer, 'failed');
    const queued = await mailer.enqueue(mail('c@example.nl'));
    // enqueue returned before any attempt: the message waits in the queue.
    expect(queued).toMatchObject({ status: 'pending', attempts: 0 });
    const given = await failed;
    expect(retries.map((m) => m.attempts)).toEqual([1, 2]);
    expect(retries[0]!.lastError).toMatch(/ECONNREFUSED/);
    expect(given).toMatchObject({ id: queued.id, status: 'failed', attempts: 3 });
    expect(given.lastError).toMatch(/Given up after 3 attempts: .*ECONNREFUSED/);
    await mailer.stop();
  });

  it('bounds the queue: beyond its limit a message is stored as failed (queue full) instead of waiting', async () => {
    const store = new OutboxStore(openDatabase(':memory:'));
    const port = await closedPort();
    const mailer = new Mailer(store, {
      relayUrl: `smtp://127.0.0.1:${port}`,
      from: FROM,
      maxQueued: 2,
      maxAttempts: 5,
      retryBaseMs: 60_000,
    });
    // Not started: nothing leaves the queue.
    const first = await mailer.enqueue(mail('d1@example.nl'));
    const second = await mailer.enqueue(mail('d2@example.nl'));
    const third = await mailer.enqueue(mail('d3@example.nl'));
    expect([first.status, second.status]).toEqual(['pending', 'pending']);
    expect(third.status).toBe('failed');
    expect(third.lastError).toMatch(/queue is full \(2 messages waiting/);
    expect(await store.pendingCount()).toBe(2);
    await mailer.stop();
  });

  it('sends after a restart what an earlier process left waiting in the queue', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-mailer-'));
    try {
      const first = openDatabase(dir);
      // The first process queued a message and stopped before sending it (never started).
      const left = await new Mailer(new OutboxStore(first), {
        relayUrl: relay.url,
        from: FROM,
        maxQueued: 10,
        maxAttempts: 3,
        retryBaseMs: 10,
      }).enqueue(mail('e@example.nl', 'Van voor de herstart'));
      first.close();
      const store = new OutboxStore(openDatabase(dir));
      const mailer = new Mailer(store, {
        relayUrl: relay.url,
        from: FROM,
        maxQueued: 10,
        maxAttempts: 3,
        retryBaseMs: 10,
      });
      const sent = nextEvent<OutboxMessage>(mailer, 'sent');
      mailer.start();
      expect(await sent).toMatchObject({ id: left.id, status: 'sent' });
      expect(relay.messages.some((m) => m.parsed.messageId === left.messageId)).toBe(true);
      await mailer.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a relay URL that is not smtp:// or smtps://', () => {
    const store = new OutboxStore(openDatabase(':memory:'));
    expect(
      () =>
        new Mailer(store, {
          relayUrl: 'http://user:secret@mail.example.com',
          from: FROM,
          maxQueued: 1,
          maxAttempts: 1,
          retryBaseMs: 1,
        }),
    ).toThrow(/smtp:\/\/ or smtps:\/\//);
  });
});
