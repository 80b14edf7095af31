/**
 * The e-mails around an invitation: the invitation itself (when the buyer creates it), a reminder
 * after `reminderDays` when nothing was tested, the notice to the supplier when it is cleared to send
 * live invoices (with the invoice address and start date, as its page shows them) or when the buyer
 * rejects its sample (with the comment), and the notice to the buyer's users when a sample passes or
 * waits for approval. Each notice goes out once: it is claimed in `mail_notices` in the same
 * transaction that queues its message, so a repeated event, a second sweep or a restart never sends
 * it again. Sending is the {@link Mailer}'s: nothing here waits for a relay.
 */
import { LANGS, type Lang } from '../../engine/model/finding.js';
import type { BuyerStore } from '../store/buyers.js';
import type { Invitation, InvitationStore } from '../store/invitations.js';
import type { OutboxStore } from '../store/outbox.js';
import type { ProfileStore } from '../store/profiles.js';
import type { RunRecord } from '../store/runs.js';
import type { UserStore } from '../store/users.js';
import { InvitationService } from './invitations.js';
import {
  approvedMail,
  buyerSampleMail,
  type InvitationFacts,
  invitationMail,
  type MailText,
  rejectedMail,
  reminderMail,
  signInLinkMail,
} from './mail-templates.js';
import type { Mailer } from './mailer.js';
import type { RunService } from './runs.js';

/** How notifications are sent. */
export interface NotificationOptions {
  /** The server's public address, for links (`PUBLIC_BASE_URL`). */
  readonly baseUrl: string;
  /** The e-mail intake's domain (`MAIL_DOMAIN`) when the intake is on: the test address is `<token>@<domain>`. */
  readonly intakeDomain?: string;
  /** Days after the invitation a supplier who tested nothing is reminded (`INVITATION_REMINDER_DAYS`). */
  readonly reminderDays: number;
  /** How often the reminder sweep runs, in ms (default one hour). */
  readonly sweepMs?: number;
  readonly now?: () => Date;
  /** Where errors of the event handlers and the sweep go. */
  readonly log?: (error: unknown) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const asLang = (value: unknown): Lang | undefined =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value) ? (value as Lang) : undefined;

