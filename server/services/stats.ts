/**
 * Onboarding analytics for a buyer's dashboard and `GET /api/stats`: the funnel (invited, opened,
 * tested, passed, approved, live), days from invitation to approval, the checks that fail most across
 * suppliers with the share of suppliers stuck on each, and the pass rate per profile; and the supplier
 * list with status (the CSV export).
 *
 * Bounded: invitations are read a page at a time (`STATS_PAGE`), with only the columns the figures need;
 * reports stay in the database (SQLite picks the error check ids out of them). Between pages the event
 * loop is let go, so a buyer with 10,000 invitations does not stall other requests.
 *
 * A supplier's stage follows the same rules as the invitation status (`InvitationService.status`):
 * cleared by the buyer's approval, or, where the profile asks no approval by hand, by enough distinct
 * passing samples (here told apart by their file); live once the start date has come.
 */
import { setImmediate as nextTick } from 'node:timers/promises';
import { findCheck } from '../../checks/index.js';
import type { LocalizedText, Verdict } from '../../engine/model/finding.js';
import type { ProfileStore } from '../store/profiles.js';
import type { RunStatus } from '../store/runs.js';
import {
  STATS_PAGE,
  type StatsFilter,
  type StatsInvitation,
  type StatsRun,
  type StatsStore,
} from '../store/stats.js';
import type { LinkState, OnboardingStage } from './invitations.js';

/** One supplier (invitation) with where its onboarding stands: a row of the CSV export. */
export interface SupplierStatus {
  readonly invitationId: string;
  readonly supplierName: string;
  readonly supplierEmail: string;
  readonly profileId: string;
  /** The profile's name, when it still exists. */
  readonly profileName?: string;
  readonly invitedAt: string;
  readonly openedAt?: string;
  /** Runs made through the invitation (an e-mail with its PDFs counts once). */
  readonly runs: number;
  readonly latestVerdict?: Verdict;
  readonly latestStatus?: RunStatus;
  /** When the supplier was cleared to send live invoices (approved, or passed without manual approval). */
  readonly approvedAt?: string;
  /** First day of live sending (YYYY-MM-DD). */
  readonly startDate?: string;
  readonly stage: OnboardingStage;
  readonly link: LinkState;
}

/** A check that fails across suppliers. */
export interface FailingCheck {
  readonly checkId: string;
  /** The check's title (its id where the check no longer exists). */
  readonly title: LocalizedText;
  /** Suppliers with at least one run that had an error finding of this check. */
  readonly failedSuppliers: number;
  /**
   * Suppliers stuck on it: their latest run has an error finding of it, none of their runs passed and
   * the buyer did not approve them anyway.
   */
  readonly stuckSuppliers: number;
  /** `stuckSuppliers` of the suppliers that tested (0–1); null when none tested. */
  readonly stuckShare: number | null;
}

/** Pass rates of one profile. */
export interface ProfilePassRate {
  readonly profileId: string;
  readonly name: string | null;
  readonly suppliersTested: number;
  readonly suppliersPassed: number;
  /** `suppliersPassed / suppliersTested` (0–1); null when none tested. */
  readonly supplierPassRate: number | null;
  /** Runs with a verdict. */
  readonly runs: number;
  readonly runsPassed: number;
  /** `runsPassed / runs` (0–1); null without runs. */
  readonly runPassRate: number | null;
}

/** One bar of the days-to-approval histogram: whole days `fromDays` to `toDays` (null: and more). */
export interface DaysBucket {
  readonly fromDays: number;
  readonly toDays: number | null;
  readonly count: number;
}

