/**
 * Browser sessions for buyers: an HttpOnly, SameSite=Strict cookie holding a random session id, and a
 * CSRF token (synchroniser pattern) that the pages send back in `X-CSRF-Token` on every state-changing
 * request. The session is read once per request by {@link sessionMiddleware}; `auth.ts` accepts it
 * wherever an API key is accepted, but only with a matching CSRF token for POST, PUT, PATCH, DELETE.
 * A cookie that names no live session (it expired, was signed out, or its key or user stopped
 * working) is cleared on the answer, and refused with 401 where a key would be (`session_ended`),
 * as a key that stopped working is: a stale credential is never quietly taken for no credential.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { CookieSecure } from '../core/config.js';
import { HarnessError } from '../core/errors.js';
import type { Session, UserStore } from '../store/users.js';

/** Failed sign-ins per e-mail before sign-in is refused for a while. */
export const MAX_FAILURES = 10;
/** Failed sign-ins per client address before sign-in is refused for a while. */
export const MAX_FAILURES_PER_ADDRESS = 50;
/** Password checks (scrypt, ~32 MiB and a few hundred ms of CPU each) running at once for one e-mail. */
export const MAX_CONCURRENT_HASHES_PER_ACCOUNT = 2;
/** Password checks running at once for one client address. */
export const MAX_CONCURRENT_HASHES_PER_ADDRESS = 4;
/** Password checks running at once in the whole server. */
export const MAX_CONCURRENT_HASHES = 8;

/** Name of the session cookie. */
export const SESSION_COOKIE = 'pf_session';
/** Header the pages send the CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface RequestSession {
  readonly id: string;
  readonly session: Session;
}

const sessions = new WeakMap<Request, RequestSession>();
// Requests whose session cookie names no live session.
const ended = new WeakSet<Request>();

/** The value of one cookie of a request. */
export function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Reads the session cookie (if any) and remembers the live session for this request; a cookie that
 * names no live session is remembered as ended and cleared on the answer.
 */
export function sessionMiddleware(users: UserStore, mode: CookieSecure = 'auto'): RequestHandler {
  return async (req, res, next) => {
    const id = cookie(req, SESSION_COOKIE);
    if (id) {
      const session = await users.session(id);
      if (session) sessions.set(req, { id, session });
      else {
        ended.add(req);
        clearSessionCookie(req, res, mode);
      }
    }
    next();
  };
}

/** Whether the request sent a session cookie that names no live session. */
export function sessionEnded(req: Request): boolean {
  return ended.has(req);
}

/** 401 for a request whose session has ended: sign in again. */
export const sessionEndedError = (): HarnessError => new HarnessError('session_ended');

/** The request's live session and its secret id, whatever the CSRF token says. */
export function sessionOf(req: Request): RequestSession | undefined {
  return sessions.get(req);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The session that may act for this request: any live session for a safe method; for a
 * state-changing one only with the session's CSRF token in `X-CSRF-Token`. `csrfFailed` says a
 * session was there but the token was missing or wrong.
 */
export function actingSession(req: Request): { session?: Session; csrfFailed: boolean } {
  const found = sessions.get(req);
  if (!found) return { csrfFailed: false };
  if (SAFE_METHODS.has(req.method)) return { session: found.session, csrfFailed: false };
  const token = req.get(CSRF_HEADER);
  return token && sameToken(token, found.session.csrfToken)
    ? { session: found.session, csrfFailed: false }
    : { csrfFailed: true };
}

/** 403 for a signed-in request whose CSRF token is missing or wrong. */
export const csrfFailed = (): HarnessError => new HarnessError('csrf_token_invalid');

/** Whether the cookie gets `Secure`: always, never, or (`auto`) when the request is HTTPS as Express sees it. */
const secure = (req: Request, mode: CookieSecure): boolean => (mode === 'auto' ? req.secure : mode);

/**
 * Sets the session cookie: HttpOnly, SameSite=Strict, for the session's lifetime; Secure as
 * `COOKIE_SECURE` says (by default over HTTPS, behind a TLS proxy when `TRUST_PROXY` believes it).
 */
export function setSessionCookie(
  req: Request,
  res: Response,
  id: string,
  maxAgeMs: number,
  mode: CookieSecure = 'auto',
): void {
  // Replaces the clearing of an ended session's cookie that the middleware may have set.
  const others = ([] as string[])
    .concat((res.getHeader('Set-Cookie') as string | string[] | undefined) ?? [])
    .filter((c) => !c.startsWith(`${SESSION_COOKIE}=`));
  res.setHeader('Set-Cookie', [
    ...others,
    `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}${secure(req, mode) ? '; Secure' : ''}`,
  ]);
}

/** Clears the session cookie (with the same attributes, so browsers replace it). */
export function clearSessionCookie(req: Request, res: Response, mode: CookieSecure = 'auto'): void {
  res.append(
    'Set-Cookie',
    `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(req, mode) ? '; Secure' : ''}`,
  );
}
