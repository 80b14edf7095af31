/**
 * Verifying a Proeffactuur webhook (or run callback) on the receiving side (Node). The header
 * `Proeffactuur-Signature: t=<unix seconds>,v1=<hex>` carries HMAC-SHA256(secret, "<t>.<raw body>").
 * Verify over the raw body bytes, before parsing JSON; refuse timestamps outside the replay window;
 * remember the event `id`s you handled (retries repeat them).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature (HTTP header names are case-insensitive). */
export const SIGNATURE_HEADER = 'Proeffactuur-Signature';

/** Why a signature was refused. */
export class WebhookSignatureError extends Error {
  constructor(
    readonly reason: 'malformed' | 'too_old' | 'mismatch',
    message: string,
  ) {
    super(message);
    this.name = 'WebhookSignatureError';
  }
}

/**
 * Checks a delivery's signature; returns the parsed event, or throws `WebhookSignatureError`.
 * `toleranceSeconds` (default 300) is the replay window around `now`.
 */
export function verifyWebhookSignature<T = unknown>(input: {
  /** The raw request body, exactly as received. */
  readonly payload: string | Uint8Array;
  /** The value of the `Proeffactuur-Signature` header. */
  readonly header: string | null | undefined;
  /** The webhook's (or run callback's) secret, `whsec_…`. */
  readonly secret: string;
  readonly toleranceSeconds?: number;
  readonly now?: Date;
}): T {
  const parts = Object.fromEntries(
    (input.header ?? '').split(',').map((kv) => {
      const at = kv.indexOf('=');
      return [kv.slice(0, at).trim(), kv.slice(at + 1).trim()];
    }),
  ) as Record<string, string | undefined>;
  const t = Number(parts.t);
  if (!parts.t || !Number.isInteger(t) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1))
    throw new WebhookSignatureError('malformed', 'The signature header is missing or malformed.');
  const now = (input.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - t) > (input.toleranceSeconds ?? 300))
    throw new WebhookSignatureError('too_old', 'The signature timestamp is outside the replay window.');
  const body =
    typeof input.payload === 'string' ? input.payload : Buffer.from(input.payload).toString('utf8');
  const expected = createHmac('sha256', input.secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new WebhookSignatureError('mismatch', 'The signature does not match the body and secret.');
  return JSON.parse(body) as T;
}
