/**
 * Suppliers' browser sessions (supplier portal): their own cookie, apart from the buyers' session, so
 * a supplier session never acts as a buyer and a buyer's session never reads a supplier's invitations.
 * HttpOnly, SameSite=Strict, Secure as `COOKIE_SECURE` says; state-changing requests must send the
 * session's CSRF token in `X-CSRF-Token` (synchroniser pattern, as the buyers' sessions do).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { CookieSecure } from '../core/config.js';
import { HarnessError } from '../core/errors.js';
import type { SupplierSession } from '../store/supplier-portal.js';
import { CSRF_HEADER, cookie } from './session.js';

/** Name of the supplier session cookie. */
export const SUPPLIER_COOKIE = 'pf_supplier';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const secure = (req: Request, mode: CookieSecure): boolean => (mode === 'auto' ? req.secure : mode);

/** The supplier session cookie's value, if sent. */
export const supplierCookie = (req: Request): string | undefined => cookie(req, SUPPLIER_COOKIE);

/** Sets the supplier session cookie for the session's lifetime. */
export function setSupplierCookie(
  req: Request,
  res: Response,
  id: string,
  maxAgeMs: number,
  mode: CookieSecure,
): void {
  res.append(
    'Set-Cookie',
    `${SUPPLIER_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}${secure(req, mode) ? '; Secure' : ''}`,
  );
}

/** Clears the supplier session cookie. */
export function clearSupplierCookie(req: Request, res: Response, mode: CookieSecure): void {
  res.append(
    'Set-Cookie',
    `${SUPPLIER_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(req, mode) ? '; Secure' : ''}`,
  );
}

/**
 * The session that may act for this request: 401 `supplier_session_required` without a live one,
 * 403 `csrf_token_invalid` for a state-changing request without its CSRF token.
 */
export async function requireSupplier(
  req: Request,
  find: (id: string) => Promise<SupplierSession | undefined>,
): Promise<{ id: string; session: SupplierSession }> {
  const id = supplierCookie(req);
  const session = id ? await find(id) : undefined;
  if (!id || !session) throw new HarnessError('supplier_session_required');
  if (!SAFE_METHODS.has(req.method)) {
    const token = Buffer.from(req.get(CSRF_HEADER) ?? '');
    const expected = Buffer.from(session.csrfToken);
    if (token.length !== expected.length || !timingSafeEqual(token, expected))
      throw new HarnessError('csrf_token_invalid');
  }
  return { id, session };
}
