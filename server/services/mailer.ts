/**
 * Outbound e-mail. Every message is first written to the outbox (`server/store/outbox.ts`), so a send
 * never holds up a request: with a relay (`SMTP_RELAY_URL`, smtp:// or smtps://, user and password in
 * the URL) a background loop sends due messages through it with nodemailer and retries a failed one
 * with back-off (the base wait doubled after each failure) until it is given up as `failed` with its
 * error; without a relay the message is `held` in the outbox, where the buyer's outbox page shows it,
 * so the default start needs no mail server. The queue is bounded: when `maxQueued` messages are
 * waiting, a new one is stored as `failed` ("queue full") instead of growing the queue.
 *
 * Events: `held`, `sent`, `retry`, `failed` — each with the stored message as it is now.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Lang } from '../../engine/model/finding.js';
import type { MailKind, OutboxMessage, OutboxStore } from '../store/outbox.js';

/** How the mailer sends. */
export interface MailerOptions {
  /** The relay (`SMTP_RELAY_URL`): `smtp://user:pass@host:587` or `smtps://…:465`. Absent: messages are held. */
  readonly relayUrl?: string;
  /** The `From` of every message (`MAIL_FROM`). */
  readonly from: string;
  /** Most messages waiting to be sent; beyond it a new message is stored as failed. */
  readonly maxQueued: number;
  /** Attempts per message before it is given up. */
  readonly maxAttempts: number;
  /** Wait before the first retry in ms, doubled after each failure. */
  readonly retryBaseMs: number;
  /** Time-out of connecting to, greeting and talking with the relay, in ms (default 15 s). */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
  /** Where unexpected errors of the loop go. */
  readonly log?: (error: unknown) => void;
}

/** A message to send. */
export interface OutgoingMail {
  /** The buyer on whose behalf it goes (whose outbox shows it). */
  readonly buyerId?: string;
  readonly kind: MailKind;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly language: Lang;
  /** The `Message-ID` this one answers (with angle brackets). */
  readonly inReplyTo?: string;
  /** The thread's message ids, oldest first, separated by spaces. */
  readonly references?: string;
}

