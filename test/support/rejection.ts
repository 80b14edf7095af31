/**
 * The message a promise rejects with, or `'resolved'`. Use it instead of `rejects.toThrow` for errors
 * raised by better-sqlite3: when a second test file runs in the same jest worker, the native addon
 * still throws errors of the first file's realm (it registers its error class once), and `rejects`
 * does not recognise them as errors ("did not throw").
 */
export const rejectionOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => String((error as { message?: unknown }).message ?? error),
  );
