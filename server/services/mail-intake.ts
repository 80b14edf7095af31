/**
 * The test mailbox: an SMTP server (smtp-server) that takes a supplier's sample exactly as live
 * invoices will travel, by e-mail, at `<invitation token>@<MAIL_DOMAIN>`. It takes mail only for live
 * invitations (anything else is `550 5.1.1`; it never relays), refuses a message over the buyer's
 * mailbox limit (declared `SIZE` at `RCPT`, counted bytes during `DATA`: `552 5.3.4`, nothing stored),
 * limits messages per sender and per invitation (`450 4.7.1`), and offers STARTTLS when a certificate
 * is configured. An accepted message becomes a run of the invitation (an e-mail run, see
 * `mail-runs.ts`), recorded so its sender gets an answer by e-mail.
 *
 * SIZE in the EHLO answer is the server's cap (`SMTP_MAX_MESSAGE_MB`): the greeting comes before the
 * recipient, so the buyer's own limit is applied at `RCPT` (a declared `SIZE=`) and during `DATA`.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { readMail } from '../../engine/stages/mail.js';
import type { SmtpConfig } from '../core/config.js';
import { HarnessError } from '../core/errors.js';
import type { Invitation } from '../store/invitations.js';
import type { InvitationService } from './invitations.js';
import type { MailRunService } from './mail-runs.js';

/** An SMTP answer: the reply code, then the enhanced status code and plain text. */
class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    text: string,
  ) {
    super(text);
  }
}

/** Messages per key in the last hour, counted in memory (a restart starts again). */
class HourlyCounter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly now: () => number,
  ) {}

  /** Whether one more is allowed now. */
  allows(key: string): boolean {
    return this.recent(key).length < this.max;
  }

  count(key: string): void {
    this.hits.set(key, [...this.recent(key), this.now()]);
  }

  private recent(key: string): number[] {
    const since = this.now() - 3_600_000;
    const kept = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }
}

/** What the intake needs. */
export interface MailIntakeDeps {
  readonly config: SmtpConfig;
  readonly invitations: InvitationService;
  readonly mailRuns: MailRunService;
  readonly log?: Logger;
  readonly now?: () => Date;
}

/** The SMTP test mailbox. */
export class MailIntake {
  private readonly server: SMTPServer;
  private readonly log: Logger;
  private readonly perSender: HourlyCounter;
  private readonly perInvitation: HourlyCounter;
  /** The invitation each session's recipient opened. */
  private readonly sessions = new Map<string, Invitation>();
  /** The mailbox limit of each session's invitation, found at RCPT TO (the message is read against it). */
  private readonly limits = new Map<string, number>();
  /** Messages taken (for tests and logs). */
  accepted = 0;

