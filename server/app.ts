/**
 * Builds the Express app from its dependencies without listening, so tests run it in-process on
 * port 0. HTTP only: parsing requests, calling the run service, shaping responses.
 */
import express, { type Express } from 'express';
import { ENGINE_VERSION } from '../checks/engine/version.js';
import type { Config } from './config.js';
import { HarnessError, notFound, problemHandler } from './errors.js';
import { fromRoot } from './paths.js';
import { ProfileService } from './profiles.js';
import { profilesRouter } from './routes/profiles.js';
import { runsRouter } from './routes/runs.js';
import type { RunService } from './runs.js';
import type { BuyerStore } from './store/buyers.js';
import type { ProfileStore } from './store/profiles.js';

/** What the app needs. */
export interface AppDeps {
  readonly config: Pick<Config, 'maxUploadBytes'>;
  readonly runs: RunService;
  /** Buyers and their API keys. */
  readonly buyers: BuyerStore;
  /** Buyers' stored profiles. */
  readonly profiles: ProfileStore;
  /** Where unexpected errors go (a logger). */
  readonly logError: (error: unknown) => void;
}

/** The app. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: ENGINE_VERSION, runs: deps.runs.stats() });
  });

  const profiles = new ProfileService(deps.profiles);
  app.use(
    '/api',
    runsRouter(deps.runs, { maxUploadBytes: deps.config.maxUploadBytes, profiles, buyers: deps.buyers }),
  );
  app.use('/api', profilesRouter(profiles, deps.buyers));
  app.use('/api', (_req, _res, next) => next(notFound()));

  app.use(express.static(fromRoot('public'), { index: 'index.html', maxAge: '5m' }));
  app.use((_req, _res, next) => next(notFound()));

  app.use(
    problemHandler({
      maxUploadBytes: deps.config.maxUploadBytes,
      log: deps.logError,
    }),
  );
  return app;
}

export { HarnessError };
