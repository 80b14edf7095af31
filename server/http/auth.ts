/**
 * Buyer authentication: `Authorization: Bearer <apiKey>`, or a signed-in browser session (the cookie
 * of `session.ts`; state-changing requests need its CSRF token too). A missing key and an unknown or
 * revoked key are both 401 (with `WWW-Authenticate`), told apart by their codes; which of the two does
 * not reveal whether a key ever existed. An expired key is `api_key_expired`; a key without the scope
 * an action needs is 403 `insufficient_scope`. A browser session opened with an API key may do exactly
 * what that key may do, decided by the same rules at each request (its scopes; it ends when the key
 * expires or is revoked); one opened with a user's password acts with every scope: it is the buyer's
 * own staff (users have no roles yet). A session cookie that names no live session is 401
 * `session_ended` wherever a wrong key would be 401.
 */
import type { Request, RequestHandler } from 'express';
import { HarnessError, runNotFound } from '../core/errors.js';
import { type Buyer, type BuyerStore, type Principal, SCOPES, type Scope } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';
import { actingSession, csrfFailed, sessionEnded, sessionEndedError } from './session.js';

const missing = (): HarnessError =>
  new HarnessError('api_key_missing', { extra: { wwwAuthenticate: 'Bearer' } });

const invalid = (): HarnessError =>
  new HarnessError('api_key_invalid', { extra: { wwwAuthenticate: 'Bearer error="invalid_token"' } });

const expired = (): HarnessError =>
  new HarnessError('api_key_expired', {
    extra: { wwwAuthenticate: 'Bearer error="invalid_token", error_description="expired"' },
  });

/** 403 for a key that may not do this. */
export const insufficientScope = (scope: Scope): HarnessError =>
  new HarnessError('insufficient_scope', {
    vars: { scope },
    extra: { requiredScope: scope, wwwAuthenticate: `Bearer error="insufficient_scope", scope="${scope}"` },
  });

// One lookup per request, however many routes and middlewares ask.
// The promise is kept: concurrent askers of one request share the one lookup.
const cache = new WeakMap<Request, Promise<Principal | HarnessError | null>>();

/**
 * The principal (buyer, key scopes, limits) of a request's Bearer key; undefined when the request sends
 * no Authorization header. Throws 401 for a malformed, unknown, revoked or expired key: a wrong key is
 * never ignored.
 */
export async function principalOf(req: Request, buyers: BuyerStore): Promise<Principal | undefined> {
  let lookup = cache.get(req);
  if (lookup === undefined) {
    lookup = lookupPrincipal(req, buyers);
    cache.set(req, lookup);
  }
  const found = await lookup;
  if (found instanceof HarnessError) throw found;
  return found ?? undefined;
}

async function lookupPrincipal(req: Request, buyers: BuyerStore): Promise<Principal | HarnessError | null> {
  const header = req.get('authorization');
  if (header === undefined || header.trim() === '') return sessionPrincipal(req, buyers);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const result = match ? await buyers.principal(match[1]!) : { refused: 'invalid' as const };
  return 'buyer' in result ? result : result.refused === 'expired' ? expired() : invalid();
}

/**
 * A signed-in browser session's principal: its key's (scopes, limits, rate-limit budget) for a session
 * opened with a key, every scope for a user's session; null without a (CSRF-valid) session. A session
 * whose key no longer works, or a cookie of a session that ended, is a 401.
 */
async function sessionPrincipal(req: Request, buyers: BuyerStore): Promise<Principal | HarnessError | null> {
  if (sessionEnded(req)) return sessionEndedError();
  const { session } = actingSession(req);
  if (!session) return null;
  if (session.keyId !== undefined) {
    const principal = await buyers.principalOfKey(session.keyId);
    return 'buyer' in principal && principal.buyer.id === session.buyerId ? principal : sessionEndedError();
  }
  const buyer = await buyers.getBuyer(session.buyerId);
  if (!buyer) return sessionEndedError();
  return {
    buyer,
    keyId: `session:${session.buyerId}`,
    scopes: SCOPES,
    limits: await buyers.limitsOf(buyer.id),
  };
}

/** The principal of a request that must be signed in: 401 without a (valid) key or session. */
export async function requirePrincipal(req: Request, buyers: BuyerStore, scope?: Scope): Promise<Principal> {
  const principal = await principalOf(req, buyers);
  if (!principal) throw actingSession(req).csrfFailed ? csrfFailed() : missing();
  if (scope && !principal.scopes.includes(scope)) throw insufficientScope(scope);
  return principal;
}

/**
 * The buyer a request's Bearer key belongs to, or else its browser session's buyer; undefined when
 * the request has neither (or a session without its CSRF token on a state-changing request). Throws
 * 401 for a malformed, unknown, revoked or expired key: a wrong key is never ignored.
 */
export async function buyerOf(req: Request, buyers: BuyerStore): Promise<Buyer | undefined> {
  return (await principalOf(req, buyers))?.buyer;
}

/** The buyer of a request that must be signed in (with `scope`, when given): 401 / 403 otherwise. */
export async function requireBuyer(req: Request, buyers: BuyerStore, scope?: Scope): Promise<Buyer> {
  return (await requirePrincipal(req, buyers, scope)).buyer;
}

/** Middleware: sets `res.locals.buyer` (and `res.locals.principal`) or answers 401 / 403. */
export function authenticated(buyers: BuyerStore, scope?: Scope): RequestHandler {
  // Express 5: a rejected promise goes to the error handler.
  return async (req, res, next) => {
    const principal = await requirePrincipal(req, buyers, scope);
    res.locals.principal = principal;
    res.locals.buyer = principal.buyer;
    next();
  };
}

/**
 * A run the request may read: a run without a buyer (checked against a preset) by its id alone; a
 * buyer's run only by that buyer's key or session. Anyone else gets the 404 of a run that does not
 * exist, so run ids of other buyers cannot be probed.
 */
export async function readableRun(
  req: Request,
  buyers: BuyerStore,
  run: RunRecord | undefined,
): Promise<RunRecord> {
  if (!run || (run.buyerId !== undefined && (await buyerOf(req, buyers))?.id !== run.buyerId))
    throw runNotFound();
  return run;
}
