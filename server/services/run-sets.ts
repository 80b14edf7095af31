/**
 * Run sets: one uploaded file checked against several profiles in one request — by a buyer or an
 * integrator (`POST /api/run-sets`, presets or the buyer's stored profiles) or by a signed-in supplier
 * against several of its invitations (each run made through its invitation, counted for it exactly
 * as an upload on the invitation's page). Each run goes through `AdmissionService`. The set reads back
 * with its table (`run-set-table.ts`): per profile its buyer, verdict and the findings that differ;
 * the shared ones once. HTTP-free apart from the `HarnessError`s it throws.
 */
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { HarnessError } from '../core/errors.js';
import type { Invitation } from '../store/invitations.js';
import type { RunSet, RunSetStore } from '../store/run-sets.js';
import type { RunRecord } from '../store/runs.js';
import type { AdmissionService, AdmissionTicket, AdmittedFile } from './admission.js';
import type { InvitationService } from './invitations.js';
import { setTable, type TableFinding } from './run-set-table.js';
import type { RunService } from './runs.js';

/** Most profiles (or invitations) one request may name. */
export const MAX_SET_PROFILES = 20;

/** One run of a set as its view lists it. */
export interface RunSetRunView {
  readonly runId: string;
  readonly invitationId: string | null;
  readonly buyer: { readonly name: string };
  readonly profile: { readonly id: string; readonly version: number; readonly name: string };
  readonly status: RunRecord['status'] | null;
  readonly verdict: RunRecord['verdict'] | null;
  readonly differing: readonly TableFinding[];
}

/** A set with its table. */
export interface RunSetView {
  readonly id: string;
  readonly fileName: string | null;
  readonly sha256: string;
  readonly createdAt: string;
  /** Whether every run has finished. */
  readonly done: boolean;
  readonly runs: readonly RunSetRunView[];
  /** The findings every finished run shares (once at least two finished). */
  readonly common: readonly TableFinding[];
}

/** 400 when a request names no profile, or more than {@link MAX_SET_PROFILES}. */
export function checkProfileCount(count: number): void {
  if (count > MAX_SET_PROFILES)
    throw new HarnessError('too_many_profiles', {
      vars: { max: MAX_SET_PROFILES, count },
      extra: { limit: MAX_SET_PROFILES },
    });
  if (count === 0) throw new HarnessError('no_profiles');
}

const FINAL = new Set(['completed', 'failed', 'timed_out']);

/**
 * 429 before any run starts when a client's active runs plus the `added` ones would pass its limit,
 * so a set is started whole or not at all (rather than refused halfway).
 */
async function checkRoom(admission: AdmissionService, ticket: AdmissionTicket, added: number): Promise<void> {
  const limit = ticket.limits.maxActiveRuns;
  const active = await admission.activeRuns(ticket.client);
  if (active + added > limit)
    throw new HarnessError('too_many_active_runs', {
      variant: 'run_set',
      vars: { limit, needed: added, active },
      extra: { retryAfterSeconds: 5, limit },
    });
}

/** Run sets (see the file comment). */
export class RunSetService {
  constructor(
    private readonly deps: {
      store: RunSetStore;
      runs: RunService;
      admission: AdmissionService;
      invitations: InvitationService;
      now?: () => Date;
    },
  ) {}

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  /**
   * Checks one file against each profile (in order), all with the one admission ticket of the client;
   * returns the stored set. A run refused on the way (the client's active-run limit) refuses the
   * request; the runs started before it stay, as single runs. A client without room for every run of
   * the set (its active-run limit) is refused before any starts.
   *
   * The room check, the runs and the set are one transaction (`RunService.transaction`), as they were
   * one synchronous step: no other upload takes the room between the check and the runs.
   */
  submitProfiles(
    ticket: AdmissionTicket,
    file: AdmittedFile & { readonly facts: { readonly sha256: string } },
    profiles: readonly AcceptanceProfile[],
    buyerId: string | undefined,
  ): Promise<RunSet> {
    checkProfileCount(profiles.length);
    return this.deps.runs.transaction(async () => {
      await checkRoom(this.deps.admission, ticket, profiles.length);
      const entries: { runId: string }[] = [];
      for (const profile of profiles)
        entries.push({ runId: (await this.deps.admission.submit(ticket, file, { profile })).id });
      return this.deps.store.create({
        ...(buyerId !== undefined && { buyerId }),
        ...(file.name !== undefined && { fileName: file.name }),
        fileSha256: file.facts.sha256,
        createdAt: this.now(),
        entries,
      });
    });
  }

