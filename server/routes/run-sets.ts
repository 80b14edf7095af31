/**
 * Run sets for buyers and integrators: `POST /api/run-sets` checks one file against several profiles
 * (the form field `profile` repeated, at most 20: presets, or with a key the buyer's stored profiles),
 * one run per profile, each through admission like `POST /api/runs`; `GET /api/run-sets/:id` reads the
 * set back with its table (per profile: buyer, verdict, the findings that differ; the shared ones once).
 * Who may read a set follows its runs: a set with a key belongs to that buyer (another buyer gets 404);
 * a set of presets without a key is read by its unguessable id.
 */
import { Router } from 'express';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { HarnessError } from '../core/errors.js';
import { principalOf, requirePrincipal } from '../http/auth.js';
import type { RequestValidator } from '../http/openapi/validate.js';
import { waitSeconds } from '../http/query.js';
import { receiveUpload, type UploadLog, uploadErrors } from '../http/upload.js';
import type { AdmissionService } from '../services/admission.js';
import type { ProfileService } from '../services/profiles.js';
import { checkProfileCount, MAX_SET_PROFILES, type RunSetService } from '../services/run-sets.js';
import type { RunService } from '../services/runs.js';
import type { BuyerStore } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';

/** Form fields a run-set request may send: the profiles and a few more, so that 21..60 profiles get the clear `too_many_profiles`. */
const MAX_FORM_FIELDS = 3 * MAX_SET_PROFILES;

/** The buyer a run's profile names, else the profile's own name (a preset). */
const buyerName = (run: RunRecord): string => run.profile.buyer?.name ?? run.profile.name;

/** The routes. */
export function runSetsRouter(deps: {
  runSets: RunSetService;
  runs: RunService;
  admission: AdmissionService;
  profiles: ProfileService;
  buyers: BuyerStore;
  validator: RequestValidator;
  uploadIdleTimeoutMs: number;
  log?: UploadLog;
}): Router {
  const { runSets, runs, buyers } = deps;
  const router = Router();

  router.post('/run-sets', async (req, res) => {
    const principal = await principalOf(req, buyers);
    if (principal) await requirePrincipal(req, buyers, 'runs:write');
    if (!req.is('multipart/form-data')) throw new HarnessError('expected_multipart');
    const ticket = await deps.admission.admit(
      principal ? { buyerId: principal.buyer.id } : { address: req.ip ?? req.socket.remoteAddress ?? '' },
    );
    const upload = await receiveUpload(req, {
      limits: { fileBytes: ticket.limits.maxUploadBytes, fields: MAX_FORM_FIELDS, fieldBytes: 1024 },
      incoming: () => runs.incoming(),
      writeError: (error) => runs.storageError(error),
      idleTimeoutMs: deps.uploadIdleTimeoutMs,
    });
    let setId: string;
    try {
      const file = upload.file;
      if (!file) throw new HarnessError('file_missing');
      const refs = [...new Set((upload.lists.profile ?? []).map((ref) => ref.trim()))];
      checkProfileCount(refs.length);
      deps.validator.checkFormFields('submitRunSet', upload.fields as Record<string, unknown>, 'file');
      const profiles: AcceptanceProfile[] = [];
      for (const ref of refs)
        profiles.push(
          (
            await deps.profiles.forRun(ref, principal?.buyer, async () => {
              // Without a principal this rejects (401, or 403 for a session without its CSRF token).
              await requirePrincipal(req, buyers, 'runs:write');
              throw new HarnessError('api_key_missing');
            })
          ).profile,
        );
      setId = (
        await runSets.submitProfiles(
          ticket,
          {
            incoming: file.blob,
            name: file.name,
            facts: { sha256: file.sha256, bytes: file.bytes, kind: file.kind },
          },
          profiles,
          principal?.buyer.id,
        )
      ).id;
    } finally {
      upload.file?.blob.discard();
    }
    const set = (await runSets.get(setId))!;
    // With `?wait=N`, answer once every run finished or N seconds passed.
    const deadline = waitSeconds(req) * 1000;
    if (deadline > 0) {
      const started = Date.now();
      for (const entry of set.entries) {
        const left = deadline - (Date.now() - started);
        if (left <= 0) break;
        await runs.waitFor(entry.runId, left);
      }
    }
    const view = await runSets.view(set, buyerName);
    res
      .status(view.done ? 201 : 202)
      .location(`/api/run-sets/${set.id}`)
      .json({ ...view, links: { self: `/api/run-sets/${set.id}` } });
  });
  router.use('/run-sets', uploadErrors(deps.log));

  router.get('/run-sets/:id', async (req, res) => {
    // A key, when sent, must work (401 otherwise), whatever the id.
    const principal = await principalOf(req, buyers);
    const set = await runSets.get(req.params.id);
    // A supplier's set is read through the supplier portal; another buyer's set is 404 like none.
    if (
      !set ||
      set.supplierEmail !== undefined ||
      (set.buyerId !== undefined && principal?.buyer.id !== set.buyerId)
    )
      throw new HarnessError('run_set_not_found');
    res.json({ ...(await runSets.view(set, buyerName)), links: { self: `/api/run-sets/${set.id}` } });
  });

  return router;
}