/** Refuses a relay URL other than smtp:// or smtps://; the message never shows the password. */
export function checkRelayUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('SMTP_RELAY_URL must be a URL such as smtp://user:password@mail.example.com:587');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`SMTP_RELAY_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  if (!url.hostname) throw new Error('SMTP_RELAY_URL names no host');
  return raw;
}

/** The part after `@` of an address such as `Name <noreply@example.com>`. */
const domainOf = (address: string): string => /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'localhost';

/** One line of an error, without anything that looks like a URL's credentials. */
const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .replace(/\/\/[^@/\s]*@/g, '//')
    .replace(/\s+/g, ' ')
    .slice(0, 500);

const BATCH = 10;

/** Queues, sends and retries outbound mail (see the file comment). */
export class Mailer extends EventEmitter {
  private readonly transport?: Transporter;
  private readonly now: () => Date;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(
    readonly store: OutboxStore,
    private readonly options: MailerOptions,
  ) {
    super();
    this.now = options.now ?? (() => new Date());
    if (options.relayUrl) {
      const timeout = options.timeoutMs ?? 15_000;
      this.transport = nodemailer.createTransport({
        url: checkRelayUrl(options.relayUrl),
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      });
    }
  }

  /** Whether messages go out through a relay (else they are held in the outbox). */
  get relay(): boolean {
    return this.transport !== undefined;
  }

  /** The `From` of every message. */
  get from(): string {
    return this.options.from;
  }

  /**
   * Stores a message and, with a relay, queues it to be sent. Returns at once with the stored message;
   * never throws for a relay that is down or a full queue (the message says so in the outbox).
   * Counting the queue and storing the message are one transaction (a caller's is joined), so
   * concurrent calls cannot all pass on the same free place.
   */
  async enqueue(mail: OutgoingMail): Promise<OutboxMessage> {
    const createdAt = this.now().toISOString();
    const base = {
      ...(mail.buyerId !== undefined && { buyerId: mail.buyerId }),
      kind: mail.kind,
      to: mail.to,
      from: this.options.from,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${randomUUID()}@${domainOf(this.options.from)}>`,
      ...(mail.inReplyTo !== undefined && { inReplyTo: mail.inReplyTo }),
      ...(mail.references !== undefined && { references: mail.references }),
      language: mail.language,
      createdAt,
    };
    if (!this.transport) {
      const held = await this.store.insert({ ...base, status: 'held' });
      this.emit('held', held);
      return held;
    }
    const { message, event } = await this.store.transaction(async () => {
      const waiting = await this.store.pendingCount();
      if (waiting >= this.options.maxQueued) {
        const dropped = await this.store.insert({
          ...base,
          status: 'failed',
          lastError: `Not sent: the send queue is full (${waiting} messages waiting for the mail relay).`,
        });
        return { message: dropped, event: 'failed' as const };
      }
      const queued = await this.store.insert({ ...base, status: 'pending', nextAttemptAt: createdAt });
      return { message: queued, event: undefined };
    });
    if (event) this.emit(event, message);
    else this.kick();
    return message;
  }

  /** Starts sending due messages (also those left pending by an earlier process). */
  start(): void {
    if (!this.transport) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the loop, waiting up to `graceMs` for a send in progress. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.running !== undefined) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.running,
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.transport?.close();
  }

  private kick(): void {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    // A long wait is cut into pieces Node's timers can hold.
    this.timer = setTimeout(() => void this.drain(), Math.min(Math.max(0, delayMs), 2 ** 31 - 1));
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (;;) {
          if (this.stopped) return;
          const due = await this.store.due(this.now().toISOString(), BATCH);
          if (due.length === 0) break;
          for (const message of due) {
            if (this.stopped) return;
            // Several processes may read the same due message: the one whose lease holds sends it.
            const lease = new Date(this.now().getTime() + 5 * 60_000).toISOString();
            if (message.nextAttemptAt && !(await this.store.lease(message.id, message.nextAttemptAt, lease)))
              continue;
            await this.sendOne(message);
          }
        }
      } while (this.again && !this.stopped);
    })().catch((error: unknown) => this.options.log?.(error));
    await this.running;
    this.running = undefined;
    let next: string | undefined;
    try {
      next = await this.store.nextDueAt();
    } catch (error) {
      this.options.log?.(error);
      return;
    }
    if (next !== undefined && !this.stopped) this.schedule(Date.parse(next) - this.now().getTime());
  }

  private async sendOne(message: OutboxMessage): Promise<void> {
    try {
      await this.transport!.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        ...(message.inReplyTo !== undefined && { inReplyTo: message.inReplyTo }),
        ...(message.references !== undefined && { references: message.references }),
        headers: {
          // RFC 3834: an automatic message, so auto-responders do not answer it (no mail loops).
          'Auto-Submitted': message.kind === 'verdict-reply' ? 'auto-replied' : 'auto-generated',
          'Content-Language': message.language,
        },
      });
      await this.store.markSent(message.id, this.now().toISOString());
      this.emit('sent', await this.store.byId(message.id));
    } catch (error) {
      const attempts = message.attempts + 1;
      const reason = errorText(error);
      if (attempts >= this.options.maxAttempts) {
        await this.store.markFailed(message.id, `Given up after ${attempts} attempts: ${reason}`);
        this.emit('failed', await this.store.byId(message.id));
      } else {
        const wait = this.options.retryBaseMs * 2 ** (attempts - 1);
        await this.store.markRetry(message.id, new Date(this.now().getTime() + wait).toISOString(), reason);
        this.emit('retry', await this.store.byId(message.id));
      }
    }
  }
}
