/**
 * One error family for everything the API can refuse, with stable snake_case codes, and the one
 * middleware that turns any error into `application/problem+json` (RFC 9457). A code's status and text
 * come from the catalogue (`error-catalogue.ts`); the places that throw give only the code and the
 * values of its placeholders.
 */
import type { ErrorRequestHandler } from 'express';
import { fillLocalized, type Placeholders, type TemplateValue } from '../../engine/i18n/template.js';
import { LANGS, type Lang, type LocalizedText } from '../../engine/model/finding.js';
import { isDatabaseUnavailable } from '../store/sql.js';
import { DETAIL_TEXTS, ERROR_CATALOGUE, type ErrorEntry, type ErrorText } from './error-catalogue.js';
import type { Problem } from './problem.js';

type Catalogue = typeof ERROR_CATALOGUE;

/** A stable error code (a key of the catalogue). */
export type ErrorCode = keyof Catalogue;

/** The wordings of a code: `default` (the entry's own text) or one of its `variants`. */
export type ErrorVariant<C extends ErrorCode> =
  | 'default'
  | (Catalogue[C] extends { readonly variants: infer V } ? keyof V & string : never);

type VariantText<C extends ErrorCode, V> = V extends 'default'
  ? Catalogue[C]
  : Catalogue[C] extends { readonly variants: infer Vs }
    ? V extends keyof Vs
      ? Vs[V]
      : never
    : never;

/** The values a text's placeholders need, each one required. */
type VarsOf<T> = T extends { readonly nl: infer N extends string; readonly en: infer E extends string }
  ? { readonly [K in Placeholders<N> | Placeholders<E>]: TemplateValue }
  : never;

type HasNoKeys<T> = [keyof T] extends [never] ? true : false;

/** What goes with a code besides its text's placeholders. */
interface ErrorExtras {
  /** Extra members of the problem document (e.g. `errors` for a profile). */
  readonly extra?: Record<string, unknown>;
  /** The error this one stands for (a library's), for the log. */
  readonly cause?: unknown;
  /** Overrides the catalogue's status (a body parser's own 4xx). */
  readonly status?: number;
}

/**
 * The options of a code: which wording (`variant`, required for all but `default`), the values of
 * its placeholders (`vars`, required when the wording has any), and the extras.
 */
export type HarnessErrorOptions<C extends ErrorCode> = {
  [V in ErrorVariant<C>]: ErrorExtras &
    (V extends 'default' ? { readonly variant?: 'default' } : { readonly variant: V }) &
    (HasNoKeys<VarsOf<VariantText<C, V>>> extends true
      ? { readonly vars?: undefined }
      : { readonly vars: VarsOf<VariantText<C, V>> });
}[ErrorVariant<C>];

/** The options argument may be left out when the default wording has no placeholders. */
type OptionsArgument<C extends ErrorCode> =
  Record<string, never> extends HarnessErrorOptions<C>
    ? [options?: HarnessErrorOptions<C>]
    : [options: HarnessErrorOptions<C>];

/** Whether a string is a catalogue code (for codes read from data, e.g. the OpenAPI document). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

/** A refusal the client can act on: a stable code, an HTTP status and a plain-language message. */
export class HarnessError<C extends ErrorCode = ErrorCode> extends Error {
  /** HTTP status (the catalogue's, or the variant's). */
  readonly status: number;
  /** Plain-language explanation in both languages, placeholders filled. */
  readonly detail: LocalizedText;
  /** Extra members of the problem document (e.g. `errors` for a profile). */
  readonly extra: Record<string, unknown>;