/** Sends the invitation e-mails and the notices (see the file comment). */
export class Notifications {
  private readonly onboarding: InvitationService;
  private readonly now: () => Date;
  private timer?: NodeJS.Timeout;
  /** The work of events and sweeps that has not ended yet (see `settled`). */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      mailer: Mailer;
      outbox: OutboxStore;
      runs: RunService;
      invitations: InvitationStore;
      profiles: ProfileStore;
      buyers: BuyerStore;
      users: UserStore;
    },
    private readonly options: NotificationOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    // Read-only use: the status and go-live facts of an invitation, exactly as its page shows them.
    this.onboarding = new InvitationService(
      deps.invitations,
      deps.profiles,
      deps.buyers,
      deps.runs,
      this.now,
    );
  }

  /** Listens to finished runs and reviews, and starts the reminder sweep. */
  start(): void {
    this.deps.runs.on('finished', this.onFinished);
    this.deps.runs.on('reviewed', this.onReviewed);
    const every = this.options.sweepMs ?? 60 * 60 * 1000;
    // `guard` logs what fails and never rejects.
    this.timer = setInterval(() => void this.guard(() => this.sweepReminders()), every);
    this.timer.unref();
    setImmediate(() => void this.guard(() => this.sweepReminders()));
  }

  /** Stops listening and sweeping. */
  stop(): void {
    this.deps.runs.off('finished', this.onFinished);
    this.deps.runs.off('reviewed', this.onReviewed);
    clearInterval(this.timer);
  }

  /** Runs `fn`, logging what it throws: resolves in any case. Counted until it ends (`settled`). */
  private guard(fn: () => Promise<unknown>): Promise<void> {
    const work = (async () => {
      try {
        await fn();
      } catch (error) {
        this.options.log?.(error);
      }
    })();
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  /**
   * Resolves once the work started by events so far (and what it started in turn) has ended, or
   * after `timeoutMs`.
   */
  async settled(timeoutMs = Number.POSITIVE_INFINITY): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([...this.inFlight]),
        ...(Number.isFinite(timeoutMs)
          ? [new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())))]
          : []),
      ]);
      clearTimeout(timer);
    }
  }

  private link(token: string, lang: Lang): string {
    return `${this.options.baseUrl.replace(/\/+$/, '')}/i/${token}?lang=${lang}`;
  }

  private async buyerName(invitation: Invitation): Promise<string> {
    return (
      (await this.onboarding.profileOf(invitation))?.profile.buyer?.name ??
      (await this.deps.buyers.getBuyer(invitation.buyerId))?.name ??
      ''
    );
  }

  /** The language of an invitation's e-mails: its own field if it has one, else the one it was sent in. */
  private async languageOf(invitation: Invitation): Promise<Lang> {
    return (
      asLang((invitation as { language?: unknown }).language) ??
      (await this.deps.outbox.notice('invitation', invitation.id))?.language ??
      'nl'
    );
  }

  /** The link token the invitation e-mail carried, if it still opens this invitation. */
  private async liveToken(invitation: Invitation): Promise<string | undefined> {
    const token = (await this.deps.outbox.notice('invitation', invitation.id))?.data;
    return token && (await this.deps.invitations.byToken(token))?.id === invitation.id ? token : undefined;
  }

  private async facts(
    invitation: Invitation,
    token: string | undefined,
    lang: Lang,
  ): Promise<InvitationFacts> {
    return {
      buyerName: await this.buyerName(invitation),
      supplierName: invitation.supplierName,
      ...(token && { link: this.link(token, lang) }),
      ...(token && this.options.intakeDomain && { testAddress: `${token}@${this.options.intakeDomain}` }),
      expiresAt: invitation.expiresAt,
      portalUrl: `${this.options.baseUrl.replace(/\/+$/, '')}/supplier.html?lang=${lang}`,
    };
  }

  /**
   * Queues `mail` once: false when the notice `kind` about `subjectId` was already sent. The claim and
   * the queued messages are one transaction (`mail` only reads the database: no slow work in it).
   */
  private once(
    kind: string,
    subjectId: string,
    mail: () => Promise<{ to: string; text: MailText; language: Lang; buyerId: string; kind: string }[]>,
    extra: { language?: Lang; data?: string } = {},
  ): Promise<boolean> {
    const { mailer, outbox } = this.deps;
    return outbox.transaction(async () => {
      if (!(await outbox.claimNotice(kind, subjectId, this.now().toISOString(), extra))) return false;
      for (const m of await mail())
        await mailer.enqueue({
          buyerId: m.buyerId,
          kind: m.kind,
          to: m.to,
          subject: m.text.subject,
          text: m.text.text,
          language: m.language,
        });
      return true;
    });
  }

  /**
   * Sends the invitation to the supplier's contact address, in the invitation's language (its own
   * field, else `requested`, else Dutch). Called by the onboarding service when a buyer invites.
   */
  invitationCreated(created: { invitation: Invitation; token: string }, requested?: unknown): Promise<void> {
    const { invitation, token } = created;
    const lang = asLang((invitation as { language?: unknown }).language) ?? asLang(requested) ?? 'nl';
    // The invitation is made whatever happens to its e-mail: an error here is logged, not answered.
    return this.guard(() =>
      this.once(
        'invitation',
        invitation.id,
        async () => [
          {
            buyerId: invitation.buyerId,
            kind: 'invitation',
            to: invitation.supplierEmail,
            text: invitationMail(lang, await this.facts(invitation, token, lang)),
            language: lang,
          },
        ],
        { language: lang, data: token },
      ),
    );
  }

  /**
   * Sends a supplier its one-time sign-in link (supplier portal). On no buyer's behalf: it is in no
   * buyer's outbox, since the link opens every buyer's invitations to that address.
   */
  async signInLink(input: { to: string; path: string; lang: Lang; minutes: number }): Promise<void> {
    const link = `${this.options.baseUrl.replace(/\/+$/, '')}${input.path}`;
    const text = signInLinkMail(input.lang, { link, minutes: input.minutes });
    await this.deps.mailer.enqueue({
      kind: 'supplier-sign-in',
      to: input.to,
      subject: text.subject,
      text: text.text,
      language: input.lang,
    });
  }

  /**
   * Sends the reminders that are due: to each live invitation sent by e-mail at least `reminderDays`
   * ago through which nothing was tested, once. Returns how many were sent. Also forgets the link
   * tokens of revoked and expired invitations (kept only so reminders and notices can carry the link).
   */
  async sweepReminders(): Promise<number> {
    const now = this.now();
    await this.deps.outbox.forgetDeadTokens(now.toISOString());
    const cutoff = new Date(now.getTime() - this.options.reminderDays * DAY_MS).toISOString();
    let sent = 0;
    for (const due of await this.deps.outbox.dueReminders(cutoff, now.toISOString())) {
      const invitation = await this.deps.invitations.get(due.buyerId, due.invitationId);
      if (!invitation) continue;
      const lang = await this.languageOf(invitation);
      const token = await this.liveToken(invitation);
      if (
        await this.once('invitation-reminder', invitation.id, async () => [
          {
            buyerId: invitation.buyerId,
            kind: 'invitation-reminder',
            to: invitation.supplierEmail,
            text: reminderMail(lang, await this.facts(invitation, token, lang)),
            language: lang,
          },
        ])
      )
        sent += 1;
    }
    return sent;
  }

  // Event listeners: `guard` logs what fails and never rejects.
  private readonly onFinished = (run: RunRecord | undefined): void =>
    void this.guard(async () => {
      if (!run || run.buyerId === undefined || run.verdict !== 'accepted') return;
      const buyerId = run.buyerId;
      const invitationId = await this.deps.invitations.invitationOfRun(run.id);
      const invitation = invitationId ? await this.deps.invitations.get(buyerId, invitationId) : undefined;
      if (!invitation) return;
      const status = await this.onboarding.status(invitation);
      const kind =
        status.awaitingRunId === run.id
          ? 'awaiting'
          : status.cleared?.runId === run.id
            ? 'passed'
            : undefined;
      if (!kind) return;
      const runUrl = `${this.options.baseUrl.replace(/\/+$/, '')}/run.html?id=${encodeURIComponent(run.id)}`;
      const text = buyerSampleMail(kind, {
        supplierName: invitation.supplierName,
        ...(status.liveFrom && { startDate: status.liveFrom }),
        runUrl,
      });
      const users = (await this.deps.users.usersOf(invitation.buyerId)).filter((u) => !u.disabledAt);
      await this.once(`buyer-sample-${kind}`, run.id, async () =>
        users.map((user) => ({
          buyerId: invitation.buyerId,
          kind: `buyer-sample-${kind}`,
          to: user.email,
          text,
          language: 'nl' as const,
        })),
      );
      // Cleared without a manual approval: the supplier is told where to send, like after an approval.
      if (kind === 'passed') await this.cleared(invitation);
    });

  private readonly onReviewed = (run: RunRecord, decision: 'approved' | 'rejected', comment?: string): void =>
    void this.guard(async () => {
      if (run.buyerId === undefined) return;
      const buyerId = run.buyerId;
      const invitationId = await this.deps.invitations.invitationOfRun(run.id);
      const invitation = invitationId ? await this.deps.invitations.get(buyerId, invitationId) : undefined;
      if (!invitation) return;
      if (decision === 'approved') {
        await this.cleared(invitation);
        return;
      }
      const lang = await this.languageOf(invitation);
      const token = await this.liveToken(invitation);
      await this.once(`invitation-rejected:${run.id}`, invitation.id, async () => [
        {
          buyerId: invitation.buyerId,
          kind: 'invitation-rejected',
          to: invitation.supplierEmail,
          text: rejectedMail(lang, {
            buyerName: await this.buyerName(invitation),
            supplierName: invitation.supplierName,
            ...(comment && { comment }),
            ...(token && { link: this.link(token, lang) }),
          }),
          language: lang,
        },
      ]);
    });

  /** The notice that the supplier may send live invoices: where to and from when, once per invitation. */
  private async cleared(invitation: Invitation): Promise<void> {
    const goLive = await this.onboarding.goLive(invitation);
    if (!goLive) return;
    const lang = await this.languageOf(invitation);
    const token = await this.liveToken(invitation);
    await this.once('invitation-approved', invitation.id, async () => [
      {
        buyerId: invitation.buyerId,
        kind: 'invitation-approved',
        to: invitation.supplierEmail,
        text: approvedMail(lang, {
          buyerName: await this.buyerName(invitation),
          supplierName: invitation.supplierName,
          ...(goLive.invoiceAddress && { invoiceAddress: goLive.invoiceAddress }),
          startDate: goLive.startDate,
          ...(token && { link: this.link(token, lang) }),
        }),
        language: lang,
      },
    ]);
  }
}
