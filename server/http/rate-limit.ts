/**
 * Rate limits on `/api` (express-rate-limit, one-minute windows, kept in memory): requests with a
 * valid API key count against that key, all others against the client's IP address (an IPv6 client
 * by its /56 network). Over the limit: `429 rate_limited` with `Retry-After` and the `RateLimit`
 * headers. A limit of 0 turns that limit off (benchmarks).
 */
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HarnessError } from '../core/errors.js';
import type { BuyerStore, Principal } from '../store/buyers.js';
import { principalOf } from './auth.js';

const WINDOW_MS = 60_000;

/** The valid key's principal, or undefined (no key, or a key that does not work). */
async function validPrincipal(req: Request, buyers: BuyerStore): Promise<Principal | undefined> {
  try {
    return await principalOf(req, buyers);
  } catch {
    return undefined; // the route answers 401; the request counts against its IP here
  }
}

const rateLimited = (retryAfterSeconds: number, per: 'key' | 'ip'): HarnessError =>
  new HarnessError('rate_limited', {
    ...(per === 'key' && { variant: 'per_key' as const }),
    vars: { seconds: retryAfterSeconds },
    extra: { retryAfterSeconds },
  });

/** The limiters, in order; none when both limits are 0. */
export function rateLimiters(
  buyers: BuyerStore,
  limits: { perKey: number; perIp: number },
): RequestHandler[] {
  const common = {
    windowMs: WINDOW_MS,
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
  };
  const handler =
    (per: 'key' | 'ip') =>
    (_req: Request, res: import('express').Response, next: (error: unknown) => void): void => {
      const retryAfter = Number(res.getHeader('Retry-After'));
      next(rateLimited(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60, per));
    };
  const limiters: RequestHandler[] = [];
  if (limits.perKey > 0)
    limiters.push(
      rateLimit({
        ...common,
        identifier: 'per-key',
        limit: limits.perKey,
        skip: async (req) => (await validPrincipal(req, buyers)) === undefined,
        keyGenerator: async (req) => (await validPrincipal(req, buyers))!.keyId,
        handler: handler('key'),
      }),
    );
  if (limits.perIp > 0)
    limiters.push(
      rateLimit({
        ...common,
        identifier: 'per-ip',
        limit: limits.perIp,
        skip: async (req) => (await validPrincipal(req, buyers)) !== undefined,
        keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
        handler: handler('ip'),
      }),
    );
  return limiters;
}
