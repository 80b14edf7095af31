/**
 * Signing in to the buyer pages: `POST /api/session` with an API key or an e-mail and password opens
 * a browser session (cookie); `GET` tells who is signed in (and the CSRF token the page must send
 * back); `DELETE` signs out. Failed attempts are counted per e-mail ({@link MAX_FAILURES}) and per
 * client address ({@link MAX_FAILURES_PER_ADDRESS}, as an office shares one) within a quarter of an
 * hour; past either, sign-in answers 429 for a while, even with the right password.
 */
import express, { type Request, Router } from 'express';
import type { CookieSecure } from '../core/config.js';
import { HarnessError } from '../core/errors.js';
import {
  clearSessionCookie,
  MAX_FAILURES,
  MAX_FAILURES_PER_ADDRESS,
  sessionOf,
  setSessionCookie,
} from '../http/session.js';
import type { BuyerStore } from '../store/buyers.js';
import { SESSION_TTL_MS, type Session, type UserStore } from '../store/users.js';

const WINDOW_MS = 15 * 60 * 1000;

/** Counts failures in a sliding window, per key; forgets a key once its window is over. */
class FailureCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  private recent(key: string): number[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0. */
  blockedFor(keys: string[]): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= (key.startsWith('ip:') ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES))
        wait = Math.max(wait, Math.ceil((recent[0]! + WINDOW_MS - this.now()) / 1000));
    }
    return wait;
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

const json = express.json({ limit: '8kb', strict: true });

const signInFailed = (): HarnessError => new HarnessError('sign_in_failed');

const keyInvalid = (): HarnessError => new HarnessError('api_key_invalid');

/** Refuses a sign-in posted from another site (a login-CSRF attempt). */
function sameOrigin(req: Request): void {
  const origin = req.get('origin');
  if (origin !== undefined && origin !== `${req.protocol}://${req.host}`)
    throw new HarnessError('cross_site_request');
}

/** The session routes; `cookieSecure` is `COOKIE_SECURE`. */
export function sessionRouter(
  users: UserStore,
  buyers: BuyerStore,
  { cookieSecure = 'auto', now = Date.now }: { cookieSecure?: CookieSecure; now?: () => number } = {},
): Router {
  const router = Router();
  const failures = new FailureCounter(now);

  const view = (session: Session): Record<string, unknown> => {
    const buyer = buyers.getBuyer(session.buyerId);
    const user = session.userId ? users.user(session.userId) : undefined;
    return {
      signedIn: true,
      buyer: { id: session.buyerId, name: buyer?.name ?? '' },
      user: user ? { email: user.email } : null,
      signedInWith: user ? 'password' : 'apiKey',
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  };

  router.post('/session', json, async (req, res) => {
    sameOrigin(req);
    if (!req.is('application/json')) throw new HarnessError('expected_json', { variant: 'sign_in' });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const apiKey = typeof body.apiKey === 'string' ? body.apiKey.trim() : '';
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    // The client's address as TRUST_PROXY decides (the TCP peer unless a trusted proxy says otherwise).
    const keys = [`ip:${req.ip ?? ''}`, ...(email ? [`email:${email}`] : [])];
    const wait = failures.blockedFor(keys);
    if (wait > 0)
      throw new HarnessError('too_many_attempts', {
        vars: { minutes: Math.ceil(wait / 60) },
        extra: { retryAfterSeconds: wait },
      });

    let opened: ReturnType<UserStore['openSession']>;
    if (apiKey) {
      const buyer = buyers.authenticate(apiKey);
      const keyId = buyer && users.keyIdOf(apiKey);
      if (!buyer || !keyId) {
        failures.fail(keys);
        throw keyInvalid();
      }
      opened = users.openSession({ buyerId: buyer.id, keyId });
    } else if (email && password) {
      const user = await users.authenticate(email, password);
      if (!user) {
        failures.fail(keys);
        throw signInFailed();
      }
      failures.clear(`email:${email}`);
      opened = users.openSession({ buyerId: user.buyerId, userId: user.id });
    } else {
      throw new HarnessError('sign_in_incomplete');
    }
    const previous = sessionOf(req);
    if (previous) users.closeSession(previous.id);
    setSessionCookie(req, res, opened.id, SESSION_TTL_MS, cookieSecure);
    res.status(201).set('Cache-Control', 'no-store').json(view(opened.session));
  });

  // 200 either way (a page asks this on every load; signed out is an answer, not an error).
  router.get('/session', (req, res) => {
    const found = sessionOf(req);
    res.set('Cache-Control', 'no-store').json(found ? view(found.session) : { signedIn: false });
  });

  router.delete('/session', (req, res) => {
    const found = sessionOf(req);
    if (found) users.closeSession(found.id);
    clearSessionCookie(req, res, cookieSecure);
    res.status(204).end();
  });

  return router;
}
