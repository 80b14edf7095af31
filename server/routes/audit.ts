/**
 * Overrides' companions: waivers and the audit log.
 * `GET /api/audit` (any key or session of the buyer, read-only keys too): the append-only log, newest
 * first, filtered by entity, action and time, paged with `cursor`. `GET|POST /api/invitations/:id/waivers`
 * and `DELETE /api/waivers/:id` (scope `runs:write`: a read-only key gets 403): waive one check for one
 * supplier, and take the waiver back.
 */
import express, { type Request, Router } from 'express';
import { HarnessError } from '../core/errors.js';
import { actorOf } from '../http/actor.js';
import { requireBuyer } from '../http/auth.js';
import { decodeCursor, encodeCursor } from '../http/query.js';
import type { AuditService } from '../services/audit.js';
import type { WaiverService } from '../services/waivers.js';
import type { AuditAction, AuditEntityType, AuditEntry } from '../store/audit.js';
import type { BuyerStore } from '../store/buyers.js';
import type { UserStore } from '../store/users.js';

const json = express.json({ limit: '16kb', strict: true });

/** An audit entry as the API shows it. */
export function auditView(entry: AuditEntry): Record<string, unknown> {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: { type: entry.entityType, id: entry.entityId },
    reason: entry.reason ?? null,
    data: entry.data ?? null,
  };
}

/** A date (`YYYY-MM-DD`, its start in UTC) or moment as an ISO moment (the document checks the shape). */
const moment = (raw: unknown): string | undefined =>
  typeof raw === 'string' && !Number.isNaN(Date.parse(raw))
    ? new Date(Date.parse(raw)).toISOString()
    : undefined;

/** The routes. */
export function auditRouter(deps: {
  audit: AuditService;
  waivers: WaiverService;
  buyers: BuyerStore;
  users: UserStore;
}): Router {
  const { audit, waivers, buyers, users } = deps;
  const router = Router();
  const writer = (req: Request) => requireBuyer(req, buyers, 'runs:write');

  router.get('/audit', async (req, res) => {
    const buyer = await requireBuyer(req, buyers);
    const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
    const str = (name: string): string | undefined =>
      typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined;
    const from = moment(req.query.from);
    const to = moment(req.query.to);
    const cursor = decodeCursor(req.query.cursor);
    if (cursor !== undefined && !/^[1-9][0-9]{0,15}$/.test(cursor.id))
      throw new HarnessError('cursor_invalid');
    const page = await audit.list(buyer, {
      ...(str('entityType') !== undefined && { entityType: str('entityType') as AuditEntityType }),
      ...(str('entityId') !== undefined && { entityId: str('entityId')! }),
      ...(str('action') !== undefined && { action: str('action') as AuditAction }),
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
      ...(cursor !== undefined && { beforeId: Number(cursor.id) }),
      limit: limit + 1, // one more tells whether there is a next page
    });
    const shown = page.slice(0, limit);
    const last = shown[shown.length - 1];
    res.set('Cache-Control', 'no-store').json({
      entries: shown.map(auditView),
      nextCursor:
        page.length > limit && last ? encodeCursor({ createdAt: last.at, id: String(last.id) }) : null,
    });
  });

  router.get('/invitations/:id/waivers', async (req, res) => {
    const buyer = await requireBuyer(req, buyers);
    res.json({ waivers: (await waivers.list(buyer, req.params.id)).map((w) => waivers.view(w)) });
  });

  router.post('/invitations/:id/waivers', json, async (req, res) => {
    const buyer = await writer(req);
    if (!req.is('application/json')) throw new HarnessError('expected_json', { variant: 'data' });
    const waiver = await waivers.create(buyer, await actorOf(req, users), req.params.id, req.body as unknown);
    res.status(201).location(`/api/waivers/${waiver.id}`).json(waivers.view(waiver));
  });

  router.delete('/waivers/:id', async (req, res) => {
    const buyer = await writer(req);
    res.json(
      waivers.view(await waivers.remove(buyer, await actorOf(req, users), req.params.id, req.query.reason)),
    );
  });

  return router;
}
