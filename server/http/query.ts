/** Query parameters more than one route reads: `?wait=` and the paging `?cursor=`. */
import type { Request } from 'express';
import { HarnessError } from '../core/errors.js';

/** Longest `?wait=` in seconds. */
export const MAX_WAIT_SECONDS = 60;

/**
 * A query value as a number, in any notation a JSON number allows (`10`, `10.0`, `1e1`, `-0.5`) and a
 * leading `+` or `.`; undefined for anything else (empty, hex, `Infinity`, words). One rule for the
 * request validator (`openapi/validate.ts`) and the routes, so a value the document allows is read.
 */
export function queryNumber(raw: string): number | undefined {
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * `?wait=` in seconds (0 when absent): a number from 0 to {@link MAX_WAIT_SECONDS} (the document's
 * `Wait` parameter says the same); 400 `invalid_wait` for anything else.
 */
export function waitSeconds(req: Request): number {
  const raw = req.query.wait;
  if (raw === undefined) return 0;
  const seconds = typeof raw === 'string' ? queryNumber(raw) : undefined;
  if (seconds === undefined || seconds < 0 || seconds > MAX_WAIT_SECONDS) {
    throw new HarnessError('invalid_wait', { vars: { max: MAX_WAIT_SECONDS } });
  }
  return seconds;
}

const cursorInvalid = (cause?: unknown): HarnessError => new HarnessError('cursor_invalid', { cause });

/** An opaque cursor: the last item's creation time and id. */
export function encodeCursor(item: { createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([item.createdAt, item.id])).toString('base64url');
}

/** The position a cursor stands for; 400 `cursor_invalid` for anything else. */
export function decodeCursor(raw: unknown): { createdAt: string; id: string } | undefined {
  if (raw === undefined) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(String(raw), 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt)))
      return { createdAt, id };
  } catch (cause) {
    throw cursorInvalid(cause);
  }
  throw cursorInvalid();
}
