/**
 * Errors across a thread boundary: a worker posts an error's name, message and stack (and its cause's),
 * and the main thread revives an `Error` with the same name, message and stack, so a log shows where
 * in the worker it was thrown.
 */

/** An error as plain data (what `postMessage` can carry). */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** A stable code when the error has one (e.g. an OCR engine's `ocr_timeout`). */
  readonly code?: string;
  readonly cause?: SerializedError;
}

/** The error as data; anything thrown that is not an Error becomes its string. */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(error.stack !== undefined && { stack: error.stack }),
    ...((typeof code === 'string' || typeof code === 'number') && { code: String(code) }),
    ...(error.cause !== undefined && depth < 4 && { cause: serializeError(error.cause, depth + 1) }),
  };
}

/** An `Error` with the serialized name, message, stack (the worker's) and cause. */
export function reviveError(serialized: SerializedError): Error {
  const error = new Error(
    serialized.message,
    serialized.cause ? { cause: reviveError(serialized.cause) } : undefined,
  );
  error.name = serialized.name;
  if (serialized.stack !== undefined) error.stack = serialized.stack;
  if (serialized.code !== undefined) Object.assign(error, { code: serialized.code });
  return error;
}
