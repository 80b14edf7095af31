/**
 * Runs: submit a sample invoice (`POST /api/runs`, idempotent with `Idempotency-Key`), list a buyer's
 * runs, read one, its HTML report, and erase it; plus the presets list.
 *
 * Who may do what: a run against a preset submitted without a key belongs to nobody and is read (and
 * erased) by its unguessable id. A run submitted with a key (scope `runs:write`) belongs to that
 * buyer: it is listed with the key, erased only with the key, and another buyer's key gets 404 for it.
 */
import { createHash } from 'node:crypto';
import { type Request, Router } from 'express';
import {
  DEFAULT_PRESET_ID,
  presetGroups,
  presetNames,
  presets,
  presetVendor,
} from '../../profiles/presets.js';
import { HarnessError, langOfTag, preferredLang, runNotFound } from '../core/errors.js';
import { principalOf, readableRun, requirePrincipal } from '../http/auth.js';
import type { RequestValidator } from '../http/openapi/validate.js';
import { decodeCursor, encodeCursor, MAX_WAIT_SECONDS, waitSeconds } from '../http/query.js';
import { REPORT_HTML_MAX_PAGES, reportHtml } from '../http/report-html.js';
import { runSummary, runView } from '../http/run-view.js';
import { receiveUpload, type UploadLog, uploadErrors } from '../http/upload.js';
import type { AdmissionService } from '../services/admission.js';
import { checkOutboundUrl } from '../services/outbound.js';
import type { PageImageProvider } from '../services/page-images.js';
import type { ProfileService } from '../services/profiles.js';
import type { RunService } from '../services/runs.js';
import type { BuyerStore } from '../store/buyers.js';
import type { IdempotencyStore } from '../store/idempotency.js';
import type { RunRecord } from '../store/runs.js';
import { newWebhookSecret } from '../store/webhooks.js';

const idempotencyKeyReused = (): HarnessError => new HarnessError('idempotency_key_reused');

/** Largest profile sent with a preview (as a stored profile: see routes/profiles.ts). */
const MAX_PREVIEW_PROFILE_BYTES = 256 * 1024;

/** A date (start of that day, UTC) or moment as an ISO timestamp. */
const isoMoment = (raw: unknown): string | undefined =>
  typeof raw === 'string' ? new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw).toISOString() : undefined;

/** What the runs routes need. */
export interface RunsRouterOptions {
  /** The gate of every upload: the client's limits (see `server/services/admission.ts`). */
  readonly admission: AdmissionService;
  /** Longest wait for the next bytes of an upload, in ms. */
  readonly uploadIdleTimeoutMs: number;
  /** Where refused and abandoned uploads are logged (warn, debug). */
  readonly log?: UploadLog;
  readonly refusePrivateUrls: boolean;
  readonly profiles: ProfileService;
  readonly buyers: BuyerStore;
  readonly idempotency: IdempotencyStore;
  readonly validator: RequestValidator;
  /** Renders a run's page as PNG (absent: `GET /runs/:id/pages/:n.png` answers 404). */
  readonly pageImage?: PageImageProvider;
  /** The clock (tests inject one). */
  readonly now?: () => Date;
  /** A run as its invitation's waivers judge it (`WaiverService.judge`); absent: as the engine judged it. */
  readonly judge?: (run: RunRecord) => Promise<RunRecord>;
}

