/**
 * MailMessageStore contract on SQLite and PostgreSQL (skipped where PostgreSQL is not installed): a
 * message is recorded once, its children are started once and its answer sent once (also under
 * concurrent callers), and finished message runs whose PDFs were never started are found.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import { MailMessageStore } from '../../../server/store/mail-messages.js';
import { RunStore } from '../../../server/store/runs.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

describe.each(backends.list)('MailMessageStore on %s', (_name, open) => {
  let store: MailMessageStore;
  let runs: RunStore;
  beforeEach(async () => {
    const sql: Sql = await open();
    store = new MailMessageStore(sql);
    runs = new RunStore(sql);
  });

  const message = {
    runId: 'm1',
    invitationId: 'inv1',
    replyTo: 'lev@example.test',
    inReplyTo: '<abc@example.test>',
    subject: 'Factuur 12',
    replyToken: 'tok',
    language: 'en' as const,
    createdAt: '2026-01-01T10:00:00.000Z',
  };

  test('insert and get; a second insert for the same run keeps the first', async () => {
    expect(await store.get('m1')).toBeUndefined();
    await store.insert(message);
    expect(await store.get('m1')).toEqual(message);
    await store.insert({ runId: 'm1', language: 'de', createdAt: 'later' });
    expect(await store.get('m1')).toEqual(message);
    await store.insert({ runId: 'm2', language: 'nl', createdAt: '2026-01-01T10:00:00.000Z' });
    expect(await store.get('m2')).toEqual({
      runId: 'm2',
      language: 'nl',
      createdAt: '2026-01-01T10:00:00.000Z',
    });
  });

  test('concurrent inserts of one message: one row, no error', async () => {
    await Promise.all([
      store.insert(message),
      store.insert({ ...message, subject: 'other' }),
      store.insert(message),
    ]);
    expect((await store.get('m1'))?.runId).toBe('m1');
  });

  test('markChildrenStarted and markReplied: true once, then false; under concurrency exactly one wins', async () => {
    await store.insert(message);
    expect(await store.markChildrenStarted('m1', 't1')).toBe(true);
    expect(await store.markChildrenStarted('m1', 't2')).toBe(false);
    expect(await store.markChildrenStarted('nope', 't2')).toBe(false);
    const replies = await Promise.all(Array.from({ length: 5 }, (_, i) => store.markReplied('m1', `r${i}`)));
    expect(replies.filter(Boolean)).toHaveLength(1);
    expect(await store.markReplied('m1', 'again')).toBe(false);
    const stored = await store.get('m1');
    expect(stored?.childrenStartedAt).toBe('t1');
    expect(replies[['r0', 'r1', 'r2', 'r3', 'r4'].indexOf(stored!.repliedAt!)]).toBe(true);
  });

  test('waitingForChildren: finished, not erased message runs whose PDFs were not started, oldest first', async () => {
    const insertRun = (id: string, createdAt: string, kind: 'email' | 'pdf', parentRunId?: string) =>
      runs.insert({
        id,
        profile: { id: 'p', version: 1 } as unknown as AcceptanceProfile,
        file: { sha256: 'a'.repeat(64), bytes: 1, kind },
        createdAt,
        ...(parentRunId && { parentRunId }),
      });
    await insertRun('late', '2026-01-01T12:00:00.000Z', 'email');
    await insertRun('early', '2026-01-01T10:00:00.000Z', 'email');
    await insertRun('started', '2026-01-01T09:00:00.000Z', 'email');
    await insertRun('queued', '2026-01-01T09:00:00.000Z', 'email');
    await insertRun('erased', '2026-01-01T09:00:00.000Z', 'email');
    await insertRun('pdf', '2026-01-01T09:00:00.000Z', 'pdf');
    await insertRun('child', '2026-01-01T09:00:00.000Z', 'email', 'early');
    for (const id of ['late', 'early', 'started', 'erased', 'pdf', 'child'])
      await runs.finish(id, { status: 'completed', verdict: 'accepted' }, 't');
    await runs.erase('erased', 't');
    await store.insert({ ...message, runId: 'early' });
    await store.insert({ ...message, runId: 'started' });
    await store.markChildrenStarted('started', 't');
    expect(await store.waitingForChildren()).toEqual(['early', 'late']);
  });
});
