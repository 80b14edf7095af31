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
  const judged = (run: RunRecord): RunRecord => invitations.judgeRun?.(run) ?? run;
  const supplierView = (run: Parameters<typeof runView>[0]): SupplierRun =>
    supplierRunView({ ...judged(run), ...(run.progress !== undefined && { progress: run.progress }) });
  const buyer = (req: Request) => requireBuyer(req, buyers);
  // Inviting suppliers and deciding on their samples changes things: a read-only key may not.
  const writer = (req: Request) => requireBuyer(req, buyers, 'runs:write');

  const buyerView = (invitation: Invitation): Record<string, unknown> => {
    const stored = invitations.profileOf(invitation);
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
      status: invitations.status(invitation),
      masterData: invitation.masterData ?? null,
      links: { self: `/api/invitations/${invitation.id}` },
    };
  };

  /** Who decides a review: the user's e-mail, or which API key. */
  const reviewer = (req: Request): string => actorOf(req, users);

  // --- buyer ---------------------------------------------------------------------------------------
  router.get('/invitations', (req, res) => {
    res.json({ invitations: invitations.list(buyer(req)).map(buyerView) });
  });

  router.post('/invitations', json, (req, res) => {
    const created = invitations.create(writer(req), jsonBody(req));
    res
      .status(201)
      .location(`/api/invitations/${created.invitation.id}`)
      .set('Cache-Control', 'no-store')
      .json({ invitation: buyerView(created.invitation), link: `/i/${created.token}` });
  });

  router.get('/invitations/:id', (req, res) => {
    res.json(buyerView(invitations.get(buyer(req), req.params.id)));
  });

  router.put('/invitations/:id/master-data', json, (req, res) => {
    res.json(buyerView(invitations.setMasterData(writer(req), req.params.id, jsonBody(req))));
  });

  router.post('/invitations/:id/revoke', (req, res) => {
    res.json(buyerView(invitations.revoke(writer(req), req.params.id)));
  });

  router.post('/invitations/:id/link', json, (req, res) => {
    const body = req.is('application/json') ? jsonBody(req) : {};
    const renewed = invitations.newLink(writer(req), req.params.id, body);
    res
      .set('Cache-Control', 'no-store')
      .json({ invitation: buyerView(renewed.invitation), link: `/i/${renewed.token}` });
  });

  router.get('/runs/:id/reviews', (req, res) => {
    const who = buyer(req);
    const run = judged(invitations.buyerRun(who, req.params.id));
    const invitation = invitations.invitationOfRun(who, run.id);
    const status = invitation && invitations.status(invitation);
    res.json({
      reviews: invitations.reviewsOf(run.id),
      reviewable: run.status === 'completed' && run.verdict === 'accepted',
      overridable:
        invitation !== undefined &&
        run.verdict !== undefined &&
        run.verdict !== 'accepted' &&
        run.status !== 'queued' &&
        run.status !== 'running',
      approvalRequired: status?.approvalRequired ?? run.profile.delivery?.manualApproval === true,
      invitation: invitation ? buyerView(invitation) : null,
    });
  });

  router.post('/runs/:id/reviews', json, (req, res) => {
    const who = writer(req);
    const review = invitations.review(who, reviewer(req), req.params.id, jsonBody(req));
    res.status(201).json(review);
  });

  // Live progress of a run: a buyer's own run, or a run against a preset (no buyer) by its id.
  router.get('/runs/:id/events', (req, res) => {
    const run = readableRun(req, buyers, runs.get(req.params.id));
    streamRunEvents(runs, req, res, run.id, (r) =>
      runView({ ...judged(r), ...(r.progress !== undefined && { progress: r.progress }) }),
    );
  });

  router.get('/invoicing-software', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json({ software: invoicingSoftware() });
  });

  // --- supplier (the link token is the credential) ---------------------------------------------------
  const supplier = (req: Request, res: Response): Invitation => {
    // The token is a secret: keep it out of caches and of other sites' Referer.
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    return invitations.open(String(req.params.token));
  };

  router.get('/i/:token', (req, res) => {
    const invitation = supplier(req, res);
    invitations.markOpened(invitation);
    const profile = invitations.profileOf(invitation)?.profile;
    const mailLimit = profile?.mail?.maxMessageBytes ?? profile?.delivery?.maxEmailBytes;
    res.json({
      ...invitations.supplierView(invitation),
      uploadLimitBytes: invitations.uploadLimitBytes(invitation),
      ...(deps.mailDomain && {
        testMailbox: {
          address: `${req.params.token}@${deps.mailDomain}`,
          ...(mailLimit !== undefined && { maxMessageBytes: mailLimit }),
        },
      }),
    });
  });

  router.put('/i/:token/inventory', json, (req, res) => {
    const invitation = supplier(req, res);
    res.json(invitations.saveInventory(invitation, jsonBody(req)));
  });

  // The link uploads on the buyer's behalf: the buyer's limits (admission), checked before reading.
  router.post('/i/:token/runs', async (req, res) => {
    const invitation = supplier(req, res);
    if (!req.is('multipart/form-data')) throw new HarnessError('expected_multipart');
    const ticket = invitations.admitUpload(invitation);
    const upload = await receiveUpload(req, {
      limits: { fileBytes: ticket.limits.maxUploadBytes, fields: 5, fieldBytes: 1024 },
      incoming: () => runs.incoming(),
      writeError: (error) => runs.storageError(error),
      idleTimeoutMs: deps.uploadIdleTimeoutMs,
    });
    try {
      const file = upload.file;
      if (!file) throw new HarnessError('file_missing', { variant: 'supplier' });
      const run = invitations.submit(
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
    const invitation = supplier(req, res);
    const run = invitations.supplierRun(invitation, req.params.id);
    res.json(supplierView((await runs.waitFor(run.id, waitSeconds(req) * 1000)) ?? run));
  });

  router.get('/i/:token/runs/:id/events', (req, res) => {
    const invitation = supplier(req, res);
    const run = invitations.supplierRun(invitation, req.params.id);
    streamRunEvents(runs, req, res, run.id, supplierView);
  });

  router.get('/i/:token/runs/:id/pages/:file', async (req, res) => {
    const invitation = supplier(req, res);
    const run = invitations.supplierRun(invitation, req.params.id);
    const page = /^([1-9][0-9]{0,3})\.png$/.exec(req.params.file);
    if (!page || !deps.pageImage) throw pageImageUnavailable();
    const png = await deps.pageImage(run, Number(page[1]), { boxes: req.query.boxes !== 'none' });
    if (!png) throw pageImageUnavailable();
    res.type('image/png').send(Buffer.from(png));
  });

  return router;
}
