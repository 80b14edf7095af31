/**
 * Onboarding routes.
 * Buyer (API key or signed-in session): `/api/invitations…` (create, list, read, revoke, new link),
 * `/api/runs/:id/reviews` (read, approve or reject a passing sample), `/api/runs/:id/events` (live
 * progress). Supplier (the invitation's link token is the credential): `/api/i/:token…` (what is asked,
 * the inventory, uploads, runs, live progress, page images). `GET /api/invoicing-software` lists the
 * inventory's software.
 */
import express, { type Request, type Response, Router } from 'express';
import { HarnessError } from '../core/errors.js';
import { actorOf } from '../http/actor.js';
import { readableRun, requireBuyer } from '../http/auth.js';
import type { SupplierRun } from '../http/contracts.js';
import { waitSeconds } from '../http/query.js';
import { streamRunEvents } from '../http/run-events.js';
import { runView } from '../http/run-view.js';
import { receiveUpload, type UploadLog, uploadErrors } from '../http/upload.js';
import type { InvitationService } from '../services/invitations.js';
import type { PageImageProvider } from '../services/page-images.js';
import type { RunService } from '../services/runs.js';
import { invoicingSoftware } from '../services/software.js';
import type { BuyerStore } from '../store/buyers.js';
import type { Invitation } from '../store/invitations.js';
import type { RunRecord } from '../store/runs.js';
import type { UserStore } from '../store/users.js';

const json = express.json({ limit: '16kb', strict: true });

function jsonBody(req: Request): unknown {
  if (!req.is('application/json')) throw new HarnessError('expected_json', { variant: 'data' });
  return req.body as unknown;
}

const pageImageUnavailable = (): HarnessError =>
  new HarnessError('page_image_unavailable', { variant: 'supplier' });

/** A run as the supplier sees it: no links (a downloaded copy must not carry the private link). */
function supplierRunView(run: Parameters<typeof runView>[0]): SupplierRun {
  const { links: _links, ...view } = runView(run);
  return view;
}