/** The figures of `GET /api/stats`. */
export interface OnboardingStats {
  readonly generatedAt: string;
  readonly filter: {
    readonly profile: string | null;
    readonly invitedFrom: string | null;
    readonly invitedTo: string | null;
  };
  /** Each stage counts the suppliers that reached it or a later one. */
  readonly funnel: {
    readonly invited: number;
    readonly opened: number;
    readonly tested: number;
    readonly passed: number;
    readonly approved: number;
    readonly live: number;
  };
  /** Where the invitation links stand. */
  readonly links: { readonly active: number; readonly expired: number; readonly revoked: number };
  /** Days from invitation to approval of the approved suppliers (nearest-rank median and p90). */
  readonly daysToApproval: {
    readonly count: number;
    readonly median: number | null;
    readonly p90: number | null;
    readonly histogram: readonly DaysBucket[];
  };
  /** The checks that fail most across suppliers, most failed first (at most `MAX_FAILING_CHECKS`). */
  readonly failingChecks: readonly FailingCheck[];
  /** Per profile, most tested suppliers first (then by name). */
  readonly profiles: readonly ProfilePassRate[];
}

/** Most checks listed in `failingChecks`. */
export const MAX_FAILING_CHECKS = 10;

/** The histogram's buckets in whole days. */
export const DAY_BUCKETS: readonly (readonly [number, number | null])[] = [
  [0, 1],
  [2, 3],
  [4, 7],
  [8, 14],
  [15, 30],
  [31, null],
];

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (iso: string): string => iso.slice(0, 10);
const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: readonly number[], p: number): number | null =>
  sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

interface ProfileFacts {
  readonly name: string | null;
  readonly approvalRequired: boolean;
  readonly samplesRequired: number;
  readonly startDate?: string;
}

/** A supplier's status with what the figures need besides. */
interface Judged extends SupplierStatus {
  readonly passed: boolean;
  readonly latestRunId?: string;
  readonly judgedRuns: readonly StatsRun[];
}

/** Most runs whose error check ids are kept in memory. */
export const MAX_CACHED_RUNS = 100_000;

/** The analytics. */
export class StatsService {
  /**
   * The error check ids of judged runs, by run id (oldest entry dropped first). A run with a verdict
   * does not change its findings, so each report is read once, not at every visit of the dashboard.
   */
  private readonly errorChecks = new Map<string, readonly string[]>();

  constructor(
    private readonly store: StatsStore,
    private readonly profiles: ProfileStore,
    private readonly now: () => Date = () => new Date(),
    private readonly pageSize = STATS_PAGE,
  ) {}

  /** The supplier list with status, a page at a time, newest invitation first. */
  async *suppliers(filter: StatsFilter): AsyncGenerator<SupplierStatus[]> {
    for await (const page of this.pages(filter))
      yield page.map(({ passed: _p, latestRunId: _l, judgedRuns: _r, ...row }) => row);
  }

