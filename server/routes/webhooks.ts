/**
 * A buyer's webhook endpoints: register (the signing secret is shown once), list, read, change,
 * delete, and the deliveries made to each with their status. Reading needs any valid key; changing
 * needs the `webhooks:write` scope. Another buyer's webhook is 404, like one that does not exist.
 */
import express, { type Request, type Response, Router } from 'express';
import { HarnessError } from '../core/errors.js';
import { authenticated, requirePrincipal } from '../http/auth.js';
import type { RequestValidator } from '../http/openapi/validate.js';
import { decodeCursor, encodeCursor } from '../http/query.js';
import { checkOutboundUrl } from '../services/outbound.js';
import type { Buyer, BuyerStore } from '../store/buyers.js';
import type { DeliveryStatus, Webhook, WebhookEvent, WebhookStore } from '../store/webhooks.js';

const self = (id: string): string => `/api/webhooks/${id}`;

/** The public JSON shape of a webhook (never its secret, except once at creation). */
export function webhookView(webhook: Webhook): Record<string, unknown> {
  return {
    id: webhook.id,
    url: webhook.url,
    events: webhook.events,
    description: webhook.description ?? null,
    enabled: webhook.enabled,
    createdAt: webhook.createdAt,
    updatedAt: webhook.updatedAt,
    links: { self: self(webhook.id), deliveries: `${self(webhook.id)}/deliveries` },
  };
}

const webhookNotFound = (): HarnessError => new HarnessError('webhook_not_found');

const json = express.json({
  limit: 256 * 1024,
  strict: true,
  type: ['application/json', 'application/*+json'],
});

function jsonBody(req: Request): Record<string, unknown> {
  if (!req.is(['application/json', 'application/*+json'])) {
    throw new HarnessError('expected_json', { variant: 'webhook' });
  }
  return req.body as Record<string, unknown>;
}

/** The webhook routes. */
export function webhooksRouter(
  store: WebhookStore,
  options: { buyers: BuyerStore; validator: RequestValidator; refusePrivateUrls: boolean; now?: () => Date },
): Router {
  const router = Router();
  const now = (): string => (options.now?.() ?? new Date()).toISOString();
  const reader = async (req: Request): Promise<Buyer> => (await requirePrincipal(req, options.buyers)).buyer;
  const writer = authenticated(options.buyers, 'webhooks:write');
  const owner = (res: Response): Buyer => res.locals.buyer as Buyer;
  const url = async (raw: unknown): Promise<string> =>
    (await checkOutboundUrl(String(raw), { refusePrivate: options.refusePrivateUrls, field: 'url' })).href;
  const found = async (buyer: Buyer, id: string): Promise<Webhook> => {
    const webhook = await store.get(buyer.id, id);
    if (!webhook) throw webhookNotFound();
    return webhook;
  };

  router.get('/webhooks', async (req, res) => {
    res.json({ webhooks: (await store.list((await reader(req)).id)).map(webhookView) });
  });

  router.post('/webhooks', writer, json, async (req, res) => {
    const body = jsonBody(req);
    options.validator.checkJsonBody('createWebhook', body);
    const { webhook, secret } = await store.create(
      owner(res).id,
      {
        url: await url(body.url),
        events: body.events as WebhookEvent[],
        ...(typeof body.description === 'string' && { description: body.description }),
        ...(typeof body.enabled === 'boolean' && { enabled: body.enabled }),
      },
      now(),
    );
    res
      .status(201)
      .location(self(webhook.id))
      .json({ ...webhookView(webhook), secret });
  });

  router.get('/webhooks/:id', async (req, res) => {
    res.json(webhookView(await found(await reader(req), req.params.id)));
  });

  router.patch('/webhooks/:id', writer, json, async (req, res) => {
    const body = jsonBody(req);
    await found(owner(res), String(req.params.id));
    options.validator.checkJsonBody('updateWebhook', body);
    const updated = await store.update(
      owner(res).id,
      String(req.params.id),
      {
        ...(body.url !== undefined && { url: await url(body.url) }),
        ...(body.events !== undefined && { events: body.events as WebhookEvent[] }),
        ...(body.description !== undefined && { description: body.description as string | null }),
        ...(body.enabled !== undefined && { enabled: body.enabled as boolean }),
      },
      now(),
    );
    if (!updated) throw webhookNotFound();
    res.json(webhookView(updated));
  });

  router.delete('/webhooks/:id', writer, async (req, res) => {
    if (!(await store.delete(owner(res).id, String(req.params.id)))) throw webhookNotFound();
    res.status(204).end();
  });

  router.get('/webhooks/:id/deliveries', async (req, res) => {
    const webhook = await found(await reader(req), req.params.id);
    const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
    const page = await store.deliveriesOf({
      webhookId: webhook.id,
      ...(typeof req.query.status === 'string' && { status: req.query.status as DeliveryStatus }),
      ...(req.query.cursor !== undefined && { after: decodeCursor(req.query.cursor)! }),
      limit: limit + 1,
    });
    const shown = page.slice(0, limit);
    res.json({
      deliveries: shown.map((d) => ({
        id: d.id,
        eventId: d.eventId,
        event: d.event,
        runId: d.runId ?? null,
        status: d.status,
        attempts: d.attempts,
        nextAttemptAt: d.nextAttemptAt ?? null,
        lastAttemptAt: d.lastAttemptAt ?? null,
        lastStatus: d.lastStatus ?? null,
        lastError: d.lastError ?? null,
        createdAt: d.createdAt,
        deliveredAt: d.deliveredAt ?? null,
      })),
      nextCursor: page.length > limit ? encodeCursor(shown[shown.length - 1]!) : null,
    });
  });

  return router;
}