/** The routes. */
export function invitationsRouter(deps: {
  invitations: InvitationService;
  runs: RunService;
  buyers: BuyerStore;
  users: UserStore;
  /** Longest wait for the next bytes of an upload, in ms. */
  uploadIdleTimeoutMs: number;
  /** Where refused and abandoned uploads are logged (warn, debug). */
  log?: UploadLog;
  pageImage?: PageImageProvider;
  /** The domain of the SMTP test mailbox (`<token>@<domain>`); absent when it does not run. */
  mailDomain?: string;
}): Router {
  const { invitations, runs, buyers, users } = deps;
  const router = Router();
  // An invitation's run as its waivers judge it (what the supplier and the buyer see).
  const judged = async (run: RunRecord): Promise<RunRecord> => (await invitations.judgeRun?.(run)) ?? run;
  const supplierView = async (run: Parameters<typeof runView>[0]): Promise<SupplierRun> =>
    supplierRunView({
      ...(await judged(run)),
      ...(run.progress !== undefined && { progress: run.progress }),
    });
  const buyer = (req: Request) => requireBuyer(req, buyers);
  // Inviting suppliers and deciding on their samples changes things: a read-only key may not.
  const writer = (req: Request) => requireBuyer(req, buyers, 'runs:write');

  const buyerView = async (invitation: Invitation): Promise<Record<string, unknown>> => {
    const stored = await invitations.profileOf(invitation);
    const software = invoicingSoftware().find((s) => s.id === invitation.inventory?.software);
    return {
      id: invitation.id,
      supplier: { name: invitation.supplierName, email: invitation.supplierEmail },
      language: invitation.language,
      profile: {
        id: invitation.profileId,
        name: stored?.profile.name ?? null,
        version: stored?.latestVersion ?? null,
        archived: stored?.archivedAt !== undefined,
      },
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      revokedAt: invitation.revokedAt ?? null,
      openedAt: invitation.openedAt ?? null,
      inventory: invitation.inventory
        ? {
            ...invitation.inventory,
            softwareName: software?.name ?? invitation.inventory.softwareOther ?? null,
          }
        : null,
      status: await invitations.status(invitation),
      masterData: invitation.masterData ?? null,
      links: { self: `/api/invitations/${invitation.id}` },
    };
  };

  /** Who decides a review: the user's e-mail, or which API key. */
  const reviewer = (req: Request): Promise<string> => actorOf(req, users);
  const buyerViews = async (list: readonly Invitation[]): Promise<Record<string, unknown>[]> => {
    const views: Record<string, unknown>[] = [];
    for (const invitation of list) views.push(await buyerView(invitation));
    return views;
  };

  // --- buyer ---------------------------------------------------------------------------------------
  router.get('/invitations', async (req, res) => {
    res.json({ invitations: await buyerViews(await invitations.list(await buyer(req))) });
  });

  router.post('/invitations', json, async (req, res) => {
    const created = await invitations.create(await writer(req), jsonBody(req));
    res
      .status(201)
      .location(`/api/invitations/${created.invitation.id}`)
      .set('Cache-Control', 'no-store')
      .json({ invitation: await buyerView(created.invitation), link: `/i/${created.token}` });
  });

  router.get('/invitations/:id', async (req, res) => {
    res.json(await buyerView(await invitations.get(await buyer(req), req.params.id)));
  });

  router.put('/invitations/:id/master-data', json, async (req, res) => {
    res.json(
      await buyerView(await invitations.setMasterData(await writer(req), req.params.id, jsonBody(req))),
    );
  });

  router.post('/invitations/:id/revoke', async (req, res) => {
    res.json(await buyerView(await invitations.revoke(await writer(req), req.params.id)));
  });

  router.post('/invitations/:id/link', json, async (req, res) => {
    const body = req.is('application/json') ? jsonBody(req) : {};
    const renewed = await invitations.newLink(await writer(req), req.params.id, body);
    res
      .set('Cache-Control', 'no-store')
      .json({ invitation: await buyerView(renewed.invitation), link: `/i/${renewed.token}` });
  });

  router.get('/runs/:id/reviews', async (req, res) => {
    const who = await buyer(req);
    const run = await judged(await invitations.buyerRun(who, req.params.id));
    const invitation = await invitations.invitationOfRun(who, run.id);
    const status = invitation && (await invitations.status(invitation));
    res.json({
      reviews: await invitations.reviewsOf(run.id),
      reviewable: run.status === 'completed' && run.verdict === 'accepted',
      overridable:
        invitation !== undefined &&
        run.verdict !== undefined &&
        run.verdict !== 'accepted' &&
        run.status !== 'queued' &&
        run.status !== 'running',
      approvalRequired: status?.approvalRequired ?? run.profile.delivery?.manualApproval === true,
      invitation: invitation ? await buyerView(invitation) : null,
    });
  });

  router.post('/runs/:id/reviews', json, async (req, res) => {
    const who = await writer(req);
    const review = await invitations.review(who, await reviewer(req), req.params.id, jsonBody(req));
    res.status(201).json(review);
  });

  // Live progress of a run: a buyer's own run, or a run against a preset (no buyer) by its id.
  router.get('/runs/:id/events', async (req, res) => {
    const run = await readableRun(req, buyers, await runs.get(req.params.id));
    await streamRunEvents(runs, req, res, run.id, async (r) =>
      runView({ ...(await judged(r)), ...(r.progress !== undefined && { progress: r.progress }) }),
    );
  });

  router.get('/invoicing-software', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json({ software: invoicingSoftware() });
  });

  // --- supplier (the link token is the credential) ---------------------------------------------------
  const supplier = (req: Request, res: Response): Promise<Invitation> => {
    // The token is a secret: keep it out of caches and of other sites' Referer.
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    return invitations.open(String(req.params.token));
  };

  router.get('/i/:token', async (req, res) => {
    const invitation = await supplier(req, res);
    await invitations.markOpened(invitation);
    const profile = (await invitations.profileOf(invitation))?.profile;
    const mailLimit = profile?.mail?.maxMessageBytes ?? profile?.delivery?.maxEmailBytes;
    res.json({
      ...(await invitations.supplierView(invitation)),
      uploadLimitBytes: await invitations.uploadLimitBytes(invitation),
      ...(deps.mailDomain && {
        testMailbox: {
          address: `${req.params.token}@${deps.mailDomain}`,
          ...(mailLimit !== undefined && { maxMessageBytes: mailLimit }),
        },
      }),
    });
  });

  router.put('/i/:token/inventory', json, async (req, res) => {
    const invitation = await supplier(req, res);
    res.json(await invitations.saveInventory(invitation, jsonBody(req)));
  });

  // The link uploads on the buyer's behalf: the buyer's limits (admission), checked before reading.
  router.post('/i/:token/runs', async (req, res) => {
    const invitation = await supplier(req, res);
    if (!req.is('multipart/form-data')) throw new HarnessError('expected_multipart');
    const ticket = await invitations.admitUpload(invitation);
    const upload = await receiveUpload(req, {
      limits: { fileBytes: ticket.limits.maxUploadBytes, fields: 5, fieldBytes: 1024 },
      incoming: () => runs.incoming(),
      writeError: (error) => runs.storageError(error),
      idleTimeoutMs: deps.uploadIdleTimeoutMs,
    });
    try {
      const file = upload.file;
      if (!file) throw new HarnessError('file_missing', { variant: 'supplier' });
      const run = await invitations.submit(
        invitation,
        {
          incoming: file.blob,
          name: file.name,
          facts: { sha256: file.sha256, bytes: file.bytes, kind: file.kind },
        },
        ticket,
      );
      res.status(202).json(supplierRunView(run));
    } finally {
      upload.file?.blob.discard();
    }
  });
  router.use('/i/:token/runs', uploadErrors(deps.log));

  router.get('/i/:token/runs/:id', async (req, res) => {
    const invitation = await supplier(req, res);
    const run = await invitations.supplierRun(invitation, req.params.id);
    res.json(await supplierView((await runs.waitFor(run.id, waitSeconds(req) * 1000)) ?? run));
  });

  router.get('/i/:token/runs/:id/events', async (req, res) => {
    const invitation = await supplier(req, res);
    const run = await invitations.supplierRun(invitation, req.params.id);
    await streamRunEvents(runs, req, res, run.id, supplierView);
  });

  router.get('/i/:token/runs/:id/pages/:file', async (req, res) => {
    const invitation = await supplier(req, res);
    const run = await invitations.supplierRun(invitation, req.params.id);
    const page = /^([1-9][0-9]{0,3})\.png$/.exec(req.params.file);
    if (!page || !deps.pageImage) throw pageImageUnavailable();
    const png = await deps.pageImage(run, Number(page[1]), { boxes: req.query.boxes !== 'none' });
    if (!png) throw pageImageUnavailable();
    res.type('image/png').send(Buffer.from(png));
  });

  return router;
}
