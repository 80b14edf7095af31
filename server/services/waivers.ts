/**
 * Waivers: the buyer waives one check for one supplier (invitation), with a reason and an optional
 * expiry ("our capture software reads 150 DPI scans fine"). Only a check the invitation's profile uses
 * can be waived. The marking itself is pure (`engine/waivers.ts`); this service stores the waivers,
 * records each one and its removal in the audit log (same transaction), and applies the waivers that
 * still apply to the runs of an invitation wherever they are shown or judged (`judge`).
 */
import { registry } from '../../checks/index.js';
import { isEnabled } from '../../engine/evaluate.js';
import { joinLocalized } from '../../engine/i18n/catalogue.js';
import type { LocalizedText } from '../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { applyWaivers, type CheckWaiver, waiverApplies } from '../../engine/waivers.js';
import { detailText, HarnessError } from '../core/errors.js';
import type { Buyer } from '../store/buyers.js';
import type { Invitation, InvitationStore } from '../store/invitations.js';
import type { ProfileStore } from '../store/profiles.js';
import type { RunRecord } from '../store/runs.js';
import type { Waiver, WaiverStore } from '../store/waivers.js';
import type { AuditService } from './audit.js';

/** Longest waiver reason (and removal reason). */
export const MAX_WAIVER_REASON = 2000;

const invitationNotFound = (): HarnessError => new HarnessError('invitation_not_found');
const waiverNotFound = (): HarnessError => new HarnessError('waiver_not_found');

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The ids of the checks a profile runs (file and e-mail checks), in registry order. */
export function checksUsedBy(profile: AcceptanceProfile): string[] {
  return registry.filter((check) => isEnabled(check, profile)).map((check) => check.id);
}

/** A waiver as the API shows it. */
export interface WaiverView {
  readonly id: string;
  readonly invitationId: string;
  readonly checkId: string;
  readonly checkTitle: LocalizedText | null;
  readonly reason: string;
  readonly until: string | null;
  /** Whether it applies now: not removed and not expired. */
  readonly active: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly removedAt: string | null;
  readonly removedBy: string | null;
}

