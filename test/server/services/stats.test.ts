import { beforeEach, describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import type { Report } from '../../../engine/model/report.js';
import { StatsService, type SupplierStatus } from '../../../server/services/stats.js';
import { BuyerStore } from '../../../server/store/buyers.js';
import { type Db, openDatabase } from '../../../server/store/database.js';
import { InvitationStore } from '../../../server/store/invitations.js';
import { ProfileStore } from '../../../server/store/profiles.js';
import { RunStore } from '../../../server/store/runs.js';
import { StatsStore } from '../../../server/store/stats.js';
import { inTransaction } from '../../../server/store/turns.js';

const NOW = new Date('2026-12-03T12:00:00.000Z');

/** A store seeded with suppliers at every stage of the funnel (see each `invite` below). */
class Seed {
  readonly db: Db = openDatabase(':memory:');
  readonly buyers = new BuyerStore(this.db);
  readonly profiles = new ProfileStore(this.db);
  readonly invitations = new InvitationStore(this.db);
  readonly runs = new RunStore(this.db);
  readonly stats = new StatsStore(this.db);
  buyerId = '';
  private runCount = 0;

  /** Makes the buyer the seeded data belongs to. */
  async init(): Promise<this> {
    this.buyerId = (await this.buyers.createBuyer('ACME B.V.')).buyer.id;
    return this;
  }

  async profile(name: string, delivery: Record<string, unknown>): Promise<string> {
    return (
      await this.profiles.create(this.buyerId, {
        id: 'x',
        version: 1,
        name,
        channels: 'text',
        delivery,
      } as unknown as AcceptanceProfile)
    ).id;
  }

  async invite(
    profileId: string,
    name: string,
    createdAt: string,
    options: { opened?: boolean; revoked?: boolean; buyerId?: string } = {},
  ): Promise<string> {
    const { invitation } = await this.invitations.create({
      buyerId: options.buyerId ?? this.buyerId,
      profileId,
      supplierName: name,
      supplierEmail: `${name.toLowerCase().replace(/\W+/g, '')}@example.nl`,
      createdAt,
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
    if (options.opened) await this.invitations.markOpened(invitation.id, createdAt);
    if (options.revoked)
      await this.invitations.revoke(
        options.buyerId ?? this.buyerId,
        invitation.id,
        '2026-12-01T00:00:00.000Z',
      );
    return invitation.id;
  }

  /** A finished run through an invitation with error findings of `errors` (none: accepted). */
  async run(
    invitationId: string,
    at: string,
    errors: string[],
    options: { kind?: 'pdf' | 'email'; parentRunId?: string; verdict?: 'accepted' | 'rejected' } = {},
  ): Promise<string> {
    this.runCount += 1;
    const id = `run_${String(this.runCount).padStart(22, '0')}`;
    await this.runs.insert({
      id,
      profile: { id: 'p', version: 1 } as unknown as AcceptanceProfile,
      buyerId: this.buyerId,
      file: { sha256: `sha-${id}`, bytes: 100, kind: options.kind ?? 'pdf' },
      createdAt: at,
      ...(options.parentRunId && { parentRunId: options.parentRunId }),
    });
    const verdict = options.verdict ?? (errors.length > 0 ? 'rejected' : 'accepted');
    const report = {
      verdict,
      findings: [
        { checkId: 'fonts.embedded', severity: 'warning' },
        ...errors.map((checkId) => ({ checkId, severity: 'error' })),
      ],
      fields: {},
    } as unknown as Report;
    await this.runs.finish(id, { status: 'completed', verdict, report }, at);
    await this.invitations.addRun(invitationId, id, at);
    return id;
  }

  async approve(invitationId: string, runId: string, at: string): Promise<void> {
    await this.invitations.addReview({
      runId,
      buyerId: this.buyerId,
      invitationId,
      decision: 'approved',
      reviewer: 'ap@acme.example',
      createdAt: at,
    });
  }

  service(pageSize?: number): StatsService {
    return new StatsService(this.stats, this.profiles, () => NOW, pageSize);
  }
}

let seed: Seed;
let ids: Record<string, string>;
let profiles: Record<string, string>;

beforeEach(async () => {
  seed = await new Seed().init();
  profiles = {
    // Manual approval; start date passed: approved means live.
    manual: await seed.profile('Handmatig', { manualApproval: true, startDate: '2026-12-01' }),
    // No manual approval: a pass clears at once.
    auto: await seed.profile('Automatisch', {}),
    // No manual approval, start date to come: cleared but not live yet.
    later: await seed.profile('Later', { startDate: '2027-01-01' }),
  };
  const s = seed;
  ids = {
    invited: await s.invite(profiles.manual!, 'Alleen uitgenodigd', '2026-11-01T00:00:00.000Z'),
    opened: await s.invite(profiles.manual!, 'Geopend', '2026-11-02T00:00:00.000Z', { opened: true }),
    stuck: await s.invite(profiles.manual!, 'Vastgelopen', '2026-11-03T00:00:00.000Z', { opened: true }),
    awaiting: await s.invite(profiles.manual!, 'Wacht', '2026-11-04T00:00:00.000Z', { opened: true }),
    live: await s.invite(profiles.manual!, 'Live', '2026-11-20T00:00:00.000Z', { opened: true }),
    later: await s.invite(profiles.later!, 'Straks', '2026-11-25T00:00:00.000Z', { opened: true }),
    revoked: await s.invite(profiles.auto!, 'Ingetrokken', '2026-11-05T00:00:00.000Z', { revoked: true }),
    email: await s.invite(profiles.auto!, 'Per e-mail', '2026-11-06T00:00:00.000Z', { opened: true }),
  };
  await s.run(ids.stuck!, '2026-11-03T10:00:00.000Z', ['text.layer-present', 'fields.required']);
  await s.run(ids.awaiting!, '2026-11-04T10:00:00.000Z', ['text.layer-present']);
  await s.run(ids.awaiting!, '2026-11-04T11:00:00.000Z', []);
  const passed = await s.run(ids.live!, '2026-11-21T10:00:00.000Z', []);
  await s.approve(ids.live!, passed, '2026-11-23T12:00:00.000Z');
  await s.run(ids.later!, '2026-11-26T00:00:00.000Z', []);
  // An e-mail whose message passed but whose PDF did not: judged rejected, stuck on the PDF's check.
  const message = await s.run(ids.email!, '2026-11-06T10:00:00.000Z', [], { kind: 'email' });
  await s.run(ids.email!, '2026-11-06T10:00:01.000Z', ['fields.required'], { parentRunId: message });
});

describe('onboarding figures of a seeded store', () => {
  test('the funnel counts each supplier at the stage it reached and every stage before it', async () => {
    const stats = await seed.service().stats({ buyerId: seed.buyerId });
    expect(stats.funnel).toEqual({ invited: 8, opened: 6, tested: 5, passed: 3, approved: 2, live: 1 });
    expect(stats.links).toEqual({ active: 7, expired: 0, revoked: 1 });
  });

  test('days from invitation to approval: median, p90 and a histogram in whole days', async () => {
    const { daysToApproval } = await seed.service().stats({ buyerId: seed.buyerId });
    // Live: invited 20 Nov 00:00, approved 23 Nov 12:00 (3.5 days); later: invited 25 Nov, passed 26 Nov (1 day).
    expect(daysToApproval.count).toBe(2);
    expect(daysToApproval.median).toBe(1);
    expect(daysToApproval.p90).toBe(3.5);
    expect(daysToApproval.histogram.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(daysToApproval.histogram[5]).toEqual({ fromDays: 31, toDays: null, count: 0 });
  });

  test('failing checks: suppliers that failed on each, and the share of tested suppliers stuck on it', async () => {
    const { failingChecks } = await seed.service().stats({ buyerId: seed.buyerId });
    expect(failingChecks).toEqual([
      {
        checkId: 'fields.required',
        title: expect.objectContaining({ nl: expect.any(String), en: expect.any(String) }),
        failedSuppliers: 2,
        stuckSuppliers: 2,
        stuckShare: 0.4,
      },
      {
        checkId: 'text.layer-present',
        title: expect.objectContaining({ en: 'Every page has a text layer' }),
        failedSuppliers: 2,
        stuckSuppliers: 1,
        stuckShare: 0.2,
      },
    ]);
    // A warning is no failure.
    expect(failingChecks.map((c) => c.checkId)).not.toContain('fonts.embedded');
  });

  test('pass rate per profile: suppliers passed of tested, runs passed of runs', async () => {
    const { profiles: rates } = await seed.service().stats({ buyerId: seed.buyerId });
    expect(rates).toEqual([
      {
        profileId: profiles.manual,
        name: 'Handmatig',
        suppliersTested: 3,
        suppliersPassed: 2,
        supplierPassRate: 0.6667,
        runs: 4,
        runsPassed: 2,
        runPassRate: 0.5,
      },
      {
        profileId: profiles.auto,
        name: 'Automatisch',
        suppliersTested: 1,
        suppliersPassed: 0,
        supplierPassRate: 0,
        runs: 1,
        runsPassed: 0,
        runPassRate: 0,
      },
      {
        profileId: profiles.later,
        name: 'Later',
        suppliersTested: 1,
        suppliersPassed: 1,
        supplierPassRate: 1,
        runs: 1,
        runsPassed: 1,
        runPassRate: 1,
      },
    ]);
  });

  test('a supplier the buyer approved on a failed sample counts as passed and approved, and is not stuck', async () => {
    const [failed] = await seed.invitations.runsOf(ids.stuck!);
    await seed.approve(ids.stuck!, failed!.runId, '2026-11-05T00:00:00.000Z');
    const stats = await seed.service().stats({ buyerId: seed.buyerId });
    expect(stats.funnel).toEqual({ invited: 8, opened: 6, tested: 5, passed: 4, approved: 3, live: 2 });
    expect(stats.failingChecks.find((c) => c.checkId === 'text.layer-present')).toMatchObject({
      failedSuppliers: 2,
      stuckSuppliers: 0,
    });
  });

  test('filters by profile and by invitation date', async () => {
    const service = seed.service();
    const manual = await service.stats({ buyerId: seed.buyerId, profileId: profiles.manual! });
    expect(manual.funnel).toEqual({ invited: 5, opened: 4, tested: 3, passed: 2, approved: 1, live: 1 });
    const november20 = await service.stats({
      buyerId: seed.buyerId,
      invitedFrom: '2026-11-20T00:00:00.000Z',
    });
    expect(november20.funnel.invited).toBe(2);
    const before = await service.stats({ buyerId: seed.buyerId, invitedTo: '2026-11-03T00:00:00.000Z' });
    expect(before.funnel.invited).toBe(2);
  });

  test("another buyer's invitations are not counted", async () => {
    const other = (await seed.buyers.createBuyer('Ander B.V.')).buyer.id;
    const otherProfile = (
      await seed.profiles.create(other, {
        id: 'x',
        version: 1,
        name: 'Ander',
        channels: 'text',
      } as unknown as AcceptanceProfile)
    ).id;
    await seed.invite(otherProfile, 'Van een ander', '2026-11-10T00:00:00.000Z', { buyerId: other });
    expect((await seed.service().stats({ buyerId: seed.buyerId })).funnel.invited).toBe(8);
    expect((await seed.service().stats({ buyerId: other })).funnel.invited).toBe(1);
  });

  test('read a page at a time, the figures are the same as in one page', async () => {
    const onePage = await seed.service().stats({ buyerId: seed.buyerId });
    seed.stats.pagesRead = 0;
    const paged = await seed.service(3).stats({ buyerId: seed.buyerId });
    expect(seed.stats.pagesRead).toBe(3); // 3 + 3 + 2 invitations
    expect(paged).toEqual(onePage);
  });

  test("each failed run's findings are read once; a passing run's never (it has no error finding)", async () => {
    const service = seed.service();
    const before = await service.stats({ buyerId: seed.buyerId });
    // Failed runs: stuck (1), awaiting's first try (1), the e-mail (1, with its PDF).
    expect(seed.stats.reportsRead).toBe(3);
    expect(await service.stats({ buyerId: seed.buyerId })).toEqual(before);
    expect(seed.stats.reportsRead).toBe(3);
    // A new failed try is read, and counts.
    await seed.run(ids.opened!, '2026-11-30T10:00:00.000Z', ['fields.valid-iban']);
    const after = await service.stats({ buyerId: seed.buyerId });
    expect(seed.stats.reportsRead).toBe(4);
    expect(after.failingChecks).toContainEqual(
      expect.objectContaining({ checkId: 'fields.valid-iban', failedSuppliers: 1, stuckSuppliers: 1 }),
    );
  });

  test('a buyer with 10,000 invitations is read in pages of 500, and counted in full', async () => {
    const profileId = profiles.auto!;
    await inTransaction(seed.db, async () => {
      for (let i = 0; i < 10_000; i++)
        await seed.invite(
          profileId,
          `Leverancier ${i}`,
          new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        );
    });
    seed.stats.pagesRead = 0;
    const stats = await seed.service().stats({ buyerId: seed.buyerId });
    expect(stats.funnel.invited).toBe(10_008);
    expect(stats.funnel.tested).toBe(5);
    expect(seed.stats.pagesRead).toBe(21); // 20 full pages and the last 8
  });

  test('the supplier list gives each supplier its stage, latest result and start date', async () => {
    const rows: SupplierStatus[] = [];
    for await (const page of seed.service(3).suppliers({ buyerId: seed.buyerId })) rows.push(...page);
    const byName = Object.fromEntries(rows.map((r) => [r.supplierName, r]));
    expect(rows.map((r) => r.supplierName)).toEqual([
      'Straks',
      'Live',
      'Per e-mail',
      'Ingetrokken',
      'Wacht',
      'Vastgelopen',
      'Geopend',
      'Alleen uitgenodigd',
    ]);
    expect(byName['Alleen uitgenodigd']).toMatchObject({ stage: 'invited', runs: 0, link: 'active' });
    expect(byName.Geopend).toMatchObject({ stage: 'opened', openedAt: '2026-11-02T00:00:00.000Z' });
    expect(byName.Vastgelopen).toMatchObject({ stage: 'tested', runs: 1, latestVerdict: 'rejected' });
    expect(byName.Wacht).toMatchObject({ stage: 'awaiting_approval', runs: 2, latestVerdict: 'accepted' });
    expect(byName.Live).toMatchObject({
      stage: 'live',
      approvedAt: '2026-11-23T12:00:00.000Z',
      startDate: '2026-12-01',
      profileName: 'Handmatig',
    });
    expect(byName.Straks).toMatchObject({ stage: 'approved', startDate: '2027-01-01' });
    expect(byName.Ingetrokken).toMatchObject({ stage: 'invited', link: 'revoked' });
    // The e-mail counts once, judged with its PDF.
    expect(byName['Per e-mail']).toMatchObject({ stage: 'tested', runs: 1, latestVerdict: 'rejected' });
  });
});
