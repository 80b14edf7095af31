/**
 * Onboarding: a buyer invites a supplier to test a sample invoice against one of its profiles; the
 * supplier, through the invitation's private link, tells how it invoices and uploads samples; the buyer
 * reviews a passing sample where the profile asks for manual approval; once cleared, the supplier is
 * told where to send live invoices and from when. HTTP-free apart from the `HarnessError`s it throws.
 */
import { joinLocalized } from '../../engine/i18n/catalogue.js';
import { LANGS, type Lang, type LocalizedText } from '../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { detailText, HarnessError, langOfTag, preferredLang, runNotFound } from '../core/errors.js';
import type { Buyer, BuyerStore } from '../store/buyers.js';
import type { Inventory, Invitation, InvitationRun, InvitationStore, Review } from '../store/invitations.js';
import type { ProfileStore, StoredProfile } from '../store/profiles.js';
import type { RunRecord } from '../store/runs.js';
import { normaliseEmail } from '../store/users.js';
import { AdmissionService, type AdmissionTicket, type AdmittedFile } from './admission.js';
import type { AuditService } from './audit.js';
import { mailVerdict } from './mail-runs.js';
import { profileNotFound } from './profiles.js';
import type { RunService } from './runs.js';
import { invoicingSoftware, OTHER_SOFTWARE } from './software.js';
import { parseMasterData } from './supplier-master.js';

/** Where an onboarding stands. */
export type OnboardingStage =
  | 'invited'
  | 'opened'
  | 'tested'
  | 'awaiting_approval'
  | 'rejected_by_buyer'
  | 'approved'
  | 'live';

/** Whether the invitation's link still opens. */
export type LinkState = 'active' | 'expired' | 'revoked';

/** An invitation's progress, for the buyer's dashboard and the supplier's page. */
export interface InvitationStatus {
  readonly link: LinkState;
  readonly stage: OnboardingStage;
  /** Whether the profile asks the buyer to approve a passing sample by hand. */
  readonly approvalRequired: boolean;
  readonly runCount: number;
  readonly latestRun?: InvitationRun;
  /** The run before the latest one (to compare the two tries). */
  readonly previousRunId?: string;
  /** The passing run that waits for the buyer's approval. */
  readonly awaitingRunId?: string;
  /** The run that cleared the supplier to send live invoices, and when. */
  readonly cleared?: { readonly runId: string; readonly at: string };
  /** First day of live sending (YYYY-MM-DD): the profile's start date, or the day of clearing if later. */
  readonly liveFrom?: string;
  /**
   * Distinct passing samples against the number the profile asks (`delivery.samplesRequired`, default
   * 1): "2 van 3 voorbeeldfacturen geslaagd". Only when `passed >= required` is the supplier ready for
   * approval (or cleared, without manual approval).
   */
  readonly samples: SampleCount;
}

/** Distinct passing samples of an invitation against the number its profile asks. */
export interface SampleCount {
  readonly required: number;
  readonly passed: number;
  /** The counted runs, oldest first. */
  readonly runIds: readonly string[];
}

/** What a cleared supplier is told. */
export interface GoLive {
  readonly invoiceAddress?: string;
  readonly startDate: string;
  readonly contactAddress?: string;
  /** Largest file (the capture software's file limit, `file.maxBytes`). */
  readonly maxBytes?: number;
  /** Largest whole e-mail the invoice mailbox takes, attachments encoded (`delivery.maxEmailBytes`). */
  readonly maxEmailBytes?: number;
  readonly maxPages?: number;
}

/** The `reviewed` event's decision. */
export type ReviewDecision = 'approved' | 'rejected';

/** Longest supplier name. */
export const MAX_SUPPLIER_NAME = 200;
/** Longest review comment. */
export const MAX_COMMENT = 2000;
/** Days an invitation link works unless the buyer says otherwise. */
export const DEFAULT_EXPIRY_DAYS = 30;
/** Longest link lifetime in days. */
export const MAX_EXPIRY_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** 404 for an expired, revoked or unknown invitation link: one answer for all three, no data. */
export const invitationUnavailable = (): HarnessError => new HarnessError('invitation_unavailable');

const invitationNotFound = (): HarnessError => new HarnessError('invitation_not_found');

