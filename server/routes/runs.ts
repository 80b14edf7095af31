/** `POST /api/runs`, `GET /api/runs/:id`: submit a sample invoice and read its run. */
import { type Request, Router } from 'express';
import multer from 'multer';
import { DEFAULT_PRESET_ID, presets } from '../../profiles/presets.js';
import { buyerOf, requireBuyer } from '../auth.js';
import { HarnessError } from '../errors.js';
import type { ProfileService } from '../profiles.js';
import type { RunService } from '../runs.js';
import type { BuyerStore } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';

/** Longest `?wait=` in seconds. */
const MAX_WAIT_SECONDS = 60;

/** The public JSON shape of a run. */
export function runView(run: RunRecord & { progress?: unknown }): Record<string, unknown> {
  return {
    id: run.id,
    status: run.status,
    profile: { id: run.profile.id, version: run.profile.version },
    file: run.file,
    createdAt: run.createdAt,
    startedAt: run.startedAt ?? null,
    finishedAt: run.finishedAt ?? null,
    verdict: run.verdict ?? null,
    ...(run.progress !== undefined && { progress: run.progress }),
    ...(run.error && { error: run.error }),
    report: run.report ?? null,
    links: { self: `/api/runs/${run.id}` },
  };
}

function waitSeconds(req: Request): number {
  const raw = req.query.wait;
  if (raw === undefined) return 0;
  const seconds = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(seconds) || seconds < 0) {
    throw new HarnessError('invalid_wait', 400, {
      nl: `"wait" moet een aantal seconden zijn tussen 0 en ${MAX_WAIT_SECONDS}.`,
      en: `"wait" must be a number of seconds from 0 to ${MAX_WAIT_SECONDS}.`,
    });
  }
  return Math.min(seconds, MAX_WAIT_SECONDS);
}

const runNotFound = (): HarnessError =>
  new HarnessError('run_not_found', 404, {
    nl: 'Deze controle bestaat niet (meer). Controleer het adres.',
    en: 'This run does not exist (any more). Check the address.',
  });

/** The runs routes. */
export function runsRouter(
  runs: RunService,
  options: { maxUploadBytes: number; profiles: ProfileService; buyers: BuyerStore },
): Router {
  const router = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: options.maxUploadBytes, files: 1, fields: 20, parts: 25, fieldSize: 64 * 1024 },
  });

  router.post(
    '/runs',
    (req, _res, next) => {
      if (!req.is('multipart/form-data')) {
        next(
          new HarnessError('expected_multipart', 415, {
            nl: 'Stuur het bestand als multipart/form-data in het veld "file".',
            en: 'Send the file as multipart/form-data in the field "file".',
          }),
        );
        return;
      }
      next();
    },
    upload.single('file'),
    async (req, res) => {
      if (!req.file) {
        throw new HarnessError('file_missing', 400, {
          nl: 'Er is geen bestand meegestuurd. Kies de PDF van uw factuur (formulierveld "file").',
          en: 'No file was sent. Choose the PDF of your invoice (form field "file").',
        });
      }
      // A preset needs no account; a stored profile needs its owner's key (see ProfileService.forRun).
      const { profile, buyerId } = options.profiles.forRun(
        req.body?.profile,
        buyerOf(req, options.buyers),
        () => requireBuyer(req, options.buyers) as never,
      );
      const run = runs.submit({
        bytes: req.file.buffer,
        name: req.file.originalname,
        profile,
        ...(buyerId !== undefined && { buyerId }),
      });
      const waited = (await runs.waitFor(run.id, waitSeconds(req) * 1000)) ?? run;
      res
        .status(
          waited.status === 'completed' || waited.status === 'failed' || waited.status === 'timed_out'
            ? 201
            : 202,
        )
        .location(`/api/runs/${run.id}`)
        .json(runView(waited));
    },
  );

  // A buyer's run (a stored profile's) is shown only to that buyer; another buyer gets the same 404 as
  // for a run that does not exist. A run against a preset is open to whoever has its id.
  router.get('/runs/:id', async (req, res) => {
    const found = runs.get(req.params.id);
    if (!found || (found.buyerId !== undefined && buyerOf(req, options.buyers)?.id !== found.buyerId))
      throw runNotFound();
    const run = await runs.waitFor(found.id, waitSeconds(req) * 1000);
    if (!run) throw runNotFound();
    res.json(runView(run));
  });

  router.get('/presets', (_req, res) => {
    res.json({
      presets: [...presets().values()].map((p) => ({
        id: p.id,
        version: p.version,
        name: p.name,
        description: p.description ?? null,
        channels: p.channels,
      })),
      default: DEFAULT_PRESET_ID,
    });
  });

  return router;
}
