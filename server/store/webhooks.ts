/**
 * Buyers' webhook endpoints and the deliveries made to them (and to runs' callback URLs). Deliveries
 * are rows, so a restart loses none: a pending delivery is sent when its `next_attempt_at` comes. A
 * delivery being sent is leased (its next attempt moved past the send's deadline), so a crash mid-send
 * retries it instead of losing it.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

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
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Stores a new webhook; returns it with its secret (shown once). */
  async create(
    buyerId: string,
    input: { url: string; events: readonly WebhookEvent[]; description?: string; enabled?: boolean },
    now: string,
  ): Promise<{ webhook: Webhook; secret: string }> {
    const id = `whk_${random(12)}`;
    const secret = newWebhookSecret();
    const row = await this.sql.get<WebhookRow>(
      `INSERT INTO webhooks (id, buyer_id, url, events, secret, description, enabled, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        id,
        buyerId,
        input.url,
        [...new Set(input.events)].join(' '),
        secret,
        input.description ?? null,
        input.enabled === false ? 0 : 1,
        now,
        now,
      ],
    );
    return { webhook: webhookFromRow(row!), secret };
  }

  /** A buyer's webhook; undefined when it is not this buyer's. */
  async get(buyerId: string, id: string): Promise<Webhook | undefined> {
    if (!WEBHOOK_ID.test(id)) return undefined;
    const row = await this.sql.get<WebhookRow>('SELECT * FROM webhooks WHERE id = ? AND buyer_id = ?', [
      id,
      buyerId,
    ]);
    return row && webhookFromRow(row);
  }

  /** A buyer's webhooks, oldest first. */
  async list(buyerId: string): Promise<Webhook[]> {
    return (
      await this.sql.all<WebhookRow>('SELECT * FROM webhooks WHERE buyer_id = ? ORDER BY created_at, rowid', [
        buyerId,
      ])
    ).map(webhookFromRow);
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
    if (!WEBHOOK_ID.test(id)) return undefined;
    // One statement: what is not changed keeps its stored value (COALESCE/CASE), so a concurrent
    // update of another field is never overwritten with a value read before it.
    const row = await this.sql.get<WebhookRow>(
      `UPDATE webhooks SET url = COALESCE(CAST(? AS TEXT), url),
                           events = COALESCE(CAST(? AS TEXT), events),
                           description = CASE WHEN CAST(? AS INTEGER) = 1 THEN CAST(? AS TEXT) ELSE description END,
                           enabled = COALESCE(CAST(? AS INTEGER), enabled),
                           updated_at = ?
       WHERE id = ? AND buyer_id = ? RETURNING *`,
      [
        changes.url ?? null,
        changes.events === undefined ? null : [...new Set(changes.events)].join(' '),
        changes.description === undefined ? 0 : 1,
        changes.description ?? null,
        changes.enabled === undefined ? null : changes.enabled ? 1 : 0,
        now,
        id,
        buyerId,
      ],
    );
    return row && webhookFromRow(row);
  }

  /** Deletes a buyer's webhook and its deliveries; false when there is none. */
  async delete(buyerId: string, id: string): Promise<boolean> {
    if (!WEBHOOK_ID.test(id)) return false;
    return (
      (await this.sql.run('DELETE FROM webhooks WHERE id = ? AND buyer_id = ?', [id, buyerId])).changes > 0
    );
  }

  /** The enabled webhooks of a buyer that subscribe to an event, with their secrets. */
  async subscribers(buyerId: string, event: WebhookEvent): Promise<(Webhook & { secret: string })[]> {
    const rows = await this.sql.all<WebhookRow>(
      `SELECT * FROM webhooks WHERE buyer_id = ? AND enabled = 1
         AND (' ' || events || ' ') LIKE ('% ' || CAST(? AS TEXT) || ' %')
       ORDER BY created_at, rowid`,
      [buyerId, event],
    );
    return rows.map((row) => ({ ...webhookFromRow(row), secret: row.secret }));
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
    const id = `dlv_${random(12)}`;
    await this.sql.run(
      `INSERT INTO webhook_deliveries (id, webhook_id, run_id, event_id, event_type, url, secret, payload_json,
                                       status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      [
        id,
        delivery.webhookId ?? null,
        delivery.runId ?? null,
        delivery.eventId,
        delivery.event,
        delivery.url,
        delivery.secret,
        delivery.payload,
        now,
        now,
      ],
    );
    return id;
  }

  /**
   * Takes up to `limit` deliveries due at `now` and leases them until `leaseUntil`: a crash during the
   * send leaves them pending, to be tried again after the lease.
   */
  async claimDue(now: string, leaseUntil: string, limit: number): Promise<DueDelivery[]> {
    const rows = await this.sql.all<DeliveryRow>(
      `SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, rowid LIMIT ?`,
      [now, limit],
    );
    // Each lease is a compare-and-set on the `next_attempt_at` that was read: of two claimers (in
    // this process or another, on either backend) that read the same row, exactly one changes it
    // (PostgreSQL re-checks the WHERE on the row the first one committed). No transaction is needed,
    // so no claimer holds several row locks at once (no deadlock between claimers).
    const claimed: DueDelivery[] = [];
    for (const row of rows) {
      const { changes } = await this.sql.run(
        `UPDATE webhook_deliveries SET next_attempt_at = ?
         WHERE id = ? AND status = 'pending' AND next_attempt_at = ?`,
        [leaseUntil, row.id, row.next_attempt_at],
      );
      if (changes > 0)
        claimed.push({ ...deliveryFromRow(row), secret: row.secret, payload: row.payload_json });
    }
    return claimed;
  }

  /** When the next pending delivery is due, if any. */
  async nextDueAt(): Promise<string | undefined> {
    const row = await this.sql.get<{ at: string | null }>(
      `SELECT MIN(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'`,
    );
    return row?.at ?? undefined;
  }

  /** Records a 2xx answer. */
  async markDelivered(id: string, httpStatus: number, now: string): Promise<void> {
    await this.sql.run(
      `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_attempt_at = ?,
                                     last_status = ?, last_error = NULL, delivered_at = ?
       WHERE id = ?`,
      [now, httpStatus, now, id],
    );
  }

  /** Records a failed attempt: pending again at `next`, or `failed` for good when `next` is undefined. */
  async markFailed(
    id: string,
    outcome: { httpStatus?: number; error: string },
    now: string,
    next?: string,
  ): Promise<void> {
    await this.sql.run(
      `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_attempt_at = ?,
                                     last_status = ?, last_error = ?, next_attempt_at = ?
       WHERE id = ?`,
      [
        next === undefined ? 'failed' : 'pending',
        now,
        outcome.httpStatus ?? null,
        outcome.error.slice(0, 500),
        next ?? now,
        id,
      ],
    );
  }

  /** A delivery by id. */
  async delivery(id: string): Promise<Delivery | undefined> {
    const row = await this.sql.get<DeliveryRow>('SELECT * FROM webhook_deliveries WHERE id = ?', [id]);
    return row && deliveryFromRow(row);
  }

  /** A page of a webhook's deliveries, newest first. */
  async deliveriesOf(query: {
    webhookId: string;
    status?: DeliveryStatus;
    after?: { createdAt: string; id: string };
    limit: number;
  }): Promise<Delivery[]> {
    const status = query.status ?? null;
    const afterCreatedAt = query.after?.createdAt ?? null;
    const afterId = query.after?.id ?? null;
    return (
      await this.sql.all<DeliveryRow>(
        `SELECT * FROM webhook_deliveries WHERE webhook_id = ?
           AND (CAST(? AS TEXT) IS NULL OR status = ?)
           AND (CAST(? AS TEXT) IS NULL OR (created_at, id) < (CAST(? AS TEXT), CAST(? AS TEXT)))
         ORDER BY created_at DESC, id DESC LIMIT ?`,
        [query.webhookId, status, status, afterCreatedAt, afterCreatedAt, afterId, query.limit],
      )
    ).map(deliveryFromRow);
  }

  /** Removes finished deliveries created before `before`; returns how many. */
  async purge(before: string): Promise<number> {
    return (
      await this.sql.run(`DELETE FROM webhook_deliveries WHERE created_at < ? AND status != 'pending'`, [
        before,
      ])
    ).changes;
  }
}