interface Problem {
  readonly field: string;
  /** The text in every language (the `errors` list carries English and Dutch). */
  readonly text: LocalizedText;
}

/** One problem with a field, its text from the catalogue (`detailText`). */
const problem = (field: string, text: LocalizedText): Problem => ({ field, text });

/**
 * The master-data problems, which carry English and Dutch (as the `errors` list does); German and
 * French readers get the English text.
 */
const masterProblems = (list: readonly { field: string; message: string; messageNl: string }[]): Problem[] =>
  list.map((p) => problem(p.field, { nl: p.messageNl, en: p.message, de: p.message, fr: p.message }));

function invalid(
  code: 'invitation_invalid' | 'review_invalid' | 'inventory_invalid',
  problems: Problem[],
): HarnessError {
  const joined = joinLocalized(
    problems.map((p) => p.text),
    ' ',
  );
  const errors = problems.map((p) => ({ field: p.field, message: p.text.en, messageNl: p.text.nl }));
  return new HarnessError(code, { vars: { problems: joined }, extra: { errors } });
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const day = (iso: string): string => iso.slice(0, 10);

/** Onboarding of suppliers through invitations. */
export class InvitationService {
  constructor(
    private readonly store: InvitationStore,
    private readonly profiles: ProfileStore,
    private readonly buyers: BuyerStore,
    private readonly runs: RunService,
    private readonly now: () => Date = () => new Date(),
    /** The gate of every upload (the server's: `createApp` passes it). */
    private readonly admission: AdmissionService = new AdmissionService(runs, buyers),
  ) {}

  /**
   * Told of each new invitation, with its link token and the request's `language` (the invitation
   * e-mail, `server/services/notifications.ts`); set by the app when outbound mail is wired.
   */
  onCreated?: (created: { invitation: Invitation; token: string }, language: unknown) => Promise<void>;

  /**
   * Applies the invitation's waivers to a run (`WaiverService.judge`): the verdict the supplier's
   * samples are judged by. Set by the app; absent, runs count as the engine judged them.
   */
  judgeRun?: (run: RunRecord) => Promise<RunRecord>;

  /**
   * Whether any waiver applies to an invitation now (one query): without one, its runs are not read
   * to be judged again. Set by the app with {@link judgeRun}.
   */
  hasWaivers?: (invitationId: string) => Promise<boolean>;

  /** Where reviews (approvals, rejections, overrides) are recorded, with the review (set by the app). */
  audit?: AuditService;

  /** A run as the invitation's waivers judge it. */
  private async judge(run: RunRecord | undefined): Promise<RunRecord | undefined> {
    return run && this.judgeRun ? this.judgeRun(run) : run;
  }

  /** An invitation's run entry with its verdict as the waivers judge it. */
  private async judgedEntry(entry: InvitationRun, waived: boolean): Promise<InvitationRun> {
    if (!waived || !this.judgeRun || entry.verdict === undefined || entry.verdict === 'accepted')
      return entry;
    const run = await this.runs.get(entry.runId);
    const verdict = run && (await this.judgeRun(run)).verdict;
    return verdict === undefined || verdict === entry.verdict ? entry : { ...entry, verdict };
  }

  // --- buyer side ------------------------------------------------------------------------------------

  /** Validates and stores a new invitation; returns it with its link token (shown once). */
  async create(buyer: Buyer, body: unknown): Promise<{ invitation: Invitation; token: string }> {
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const problems: Problem[] = [];
    const supplierName = text(input.supplierName);
    if (supplierName === '')
      problems.push(problem('supplierName', detailText('invitation.supplier-name-missing')));
    else if (supplierName.length > MAX_SUPPLIER_NAME)
      problems.push(
        problem('supplierName', detailText('invitation.supplier-name-too-long', { max: MAX_SUPPLIER_NAME })),
      );
    const supplierEmail = normaliseEmail(text(input.supplierEmail));
    if (!supplierEmail)
      problems.push(problem('supplierEmail', detailText('invitation.supplier-email-missing')));
    const days = this.expiryDays(input.expiresInDays, problems);
    const profileId = text(input.profileId);
    const profile = profileId ? await this.profiles.get(buyer.id, profileId) : undefined;
    if (!profile || profile.archivedAt)
      problems.push(problem('profileId', detailText('invitation.profile-missing')));
    const language = input.language ?? 'nl';
    if (!(LANGS as readonly unknown[]).includes(language))
      problems.push(problem('language', detailText('invitation.language')));
    const master = parseMasterData(input.masterData);
    // The master-data problems carry English and Dutch (as the `errors` list does); German and French
    // readers get the English text.
    problems.push(...masterProblems(master.problems));
    if (problems.length > 0) throw invalid('invitation_invalid', problems);
    const now = this.now();
    const created = await this.store.create({
      buyerId: buyer.id,
      profileId,
      supplierName,
      supplierEmail: supplierEmail!,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + days * DAY_MS).toISOString(),
      language: language as Lang,
      ...(master.value && { masterData: master.value }),
    });
    await this.onCreated?.(created, input.language);
    return created;
  }

  private expiryDays(raw: unknown, problems: Problem[]): number {
    if (raw === undefined || raw === null || raw === '') return DEFAULT_EXPIRY_DAYS;
    const days = Number(raw);
    if (Number.isInteger(days) && days >= 1 && days <= MAX_EXPIRY_DAYS) return days;
    problems.push(problem('expiresInDays', detailText('invitation.expiry-days', { max: MAX_EXPIRY_DAYS })));
    return DEFAULT_EXPIRY_DAYS;
  }

  /**
   * Replaces the supplier's master data of an invitation (`{ masterData }`; `null` or `{}` clears it).
   * Runs made before keep the copy they were checked against.
   */
  async setMasterData(buyer: Buyer, id: string, body: unknown): Promise<Invitation> {
    await this.get(buyer, id);
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const master = parseMasterData(input.masterData);
    if (master.problems.length > 0) throw invalid('invitation_invalid', masterProblems(master.problems));
    if (!(await this.store.setMasterData(buyer.id, id, master.value))) throw invitationNotFound();
    return this.get(buyer, id);
  }

  /** Runs `work` (several `create` calls) in one database transaction: one commit for a batch. */
  inBatch<T>(work: () => Promise<T>): Promise<T> {
    return this.store.inTransaction(work);
  }

  /** A buyer's invitation, or 404. */
  async get(buyer: Buyer, id: string): Promise<Invitation> {
    const invitation = await this.store.get(buyer.id, id);
    if (!invitation) throw invitationNotFound();
    return invitation;
  }

  /** A buyer's invitations, newest first. */
  list(buyer: Buyer): Promise<Invitation[]> {
    return this.store.list(buyer.id);
  }

  /** Revokes an invitation's link at once. */
  async revoke(buyer: Buyer, id: string): Promise<Invitation> {
    if (!(await this.store.revoke(buyer.id, id, this.now().toISOString()))) throw invitationNotFound();
    return this.get(buyer, id);
  }

  /** A new link for an invitation (the old one stops working), valid for `expiresInDays`. */
  async newLink(buyer: Buyer, id: string, body: unknown): Promise<{ invitation: Invitation; token: string }> {
    await this.get(buyer, id);
    const problems: Problem[] = [];
    const days = this.expiryDays((body as Record<string, unknown> | undefined)?.expiresInDays, problems);
    if (problems.length > 0) throw invalid('invitation_invalid', problems);
    const token = await this.store.newToken(
      buyer.id,
      id,
      new Date(this.now().getTime() + days * DAY_MS).toISOString(),
    );
    if (!token) throw invitationNotFound();
    return { invitation: await this.get(buyer, id), token };
  }

  /** The profile an invitation tests against (its latest version), if it still exists. */
  profileOf(invitation: Invitation): Promise<StoredProfile | undefined> {
    return this.profiles.get(invitation.buyerId, invitation.profileId);
  }

  /** Where an invitation stands. */
  async status(invitation: Invitation): Promise<InvitationStatus> {
    const now = this.now();
    const link: LinkState = invitation.revokedAt
      ? 'revoked'
      : Date.parse(invitation.expiresAt) <= now.getTime()
        ? 'expired'
        : 'active';
    const profile = (await this.profileOf(invitation))?.profile;
    const approvalRequired = profile?.delivery?.manualApproval === true;
    const runs = await this.judged(
      await this.store.runsOf(invitation.id),
      (await this.hasWaivers?.(invitation.id)) ?? true,
    );
    const lastReview = new Map<string, Review>();
    for (const review of await this.store.reviewsOfInvitation(invitation.id))
      lastReview.set(review.runId, review);

    const approved = [...lastReview.values()]
      .filter((r) => r.decision === 'approved')
      .sort((a, b) => b.id - a.id)[0];
    const samples = await this.sampleCount(runs, lastReview, profile);
    const enough = samples.passed >= samples.required;
    const passing = runs.find(
      (run) => run.verdict === 'accepted' && lastReview.get(run.runId)?.decision !== 'rejected',
    );
    const cleared = approved
      ? { runId: approved.runId, at: approved.createdAt }
      : !approvalRequired && passing && enough
        ? { runId: passing.runId, at: passing.finishedAt ?? passing.createdAt }
        : undefined;

    let stage: OnboardingStage;
    let liveFrom: string | undefined;
    if (cleared) {
      const start = profile?.delivery?.startDate;
      liveFrom = start && start > day(cleared.at) ? start : day(cleared.at);
      stage = liveFrom > day(now.toISOString()) ? 'approved' : 'live';
    } else if (passing && enough) stage = 'awaiting_approval';
    else if (passing) stage = 'tested';
    else if (runs.some((run) => run.verdict === 'accepted')) stage = 'rejected_by_buyer';
    else if (runs.length > 0) stage = 'tested';
    else stage = invitation.openedAt ? 'opened' : 'invited';

    return {
      link,
      stage,
      approvalRequired,
      runCount: runs.length,
      ...(runs[0] && { latestRun: runs[0] }),
      ...(runs[1] && { previousRunId: runs[1].runId }),
      ...(stage === 'awaiting_approval' && passing && { awaitingRunId: passing.runId }),
      ...(cleared && { cleared }),
      ...(liveFrom && { liveFrom }),
      samples,
    };
  }

  /**
   * The runs that speak for the invitation, as judged: an e-mail's PDFs are judged with their message,
   * never on their own, so a passing PDF in a rejected e-mail (two invoices, winmail.dat) clears nothing.
   * An e-mail run passes only when it and every PDF in it passed; until its PDFs are final it has no
   * verdict yet.
   */
  private async judged(entries: readonly InvitationRun[], waived: boolean): Promise<InvitationRun[]> {
    const judged: InvitationRun[] = [];
    for (const raw of entries) {
      const entry = await this.judgedEntry(raw, waived);
      const run = await this.runs.get(entry.runId);
      if (run?.parentRunId !== undefined) continue;
      if (run?.file.kind !== 'email' || entry.verdict === undefined) {
        judged.push(entry);
        continue;
      }
      const children: (RunRecord | undefined)[] = [];
      for (const id of run.childRunIds ?? []) {
        const child = await this.runs.get(id);
        children.push(waived ? await this.judge(child) : child);
      }
      const verdict = mailVerdict(entry, children);
      const { verdict: _own, ...rest } = entry;
      judged.push(verdict === undefined ? rest : { ...rest, verdict });
    }
    return judged;
  }

  /**
   * The run that carries a sample's file and invoice number: the run itself, or for an e-mail the run
   * of its (first) PDF.
   */
  private async sampleRun(id: string): Promise<RunRecord | undefined> {
    const run = await this.runs.get(id);
    const firstPdf = run?.file.kind === 'email' ? run.childRunIds?.[0] : undefined;
    return firstPdf !== undefined ? this.runs.get(firstPdf) : run;
  }

  /**
   * Counts distinct passing samples, oldest first: a passing run (accepted, not rejected by the buyer)
   * counts when its file (sha256) and its invoice number both differ from every sample counted before.
   * A sample whose invoice number could not be read is told apart by its file alone.
   */
  private async sampleCount(
    runs: readonly InvitationRun[],
    lastReview: ReadonlyMap<string, Review>,
    profile: AcceptanceProfile | undefined,
  ): Promise<SampleCount> {
    const required = Math.max(1, profile?.delivery?.samplesRequired ?? 1);
    const files = new Set<string>();
    const numbers = new Set<string>();
    const runIds: string[] = [];
    for (const entry of [...runs].reverse()) {
      if (entry.verdict !== 'accepted' || lastReview.get(entry.runId)?.decision === 'rejected') continue;
      const run = await this.sampleRun(entry.runId);
      if (!run) continue;
      const number = run.report?.fields.invoiceNumber?.value?.toUpperCase().replace(/\s+/g, '');
      if (files.has(run.file.sha256) || (number && numbers.has(number))) continue;
      files.add(run.file.sha256);
      if (number) numbers.add(number);
      runIds.push(entry.runId);
    }
    return { required, passed: runIds.length, runIds };
  }

  /** What a cleared supplier is told (undefined before clearing: the address is not shown). */
  async goLive(invitation: Invitation, known?: InvitationStatus): Promise<GoLive | undefined> {
    const status = known ?? (await this.status(invitation));
    if (!status.cleared || !status.liveFrom) return undefined;
    const profile = (await this.profileOf(invitation))?.profile;
    const delivery = profile?.delivery;
    return {
      ...(delivery?.invoiceAddress && { invoiceAddress: delivery.invoiceAddress }),
      startDate: status.liveFrom,
      ...(delivery?.contactAddress && { contactAddress: delivery.contactAddress }),
      ...(profile?.file?.maxBytes !== undefined && { maxBytes: profile.file.maxBytes }),
      ...(delivery?.maxEmailBytes !== undefined && { maxEmailBytes: delivery.maxEmailBytes }),
      ...(profile?.file?.maxPages !== undefined && { maxPages: profile.file.maxPages }),
    };
  }

  /** The runs made through an invitation with each one's last review. */
  async runsWithReviews(invitation: Invitation): Promise<(InvitationRun & { review?: Review })[]> {
    const lastReview = new Map<string, Review>();
    for (const review of await this.store.reviewsOfInvitation(invitation.id))
      lastReview.set(review.runId, review);
    const waived = (await this.hasWaivers?.(invitation.id)) ?? true;
    const result: (InvitationRun & { review?: Review })[] = [];
    for (const entry of await this.store.runsOf(invitation.id)) {
      const run = await this.judgedEntry(entry, waived);
      const review = lastReview.get(run.runId);
      result.push(review ? { ...run, review } : run);
    }
    return result;
  }

  /** The invitation a run of this buyer was made through. */
  async invitationOfRun(buyer: Buyer, runId: string): Promise<Invitation | undefined> {
    const id = await this.store.invitationOfRun(runId);
    return id ? this.store.get(buyer.id, id) : undefined;
  }

  /** A run's reviews, oldest first. */
  reviewsOf(runId: string): Promise<Review[]> {
    return this.store.reviewsOfRun(runId);
  }

  /** A buyer's run, or 404 (another buyer's run is answered exactly like a missing one). */
  async buyerRun(buyer: Buyer, runId: string): Promise<RunRecord> {
    const run = await this.runs.get(runId);
    if (!run || run.buyerId !== buyer.id) throw runNotFound();
    return run;
  }

  /**
   * Records a buyer's decision on a passing run and emits `reviewed` (run, decision, comment) on the
   * run service, where webhooks pick it up.
   */
  async review(buyer: Buyer, reviewer: string, runId: string, body: unknown): Promise<Review> {
    // The checks (sample count) and the stored review are one transaction, as they were one synchronous
    // step: a concurrent review or run cannot change what was checked before the review is stored.
    const { run, review } = await this.store.inTransaction(() =>
      this.checkedReview(buyer, reviewer, runId, body),
    );
    this.runs.emit('reviewed', run, review.decision, review.comment);
    return review;
  }

  private async checkedReview(
    buyer: Buyer,
    reviewer: string,
    runId: string,
    body: unknown,
  ): Promise<{ run: RunRecord; review: Review }> {
    const run = (await this.judge(await this.buyerRun(buyer, runId)))!;
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const decision = input.decision;
    const comment = text(input.comment);
    const problems: Problem[] = [];
    if (decision !== 'approved' && decision !== 'rejected')
      problems.push(problem('decision', detailText('review.decision')));
    if (comment.length > MAX_COMMENT)
      problems.push(problem('comment', detailText('review.comment-too-long', { max: MAX_COMMENT })));
    if (problems.length > 0) throw invalid('review_invalid', problems);
    const invitationId = await this.store.invitationOfRun(run.id);
    // An override: the buyer approves a finished sample of an invitation that did not pass, with a
    // reason (kept with the review and in the audit log). The sample count does not hold it back.
    const override = run.verdict !== 'accepted' && decision === 'approved';
    const finished = run.status !== 'queued' && run.status !== 'running' && run.verdict !== undefined;
    if (
      override
        ? !finished || invitationId === undefined
        : run.status !== 'completed' || run.verdict !== 'accepted'
    )
      throw new HarnessError('run_not_reviewable');
    if (override && comment === '') throw new HarnessError('override_reason_required');
    if (!override && decision === 'approved' && invitationId !== undefined) {
      const invitation = await this.store.get(buyer.id, invitationId);
      const samples = invitation && (await this.status(invitation)).samples;
      // No override exists: an approval before enough distinct samples passed is refused.
      if (samples && samples.passed < samples.required)
        throw new HarnessError('samples_incomplete', {
          vars: { passed: samples.passed, required: samples.required },
          extra: { samples: { passed: samples.passed, required: samples.required } },
        });
    }
    const record = async (): Promise<Review> => {
      const review = await this.store.addReview({
        runId: run.id,
        buyerId: buyer.id,
        ...(invitationId !== undefined && { invitationId }),
        decision: decision as ReviewDecision,
        ...(comment !== '' && { comment }),
        reviewer,
        createdAt: this.now().toISOString(),
        ...(override && { override: true as const }),
      });
      await this.audit?.record({
        buyerId: buyer.id,
        actor: reviewer,
        action: override ? 'review.override' : `review.${review.decision}`,
        entityType: 'run',
        entityId: run.id,
        ...(review.comment !== undefined && { reason: review.comment }),
        data: {
          decision: review.decision,
          verdict: run.verdict ?? null,
          invitationId: invitationId ?? null,
        },
      });
      return review;
    };
    const review = this.audit ? await this.audit.within(record) : await record();
    return { run, review };
  }

  // --- supplier side ---------------------------------------------------------------------------------

  /** The invitation a link token opens, or 404 `invitation_unavailable` (expired, revoked, unknown). */
  async open(token: string): Promise<Invitation> {
    const invitation = await this.store.byToken(token);
    if (!invitation || invitation.revokedAt || Date.parse(invitation.expiresAt) <= this.now().getTime())
      throw invitationUnavailable();
    return invitation;
  }

  /** Records that the supplier opened the link (the first time counts). */
  async markOpened(invitation: Invitation): Promise<void> {
    await this.store.markOpened(invitation.id, this.now().toISOString());
  }

  /** Validates and stores the supplier's answers about how it invoices. */
  async saveInventory(invitation: Invitation, body: unknown): Promise<Inventory> {
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const software = text(input.software);
    const softwareOther = text(input.softwareOther);
    const handmade = input.handmade;
    const problems: Problem[] = [];
    if (software !== OTHER_SOFTWARE && !invoicingSoftware().some((s) => s.id === software))
      problems.push(problem('software', detailText('inventory.software')));
    if (software === OTHER_SOFTWARE && (softwareOther === '' || softwareOther.length > 100))
      problems.push(problem('softwareOther', detailText('inventory.software-other')));
    if (handmade !== 'yes' && handmade !== 'no')
      problems.push(problem('handmade', detailText('inventory.handmade')));
    if (problems.length > 0) throw invalid('inventory_invalid', problems);
    const inventory: Inventory = {
      software,
      ...(software === OTHER_SOFTWARE && { softwareOther }),
      handmade: handmade as 'yes' | 'no',
      updatedAt: this.now().toISOString(),
    };
    await this.store.setInventory(invitation.id, inventory);
    return inventory;
  }

  /**
   * Before a sample is read: whether the invitation's profile can take it and the buyer may upload
   * now (the buyer's own limits: the link uploads on the buyer's behalf). Returns the admission ticket
   * with the buyer's upload limit.
   */
  async admitUpload(invitation: Invitation): Promise<AdmissionTicket> {
    await this.profileForSample(invitation);
    return this.admission.admit({ buyerId: invitation.buyerId });
  }

  /** The largest sample the invitation's link takes: the buyer's own limit or the server's. */
  async uploadLimitBytes(invitation: Invitation): Promise<number> {
    return (await this.admission.limitsOf({ buyerId: invitation.buyerId })).maxUploadBytes;
  }

  /**
   * Checks a sample against the invitation's profile (its latest version); the run is recorded with the
   * invitation. Goes through admission with the ticket of {@link admitUpload} (or a new one).
   */
  async submit(invitation: Invitation, file: AdmittedFile, given?: AdmissionTicket): Promise<RunRecord> {
    const ticket = given ?? (await this.admitUpload(invitation));
    const profile = await this.profileForSample(invitation);
    const run = await this.admission.submit(ticket, file, {
      profile,
      ...(invitation.masterData && { expectedSeller: invitation.masterData }),
    });
    try {
      await this.store.addRun(invitation.id, run.id, run.createdAt);
    } catch (error) {
      throw this.runs.storageError(error);
    }
    return run;
  }

  private async profileForSample(invitation: Invitation): Promise<AcceptanceProfile> {
    const stored = await this.profileOf(invitation);
    if (!stored) throw profileNotFound();
    if (stored.archivedAt) throw new HarnessError('profile_archived', { variant: 'supplier' });
    return stored.profile;
  }

  /** A run made through this invitation, or 404. */
  async supplierRun(invitation: Invitation, runId: string): Promise<RunRecord> {
    const run = await this.runs.get(runId);
    if (!run || (await this.store.invitationOfRun(run.id)) !== invitation.id) throw runNotFound();
    return run;
  }

  /**
   * Everything the supplier's page shows: what is asked, the supplier's samples, the buyer's contact
   * address for questions (always, so a rejected supplier has someone to ask), and (once cleared) where
   * to send.
   */
  async supplierView(invitation: Invitation): Promise<Record<string, unknown>> {
    const status = await this.status(invitation);
    const stored = await this.profileOf(invitation);
    const profile = stored?.profile;
    const buyer = await this.buyers.getBuyer(invitation.buyerId);
    const goLive = await this.goLive(invitation, status);
    const runs = await this.runsWithReviews(invitation);
    return {
      buyer: { name: profile?.buyer?.name ?? buyer?.name ?? '' },
      supplier: { name: invitation.supplierName },
      language: invitation.language,
      expiresAt: invitation.expiresAt,
      profile: profile
        ? {
            name: profile.name,
            version: profile.version,
            description: profile.description ?? null,
            archived: stored?.archivedAt !== undefined,
          }
        : null,
      requirements: profile ? requirements(profile) : null,
      inventory: invitation.inventory ?? null,
      contactAddress: profile?.delivery?.contactAddress ?? null,
      stage: status.stage,
      approvalRequired: status.approvalRequired,
      samples: { required: status.samples.required, passed: status.samples.passed },
      runs: runs.map((run) => ({
        id: run.runId,
        status: run.status ?? null,
        verdict: run.verdict ?? null,
        createdAt: run.createdAt,
        finishedAt: run.finishedAt ?? null,
        review: run.review
          ? { decision: run.review.decision, comment: run.review.comment ?? null, at: run.review.createdAt }
          : null,
      })),
      goLive: goLive ?? null,
    };
  }
}

