/**
 * Signing in to the buyer pages: `POST /api/session` with an API key or an e-mail and password opens
 * a browser session (cookie); `GET` tells who is signed in (and the CSRF token the page must send
 * back); `DELETE` signs out. A session opened with a key may do what the key may do and ends when the
 * key does (see `auth.ts`).
 *
 * Guessing is bounded. Failed attempts are counted per e-mail ({@link MAX_FAILURES}) and per client
 * address ({@link MAX_FAILURES_PER_ADDRESS}, as an office shares one) within a quarter of an hour; past
 * either, sign-in answers 429 for a while, even with the right password. An attempt is counted
 * *before* its password is hashed, in the same synchronous step that checks the lock-out, so a burst
 * of concurrent guesses cannot all pass the check before the first failure is recorded; a success
 * takes its count back. And the scrypt work itself is bounded: at most
 * {@link MAX_CONCURRENT_HASHES_PER_ACCOUNT} password checks at once per e-mail,
 * {@link MAX_CONCURRENT_HASHES_PER_ADDRESS} per address and {@link MAX_CONCURRENT_HASHES} in all; an
 * attempt past those answers 429 at once (`Retry-After: 1`), without hashing and without counting.
 */
import express, { type Request, Router } from 'express';
import type { CookieSecure } from '../core/config.js';
import { HarnessError } from '../core/errors.js';
import {
  clearSessionCookie,
  MAX_CONCURRENT_HASHES,
  MAX_CONCURRENT_HASHES_PER_ACCOUNT,
  MAX_CONCURRENT_HASHES_PER_ADDRESS,
  MAX_FAILURES,
  MAX_FAILURES_PER_ADDRESS,
  sessionOf,
  setSessionCookie,
} from '../http/session.js';
import { type BuyerStore, SCOPES } from '../store/buyers.js';
import type { Session, UserStore } from '../store/users.js';

const WINDOW_MS = 15 * 60 * 1000;
const ALL = 'all';

/** One counted attempt (an object, so a success can take exactly its own count back). */
interface Attempt {
  readonly at: number;
}

/**
 * The lock-out: attempts in a sliding window per key (`ip:…`, `email:…`), and the password checks
 * running now per key. Every decision is synchronous, so two requests cannot interleave inside one.
 */
class SignInGuard {
  private readonly attempts = new Map<string, Attempt[]>();
  private readonly running = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  private recent(key: string): Attempt[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.attempts.get(key) ?? []).filter((a) => a.at > since);
    if (kept.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0. */
  blockedFor(keys: readonly string[]): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      if (recent.length >= (key.startsWith('ip:') ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES))
        wait = Math.max(wait, Math.ceil((recent[0]!.at + WINDOW_MS - this.now()) / 1000));
    }
    return wait;
  }

  /** Counts an attempt against every key; returns it, to take back on success. */
  count(keys: readonly string[]): Attempt {
    const attempt = { at: this.now() };
    for (const key of keys) this.attempts.set(key, [...this.recent(key), attempt]);
    return attempt;
  }

  /** Takes a counted attempt back (it succeeded). */
  uncount(keys: readonly string[], attempt: Attempt): void {
    for (const key of keys) {
      const kept = this.recent(key).filter((a) => a !== attempt);
      if (kept.length === 0) this.attempts.delete(key);
      else this.attempts.set(key, kept);
    }
  }

  clear(key: string): void {
    this.attempts.delete(key);
  }

  /** Takes a password-check slot for every key, or none (false) when one of them is full. */
  acquire(keys: readonly string[]): boolean {
    const limit = (key: string): number =>
      key === ALL
        ? MAX_CONCURRENT_HASHES
        : key.startsWith('ip:')
          ? MAX_CONCURRENT_HASHES_PER_ADDRESS
          : MAX_CONCURRENT_HASHES_PER_ACCOUNT;
    const all = [...keys, ALL];
    if (all.some((key) => (this.running.get(key) ?? 0) >= limit(key))) return false;
    for (const key of all) this.running.set(key, (this.running.get(key) ?? 0) + 1);
    return true;
  }

  release(keys: readonly string[]): void {
    for (const key of [...keys, ALL]) {
      const left = (this.running.get(key) ?? 1) - 1;
      if (left <= 0) this.running.delete(key);
      else this.running.set(key, left);
    }
  }
}

const json = express.json({ limit: '8kb', strict: true });

const signInFailed = (): HarnessError => new HarnessError('sign_in_failed');

const keyInvalid = (): HarnessError => new HarnessError('api_key_invalid');

