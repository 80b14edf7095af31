/**
 * Test certificates over HTTP. Buyer: `GET /api/runs/:id/certificate?format=json|pdf`. Supplier (the
 * link token is the credential): `GET /api/i/:token/runs/:id/certificate?format=json|pdf`. Anyone:
 * `GET /.well-known/jwks.json` (the public keys; revoked key ids under `revoked`), `POST
 * /api/certificates/verify` (the certificate file as the body, the sample's sha256 in `?sha256=`) and
 * the page `/verify`.
 */
import express, { type Request, type Response, Router } from 'express';
import { fromRoot } from '../../runtime/paths.js';
import { HarnessError } from '../core/errors.js';
import { requireBuyer } from '../http/auth.js';
import { type CertificateService, certificateJson, verifyCertificate } from '../services/certificates.js';
import type { InvitationService } from '../services/invitations.js';
import type { BuyerStore } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';

/** Largest certificate file the verify endpoint reads. */
export const MAX_CERTIFICATE_BYTES = 2 * 1024 * 1024;

const SHA256 = /^[0-9a-fA-F]{64}$/;

/** The routes. */
export function certificatesRouter(deps: {
  certificates: CertificateService;
  invitations: InvitationService;
  buyers: BuyerStore;
}): Router {
  const { certificates, invitations, buyers } = deps;
  const router = Router();
  const origin = (req: Request): string => `${req.protocol}://${req.host}`;

  const send = async (req: Request, res: Response, run: RunRecord): Promise<void> => {
    // `format` and `sha256` are checked against the OpenAPI document before the route runs.
    const format = req.query.format === 'pdf' ? 'pdf' : 'json';
    const reviews = await invitations.reviewsOf(run.id);
    const lastDecision = reviews.at(-1)?.decision;
    const owner = run.buyerId === undefined ? undefined : await buyers.getBuyer(run.buyerId);
    const invitation = owner && (await invitations.invitationOfRun(owner, run.id));
    const approvalRequired = invitation
      ? (await invitations.status(invitation)).approvalRequired
      : run.profile.delivery?.manualApproval === true;
    const { jws, payload } = await certificates.issue(run, {
      origin: origin(req),
      approvalRequired,
      ...(lastDecision && { lastDecision }),
    });
    const base = `proeffactuur-certificaat-${run.id}`;
    res.set('Cache-Control', 'no-store');
    if (format === 'pdf') {
      const pdf = await certificates.pdf(jws, payload);
      res
        .type('application/pdf')
        .set('Content-Disposition', `attachment; filename="${base}.pdf"`)
        .send(Buffer.from(pdf));
    } else {
      res
        .type('application/json')
        .set('Content-Disposition', `attachment; filename="${base}.json"`)
        .send(certificateJson(jws, payload));
    }
  };

  router.get('/api/runs/:id/certificate', async (req, res) => {
    const run = await invitations.buyerRun(await requireBuyer(req, buyers), req.params.id);
    await send(req, res, run);
  });

  router.get('/api/i/:token/runs/:id/certificate', async (req, res) => {
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    const invitation = await invitations.open(String(req.params.token));
    await send(req, res, await invitations.supplierRun(invitation, req.params.id));
  });

  router.post(
    '/api/certificates/verify',
    express.raw({ type: () => true, limit: MAX_CERTIFICATE_BYTES }),
    async (req, res) => {
      const body = req.body as unknown;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new HarnessError('certificate_unreadable');
      const sha256 =
        typeof req.query.sha256 === 'string' && SHA256.test(req.query.sha256) ? req.query.sha256 : undefined;
      res.json(await verifyCertificate(body, await certificates.jwks(), sha256));
    },
  );

  router.get('/.well-known/jwks.json', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(await certificates.jwks());
  });

  router.get('/verify', (_req, res) => {
    res.sendFile(fromRoot('public', 'verify.html'));
  });

  return router;
}