  /**
   * Checks one file against each of a supplier's invitations (each through the invitation, with that
   * invitation's buyer's admission ticket, as an upload on its page); returns the stored set. One
   * transaction, like `submitProfiles`.
   */
  submitInvitations(
    supplierEmail: string,
    file: AdmittedFile & { readonly facts: { readonly sha256: string } },
    admitted: readonly { readonly invitation: Invitation; readonly ticket: AdmissionTicket }[],
  ): Promise<RunSet> {
    return this.deps.runs.transaction(() => this.submitInvitationsNow(supplierEmail, file, admitted));
  }

  private async submitInvitationsNow(
    supplierEmail: string,
    file: AdmittedFile & { readonly facts: { readonly sha256: string } },
    admitted: readonly { readonly invitation: Invitation; readonly ticket: AdmissionTicket }[],
  ): Promise<RunSet> {
    checkProfileCount(admitted.length);
    // Per buyer: the runs through its invitations count against its limit together.
    const perBuyer = new Map<string, { ticket: AdmissionTicket; count: number }>();
    for (const { invitation, ticket } of admitted) {
      const seen = perBuyer.get(invitation.buyerId);
      perBuyer.set(invitation.buyerId, { ticket, count: (seen?.count ?? 0) + 1 });
    }
    for (const { ticket, count } of perBuyer.values()) await checkRoom(this.deps.admission, ticket, count);
    const entries: { runId: string; invitationId: string }[] = [];
    for (const { invitation, ticket } of admitted)
      entries.push({
        runId: (await this.deps.invitations.submit(invitation, file, ticket)).id,
        invitationId: invitation.id,
      });
    return this.deps.store.create({
      supplierEmail,
      ...(file.name !== undefined && { fileName: file.name }),
      fileSha256: file.facts.sha256,
      createdAt: this.now(),
      entries,
    });
  }

  /** A set by id (the caller decides who may read it). */
  get(id: string): Promise<RunSet | undefined> {
    return this.deps.store.get(id);
  }

  /** A set with its runs as they are now and the table. */
  async view(
    set: RunSet,
    buyerName: (run: RunRecord, invitationId?: string) => string | Promise<string>,
  ): Promise<RunSetView> {
    const runs: { entry: RunSet['entries'][number]; run: RunRecord | undefined; buyer: string }[] = [];
    for (const entry of set.entries) {
      const run = await this.deps.runs.get(entry.runId);
      runs.push({ entry, run, buyer: run ? await buyerName(run, entry.invitationId) : '' });
    }
    const table = setTable(runs.map(({ run }) => (run?.report ? { report: run.report } : {})));
    return {
      id: set.id,
      fileName: set.fileName ?? null,
      sha256: set.fileSha256,
      createdAt: set.createdAt,
      done: runs.every(({ run }) => !run || FINAL.has(run.status)),
      runs: runs.map(({ entry, run, buyer }, index) => ({
        runId: entry.runId,
        invitationId: entry.invitationId ?? null,
        buyer: { name: buyer },
        profile: {
          id: run?.profile.id ?? '',
          version: run?.profile.version ?? 0,
          name: run?.profile.name ?? '',
        },
        status: run?.status ?? null,
        verdict: run?.verdict ?? null,
        differing: table.columns[index]!.differing,
      })),
      common: table.common,
    };
  }
}
