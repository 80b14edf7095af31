/**
 * Buyers' webhook endpoints and the deliveries made to them (and to runs' callback URLs). Deliveries
 * are rows, so a restart loses none: a pending delivery is sent when its `next_attempt_at` comes. A
 * delivery being sent is leased (its next attempt moved past the send's deadline), so a crash mid-send
 * retries it instead of losing it.
 */
import { onDb } from './turns.js';
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';

/** The events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['run.completed', 'run.approved', 'run.rejected'] as const;
/** One of the events. */
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A buyer's webhook endpoint (its secret is shown once, when it is created). */
export interface Webhook {
  readonly id: string;
  readonly buyerId: string;
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  readonly description?: string;
  readonly enabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where a delivery is. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event sent (or to be sent) to one URL. */
export interface Delivery {
  readonly id: string;
  /** The webhook it is for; absent for a run's callback URL. */
  readonly webhookId?: string;
  readonly runId?: string;
  readonly eventId: string;
  readonly event: WebhookEvent;
  readonly url: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt?: string;
  readonly lastAttemptAt?: string;
  /** HTTP status of the last answer. */
  readonly lastStatus?: number;
  /** Why the last attempt failed (no answer, or a non-2xx status). */
  readonly lastError?: string;
  readonly createdAt: string;
  readonly deliveredAt?: string;
}

/** A delivery with what it takes to send it. */
export interface DueDelivery extends Delivery {
  readonly secret: string;
  readonly payload: string;
}

/** Shape of webhook ids. */
export const WEBHOOK_ID = /^whk_[A-Za-z0-9_-]{16}$/;

const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
/** A new signing secret: `whsec_` and 256 random bits. */
export const newWebhookSecret = (): string => `whsec_${random(32)}`;

interface WebhookRow {
  id: string;
  buyer_id: string;
  url: string;
  events: string;
  secret: string;
  description: string | null;
  enabled: number;
  created_at: string;
  updated_at: string;
}

const webhookFromRow = (row: WebhookRow): Webhook => ({
  id: row.id,
  buyerId: row.buyer_id,
  url: row.url,
  events: row.events.split(' ') as WebhookEvent[],
  ...(row.description !== null && { description: row.description }),
  enabled: row.enabled === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

interface DeliveryRow {
  id: string;
  webhook_id: string | null;
  run_id: string | null;
  event_id: string;
  event_type: WebhookEvent;
  url: string;
  secret: string;
  payload_json: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  last_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

const deliveryFromRow = (row: DeliveryRow): Delivery => ({
  id: row.id,
  ...(row.webhook_id !== null && { webhookId: row.webhook_id }),
  ...(row.run_id !== null && { runId: row.run_id }),
  eventId: row.event_id,
  event: row.event_type,
  url: row.url,
  status: row.status,
  attempts: row.attempts,
  ...(row.status === 'pending' && { nextAttemptAt: row.next_attempt_at }),
  ...(row.last_attempt_at !== null && { lastAttemptAt: row.last_attempt_at }),
  ...(row.last_status !== null && { lastStatus: row.last_status }),
  ...(row.last_error !== null && { lastError: row.last_error }),
  createdAt: row.created_at,
  ...(row.delivered_at !== null && { deliveredAt: row.delivered_at }),
});

/** Data access for webhooks and deliveries. */
export class WebhookStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO webhooks (id, buyer_id, url, events, secret, description, enabled, created_at, updated_at)
         VALUES (@id, @buyerId, @url, @events, @secret, @description, @enabled, @now, @now)`,
      ),
      get: db.prepare('SELECT * FROM webhooks WHERE id = ? AND buyer_id = ?'),
      list: db.prepare('SELECT * FROM webhooks WHERE buyer_id = ? ORDER BY created_at, rowid'),
      update: db.prepare(
        `UPDATE webhooks SET url = @url, events = @events, description = @description, enabled = @enabled,
                             updated_at = @now
         WHERE id = @id AND buyer_id = @buyerId`,
      ),
      delete: db.prepare('DELETE FROM webhooks WHERE id = ? AND buyer_id = ?'),
      subscribers: db.prepare(
        `SELECT * FROM webhooks WHERE buyer_id = ? AND enabled = 1
           AND (' ' || events || ' ') LIKE ('% ' || ? || ' %')`,
      ),
      insertDelivery: db.prepare(
        `INSERT INTO webhook_deliveries (id, webhook_id, run_id, event_id, event_type, url, secret, payload_json,
                                         status, next_attempt_at, created_at)
         VALUES (@id, @webhookId, @runId, @eventId, @event, @url, @secret, @payload, 'pending', @now, @now)`,
      ),
      due: db.prepare(
        `SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
         ORDER BY next_attempt_at LIMIT ?`,
      ),
      nextDue: db.prepare(
        `SELECT MIN(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'`,
      ),
      lease: db.prepare(
        `UPDATE webhook_deliveries SET next_attempt_at = @until
         WHERE id = @id AND status = 'pending' AND next_attempt_at = @expected`,
      ),
      delivered: db.prepare(
        `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_attempt_at = @now,
                                       last_status = @httpStatus, last_error = NULL, delivered_at = @now
         WHERE id = @id`,
      ),
      failedAttempt: db.prepare(
        `UPDATE webhook_deliveries SET status = @status, attempts = attempts + 1, last_attempt_at = @now,
                                       last_status = @httpStatus, last_error = @error,
                                       next_attempt_at = @next
         WHERE id = @id`,
      ),
      deliveriesOf: db.prepare(
        `SELECT * FROM webhook_deliveries WHERE webhook_id = @webhookId
           AND (@status IS NULL OR status = @status)
           AND (@afterCreatedAt IS NULL OR (created_at, id) < (@afterCreatedAt, @afterId))
         ORDER BY created_at DESC, id DESC LIMIT @limit`,
      ),
      getDelivery: db.prepare('SELECT * FROM webhook_deliveries WHERE id = ?'),
      purge: db.prepare(`DELETE FROM webhook_deliveries WHERE created_at < ? AND status != 'pending'`),
    };
  }

  /** Stores a new webhook; returns it with its secret (shown once). */
  async create(
    buyerId: string,
    input: { url: string; events: readonly WebhookEvent[]; description?: string; enabled?: boolean },
    now: string,
  ): Promise<{ webhook: Webhook; secret: string }> {
    return onDb(this.db, () => {
      const id = `whk_${random(12)}`;
      const secret = newWebhookSecret();
      this.statements.insert.run({
        id,
        buyerId,
        url: input.url,
        events: [...new Set(input.events)].join(' '),
        secret,
        description: input.description ?? null,
        enabled: input.enabled === false ? 0 : 1,
        now,
      });
      return { webhook: this.getSync(buyerId, id)!, secret };
    });
  }

  /** A buyer's webhook; undefined when it is not this buyer's. */
  async get(buyerId: string, id: string): Promise<Webhook | undefined> {
    return onDb(this.db, () => this.getSync(buyerId, id));
  }

  private getSync(buyerId: string, id: string): Webhook | undefined {
    if (!WEBHOOK_ID.test(id)) return undefined;
    const row = this.statements.get.get(id, buyerId) as WebhookRow | undefined;
    return row && webhookFromRow(row);
  }

  /** A buyer's webhooks, oldest first. */
  async list(buyerId: string): Promise<Webhook[]> {
    return onDb(this.db, () => {
      return (this.statements.list.all(buyerId) as WebhookRow[]).map(webhookFromRow);
    });
  }

  /** Changes a buyer's webhook; undefined when there is none. */
  async update(
    buyerId: string,
    id: string,
    changes: {
      url?: string;
      events?: readonly WebhookEvent[];
      description?: string | null;
      enabled?: boolean;
    },
    now: string,
  ): Promise<Webhook | undefined> {
    return onDb(this.db, () => {
      const current = this.getSync(buyerId, id);
      if (!current) return undefined;
      this.statements.update.run({
        id,
        buyerId,
        url: changes.url ?? current.url,
        events: [...new Set(changes.events ?? current.events)].join(' '),
        description: changes.description === undefined ? (current.description ?? null) : changes.description,
        enabled: (changes.enabled ?? current.enabled) ? 1 : 0,
        now,
      });
      return this.getSync(buyerId, id);
    });
  }

  /** Deletes a buyer's webhook and its deliveries; false when there is none. */
  async delete(buyerId: string, id: string): Promise<boolean> {
    return onDb(this.db, () => {
      if (!WEBHOOK_ID.test(id)) return false;
      return this.statements.delete.run(id, buyerId).changes > 0;
    });
  }

  /** The enabled webhooks of a buyer that subscribe to an event, with their secrets. */
  async subscribers(buyerId: string, event: WebhookEvent): Promise<(Webhook & { secret: string })[]> {
    return onDb(this.db, () => {
      return (this.statements.subscribers.all(buyerId, event) as WebhookRow[]).map((row) => ({
        ...webhookFromRow(row),
        secret: row.secret,
      }));
    });
  }

  /** Queues a delivery, due at once. */
  async enqueue(
    delivery: {
      webhookId?: string;
      runId?: string;
      eventId: string;
      event: WebhookEvent;
      url: string;
      secret: string;
      payload: string;
    },
    now: string,
  ): Promise<string> {
    return onDb(this.db, () => {
      const id = `dlv_${random(12)}`;
      this.statements.insertDelivery.run({
        id,
        webhookId: delivery.webhookId ?? null,
        runId: delivery.runId ?? null,
        eventId: delivery.eventId,
        event: delivery.event,
        url: delivery.url,
        secret: delivery.secret,
        payload: delivery.payload,
        now,
      });
      return id;
    });
  }

  /**
   * Takes up to `limit` deliveries due at `now` and leases them until `leaseUntil`: a crash during the
   * send leaves them pending, to be tried again after the lease.
   */
  async claimDue(now: string, leaseUntil: string, limit: number): Promise<DueDelivery[]> {
    return onDb(this.db, () => {
      return this.db.transaction(() => {
        const rows = this.statements.due.all(now, limit) as DeliveryRow[];
        return rows
          .filter(
            (row) =>
              this.statements.lease.run({ id: row.id, until: leaseUntil, expected: row.next_attempt_at })
                .changes > 0,
          )
          .map((row) => ({ ...deliveryFromRow(row), secret: row.secret, payload: row.payload_json }));
      })();
    });
  }

  /** When the next pending delivery is due, if any. */
  async nextDueAt(): Promise<string | undefined> {
    return onDb(this.db, () => {
      return (this.statements.nextDue.get() as { at: string | null }).at ?? undefined;
    });
  }

  /** Records a 2xx answer. */
  async markDelivered(id: string, httpStatus: number, now: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.delivered.run({ id, httpStatus, now });
    });
  }

  /** Records a failed attempt: pending again at `next`, or `failed` for good when `next` is undefined. */
  async markFailed(
    id: string,
    outcome: { httpStatus?: number; error: string },
    now: string,
    next?: string,
  ): Promise<void> {
    return onDb(this.db, () => {
      this.statements.failedAttempt.run({
        id,
        status: next === undefined ? 'failed' : 'pending',
        httpStatus: outcome.httpStatus ?? null,
        error: outcome.error.slice(0, 500),
        now,
        next: next ?? now,
      });
    });
  }

  /** A delivery by id. */
  async delivery(id: string): Promise<Delivery | undefined> {
    return onDb(this.db, () => {
      const row = this.statements.getDelivery.get(id) as DeliveryRow | undefined;
      return row && deliveryFromRow(row);
    });
  }

  /** A page of a webhook's deliveries, newest first. */
  async deliveriesOf(query: {
    webhookId: string;
    status?: DeliveryStatus;
    after?: { createdAt: string; id: string };
    limit: number;
  }): Promise<Delivery[]> {
    return onDb(this.db, () => {
      return (
        this.statements.deliveriesOf.all({
          webhookId: query.webhookId,
          status: query.status ?? null,
          afterCreatedAt: query.after?.createdAt ?? null,
          afterId: query.after?.id ?? null,
          limit: query.limit,
        }) as DeliveryRow[]
      ).map(deliveryFromRow);
    });
  }

  /** Removes finished deliveries created before `before`; returns how many. */
  async purge(before: string): Promise<number> {
    return onDb(this.db, () => {
      return this.statements.purge.run(before).changes;
    });
  }
}
