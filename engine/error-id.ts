/**
 * Error ids: a short random id (`err_` + 12 base-32 characters) that a report's `incomplete` note
 * shows and the operator's log carries next to the stack, so a user's "error id" leads to the cause.
 */

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new error id, e.g. `err_k3m9xq2hv7ta`. */
export function newErrorId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  let id = 'err_';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** Where in a run an error happened: a stage, or one check of the evaluate stage. */
export type FailurePlace = { readonly stage: string } | { readonly checkId: string };

/**
 * Called for every error a run survives (a stage or a check that threw): the error itself (with its
 * stack), where it happened, and the error id its `incomplete` note shows. The engine only reports;
 * the runtime or server logs.
 */
export type OnEngineError = (error: unknown, context: FailurePlace & { readonly errorId: string }) => void;
