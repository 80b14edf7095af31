/**
 * `POST /api/invitations/import`: a CSV list of suppliers becomes invitations with their master data
 * (`server/services/supplier-import.ts`). The answer is the report per row as JSON, or, for
 * `Accept: application/x-ndjson`, a stream of progress lines ending in the report (the dashboard's
 * progress bar reads it). Refusals of the whole file come before anything is created, as a problem.
 */
import { type Request, Router } from 'express';
import type { Lang } from '../../engine/model/finding.js';
import { HarnessError, preferredLang, problemOf } from '../core/errors.js';
import { requireBuyer } from '../http/auth.js';
import { importTooLarge, MAX_IMPORT_BYTES, type SupplierImportService } from '../services/supplier-import.js';
import type { BuyerStore } from '../store/buyers.js';

/** The media types a spreadsheet's CSV arrives with (Windows names it after Excel). */
const CSV_TYPES = ['text/csv', 'text/plain', 'application/vnd.ms-excel', 'application/csv'];

/** The routes. */
export function supplierImportRouter(deps: {
  imports: SupplierImportService;
  buyers: BuyerStore;
  /** Where an unexpected failure after the stream began is logged. */
  onError?: (error: unknown) => void;
}): Router {
  const router = Router();

  router.post('/invitations/import', async (req: Request, res) => {
    // Inviting suppliers changes things: a read-only key may not.
    const buyer = await requireBuyer(req, deps.buyers, 'runs:write');
    if (!req.is(CSV_TYPES)) throw new HarnessError('expected_csv');
    if (Number(req.get('content-length') ?? 0) > MAX_IMPORT_BYTES) throw importTooLarge();
    const language = req.query.language as Lang | undefined;
    const days = req.query.expiresInDays;
    const streamed = req.accepts(['application/json', 'application/x-ndjson']) === 'application/x-ndjson';
    const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
    try {
      const report = await deps.imports.import(buyer, req, {
        profileId: String(req.query.profileId ?? ''),
        ...(language !== undefined && { language }),
        ...(days !== undefined && { expiresInDays: Number(days) }),
        onProgress: (progress) => {
          if (!streamed) return;
          if (!res.headersSent)
            res.status(200).set({ 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' });
          line({ type: 'progress', ...progress });
        },
      });
      if (!streamed) {
        res.status(200).set('Cache-Control', 'no-store').json(report);
        return;
      }
      line({ type: 'report', report });
      res.end();
    } catch (error) {
      if (!res.headersSent) throw error;
      // The stream has begun: the failure is its last line.
      let harness: HarnessError;
      if (error instanceof HarnessError) harness = error;
      else {
        deps.onError?.(error);
        harness = new HarnessError('internal_error', { cause: error });
      }
      line({ type: 'error', problem: problemOf(harness, preferredLang(req.get('accept-language'))) });
      res.end();
    }
  });

  return router;
}
