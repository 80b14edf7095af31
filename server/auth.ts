/**
 * Buyer authentication: `Authorization: Bearer <apiKey>`, or a signed-in browser session (the cookie
 * of `session.ts`; state-changing requests need its CSRF token too). A missing key and an unknown or
 * revoked key are both 401 (with `WWW-Authenticate`), told apart by their codes; which of the two does
 * not reveal whether a key ever existed.
 */
import type { Request, RequestHandler } from 'express';
import { HarnessError } from './errors.js';
import { actingSession, csrfFailed } from './session.js';
import type { Buyer, BuyerStore } from './store/buyers.js';

const missing = (): HarnessError =>
  new HarnessError(
    'api_key_missing',
    401,
    {
      nl: 'Log in met uw API-sleutel: stuur de kop "Authorization: Bearer <sleutel>".',
      en: 'Sign in with your API key: send the header "Authorization: Bearer <key>".',
    },
    { wwwAuthenticate: 'Bearer' },
  );

const invalid = (): HarnessError =>
  new HarnessError(
    'api_key_invalid',
    401,
    {
      nl: 'Deze API-sleutel is onbekend of ingetrokken. Vraag een nieuwe sleutel aan.',
      en: 'This API key is unknown or has been revoked. Ask for a new key.',
    },
    { wwwAuthenticate: 'Bearer error="invalid_token"' },
  );

/**
 * The buyer a request's Bearer key belongs to, or else its browser session's buyer; undefined when
 * the request has neither (or a session without its CSRF token on a state-changing request). Throws
 * 401 for a malformed, unknown or revoked key: a wrong key is never ignored.
 */
export function buyerOf(req: Request, buyers: BuyerStore): Buyer | undefined {
  const header = req.get('authorization');
  if (header === undefined || header.trim() === '') {
    const { session } = actingSession(req);
    return session && buyers.getBuyer(session.buyerId);
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const buyer = match ? buyers.authenticate(match[1]!) : undefined;
  if (!buyer) throw invalid();
  return buyer;
}

/** The buyer of a request that must be signed in: 401 without a (valid) key. */
export function requireBuyer(req: Request, buyers: BuyerStore): Buyer {
  const buyer = buyerOf(req, buyers);
  if (!buyer) throw actingSession(req).csrfFailed ? csrfFailed() : missing();
  return buyer;
}

/** Middleware: sets `res.locals.buyer` or answers 401. */
export function authenticated(buyers: BuyerStore): RequestHandler {
  return (req, res, next) => {
    res.locals.buyer = requireBuyer(req, buyers);
    next();
  };
}