/** Waivers per supplier. */
export class WaiverService {
  constructor(
    private readonly store: WaiverStore,
    private readonly invitations: InvitationStore,
    private readonly profiles: ProfileStore,
    private readonly audit: AuditService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async invitation(buyer: Buyer, invitationId: string): Promise<Invitation> {
    const invitation = await this.invitations.get(buyer.id, invitationId);
    if (!invitation) throw invitationNotFound();
    return invitation;
  }

  /** A waiver as the API shows it. */
  view(waiver: Waiver): WaiverView {
    const check = registry.find((c) => c.id === waiver.checkId);
    return {
      id: waiver.id,
      invitationId: waiver.invitationId,
      checkId: waiver.checkId,
      checkTitle: check ? check.title : null,
      reason: waiver.reason,
      until: waiver.until ?? null,
      active: waiver.removedAt === undefined && waiverApplies(waiver, this.now()),
      createdBy: waiver.createdBy,
      createdAt: waiver.createdAt,
      removedAt: waiver.removedAt ?? null,
      removedBy: waiver.removedBy ?? null,
    };
  }

  /** Every waiver of a buyer's invitation (removed and expired ones too), oldest first. */
  async list(buyer: Buyer, invitationId: string): Promise<Waiver[]> {
    return this.store.ofInvitation((await this.invitation(buyer, invitationId)).id);
  }

  /**
   * Validates and stores a waiver of one check for one invitation, with its audit entry. 400
   * `waiver_invalid` (no check id, no reason, an expiry not in the future), 400 `waiver_check_unused`
   * (the invitation's profile does not use the check).
   */
  async create(buyer: Buyer, actor: string, invitationId: string, body: unknown): Promise<Waiver> {
    const invitation = await this.invitation(buyer, invitationId);
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const checkId = text(input.checkId);
    const reason = text(input.reason);
    const problems: { field: string; message: string; messageNl: string; text: LocalizedText }[] = [];
    const problem = (field: string, t: LocalizedText) =>
      problems.push({ field, message: t.en, messageNl: t.nl, text: t });
    if (checkId === '') problem('checkId', detailText('waiver.check-missing'));
    if (reason === '') problem('reason', detailText('waiver.reason-missing'));
    else if (reason.length > MAX_WAIVER_REASON)
      problem('reason', detailText('waiver.reason-too-long', { max: MAX_WAIVER_REASON }));
    const until = this.until(input.until);
    if (until === null) problem('until', detailText('waiver.until'));
    if (problems.length > 0)
      throw new HarnessError('waiver_invalid', {
        vars: {
          problems: joinLocalized(
            problems.map((p) => p.text),
            ' ',
          ),
        },
        extra: { errors: problems.map(({ field, message, messageNl }) => ({ field, message, messageNl })) },
      });
    const profile = (await this.profiles.get(invitation.buyerId, invitation.profileId))?.profile;
    const used = profile ? checksUsedBy(profile) : [];
    if (!used.includes(checkId))
      throw new HarnessError('waiver_check_unused', { vars: { checkId }, extra: { checks: used } });
    const expiry = until ?? undefined;
    return this.audit.within(async () => {
      const waiver = await this.store.create({
        buyerId: buyer.id,
        invitationId: invitation.id,
        checkId,
        reason,
        ...(expiry !== undefined && { until: expiry }),
        createdBy: actor,
        createdAt: this.now().toISOString(),
      });
      await this.audit.record({
        buyerId: buyer.id,
        actor,
        action: 'waiver.created',
        entityType: 'waiver',
        entityId: waiver.id,
        reason,
        data: { invitationId: invitation.id, checkId, until: expiry ?? null },
      });
      return waiver;
    });
  }

  /** An expiry: undefined when absent, null when invalid or not in the future. A date alone ends that day (UTC). */
  private until(raw: unknown): string | undefined | null {
    if (raw === undefined || raw === null || raw === '') return undefined;
    if (typeof raw !== 'string') return null;
    const value = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T23:59:59.999Z` : raw;
    const at = Date.parse(value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at) || at <= this.now().getTime()) return null;
    return new Date(at).toISOString();
  }

  /**
   * Removes a waiver (it stops applying at once), with its audit entry; removing a removed waiver
   * changes nothing and answers it as it is. 404 for another buyer's or an unknown waiver.
   */
  remove(buyer: Buyer, actor: string, id: string, reasonRaw: unknown): Promise<Waiver> {
    // The check "not removed yet" is in the transaction of the removal: two concurrent removals
    // record one entry.
    return this.audit.within(async () => {
      const waiver = await this.store.get(buyer.id, id);
      if (!waiver) throw waiverNotFound();
      if (waiver.removedAt !== undefined) return waiver;
      const reason = text(reasonRaw).slice(0, MAX_WAIVER_REASON);
      await this.store.remove(buyer.id, id, this.now().toISOString(), actor);
      await this.audit.record({
        buyerId: buyer.id,
        actor,
        action: 'waiver.removed',
        entityType: 'waiver',
        entityId: id,
        ...(reason !== '' && { reason }),
        data: { invitationId: waiver.invitationId, checkId: waiver.checkId },
      });
      return (await this.store.get(buyer.id, id))!;
    });
  }

  /** The waivers of an invitation that apply now (not removed, not expired). */
  async applying(invitationId: string): Promise<CheckWaiver[]> {
    const now = this.now();
    return (await this.store.current(invitationId))
      .filter((waiver) => waiverApplies(waiver, now))
      .map((waiver) => ({
        checkId: waiver.checkId,
        reason: waiver.reason,
        ...(waiver.until !== undefined && { until: waiver.until }),
      }));
  }

  /**
   * A run as its invitation's waivers judge it: the report with waived findings marked and verdict
   * recomputed, the run's verdict with it (an e-mail's PDF by its message's invitation). A run not made
   * through an invitation, one without a report (erased, unfinished), or one no waiver touches comes
   * back as it is.
   */
  async judge(run: RunRecord): Promise<RunRecord> {
    if (!run.report) return run;
    const invitationId = await this.invitations.invitationOfRun(run.parentRunId ?? run.id);
    if (invitationId === undefined) return run;
    const waivers = await this.applying(invitationId);
    if (waivers.length === 0) return run;
    const report = applyWaivers(run.report, waivers, this.now());
    return report === run.report ? run : { ...run, report, verdict: report.verdict };
  }
}