  constructor(
    /** Stable snake_case code, e.g. `file_too_large`. */
    readonly code: C,
    ...[options]: OptionsArgument<C>
  ) {
    const entry: ErrorEntry = ERROR_CATALOGUE[code];
    const variant = options?.variant ?? 'default';
    const text: ErrorText = variant === 'default' ? entry : (entry.variants?.[variant] ?? entry);
    const detail = fillLocalized(text, (options?.vars ?? {}) as Readonly<Record<string, TemplateValue>>);
    super(detail.en, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HarnessError';
    this.status = options?.status ?? text.status ?? entry.status;
    this.detail = detail;
    this.extra = options?.extra ?? {};
  }
}

/** The id of a text in `DETAIL_TEXTS`. */
export type DetailTextId = keyof typeof DETAIL_TEXTS;

/** A detail text (a reason, one problem of a list) with its placeholders filled. */
export function detailText<I extends DetailTextId>(
  id: I,
  ...[vars]: HasNoKeys<VarsOf<(typeof DETAIL_TEXTS)[I]>> extends true
    ? [vars?: undefined]
    : [vars: VarsOf<(typeof DETAIL_TEXTS)[I]>]
): LocalizedText {
  return fillLocalized(DETAIL_TEXTS[id], (vars ?? {}) as Readonly<Record<string, TemplateValue>>);
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  405: 'Method Not Allowed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * A user language from a language tag: `de`, `de-DE`, `de-CH`, `fr-BE`, `NL` → its language;
 * `undefined` for a language we do not write (or no tag).
 */
export function langOfTag(tag: unknown): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/**
 * The language the client prefers among ours, from `Accept-Language` (quality values honoured, the
 * first listed wins a tie): `fr-BE,fr;q=0.9,en;q=0.8` → `fr`. `fallback` (English) when none of ours is listed.
 */
export function preferredLang(acceptLanguage: string | undefined, fallback: Lang = 'en'): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',').slice(0, 32)) {
    const [tag, ...params] = part.split(';');
    const lang = langOfTag(tag);
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? fallback;
}

/** The problem document for an error; `members` replaces the error's extra members when given. */
export function problemOf(
  error: HarnessError,
  lang: Lang,
  members: Record<string, unknown> = error.extra,
): Problem {
  return {
    type: `urn:proeffactuur:problem:${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.detail[lang],
    ...members,
  };
}

/** Express error middleware: everything becomes problem+json; unknown errors are logged, not shown. */
export function problemHandler(options: {
  /** Unused (upload limits travel with their errors); kept so callers need not change. */
  maxUploadBytes?: number;
  log: (error: unknown) => void;
}): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let harness: HarnessError;
    if (error instanceof HarnessError) harness = error;
    else if (isBodyParserError(error)) harness = fromBodyParserError(error);
    else if (isDatabaseUnavailable(error)) {
      // PostgreSQL is restarting or unreachable: logged, and the client is told to retry shortly.
      options.log(error);
      harness = databaseUnavailable(error);
    } else {
      options.log(error);
      harness = new HarnessError('internal_error', { cause: error });
    }
    // `wwwAuthenticate` is a header, not a member of the problem document.
    const { wwwAuthenticate, ...members } = harness.extra;
    const retryAfterSeconds = members.retryAfterSeconds;
    if (typeof retryAfterSeconds === 'number') res.set('Retry-After', String(retryAfterSeconds));
    if (typeof wwwAuthenticate === 'string') res.set('WWW-Authenticate', wwwAuthenticate);
    res
      .status(harness.status)
      .type('application/problem+json')
      .send(JSON.stringify(problemOf(harness, preferredLang(req.get('accept-language')), members)));
  };
}

interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

function fromBodyParserError(error: BodyParserError): HarnessError {
  const cause = error;
  if (error.type === 'entity.too.large') return new HarnessError('body_too_large', { cause });
  if (error.type === 'entity.parse.failed') return new HarnessError('malformed_json', { cause });
  return new HarnessError('bad_request', {
    status: error.status >= 400 && error.status < 500 ? error.status : 400,
    cause,
  });
}

/** How long a client waits before retrying when the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/** `503 database_unavailable` (with `Retry-After`) for an error that shows the database cannot be reached. */
export const databaseUnavailable = (cause: unknown): HarnessError =>
  new HarnessError('database_unavailable', {
    extra: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    cause,
  });

/** 404 for unknown API paths, as problem+json. */
export const notFound = (): HarnessError => new HarnessError('not_found');

/** 404 for a run that does not exist or is not the caller's. */
export const runNotFound = (): HarnessError => new HarnessError('run_not_found');