  constructor(private readonly deps: MailIntakeDeps) {
    const { config } = deps;
    this.log = deps.log ?? pino({ enabled: false });
    const clock = (): number => (deps.now?.() ?? new Date()).getTime();
    this.perSender = new HourlyCounter(config.maxPerSenderPerHour, clock);
    this.perInvitation = new HourlyCounter(config.maxPerInvitationPerHour, clock);
    const tls =
      config.tlsCertFile && config.tlsKeyFile
        ? { cert: readFileSync(config.tlsCertFile), key: readFileSync(config.tlsKeyFile) }
        : undefined;
    this.server = new SMTPServer({
      name: config.domain,
      banner: 'Proeffactuur test mailbox: send your sample invoice as you will send live invoices',
      size: config.maxMessageBytes,
      disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(tls ?? {}),
      logger: false,
      maxClients: 50,
      socketTimeout: 60_000,
      onMailFrom: (address, session, callback) => callback(this.mailFrom(address, session)),
      onRcptTo: (address, session, callback) => {
        this.rcptTo(address, session).then(
          (reply) => callback(reply),
          (error: unknown) => callback(error as Error),
        );
      },
      onData: (stream, session, callback) => {
        const limit = this.limits.get(session.id) ?? config.maxMessageBytes;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= limit) chunks.push(chunk);
        });
        stream.on('end', () => {
          if (size > limit || stream.sizeExceeded) {
            callback(this.tooLarge(limit));
            return;
          }
          this.take(Buffer.concat(chunks), session).then(
            (runId) => callback(null, `2.0.0 Accepted: your sample is being checked (run ${runId})`),
            (error: unknown) => callback(error as Error),
          );
        });
      },
      onClose: (session) => {
        this.sessions.delete(session.id);
        this.limits.delete(session.id);
      },
    });
    this.server.on('error', (error) => this.log.warn({ err: error }, 'SMTP connection error'));
  }

  /** Starts listening; rejects (with the system's error, e.g. `EADDRINUSE`) when the port cannot be had. */
  listen(): Promise<number> {
    const { port, host } = this.deps.config;
    return new Promise((resolve, reject) => {
      const net = this.server.server;
      const failed = (error: Error): void => reject(error);
      net.once('error', failed);
      this.server.listen(port, host, () => {
        net.off('error', failed);
        resolve((net.address() as AddressInfo).port);
      });
    });
  }

  /** Stops taking connections and closes the open ones. */
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The buyer's mailbox limit for this invitation, within the server's cap. */
  async limitOf(invitation: Invitation): Promise<number> {
    const profile = (await this.deps.invitations.profileOf(invitation))?.profile;
    const own = profile?.mail?.maxMessageBytes ?? profile?.delivery?.maxEmailBytes;
    return Math.min(own ?? this.deps.config.maxMessageBytes, this.deps.config.maxMessageBytes);
  }

  private senderKey(address: SMTPServerAddress | false, session: SMTPServerSession): string {
    const from = address ? address.address.toLowerCase() : '';
    return `${from}|${session.remoteAddress}`;
  }

  private mailFrom(address: SMTPServerAddress, session: SMTPServerSession): SmtpReply | null {
    if (!this.perSender.allows(this.senderKey(address, session)))
      return new SmtpReply(
        450,
        `4.7.1 Too many messages from ${address.address || 'you'} in the last hour: try again later (at most ${this.deps.config.maxPerSenderPerHour} per hour)`,
      );
    return null;
  }

  private async rcptTo(address: SMTPServerAddress, session: SMTPServerSession): Promise<SmtpReply | null> {
    const at = address.address.lastIndexOf('@');
    const local = address.address.slice(0, at);
    const domain = address.address.slice(at + 1).toLowerCase();
    const unknown = new SmtpReply(
      550,
      `5.1.1 <${address.address}>: no such test mailbox (the address is unknown, revoked or expired; it is on your invitation page)`,
    );
    if (at < 0 || domain !== this.deps.config.domain) return unknown;
    let invitation: Invitation;
    try {
      invitation = await this.deps.invitations.open(local);
    } catch {
      return unknown;
    }
    const already = this.sessions.get(session.id);
    if (already && already.id !== invitation.id)
      return new SmtpReply(
        452,
        '4.5.3 One test mailbox per message: send a separate message to each address',
      );
    if (!this.perInvitation.allows(invitation.id))
      return new SmtpReply(
        450,
        `4.7.1 This test mailbox received too many messages in the last hour: try again later (at most ${this.deps.config.maxPerInvitationPerHour} per hour)`,
      );
    const limit = await this.limitOf(invitation);
    const mailFrom = session.envelope.mailFrom;
    const args = mailFrom ? (mailFrom.args as Record<string, string> | false) : false;
    const declared = Number(args ? args.SIZE : undefined);
    if (Number.isFinite(declared) && declared > limit) return this.tooLarge(limit);
    this.sessions.set(session.id, invitation);
    this.limits.set(session.id, limit);
    return null;
  }

  private tooLarge(limit: number): SmtpReply {
    const mb = (limit / (1024 * 1024)).toFixed(1);
    return new SmtpReply(
      552,
      `5.3.4 Message too big for this mailbox: the buyer accepts at most ${limit} bytes (${mb} MB) per e-mail, attachments encoded. Nothing was stored`,
    );
  }

  /** Stores an accepted message as a run of its invitation; the answer's facts are recorded. */
  private async take(bytes: Buffer, session: SMTPServerSession): Promise<string> {
    const invitation = this.sessions.get(session.id);
    if (!invitation) throw new SmtpReply(503, '5.5.1 No valid recipient');
    const content = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const { facts } = await readMail(content);
    let runId: string;
    try {
      runId = (await this.deps.invitations.submit(invitation, { bytes: content, name: 'e-mail.eml' })).id;
    } catch (error) {
      const code = error instanceof HarnessError ? error.code : 'internal';
      this.log.warn({ err: error, invitationId: invitation.id, code }, 'e-mail sample not taken');
      throw new SmtpReply(
        451,
        code === 'profile_archived' || code === 'profile_not_found'
          ? '4.3.0 This test mailbox cannot take samples now: ask the buyer to check the invitation'
          : '4.3.0 The checker is busy: try again in a few minutes',
      );
    }
    // The address's local part is the invitation's token: the answer links to the supplier's page.
    const recipient = session.envelope.rcptTo[0]?.address ?? '';
    const token = recipient.includes('@') ? recipient.slice(0, recipient.lastIndexOf('@')) : '';
    const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const replyTo = facts.from ?? (envelopeFrom || undefined);
    await this.deps.mailRuns.recordReceived({
      runId,
      invitationId: invitation.id,
      ...(replyTo !== undefined && { replyTo }),
      ...(facts.messageId !== undefined && { inReplyTo: facts.messageId }),
      ...(facts.subject !== undefined && { subject: facts.subject }),
      ...(token && { token }),
      language: invitation.language,
    });
    this.perSender.count(this.senderKey(session.envelope.mailFrom, session));
    this.perInvitation.count(invitation.id);
    this.accepted++;
    this.log.info({ runId, invitationId: invitation.id, bytes: bytes.length }, 'e-mail sample received');
    return runId;
  }
}