/** The runs routes. */
export function runsRouter(runs: RunService, options: RunsRouterOptions): Router {
  const router = Router();
  const now = (): Date => options.now?.() ?? new Date();

  // A key, when sent, must work and may write runs; that, the content type and the client's limits
  // are checked before any of the upload is read.
  router.post('/runs', async (req, res) => {
    const principal = await principalOf(req, options.buyers);
    if (principal) await requirePrincipal(req, options.buyers, 'runs:write');
    if (!req.is('multipart/form-data')) {
      throw new HarnessError('expected_multipart');
    }
    const ticket = await options.admission.admit(
      principal ? { buyerId: principal.buyer.id } : { address: req.ip ?? req.socket.remoteAddress ?? '' },
    );
    const upload = await receiveUpload(req, {
      limits: { fileBytes: ticket.limits.maxUploadBytes, fields: 20, fieldBytes: 64 * 1024 },
      incoming: () => runs.incoming(),
      writeError: (error) => runs.storageError(error),
      idleTimeoutMs: options.uploadIdleTimeoutMs,
    });
    let run: RunRecord;
    let replayed: RunRecord | undefined;
    try {
      if (!upload.file) {
        throw new HarnessError('file_missing');
      }
      const file = upload.file;
      const fields = upload.fields as Record<string, unknown>;
      options.validator.checkFormFields('submitRun', fields, 'file');
      const profileRef = fields.profile as string | undefined;
      const supplierReference = (fields.supplierReference as string | undefined)?.trim() || undefined;
      const callbackUrl =
        typeof fields.callbackUrl === 'string' && fields.callbackUrl.trim() !== ''
          ? (
              await checkOutboundUrl(fields.callbackUrl.trim(), {
                refusePrivate: options.refusePrivateUrls,
                field: 'callbackUrl',
              })
            ).href
          : undefined;

      // A preset needs no account; a stored profile needs its owner's key (see ProfileService.forRun).
      const { profile } = await options.profiles.forRun(
        profileRef,
        principal?.buyer,
        // Without a principal this rejects (401, or 403 for a session without its CSRF token).
        async () => {
          await requirePrincipal(req, options.buyers, 'runs:write');
          throw new HarnessError('api_key_missing');
        },
      );

      // The lookup, the submission and the record of the key are one transaction (other callers wait):
      // two requests with the same key cannot both miss the lookup.
      const idempotencyKey = req.get('idempotency-key');
      const scope = principal?.buyer.id ?? 'anonymous';
      // Hashed while it streamed to disk and sniffed once, here: the fingerprint, the stored file and
      // the run all use these facts.
      const { sha256, bytes, kind } = file;
      let fingerprint: string | undefined;
      if (idempotencyKey !== undefined) {
        fingerprint = createHash('sha256')
          .update(
            JSON.stringify([
              sha256,
              file.name,
              profileRef?.trim() || DEFAULT_PRESET_ID,
              supplierReference ?? null,
              callbackUrl ?? null,
            ]),
          )
          .digest('hex');
      }
      ({ run, replayed } = await runs.transaction(async () => {
        let replayed: RunRecord | undefined;
        if (idempotencyKey !== undefined) {
          await options.idempotency.lock(scope, idempotencyKey);
          const known = await options.idempotency.find(scope, idempotencyKey, now());
          if (known && known.fingerprint !== fingerprint) throw idempotencyKeyReused();
          if (known) replayed = await runs.get(known.runId);
        }
        const run =
          replayed ??
          (await options.admission.submit(
            ticket,
            { incoming: file.blob, name: file.name, facts: { sha256, bytes, kind } },
            {
              profile,
              ...(supplierReference !== undefined && { supplierReference }),
              ...(callbackUrl !== undefined && { callbackUrl, callbackSecret: newWebhookSecret() }),
            },
          ));
        if (idempotencyKey !== undefined && !replayed)
          await options.idempotency.record(scope, idempotencyKey, fingerprint!, run.id, now());
        return { run, replayed };
      }));
    } finally {
      // Stored by now, or refused: either way the temporary file goes.
      upload.file?.blob.discard();
    }

    const waited = (await runs.waitFor(run.id, waitSeconds(req) * 1000)) ?? run;
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res
      .status(
        waited.status === 'completed' || waited.status === 'failed' || waited.status === 'timed_out'
          ? 201
          : 202,
      )
      .location(`/api/runs/${run.id}`)
      .json({
        ...runView(waited),
        ...(run.callbackUrl &&
          run.callbackSecret && { callback: { url: run.callbackUrl, secret: run.callbackSecret } }),
      });
  });
  router.use('/runs', uploadErrors(options.log));

  // The profile editor's live preview: a signed-in buyer's sample checked against an unsaved profile
  // (the form field `profile`, as JSON), under the same admission limits as every run. The answer is
  // the finished run; the run is then erased, so neither the file nor the report is kept.
  router.post('/profiles/preview', async (req, res) => {
    const principal = await requirePrincipal(req, options.buyers, 'runs:write');
    if (!req.is('multipart/form-data')) throw new HarnessError('expected_multipart');
    const ticket = await options.admission.admit({ buyerId: principal.buyer.id });
    const upload = await receiveUpload(req, {
      limits: { fileBytes: ticket.limits.maxUploadBytes, fields: 2, fieldBytes: MAX_PREVIEW_PROFILE_BYTES },
      incoming: () => runs.incoming(),
      writeError: (error) => runs.storageError(error),
      idleTimeoutMs: options.uploadIdleTimeoutMs,
    });
    let run: RunRecord;
    try {
      if (!upload.file) throw new HarnessError('file_missing');
      // A field that is not JSON is judged as the profile it is (a string: "must be an object"), like
      // any other profile that breaks the schema, so the answer lists what is wrong.
      let document: unknown = upload.fields.profile ?? '';
      try {
        document = JSON.parse(upload.fields.profile ?? '');
      } catch {
        // keep the text
      }
      const profile = options.profiles.validate(document, {});
      const { sha256, bytes, kind } = upload.file;
      run = await options.admission.submit(
        ticket,
        { incoming: upload.file.blob, name: upload.file.name, facts: { sha256, bytes, kind } },
        { profile: { ...profile, id: 'preview', version: 1 } },
      );
    } finally {
      upload.file?.blob.discard();
    }
    const waited =
      (await runs.waitFor(
        run.id,
        (req.query.wait === undefined ? MAX_WAIT_SECONDS : waitSeconds(req)) * 1000,
      )) ?? run;
    const view = runView(waited);
    if (waited.status !== 'queued' && waited.status !== 'running') await runs.erase(run.id);
    res.status(waited.status === 'queued' || waited.status === 'running' ? 202 : 200).json(view);
  });
  router.use('/profiles/preview', uploadErrors(options.log));

  router.get('/runs', async (req, res) => {
    const principal = await requirePrincipal(req, options.buyers);
    const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
    const page = await runs.list({
      buyerId: principal.buyer.id,
      ...(typeof req.query.profile === 'string' && { profileId: req.query.profile }),
      ...(typeof req.query.verdict === 'string' && {
        verdict: req.query.verdict as RunRecord['verdict'] & string,
      }),
      ...(typeof req.query.status === 'string' && { status: req.query.status as RunRecord['status'] }),
      ...(req.query.createdFrom !== undefined && { createdFrom: isoMoment(req.query.createdFrom)! }),
      ...(req.query.createdTo !== undefined && { createdTo: isoMoment(req.query.createdTo)! }),
      ...(req.query.cursor !== undefined && { after: decodeCursor(req.query.cursor)! }),
      limit: limit + 1, // one more tells whether there is a next page
    });
    const shown = page.slice(0, limit);
    res.json({
      runs: shown.map(runSummary),
      nextCursor: page.length > limit ? encodeCursor(shown[shown.length - 1]!) : null,
    });
  });

  const readable = (req: Request, run: RunRecord | undefined): Promise<RunRecord> =>
    readableRun(req, options.buyers, run);

  router.get('/runs/:id', async (req, res) => {
    const wait = waitSeconds(req);
    await readable(req, await runs.get(req.params.id)); // another buyer's run is 404 at once, not after the wait
    const run = await readable(req, await runs.waitFor(req.params.id, wait * 1000));
    res.json(runView(options.judge ? await options.judge(run) : run));
  });

  router.delete('/runs/:id', async (req, res) => {
    const run = await readable(req, await runs.get(req.params.id));
    if (run.buyerId !== undefined) {
      const principal = await requirePrincipal(req, options.buyers, 'runs:write');
      if (principal.buyer.id !== run.buyerId) throw runNotFound();
    }
    await runs.erase(run.id);
    res.status(204).end();
  });

  router.get('/runs/:id/report.html', async (req, res) => {
    const found = await readable(req, await runs.get(req.params.id));
    const run = options.judge ? await options.judge(found) : found;
    if (run.erasedAt) throw new HarnessError('run_erased');
    if (!run.report) throw new HarnessError('run_not_finished', { variant: 'report' });
    const lang = langOfTag(req.query.lang) ?? preferredLang(req.get('accept-language'));
    // The page images go into the page itself, so a saved or forwarded copy shows them offline.
    const pageImages: (Uint8Array | undefined)[] = [];
    const pageCount = Math.min(run.report.document.pageCount ?? 0, REPORT_HTML_MAX_PAGES);
    if (options.pageImage && run.status === 'completed')
      for (let page = 1; page <= pageCount; page++)
        pageImages.push(await options.pageImage(run, page, { boxes: true }).catch(() => undefined));
    res
      .set(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      )
      .set('X-Content-Type-Options', 'nosniff')
      .set('Referrer-Policy', 'no-referrer')
      .set('Cache-Control', 'private, no-store')
      .type('html')
      .send(reportHtml(run, lang, { pageImages }));
  });

  router.get('/runs/:id/pages/:file', async (req, res) => {
    const run = await readable(req, await runs.get(req.params.id));
    if (run.erasedAt) throw new HarnessError('run_erased');
    if (run.status === 'queued' || run.status === 'running')
      throw new HarnessError('run_not_finished', { variant: 'page_images' });
    const page = /^([1-9][0-9]{0,3})\.png$/.exec(req.params.file);
    const png =
      page && options.pageImage
        ? await options.pageImage(run, Number(page[1]), { boxes: req.query.boxes !== 'none' })
        : undefined;
    if (!png) throw new HarnessError('page_image_unavailable');
    res.set('Cache-Control', 'private, no-store').type('image/png').send(Buffer.from(png));
  });

  router.get('/presets', (_req, res) => {
    res.json({
      // In the groups' order (the generic ones, with the default, first), so a flat list reads the same.
      presets: presetGroups()
        .flatMap((g) => g.presets)
        .map((id) => presets().get(id))
        .filter((p) => p !== undefined)
        .map((p) => ({
          id: p.id,
          version: p.version,
          name: p.name,
          names: presetNames(p.id) ?? { nl: p.name, en: p.name, de: p.name, fr: p.name },
          description: p.description ?? null,
          channels: p.channels,
          vendor: presetVendor(p.id) ?? 'generic',
        })),
      default: DEFAULT_PRESET_ID,
      // The same presets by vendor, in the order the pages show them (profiles/preset-vendors.json).
      groups: presetGroups().map((g) => ({ vendor: g.vendor, names: g.names, presets: [...g.presets] })),
    });
  });

  return router;
}