  /** The figures. */
  async stats(filter: StatsFilter): Promise<OnboardingStats> {
    const funnel = { invited: 0, opened: 0, tested: 0, passed: 0, approved: 0, live: 0 };
    const links = { active: 0, expired: 0, revoked: 0 };
    const days: number[] = [];
    const failed = new Map<string, number>();
    const stuck = new Map<string, number>();
    const perProfile = new Map<
      string,
      { tested: number; passed: number; runs: number; runsPassed: number }
    >();
    for await (const page of this.pages(filter)) {
      await this.readErrorChecks(page.flatMap((s) => s.judgedRuns));
      for (const s of page) {
        funnel.invited += 1;
        links[s.link] += 1;
        if (s.openedAt !== undefined || s.runs > 0) funnel.opened += 1;
        if (s.runs > 0) funnel.tested += 1;
        // A supplier the buyer approved on a failed sample (an override) has reached "passed" too.
        const cleared = s.approvedAt !== undefined;
        if (s.passed || cleared) funnel.passed += 1;
        if (cleared) {
          funnel.approved += 1;
          days.push(Math.max(0, (Date.parse(s.approvedAt) - Date.parse(s.invitedAt)) / DAY_MS));
        }
        if (s.stage === 'live') funnel.live += 1;
        const p = perProfile.get(s.profileId) ?? { tested: 0, passed: 0, runs: 0, runsPassed: 0 };
        perProfile.set(s.profileId, p);
        if (s.runs > 0) p.tested += 1;
        if (s.passed) p.passed += 1;
        const failedHere = new Set<string>();
        for (const run of s.judgedRuns) {
          if (run.verdict === null) continue;
          p.runs += 1;
          if (run.verdict === 'accepted') p.runsPassed += 1;
          for (const checkId of this.errorChecks.get(run.runId) ?? []) failedHere.add(checkId);
        }
        for (const checkId of failedHere) failed.set(checkId, (failed.get(checkId) ?? 0) + 1);
        if (!s.passed && !cleared && s.latestRunId !== undefined)
          for (const checkId of this.errorChecks.get(s.latestRunId) ?? [])
            stuck.set(checkId, (stuck.get(checkId) ?? 0) + 1);
      }
    }
    days.sort((a, b) => a - b);
    const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);
    const failingChecks = [...failed.entries()]
      .map(([checkId, failedSuppliers]) => ({
        checkId,
        title: findCheck(checkId)?.title ?? { nl: checkId, en: checkId, de: checkId, fr: checkId },
        failedSuppliers,
        stuckSuppliers: stuck.get(checkId) ?? 0,
        stuckShare: ratio(stuck.get(checkId) ?? 0, funnel.tested),
      }))
      .sort(
        (a, b) =>
          b.failedSuppliers - a.failedSuppliers ||
          b.stuckSuppliers - a.stuckSuppliers ||
          a.checkId.localeCompare(b.checkId),
      )
      .slice(0, MAX_FAILING_CHECKS);
    const facts = this.profileFacts(filter.buyerId);
    const names = new Map<string, string | null>();
    for (const profileId of perProfile.keys()) names.set(profileId, (await facts(profileId)).name);
    const profiles = [...perProfile.entries()]
      .map(([profileId, p]) => ({
        profileId,
        name: names.get(profileId) ?? null,
        suppliersTested: p.tested,
        suppliersPassed: p.passed,
        supplierPassRate: ratio(p.passed, p.tested),
        runs: p.runs,
        runsPassed: p.runsPassed,
        runPassRate: ratio(p.runsPassed, p.runs),
      }))
      .sort(
        (a, b) =>
          b.suppliersTested - a.suppliersTested ||
          (a.name ?? '').localeCompare(b.name ?? '') ||
          a.profileId.localeCompare(b.profileId),
      );
    return {
      generatedAt: this.now().toISOString(),
      filter: {
        profile: filter.profileId ?? null,
        invitedFrom: filter.invitedFrom ?? null,
        invitedTo: filter.invitedTo ?? null,
      },
      funnel,
      links,
      daysToApproval: {
        count: days.length,
        median: oneDecimal(percentile(days, 0.5)),
        p90: oneDecimal(percentile(days, 0.9)),
        histogram: DAY_BUCKETS.map(([fromDays, toDays]) => ({
          fromDays,
          toDays,
          count: days.filter((d) => Math.floor(d) >= fromDays && (toDays === null || Math.floor(d) <= toDays))
            .length,
        })),
      },
      failingChecks,
      profiles,
    };
  }

  /** The buyer's invitations a page at a time, each judged; the event loop is let go between pages. */
  private async *pages(filter: StatsFilter): AsyncGenerator<Judged[]> {
    const facts = this.profileFacts(filter.buyerId);
    let after: { createdAt: string; id: string } | undefined;
    for (;;) {
      const invitations = await this.store.invitations(filter, after, this.pageSize);
      if (invitations.length === 0) return;
      const runs = new Map<string, StatsRun[]>();
      for (const run of await this.store.runsOf(invitations.map((i) => i.id))) {
        const list = runs.get(run.invitationId) ?? [];
        list.push(run);
        runs.set(run.invitationId, list);
      }
      const now = this.now();
      const judged: Judged[] = [];
      for (const i of invitations)
        judged.push(this.judge(i, runs.get(i.id) ?? [], await facts(i.profileId), now));
      yield judged;
      if (invitations.length < this.pageSize) return;
      const last = invitations[invitations.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
      await nextTick();
    }
  }

  /**
   * Makes sure `errorChecks` has every judged run of `runs` that did not pass (a passing run has no
   * error finding): reads the ones it lacks in one statement.
   */
  private async readErrorChecks(runs: readonly StatsRun[]): Promise<void> {
    const missing = runs
      .filter((r) => r.verdict !== null && r.verdict !== 'accepted' && !this.errorChecks.has(r.runId))
      .map((r) => r.runId);
    if (missing.length === 0) return;
    const found = new Map<string, string[]>(missing.map((id) => [id, []]));
    for (const { runId, checkId } of await this.store.errorChecksOf(missing)) found.get(runId)?.push(checkId);
    for (const [runId, checks] of found) this.errorChecks.set(runId, checks);
    for (const oldest of this.errorChecks.keys()) {
      if (this.errorChecks.size <= MAX_CACHED_RUNS) break;
      this.errorChecks.delete(oldest);
    }
  }

  /** What the figures need of each profile, read once per profile. */
  private profileFacts(buyerId: string): (profileId: string) => Promise<ProfileFacts> {
    const cache = new Map<string, ProfileFacts>();
    return async (profileId) => {
      let found = cache.get(profileId);
      if (!found) {
        const profile = (await this.profiles.get(buyerId, profileId))?.profile;
        found = {
          name: profile?.name ?? null,
          approvalRequired: profile?.delivery?.manualApproval === true,
          samplesRequired: Math.max(1, profile?.delivery?.samplesRequired ?? 1),
          ...(profile?.delivery?.startDate && { startDate: profile.delivery.startDate }),
        };
        cache.set(profileId, found);
      }
      return found;
    };
  }

  /** Where one invitation stands (the rules of `InvitationService.status`). */
  private judge(
    invitation: StatsInvitation,
    runs: readonly StatsRun[],
    profile: ProfileFacts,
    now: Date,
  ): Judged {
    const link: LinkState = invitation.revokedAt
      ? 'revoked'
      : Date.parse(invitation.expiresAt) <= now.getTime()
        ? 'expired'
        : 'active';
    const approved = runs
      .filter((r) => r.review === 'approved' && r.reviewedAt !== null)
      .sort((a, b) => b.reviewedAt!.localeCompare(a.reviewedAt!))[0];
    const passingRuns = runs.filter((r) => r.verdict === 'accepted' && r.review !== 'rejected');
    const samples = new Set(passingRuns.filter((r) => r.sha256 !== null).map((r) => r.sha256)).size;
    const enough = samples >= profile.samplesRequired;
    const passing = passingRuns[0];
    const clearedAt = approved
      ? approved.reviewedAt!
      : !profile.approvalRequired && passing && enough
        ? (passing.finishedAt ?? passing.createdAt)
        : undefined;
    let stage: OnboardingStage;
    let liveFrom: string | undefined;
    if (clearedAt) {
      liveFrom = profile.startDate && profile.startDate > day(clearedAt) ? profile.startDate : day(clearedAt);
      stage = liveFrom > day(now.toISOString()) ? 'approved' : 'live';
    } else if (passing && enough) stage = 'awaiting_approval';
    else if (passing) stage = 'tested';
    else if (runs.some((r) => r.verdict === 'accepted')) stage = 'rejected_by_buyer';
    else if (runs.length > 0) stage = 'tested';
    else stage = invitation.openedAt ? 'opened' : 'invited';
    const latest = runs[0];
    return {
      invitationId: invitation.id,
      supplierName: invitation.supplierName,
      supplierEmail: invitation.supplierEmail,
      profileId: invitation.profileId,
      ...(profile.name !== null && { profileName: profile.name }),
      invitedAt: invitation.createdAt,
      ...(invitation.openedAt !== null && { openedAt: invitation.openedAt }),
      runs: runs.length,
      ...(latest?.verdict && { latestVerdict: latest.verdict }),
      ...(latest?.status && { latestStatus: latest.status }),
      ...(clearedAt && { approvedAt: clearedAt }),
      ...(liveFrom && { startDate: liveFrom }),
      stage,
      link,
      passed: passing !== undefined,
      ...(latest && { latestRunId: latest.runId }),
      judgedRuns: runs,
    };
  }
}
