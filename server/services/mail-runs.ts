/**
 * E-mail runs. A message (sent to a test mailbox, or uploaded as `.eml` on a page or the API) is
 * one run: the pipeline reads the message and its `mail.*` checks judge it. When that run finishes,
 * this service starts one child run per PDF attachment (the PDFs a capture mailbox reads as
 * invoices), each against the same profile version, linked to the parent (and to its invitation).
 * When the parent and all its children are final, a message that came in by SMTP is answered once,
 * through the injected {@link MailReplies}.
 */

import type { Logger } from 'pino';
import { pino } from 'pino';
import type { Lang, Verdict } from '../../engine/model/finding.js';
import { readMail } from '../../engine/stages/mail.js';
import type { Blobs } from '../store/blobs.js';
import type { InvitationStore } from '../store/invitations.js';
import type { MailMessageStore } from '../store/mail-messages.js';
import { FINAL_STATUSES, type RunRecord } from '../store/runs.js';
import type { RunService } from './runs.js';

/**
 * The verdict of an e-mail as the buyer's mailbox meets it: the message and every PDF in it must pass.
 * A rejected message (two invoices, winmail.dat) stays rejected whatever its PDFs say; an accepted
 * message with a rejected PDF (or with no PDF at all) is rejected; otherwise an undetermined PDF makes
 * it undetermined. `undefined` while the message or one of its PDFs has no verdict yet.
 */
export function mailVerdict(
  message: Pick<RunRecord, 'verdict'>,
  pdfs: readonly (Pick<RunRecord, 'verdict' | 'status'> | undefined)[],
): Verdict | undefined {
  if (message.verdict === undefined) return undefined;
  if (pdfs.some((pdf) => !pdf || !FINAL_STATUSES.has(pdf.status))) return undefined;
  if (message.verdict !== 'accepted') return message.verdict;
  const verdicts = pdfs.map((pdf) => pdf?.verdict);
  if (verdicts.length === 0 || verdicts.includes('rejected')) return 'rejected';
  return verdicts.every((v) => v === 'accepted') ? 'accepted' : 'undetermined';
}

/**
 * Sends the answer to a message received by SMTP: the verdict, each finding's fix and a link to the
 * report (built by the outbound mail service; the wiring injects it).
 */
export interface MailReplies {
  sendVerdictReply(r: {
    to: string;
    inReplyTo?: string;
    subject?: string;
    runId: string;
    language: Lang;
    /** The invitation token the sample was sent to: the answer links to the supplier's page. */
    token?: string;
  }): Promise<void>;
}

/** Most PDF runs started for one message (a capture mailbox would refuse more anyway). */
export const MAX_PDF_RUNS_PER_MESSAGE = 10;

/** What the service needs. */
export interface MailRunDeps {
  readonly runs: RunService;
  readonly blobs: Blobs;
  readonly messages: MailMessageStore;
  readonly invitations: InvitationStore;
  readonly mailReplies?: MailReplies;
  readonly log?: Logger;
  readonly now?: () => Date;
}

/** Starts the PDF runs of e-mail runs and answers messages when their runs are final. */
export class MailRunService {
  private readonly log: Logger;
  private readonly pending = new Set<Promise<void>>();
  private readonly onFinished = (run: RunRecord): void => this.track(this.finished(run));

  constructor(private readonly deps: MailRunDeps) {
    this.log = deps.log ?? pino({ enabled: false });
  }

  /** Listens to finished runs and starts the PDF runs a previous process did not get to. */
  start(): void {
    this.deps.runs.on('finished', this.onFinished);
    this.track(this.resume());
  }

  private async resume(): Promise<void> {
    for (const id of await this.deps.messages.waitingForChildren()) {
      const run = await this.deps.runs.get(id);
      if (run) this.track(this.finished(run));
    }
  }

  /** Stops listening and waits for the work in hand. */
  async stop(): Promise<void> {
    this.deps.runs.off('finished', this.onFinished);
    await Promise.all(this.pending);
  }