const keyExpired = (): HarnessError => new HarnessError('api_key_expired');

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
  const guard = new SignInGuard(now);

  /** What a session may do now: its key's scopes (none once the key stopped working), or all. */
  const scopesOf = async (session: Session): Promise<readonly string[] | undefined> => {
    if (session.keyId === undefined) return SCOPES;
    const principal = await buyers.principalOfKey(session.keyId);
    return 'buyer' in principal ? principal.scopes : undefined;
  };

  const view = async (session: Session): Promise<Record<string, unknown>> => {
    const scopes = await scopesOf(session);
    if (!scopes) return { signedIn: false };
    const buyer = await buyers.getBuyer(session.buyerId);
    const user = session.userId ? await users.user(session.userId) : undefined;
    return {
      signedIn: true,
      buyer: { id: session.buyerId, name: buyer?.name ?? '' },
      user: user ? { email: user.email } : null,
      signedInWith: user ? 'password' : 'apiKey',
      scopes,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  };

  const tooMany = (wait: number): HarnessError =>
    new HarnessError('too_many_attempts', {
      vars: { minutes: Math.ceil(wait / 60) },
      extra: { retryAfterSeconds: wait },
    });

  const busy = (): HarnessError =>
    new HarnessError('too_many_attempts', {
      variant: 'busy',
      vars: { seconds: 1 },
      extra: { retryAfterSeconds: 1 },
    });

  router.post('/session', json, async (req, res) => {
    sameOrigin(req);
    if (!req.is('application/json')) throw new HarnessError('expected_json', { variant: 'sign_in' });
    const body = (req.body ?? {}) as Record<string, unknown>;
    const apiKey = typeof body.apiKey === 'string' ? body.apiKey.trim() : '';
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    // The client's address as TRUST_PROXY decides (the TCP peer unless a trusted proxy says otherwise).
    const keys = [`ip:${req.ip ?? ''}`, ...(email ? [`email:${email}`] : [])];
    const wait = guard.blockedFor(keys);
    if (wait > 0) throw tooMany(wait);

    let opened: Awaited<ReturnType<UserStore['openSession']>>;
    if (apiKey) {
      // No slow hash here (a key is a 256-bit secret). The lookup is awaited, so the attempt is counted
      // before it, as if it fails, and taken back when the key works: concurrent wrong keys cannot all
      // pass the lock-out check above.
      const attempt = guard.count(keys);
      const principal = await buyers.principal(apiKey);
      if (!('buyer' in principal)) throw principal.refused === 'expired' ? keyExpired() : keyInvalid();
      guard.uncount(keys, attempt);
      opened = await users.openSession({
        buyerId: principal.buyer.id,
        keyId: principal.keyId,
        ...(principal.expiresAt !== undefined && { expiresAt: principal.expiresAt }),
      });
    } else if (email && password) {
      // Decided before any await: a slot for the hash, and the attempt counted as if it fails.
      if (!guard.acquire(keys)) throw busy();
      const attempt = guard.count(keys);
      let user: Awaited<ReturnType<UserStore['authenticate']>>;
      try {
        user = await users.authenticate(email, password);
      } finally {
        guard.release(keys);
      }
      if (!user) throw signInFailed();
      guard.uncount(keys, attempt);
      guard.clear(`email:${email}`);
      opened = await users.openSession({ buyerId: user.buyerId, userId: user.id });
    } else {
      throw new HarnessError('sign_in_incomplete');
    }
    const previous = sessionOf(req);
    if (previous) await users.closeSession(previous.id);
    const { createdAt, expiresAt } = opened.session;
    setSessionCookie(req, res, opened.id, Date.parse(expiresAt) - Date.parse(createdAt), cookieSecure);
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .json(await view(opened.session));
  });

  // 200 either way (a page asks this on every load; signed out is an answer, not an error).
  // Signed out on an empty installation (no buyer yet, so nobody can sign in), `setup: 'no-buyer'` tells
  // the sign-in page to show the command that creates the first buyer and user.
  const setupNeeded = async (): Promise<'no-buyer' | undefined> =>
    (await buyers.listBuyers()).length === 0 ? 'no-buyer' : undefined;

  router.get('/session', async (req, res) => {
    const found = sessionOf(req);
    const setup = found ? undefined : await setupNeeded();
    res
      .set('Cache-Control', 'no-store')
      .json(found ? await view(found.session) : { signedIn: false, ...(setup && { setup }) });
  });

  router.delete('/session', async (req, res) => {
    const found = sessionOf(req);
    if (found) await users.closeSession(found.id);
    clearSessionCookie(req, res, cookieSecure);
    res.status(204).end();
  });

  return router;
}
