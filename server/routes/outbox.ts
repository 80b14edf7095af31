/**
 * A buyer's outbox: the e-mails the server sent (or, without a relay, kept) on the buyer's behalf —
 * invitations, reminders, notices, verdict replies — with their delivery state and last error. Any
 * valid key or session of the buyer may read it; another buyer's message is 404, like one that does
 * not exist.
 */
import { Router } from 'express';
import { HarnessError } from '../core/errors.js';
import { requirePrincipal } from '../http/auth.js';
import { decodeCursor, encodeCursor } from '../http/query.js';
import type { BuyerStore } from '../store/buyers.js';
import type { OutboxMessage, OutboxStatus, OutboxStore } from '../store/outbox.js';

/** The public JSON shape of a message (with its body: the outbox is where a held message is read). */
export function outboxView(message: OutboxMessage): Record<string, unknown> {
  return {
    id: message.id,
    kind: message.kind,
    to: message.to,
    from: message.from,
    subject: message.subject,
    text: message.text,
    language: message.language,
    messageId: message.messageId,
    inReplyTo: message.inReplyTo ?? null,
    status: message.status,
    attempts: message.attempts,
    nextAttemptAt: message.nextAttemptAt ?? null,
    lastError: message.lastError ?? null,
    createdAt: message.createdAt,
    sentAt: message.sentAt ?? null,
  };
}

/** The outbox routes. */
export function outboxRouter(store: OutboxStore, buyers: BuyerStore): Router {
  const router = Router();

  router.get('/outbox', async (req, res) => {
    const buyer = (await requirePrincipal(req, buyers)).buyer;
    // `limit` and `status` are checked against the OpenAPI document (`validator.parameters()`).
    const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
    const status = typeof req.query.status === 'string' ? (req.query.status as OutboxStatus) : undefined;
    const after = decodeCursor(req.query.cursor);
    const page = await store.list({
      buyerId: buyer.id,
      ...(status !== undefined && { status: status as OutboxStatus }),
      ...(after && { after }),
      limit: limit + 1,
    });
    const shown = page.slice(0, limit);
    res.set('Cache-Control', 'no-store');
    res.json({
      messages: shown.map(outboxView),
      nextCursor: page.length > limit ? encodeCursor(shown[shown.length - 1]!) : null,
    });
  });

  router.get('/outbox/:id', async (req, res) => {
    const buyer = (await requirePrincipal(req, buyers)).buyer;
    const message = await store.get(buyer.id, String(req.params.id));
    if (!message) throw new HarnessError('outbox_message_not_found');
    res.set('Cache-Control', 'no-store');
    res.json(outboxView(message));
  });

  return router;
}