  /** Resolves when the work started so far is done (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  /**
   * Records a message received by SMTP, so its answer can be sent when its runs are final. Called by
   * the SMTP intake right after the message's run was submitted.
   */
  recordReceived(message: {
    runId: string;
    invitationId?: string;
    replyTo?: string;
    inReplyTo?: string;
    subject?: string;
    token?: string;
    language?: Lang;
  }): Promise<void> {
    return this.deps.messages.insert({
      runId: message.runId,
      ...(message.invitationId !== undefined && { invitationId: message.invitationId }),
      ...(message.replyTo !== undefined && { replyTo: message.replyTo }),
      ...(message.inReplyTo !== undefined && { inReplyTo: message.inReplyTo }),
      ...(message.subject !== undefined && { subject: message.subject }),
      ...(message.token !== undefined && { replyToken: message.token }),
      language: message.language ?? 'nl',
      createdAt: this.now(),
    });
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private track(work: Promise<void>): void {
    const job = work
      .catch((error: unknown) => this.log.error({ err: error }, 'e-mail run: follow-up failed'))
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  private async finished(run: RunRecord): Promise<void> {
    if (run.file.kind === 'email' && run.parentRunId === undefined) await this.startChildren(run);
    await this.answerWhenFinal(run.parentRunId ?? run.id);
  }

  /** Starts one run per PDF attachment of a finished message run (once). */
  private async startChildren(parent: RunRecord): Promise<void> {
    const { messages, runs, invitations } = this.deps;
    const invitationId = await invitations.invitationOfRun(parent.id);
    await messages.insert({
      runId: parent.id,
      ...(invitationId !== undefined && { invitationId }),
      language: 'nl',
      createdAt: this.now(),
    });
    if ((await messages.get(parent.id))?.childrenStartedAt) return;
    const invoices =
      parent.status === 'completed' && !parent.erasedAt
        ? (await readMail(new Uint8Array(await this.deps.blobs.get(parent.file.sha256)))).invoices
        : [];
    // Marked before submitting: a crash in between loses the PDF runs rather than doubling them.
    if (!(await messages.markChildrenStarted(parent.id, this.now()))) return;
    for (const invoice of invoices.slice(0, MAX_PDF_RUNS_PER_MESSAGE)) {
      try {
        const child = await runs.submit({
          bytes: invoice.bytes,
          ...(invoice.name !== undefined && { name: invoice.name }),
          profile: parent.profile,
          ...(parent.buyerId !== undefined && { buyerId: parent.buyerId }),
          parentRunId: parent.id,
          ...(parent.expectedSeller && { expectedSeller: parent.expectedSeller }),
        });
        if (invitationId !== undefined) await invitations.addRun(invitationId, child.id, child.createdAt);
      } catch (error) {
        this.log.error({ err: error, runId: parent.id }, 'could not start the run of a PDF of an e-mail');
      }
    }
  }

  /** Once the message run and every PDF run are final: the answer by e-mail, sent once. */
  private async answerWhenFinal(parentId: string): Promise<void> {
    const message = await this.deps.messages.get(parentId);
    if (!message?.childrenStartedAt || message.repliedAt) return;
    const parent = await this.deps.runs.get(parentId);
    if (!parent || !FINAL_STATUSES.has(parent.status)) return;
    for (const id of parent.childRunIds ?? []) {
      const child = await this.deps.runs.get(id);
      if (!child || !FINAL_STATUSES.has(child.status)) return;
    }
    if (!message.replyTo || !this.deps.mailReplies) return;
    // The claim (a conditional update) answers once, however many finished runs get here together.
    if (!(await this.deps.messages.markReplied(parentId, this.now()))) return;
    this.track(
      this.deps.mailReplies.sendVerdictReply({
        to: message.replyTo,
        ...(message.inReplyTo !== undefined && { inReplyTo: message.inReplyTo }),
        ...(message.subject !== undefined && { subject: message.subject }),
        runId: parentId,
        language: message.language,
        ...(message.replyToken !== undefined && { token: message.replyToken }),
      }),
    );
  }
}
