/**
 * Every `code` an API error can carry, with its HTTP status and meaning. The OpenAPI document lists
 * them (`Problem.code`), and `test/server/openapi.test.ts` fails when the server's source throws a
 * code that is not here (or this lists one nothing throws).
 */
export const ERROR_CODES = {
  api_key_expired: { status: 401, en: 'The API key has expired.' },
  api_key_invalid: { status: 401, en: 'The API key is unknown or revoked (which of the two is not told).' },
  api_key_missing: { status: 401, en: 'The request needs an API key (`Authorization: Bearer <key>`).' },
  bad_request: { status: 400, en: 'The request body could not be read.' },
  bad_upload: { status: 400, en: 'The multipart upload did not arrive intact.' },
  body_too_large: {
    status: 413,
    en: 'The JSON body is larger than the route allows (256 kB; 16 kB for onboarding, 8 kB for signing in).',
  },
  cross_site_request: {
    status: 403,
    en: 'A sign-in was posted from another site (its `Origin` is not this server).',
  },
  csrf_token_invalid: {
    status: 403,
    en: 'A signed-in browser request that changes something lacks the session’s `X-CSRF-Token` (or sends a wrong one).',
  },
  cursor_invalid: { status: 400, en: 'The `cursor` is not one this API gave out.' },
  expected_json: { status: 415, en: 'The body must be JSON (`Content-Type: application/json`).' },
  expected_multipart: { status: 415, en: 'The body must be `multipart/form-data`.' },
  file_missing: { status: 400, en: 'No file in the form field `file`.' },
  file_too_large: {
    status: 413,
    en: 'The upload is larger than the (per-buyer) limit; `limitBytes` says it.',
  },
  idempotency_key_invalid: {
    status: 400,
    en: 'The `Idempotency-Key` is not 1–255 visible ASCII characters.',
  },
  idempotency_key_reused: {
    status: 409,
    en: 'The `Idempotency-Key` was used in the last 24 hours for a different submission.',
  },
  insufficient_scope: { status: 403, en: 'The API key lacks the scope the action needs (`requiredScope`).' },
  internal_error: { status: 500, en: 'Something failed on the server; it is logged.' },
  invalid_wait: { status: 400, en: '`wait` is not a number of seconds from 0 to 60.' },
  inventory_invalid: {
    status: 400,
    en: 'The supplier’s inventory answers break a rule; `errors` lists each (`field`, `message`, `messageNl`).',
  },
  invitation_invalid: {
    status: 400,
    en: 'The invitation (or new link) breaks a rule; `errors` lists each (`field`, `message`, `messageNl`).',
  },
  invitation_not_found: { status: 404, en: "No such invitation, or another buyer's." },
  invitation_unavailable: {
    status: 404,
    en: 'The invitation link has expired, been revoked or is unknown (one answer for all three, no data).',
  },
  malformed_json: { status: 400, en: 'The body is not valid JSON.' },
  not_found: { status: 404, en: 'There is nothing at this path.' },
  page_image_unavailable: { status: 404, en: 'There is no image of this page of the run (yet).' },
  profile_archived: { status: 409, en: 'The profile is archived: no new versions or runs.' },
  profile_invalid: {
    status: 400,
    en: 'The profile breaks the schema or a semantic rule; `errors` lists each.',
  },
  profile_not_found: {
    status: 404,
    en: "No such profile, or another buyer's (400 when a run names it, with the known `presets`).",
  },
  profile_version_not_found: { status: 404, en: 'No such version of the profile.' },
  queue_full: { status: 503, en: 'Too many runs are waiting; try again after `Retry-After` seconds.' },
  rate_limited: { status: 429, en: 'Too many requests for this key or address; see `Retry-After`.' },
  request_invalid: {
    status: 400,
    en: 'A parameter or body breaks the OpenAPI document; `errors` lists each (`in`, `name`, `pointer`).',
  },
  review_invalid: {
    status: 400,
    en: 'The review breaks a rule (decision `approved` or `rejected`, comment up to 2000 characters); `errors` lists each.',
  },
  run_erased: {
    status: 410,
    en: "The run's file and report were erased (on request or after the retention period).",
  },
  run_not_finished: { status: 409, en: 'The run is still queued or running.' },
  run_not_found: { status: 404, en: "No such run (or, with a key, another buyer's)." },
  run_not_reviewable: {
    status: 409,
    en: 'Only a completed run with verdict `accepted` can be approved or rejected.',
  },
  sign_in_failed: { status: 401, en: 'The e-mail address or the password is wrong.' },
  sign_in_incomplete: { status: 400, en: 'A sign-in needs an `apiKey`, or an `email` and a `password`.' },
  too_many_attempts: {
    status: 429,
    en: 'Too many failed sign-ins for this e-mail address or client address in 15 minutes; see `retryAfterSeconds`.',
  },
  too_many_active_runs: {
    status: 429,
    en: 'The buyer has as many queued and running runs as its limit; see `Retry-After`.',
  },
  too_many_files: { status: 400, en: 'More than one file was uploaded.' },
  unexpected_file_field: { status: 400, en: 'The file was sent in another field than `file`.' },
  url_invalid: { status: 400, en: 'A callback or webhook URL is not an http(s) URL without credentials.' },
  url_not_allowed: {
    status: 400,
    en: 'In production mode, a callback or webhook URL may not point at a private, loopback or link-local address.',
  },
  webhook_not_found: { status: 404, en: "No such webhook, or another buyer's." },
} as const satisfies Record<string, { status: number; en: string }>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;
