/**
 * What changed between two tries. Buyer: `GET /api/runs/:id/compare/:other` (both runs its own, else
 * 404). Supplier (the link token is the credential): `GET /api/i/:token/runs/:id/compare/:other` (both
 * runs made through the invitation, else 404). `:id` is the earlier try, `:other` the later one. The
 * page `/compare` shows it side by side with the page images.
 */
import { Router } from 'express';
import { fromRoot } from '../../runtime/paths.js';
import { requireBuyer } from '../http/auth.js';
import { compareRuns } from '../services/compare.js';
import type { InvitationService } from '../services/invitations.js';
import type { BuyerStore } from '../store/buyers.js';

/** The routes. */
export function compareRouter(deps: { invitations: InvitationService; buyers: BuyerStore }): Router {
  const { invitations, buyers } = deps;
  const router = Router();

  router.get('/api/runs/:id/compare/:other', async (req, res) => {
    const buyer = await requireBuyer(req, buyers);
    const before = await invitations.buyerRun(buyer, req.params.id);
    const after = await invitations.buyerRun(buyer, req.params.other);
    res.json(compareRuns(before, after));
  });

  router.get('/api/i/:token/runs/:id/compare/:other', async (req, res) => {
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    const invitation = await invitations.open(String(req.params.token));
    const before = await invitations.supplierRun(invitation, req.params.id);
    const after = await invitations.supplierRun(invitation, req.params.other);
    res.json(compareRuns(before, after));
  });

  router.get('/compare', (_req, res) => {
    res.sendFile(fromRoot('public', 'compare.html'));
  });

  return router;
}
