/**
 * Every `code` an API error can carry, with its HTTP status and meaning, as the OpenAPI document lists
 * them (`Problem.code`). Derived from the one error catalogue (`server/core/error-catalogue.ts`), so a
 * code cannot be thrown without being documented: `HarnessError` only takes catalogue codes.
 */
import { ERROR_CATALOGUE } from '../../core/error-catalogue.js';
import type { ErrorCode } from '../../core/errors.js';

export type { ErrorCode } from '../../core/errors.js';

/** Code → `{ status, en }`: its HTTP status and what it means in English. */
export const ERROR_CODES = Object.fromEntries(
  Object.entries(ERROR_CATALOGUE).map(([code, entry]) => [
    code,
    { status: entry.status, en: entry.description },
  ]),
) as { readonly [C in ErrorCode]: { readonly status: number; readonly en: string } };
