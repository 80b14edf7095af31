/**
 * Operations: `GET /health` (liveness: the process answers; nothing but memory is read), `GET /ready`
 * (readiness: database, schema version, queue, worker pool, shutdown; 503 naming what is not ready)
 * and `GET /metrics` (Prometheus text). No API key; rate-limited like the other anonymous routes.
 * `/metrics` answers requests from this machine that came through no proxy, and any request with the
 * bearer token `METRICS_TOKEN` when one is set.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request, type RequestHandler, Router } from 'express';
import { ENGINE_VERSION } from '../../engine/version.js';
import { HarnessError } from '../core/errors.js';
import type { Metrics } from '../services/metrics.js';
import type { Readiness } from '../services/readiness.js';
import type { RunService } from '../services/runs.js';

/** What the operations routes need. */
export interface OpsDeps {
  readonly runs: RunService;
  /** Readiness checks (absent: `/ready` answers from the run service alone, never checking a database). */
  readonly readiness?: Readiness;
  /** The metrics (absent: `/metrics` is 404). */
  readonly metrics?: Metrics;
  /** The bearer token that opens `/metrics` to any address (`METRICS_TOKEN`). */
  readonly metricsToken?: string;
  /** Rate limiters run before each route (the ones of the anonymous API). */
  readonly limiters?: readonly RequestHandler[];
}

/** Whether an address is this machine's (IPv4 127/8, IPv6 ::1, IPv4-mapped 127/8). */
const isLoopback = (address: string | undefined): boolean =>
  address !== undefined &&
  (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

/** A request a proxy on this machine passed on: it comes from loopback but not from this machine's user. */
const viaProxy = (req: Request): boolean =>
  req.get('forwarded') !== undefined ||
  req.get('x-forwarded-for') !== undefined ||
  req.get('x-real-ip') !== undefined;

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasToken(req: Request, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}

/** The router of `/health`, `/ready` and `/metrics`. */
export function opsRouter(deps: OpsDeps): Router {
  const router = Router();
  const limiters = [...(deps.limiters ?? [])];
  const started = Date.now();
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };

  // Liveness is never rate-limited: it reads only memory, and a flood from the prober's address must not
  // make the orchestrator restart a healthy process.
  router.get('/health', noStore, (_req, res) => {
    res.json({
      status: 'ok',
      version: ENGINE_VERSION,
      uptimeSeconds: Math.floor((Date.now() - started) / 1000),
      runs: deps.runs.activity(),
    });
  });

  router.get('/ready', ...limiters, noStore, async (_req, res) => {
    const report = await deps.readiness?.check();
    if (!report) {
      res.json({ status: 'ready', checks: {} });
      return;
    }
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  });

  const { metrics, metricsToken } = deps;
  if (metrics)
    router.get('/metrics', ...limiters, noStore, (req, res, next) => {
      const local = isLoopback(req.socket.remoteAddress) && !viaProxy(req);
      if (!local && !(metricsToken !== undefined && hasToken(req, metricsToken))) {
        next(new HarnessError('metrics_forbidden'));
        return;
      }
      metrics.render().then(
        (text) => res.type(metrics.contentType).send(text),
        (error: unknown) => next(error),
      );
    });
  return router;
}
