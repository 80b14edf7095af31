/** `POST /api/runs`, `GET /api/runs/:id`: submit a sample invoice and read its run. */
import { type Request, Router } from 'express';
import multer from 'multer';
import type { AcceptanceProfile } from '../../checks/model/profile.js';
import { DEFAULT_PRESET_ID, findPreset, presets } from '../../profiles/presets.js';
import { HarnessError } from '../errors.js';
import type { RunService } from '../runs.js';
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

/** Finds the profile a run is checked against: a preset id for now (stored profiles come later). */
function resolveProfile(ref: unknown): AcceptanceProfile {
  const id = typeof ref === 'string' && ref.trim() !== '' ? ref.trim() : DEFAULT_PRESET_ID;
  const profile = findPreset(id);
  if (profile) return profile;
  const known = [...presets().keys()];
  throw new HarnessError(
    'profile_not_found',
    400,
    {
      nl: `Er is geen profiel "${id}". Bekende profielen: ${known.join(', ')}.`,
      en: `There is no profile "${id}". Known profiles: ${known.join(', ')}.`,
    },
    { presets: known },
  );
}

const runNotFound = (): HarnessError =>
  new HarnessError('run_not_found', 404, {
    nl: 'Deze controle bestaat niet (meer). Controleer het adres.',
    en: 'This run does not exist (any more). Check the address.',
  });

/** The runs routes. */
export function runsRouter(runs: RunService, options: { maxUploadBytes: number }): Router {
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
      const profile = resolveProfile(req.body?.profile);
      const run = runs.submit({ bytes: req.file.buffer, name: req.file.originalname, profile });
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

  router.get('/runs/:id', async (req, res) => {
    const run = await runs.waitFor(req.params.id, waitSeconds(req) * 1000);
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
