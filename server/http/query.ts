/** Query parameters more than one route reads: `?wait=` and the paging `?cursor=`. */
import type { Request } from 'express';
import { HarnessError } from '../core/errors.js';

/** Longest `?wait=` in seconds. */
export const MAX_WAIT_SECONDS = 60;

/** `?wait=` in seconds (0 when absent), at most {@link MAX_WAIT_SECONDS}; 400 `invalid_wait` for anything but a number. */
export function waitSeconds(req: Request): number {
  const raw = req.query.wait;
  if (raw === undefined) return 0;
  const seconds = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(seconds) || seconds < 0) {
    throw new HarnessError('invalid_wait', { vars: { max: MAX_WAIT_SECONDS } });
  }
  return Math.min(seconds, MAX_WAIT_SECONDS);
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
