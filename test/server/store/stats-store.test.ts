/**
 * The analytics reads on both backends (SQLite and PostgreSQL): invitation pages with their filters,
 * the judged runs of invitations (an e-mail's run judged with its PDFs', the last review), and the
 * checks with an error finding read out of the stored reports.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { Sql } from '../../../server/store/sql.js';
import { StatsStore } from '../../../server/store/stats.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

const T0 = '2026-01-01T00:00:00.000Z';
const at = (minute: number): string => new Date(Date.parse(T0) + minute * 60_000).toISOString();
const report = (findings: { checkId: string; severity: string }[]): string => JSON.stringify({ findings });

describe.each(backends.list)('stats store on %s', (_name, open) => {
  let sql: Sql;
  let store: StatsStore;
  beforeEach(async () => {
    sql = await open();
    for (const id of ['buyer_a', 'buyer_b'])
      await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', [id, id, T0]);
    for (const [id, buyer] of [
      ['prof_1', 'buyer_a'],
      ['prof_2', 'buyer_a'],
      ['prof_b', 'buyer_b'],
    ])
      await sql.run(
        'INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)',
        [id, buyer, T0, T0],
      );
    store = new StatsStore(sql);
  });

  const invite = (
    id: string,
    createdAt: string,
    options: { buyer?: string; profile?: string; revokedAt?: string; openedAt?: string } = {},
  ) =>
    sql.run(
      `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at,
         expires_at, revoked_at, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        options.buyer ?? 'buyer_a',
        options.profile ?? 'prof_1',
        `Supplier ${id}`,
        `${id}@example.com`,
        `hash_${id}`,
        createdAt,
        '2027-01-01T00:00:00.000Z',
        options.revokedAt ?? null,
        options.openedAt ?? null,
      ],
    );
  const run = (
    id: string,
    options: {
      status?: string;
      verdict?: string | null;
      kind?: string;
      parent?: string;
      report?: string;
      finishedAt?: string;
    } = {},
  ) =>
    sql.run(
      `INSERT INTO runs (id, status, profile_id, profile_version, profile_json, file_sha256, file_bytes, file_kind,
         verdict, report_json, created_at, finished_at, parent_run_id)
       VALUES (?, ?, 'prof_1', 1, '{}', ?, 1, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        options.status ?? 'completed',
        `sha_${id}`,
        options.kind ?? 'pdf',
        options.verdict === undefined ? 'accepted' : options.verdict,
        options.report ?? null,
        T0,
        options.finishedAt ?? at(30),
        options.parent ?? null,
      ],
    );
  const link = (runId: string, invitationId: string, createdAt: string) =>
    sql.run('INSERT INTO invitation_runs (run_id, invitation_id, created_at) VALUES (?, ?, ?)', [
      runId,
      invitationId,
      createdAt,
    ]);
  const review = (runId: string, invitationId: string, decision: string, createdAt: string) =>
    sql.run(
      `INSERT INTO run_reviews (run_id, buyer_id, invitation_id, decision, reviewer, created_at)
       VALUES (?, 'buyer_a', ?, ?, 'r@example.com', ?)`,
      [runId, invitationId, decision, createdAt],
    );

  test('pages a buyer’s invitations newest first, filtered by profile and time', async () => {
    await invite('inv_1', at(1), { openedAt: at(2) });
    await invite('inv_2', at(2), { profile: 'prof_2', revokedAt: at(3) });
    await invite('inv_3', at(3));
    await invite('inv_4', at(3));
    await invite('inv_b', at(3), { buyer: 'buyer_b', profile: 'prof_b' });
    const all = await store.invitations({ buyerId: 'buyer_a' }, undefined);
    expect(all.map((i) => i.id)).toEqual(['inv_4', 'inv_3', 'inv_2', 'inv_1']);
    expect(all[3]).toEqual({
      id: 'inv_1',
      profileId: 'prof_1',
      supplierName: 'Supplier inv_1',
      supplierEmail: 'inv_1@example.com',
      createdAt: at(1),
      expiresAt: '2027-01-01T00:00:00.000Z',
      revokedAt: null,
      openedAt: at(2),
    });
    expect(all[2]).toMatchObject({ profileId: 'prof_2', revokedAt: at(3), openedAt: null });

    const first = await store.invitations({ buyerId: 'buyer_a' }, undefined, 3);
    expect(first.map((i) => i.id)).toEqual(['inv_4', 'inv_3', 'inv_2']);
    const last = first[2]!;
    expect(
      (await store.invitations({ buyerId: 'buyer_a' }, { createdAt: last.createdAt, id: last.id }, 3)).map(
        (i) => i.id,
      ),
    ).toEqual(['inv_1']);
    const tie = first[0]!;
    expect(
      (await store.invitations({ buyerId: 'buyer_a' }, { createdAt: tie.createdAt, id: tie.id }, 1)).map(
        (i) => i.id,
      ),
    ).toEqual(['inv_3']);
    expect(
      (await store.invitations({ buyerId: 'buyer_a', profileId: 'prof_2' }, undefined)).map((i) => i.id),
    ).toEqual(['inv_2']);
    expect(
      (await store.invitations({ buyerId: 'buyer_a', invitedFrom: at(2), invitedTo: at(3) }, undefined)).map(
        (i) => i.id,
      ),
    ).toEqual(['inv_2']);
    expect(await store.invitations({ buyerId: 'buyer_c' }, undefined)).toEqual([]);
    expect(store.pagesRead).toBe(7);
  });

  test('judges the runs of invitations: an e-mail with its PDFs, the last review, a run no longer stored', async () => {
    await invite('inv_1', at(1));
    await invite('inv_2', at(1));
    // A PDF run, accepted, reviewed twice (the last review counts).
    await run('run_pdf', { finishedAt: at(40) });
    await link('run_pdf', 'inv_1', at(10));
    await review('run_pdf', 'inv_1', 'rejected', at(41));
    await review('run_pdf', 'inv_1', 'approved', at(42));
    // E-mails: every PDF accepted; one PDF rejected; one PDF still running; no PDFs; one undetermined.
    const emails: [string, string[]][] = [
      ['mail_ok', ['accepted', 'accepted']],
      ['mail_rej', ['accepted', 'rejected']],
      ['mail_busy', ['accepted', 'running']],
      ['mail_none', []],
      ['mail_und', ['accepted', 'undetermined']],
    ];
    let minute = 11;
    for (const [id, children] of emails) {
      await run(id, { kind: 'email' });
      await link(id, 'inv_2', at(minute++));
      for (const [i, child] of children.entries()) {
        const childId = `${id}_pdf${i}`;
        await run(
          childId,
          child === 'running'
            ? { status: 'running', verdict: null, parent: id }
            : { verdict: child, parent: id },
        );
        // A PDF's run linked to the invitation too is left out (its message speaks for it).
        await link(childId, 'inv_2', at(minute++));
      }
    }
    await run('mail_declined', { kind: 'email', verdict: 'rejected' });
    await link('mail_declined', 'inv_2', at(minute++));
    await link('run_gone', 'inv_1', at(5));

    expect(await store.runsOf([])).toEqual([]);
    const runs = await store.runsOf(['inv_1', 'inv_2', 'inv_none']);
    expect(runs.map((r) => [r.invitationId, r.runId, r.verdict])).toEqual([
      ['inv_1', 'run_pdf', 'accepted'],
      ['inv_1', 'run_gone', null],
      ['inv_2', 'mail_declined', 'rejected'],
      ['inv_2', 'mail_und', 'undetermined'],
      ['inv_2', 'mail_none', 'rejected'],
      ['inv_2', 'mail_busy', null],
      ['inv_2', 'mail_rej', 'rejected'],
      ['inv_2', 'mail_ok', 'accepted'],
    ]);
    expect(runs[0]).toEqual({
      invitationId: 'inv_1',
      runId: 'run_pdf',
      createdAt: at(10),
      status: 'completed',
      verdict: 'accepted',
      finishedAt: at(40),
      sha256: 'sha_run_pdf',
      review: 'approved',
      reviewedAt: at(42),
    });
    expect(runs[1]).toEqual({
      invitationId: 'inv_1',
      runId: 'run_gone',
      createdAt: at(5),
      status: null,
      verdict: null,
      finishedAt: null,
      sha256: null,
      review: null,
      reviewedAt: null,
    });
    expect(runs.find((r) => r.runId === 'mail_declined')?.finishedAt).toBeNull();
    expect((await store.runsOf(['inv_1'])).map((r) => r.runId)).toEqual(['run_pdf', 'run_gone']);
  });

  test('reads the checks with an error finding, an e-mail’s together with its PDFs’', async () => {
    await run('run_a', {
      report: report([
        { checkId: 'vat', severity: 'error' },
        { checkId: 'vat', severity: 'error' },
        { checkId: 'iban', severity: 'warning' },
        { checkId: 'date', severity: 'error' },
      ]),
    });
    await run('run_clean', { report: report([{ checkId: 'iban', severity: 'info' }]) });
    await run('run_noreport', { status: 'running', verdict: null });
    await run('mail', { kind: 'email', report: report([{ checkId: 'attachments', severity: 'error' }]) });
    await run('mail_pdf', { parent: 'mail', report: report([{ checkId: 'total', severity: 'error' }]) });
    await run('other_pdf', { report: report([{ checkId: 'other', severity: 'error' }]) });

    expect(await store.errorChecksOf([])).toEqual([]);
    expect(store.reportsRead).toBe(0);
    const pairs = await store.errorChecksOf(['run_a', 'run_clean', 'run_noreport', 'mail', 'run_missing']);
    const sorted = pairs.map((p) => `${p.runId}:${p.checkId}`).sort();
    expect(sorted).toEqual(['mail:attachments', 'mail:total', 'run_a:date', 'run_a:vat']);
    expect(store.reportsRead).toBe(5);
  });
});
