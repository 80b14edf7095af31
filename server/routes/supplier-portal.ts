/**
 * The supplier portal's routes (`/api/supplier/…`): ask for a sign-in link by e-mail, sign in with
 * it, see every live invitation addressed to the signed-in address (from all buyers), open one's page,
 * and check one file against several invitations at once (a run set) and read its table. The supplier
 * session is its own cookie (`server/http/supplier-session.ts`); see `server/services/supplier-portal.ts`
 * for the rules (one-time links, no account enumeration, limits).
 */
import express, { type Request, Router } from 'express';
import type { Lang } from '../../engine/model/finding.js';
import type { CookieSecure } from '../core/config.js';
import { HarnessError, langOfTag, preferredLang } from '../core/errors.js';
import {
  clearSupplierCookie,
  requireSupplier,
  setSupplierCookie,
  supplierCookie,
} from '../http/supplier-session.js';
import { receiveUpload, type UploadLog, uploadErrors } from '../http/upload.js';
import type { AdmissionTicket } from '../services/admission.js';
import type { InvitationService } from '../services/invitations.js';
import { checkProfileCount, type RunSetService } from '../services/run-sets.js';
import type { RunService } from '../services/runs.js';
import type { SupplierPortalService } from '../services/supplier-portal.js';
import type { Invitation } from '../store/invitations.js';
import type { RunRecord } from '../store/runs.js';

const json = express.json({ limit: '8kb', strict: true });

const langOf = (value: unknown, accept: string | undefined): Lang =>
  langOfTag(value) ?? preferredLang(accept, 'nl');

function jsonBody(req: Request): Record<string, unknown> {
  if (!req.is('application/json')) throw new HarnessError('expected_json', { variant: 'data' });
  const body = req.body as unknown;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

/** The routes. */
export function supplierPortalRouter(deps: {
  portal: SupplierPortalService;
  runSets: RunSetService;
  invitations: InvitationService;
  runs: RunService;
  cookieSecure: CookieSecure;
  uploadIdleTimeoutMs: number;
  log?: UploadLog;
}): Router {
  const { portal, runSets, invitations, runs } = deps;
  const router = Router();
  const supplier = (req: Request) => requireSupplier(req, (id) => portal.session(id));

  router.use('/supplier', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  // The same answer whether or not the address has invitations (no account enumeration).
  router.post('/supplier/sign-in', json, async (req, res) => {
    const body = jsonBody(req);
    await portal.requestSignIn(body.email, req.ip ?? '', langOf(body.language, req.get('accept-language')));
    res.status(202).json({ sent: true });
  });

  router.post('/supplier/session', json, async (req, res) => {
    const body = jsonBody(req);
    const opened = await portal.signIn(body.token);
    const previous = supplierCookie(req);
    if (previous) await portal.signOut(previous);
    const { session } = opened;
    setSupplierCookie(
      req,
      res,
      opened.id,
      Date.parse(session.expiresAt) - Date.parse(session.createdAt),
      deps.cookieSecure,
    );
    res.status(201).json({
      signedIn: true,
      email: session.email,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    });
  });

  router.get('/supplier/session', async (req, res) => {
    const id = supplierCookie(req);
    const session = id ? await portal.session(id) : undefined;
    res.json(
      session
        ? { signedIn: true, email: session.email, csrfToken: session.csrfToken, expiresAt: session.expiresAt }
        : { signedIn: false },
    );
  });

  router.delete('/supplier/session', async (req, res) => {
    const id = supplierCookie(req);
    if (id) await portal.signOut(id);
    clearSupplierCookie(req, res, deps.cookieSecure);
    res.status(204).end();
  });

  router.get('/supplier/invitations', async (req, res) => {
    const { session } = await supplier(req);
    res.json({ email: session.email, invitations: await portal.overview(session) });
  });

  router.post('/supplier/invitations/:id/link', async (req, res) => {
    const { session } = await supplier(req);
    res.set('Referrer-Policy', 'no-referrer').json({ link: await portal.pageLink(session, req.params.id) });
  });

  // One file against several of the supplier's invitations: each invitation's buyer admits the upload
  // (before a byte is read) and counts it, as an upload on that invitation's page would be.
  router.post('/supplier/run-sets', async (req, res) => {
    const { session } = await supplier(req);
    if (!req.is('multipart/form-data')) throw new HarnessError('expected_multipart');
    // In the query, so the invitations (and their buyers' limits) are known before the body is read.
    const ids = [
      ...new Set(
        String(req.query.invitations ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      ),
    ];
    checkProfileCount(ids.length);
    const admitted: { invitation: Invitation; ticket: AdmissionTicket }[] = [];
    for (const id of ids) {
      const invitation = await portal.invitation(session, id);
      admitted.push({ invitation, ticket: await invitations.admitUpload(invitation) });
    }
    const upload = await receiveUpload(req, {
      limits: {
        fileBytes: Math.min(...admitted.map(({ ticket }) => ticket.limits.maxUploadBytes)),
        fields: 2,
        fieldBytes: 1024,
      },
      incoming: () => runs.incoming(),
      writeError: (error) => runs.storageError(error),
      idleTimeoutMs: deps.uploadIdleTimeoutMs,
    });
    try {
      const file = upload.file;
      if (!file) throw new HarnessError('file_missing', { variant: 'supplier' });
      const set = await runSets.submitInvitations(
        session.email,
        {
          incoming: file.blob,
          name: file.name,
          facts: { sha256: file.sha256, bytes: file.bytes, kind: file.kind },
        },
        admitted,
      );
      res
        .status(202)
        .location(`/api/supplier/run-sets/${set.id}`)
        .json(await runSets.view(set, nameOf));
    } finally {
      upload.file?.blob.discard();
    }
  });
  router.use('/supplier/run-sets', uploadErrors(deps.log));

  // Names the buyer of one of the set's runs (made through the supplier's own invitation).
  const nameOf = async (run: RunRecord, invitationId?: string): Promise<string> =>
    run.buyerId !== undefined ? portal.buyerNameOf(run.buyerId, invitationId) : '';

  router.get('/supplier/run-sets/:id', async (req, res) => {
    const { session } = await supplier(req);
    const set = await runSets.get(req.params.id);
    if (!set || set.supplierEmail !== session.email) throw new HarnessError('run_set_not_found');
    res.json(await runSets.view(set, nameOf));
  });

  return router;
}
