/**
 * Profiles API (a buyer's key in `Authorization: Bearer <apiKey>`): create, list, read, new version,
 * read a version, archive; plus validation without saving and the schema itself.
 */
import express, { type Request, type Response, Router } from 'express';
import { registry } from '../../checks/index.js';
import { annotatedProfileSchema } from '../../profiles/annotations.js';
import { findPreset, presets } from '../../profiles/presets.js';
import { HarnessError } from '../core/errors.js';
import { authenticated, buyerOf, requireBuyer } from '../http/auth.js';
import type { ProfileService } from '../services/profiles.js';
import type { Buyer, BuyerStore } from '../store/buyers.js';
import type { StoredProfile } from '../store/profiles.js';

/** Largest profile document accepted; a real profile is a few kB. */
export const MAX_PROFILE_BYTES = 256 * 1024;

const json = express.json({
  limit: MAX_PROFILE_BYTES,
  strict: true,
  type: ['application/json', 'application/*+json'],
});

/** The JSON body of a request, or 415 when it is not sent as JSON. */
function jsonBody(req: Request): unknown {
  if (!req.is(['application/json', 'application/*+json'])) {
    throw new HarnessError('expected_json');
  }
  return req.body as unknown;
}

const self = (id: string): string => `/api/profiles/${id}`;

/** The public JSON shape of a stored profile. */
export function profileView(stored: StoredProfile): Record<string, unknown> {
  return {
    id: stored.id,
    version: stored.latestVersion,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    archivedAt: stored.archivedAt ?? null,
    profile: stored.profile,
    links: {
      self: self(stored.id),
      version: `${self(stored.id)}/versions/${stored.latestVersion}`,
    },
  };
}

/** The profiles routes. */
export function profilesRouter(
  service: ProfileService,
  buyers: BuyerStore,
  /** Who acts in a request, for the audit log (`http/actor.ts`). */
  actor: (req: Request) => string | Promise<string> = () => 'unknown',
): Router {
  const router = Router();
  const buyer = (req: Request) => requireBuyer(req, buyers);

  // With `x-labels` (names, help, units in nl and en) and the engine's defaults, for the editor.
  router.get('/schema/profile', (_req, res) => {
    res.type('application/schema+json').send(JSON.stringify(annotatedProfileSchema()));
  });

  // The checks a profile can name, with their titles in both languages (for the editor).
  router.get('/checks', (_req, res) => {
    res.json({
      checks: registry.map((check) => ({
        id: check.id,
        title: check.title,
        defaultSeverity: check.defaultSeverity,
        defaultEnabled: check.defaultEnabled ?? true,
        params: check.params,
      })),
    });
  });

  router.get('/presets/:id', (req, res) => {
    const preset = findPreset(req.params.id);
    if (!preset)
      throw new HarnessError('profile_not_found', {
        variant: 'preset',
        vars: { id: req.params.id },
        extra: { presets: [...presets().keys()] },
      });
    res.json(preset);
  });

  // Validation needs no account (it stores and reveals nothing). With `?profile=<id>` and the owner's
  // key it judges the document as a new version of that profile (an unchanged start date may be past).
  router.post('/profiles/validate', json, async (req, res: Response) => {
    await buyerOf(req, buyers); // a key (or session) that is sent must work, even where none is needed
    const body = jsonBody(req);
    const against = typeof req.query.profile === 'string' ? req.query.profile : undefined;
    const previous = against ? await service.get(await buyer(req), against) : undefined;
    const profile = service.validate(
      body,
      previous ? { mode: 'update', previous: previous.profile } : { mode: 'create' },
    );
    res.json({ valid: true, profile });
  });

  // The key (and its `profiles:write` scope) is checked before the body is read: no account, no parsing.
  const signedIn = authenticated(buyers, 'profiles:write');
  const owner = (res: Response): Buyer => res.locals.buyer as Buyer;

  router.post('/profiles', signedIn, json, async (req, res) => {
    const stored = await service.create(owner(res), jsonBody(req), await actor(req));
    res.status(201).location(self(stored.id)).json(profileView(stored));
  });

  router.get('/profiles', async (req, res) => {
    const archived = req.query.archived === 'true';
    res.json({
      profiles: (await service.list(await buyer(req), { archived })).map((stored) => ({
        id: stored.id,
        version: stored.latestVersion,
        name: stored.profile.name,
        channels: stored.profile.channels,
        createdAt: stored.createdAt,
        updatedAt: stored.updatedAt,
        archivedAt: stored.archivedAt ?? null,
        links: { self: self(stored.id) },
      })),
    });
  });

  router.get('/profiles/:id', async (req, res) => {
    res.json(profileView(await service.get(await buyer(req), req.params.id)));
  });

  router.put('/profiles/:id', signedIn, json, async (req, res) => {
    const { profile } = await service.update(
      owner(res),
      String(req.params.id),
      jsonBody(req),
      await actor(req),
    );
    res.json(profileView(profile));
  });

  router.delete('/profiles/:id', async (req, res) => {
    await service.archive(await requireBuyer(req, buyers, 'profiles:write'), req.params.id, await actor(req));
    res.status(204).end();
  });

  router.get('/profiles/:id/versions/:version', async (req, res) => {
    const raw = req.params.version;
    const found = await service.version(
      await buyer(req),
      req.params.id,
      /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : Number.NaN,
    );
    res.json({
      id: found.profileId,
      version: found.version,
      createdAt: found.createdAt,
      profile: found.profile,
    });
  });

  return router;
}