/** What the buyer asks, in terms the supplier page explains (no delivery details: those wait for clearing). */
function requirements(profile: AcceptanceProfile): Record<string, unknown> {
  return {
    channels: profile.channels,
    buyer: profile.buyer
      ? { name: profile.buyer.name, vatId: profile.buyer.vatId ?? null, kvk: profile.buyer.kvk ?? null }
      : null,
    maxBytes: profile.file?.maxBytes ?? null,
    maxPages: profile.file?.maxPages ?? null,
    singleInvoice: profile.file?.singleInvoice ?? false,
    imagesAllowed: profile.file?.imagesAllowed ?? false,
    requiredFields: Object.entries(profile.fields ?? {})
      .filter(([, rule]) => rule?.required)
      .map(([id]) => id),
    testInvoiceRequired: profile.delivery?.testInvoiceRequired ?? false,
    samplesRequired: Math.max(1, profile.delivery?.samplesRequired ?? 1),
    manualApproval: profile.delivery?.manualApproval ?? false,
  };
}

/** Language of a request's `?lang=` or `Accept-Language`, Dutch by default (the suppliers' language). */
export function langOf(query: unknown, acceptLanguage: string | undefined): Lang {
  return langOfTag(query) ?? preferredLang(acceptLanguage, 'nl');
}
