/**
 * One error family for everything the API can refuse, with stable snake_case codes, and the one
 * middleware that turns any error into `application/problem+json` (RFC 9457).
 */
import type { ErrorRequestHandler } from 'express';
import multer from 'multer';
import type { LocalizedText } from '../../engine/model/finding.js';
import type { Problem } from './problem.js';

/** A refusal the client can act on: a stable code, an HTTP status and a plain-language message. */
export class HarnessError extends Error {
  constructor(
    /** Stable snake_case code, e.g. `file_too_large`. */
    readonly code: string,
    /** HTTP status. */
    readonly status: number,
    /** Plain-language explanation in both languages. */
    readonly detail: LocalizedText,
    /** Extra members of the problem document (e.g. `errors` for a profile). */
    readonly extra: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(detail.en, options);
    this.name = 'HarnessError';
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Translates multer's upload errors into harness errors. */
export function fromMulterError(error: multer.MulterError, maxUploadBytes: number): HarnessError {
  const mb = (maxUploadBytes / (1024 * 1024)).toFixed(0);
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return new HarnessError(
        'file_too_large',
        413,
        {
          nl: `Het bestand is groter dan ${mb} MB, het maximum voor een upload. Er is niets opgeslagen.`,
          en: `The file is larger than ${mb} MB, the upload limit. Nothing was stored.`,
        },
        { limitBytes: maxUploadBytes },
      );
    case 'LIMIT_FILE_COUNT':
      return new HarnessError('too_many_files', 400, {
        nl: 'Upload één bestand tegelijk: één factuur per controle.',
        en: 'Upload one file at a time: one invoice per check.',
      });
    case 'LIMIT_UNEXPECTED_FILE':
      return new HarnessError('unexpected_file_field', 400, {
        nl: `Het bestand moet in het formulierveld "file" staan (niet "${error.field ?? ''}"), en er mag maar één bestand zijn.`,
        en: `Send the file in the form field "file" (not "${error.field ?? ''}"), and only one file.`,
      });
    default:
      return new HarnessError('bad_upload', 400, {
        nl: `De upload is niet goed aangekomen (${error.code}). Probeer het opnieuw.`,
        en: `The upload did not arrive correctly (${error.code}). Please try again.`,
      });
  }
}

/** Picks Dutch when the client prefers it (`Accept-Language: nl`), English otherwise. */
export function preferredLang(acceptLanguage: string | undefined): 'nl' | 'en' {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('nl') ? 'nl' : 'en';
}

/** The problem document for an error. */
export function problemOf(error: HarnessError, lang: 'nl' | 'en'): Problem {
  return {
    type: `urn:proeffactuur:problem:${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.detail[lang],
    ...error.extra,
  };
}

/** Express error middleware: everything becomes problem+json; unknown errors are logged, not shown. */
export function problemHandler(options: {
  maxUploadBytes: number;
  log: (error: unknown) => void;
}): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let harness: HarnessError;
    if (error instanceof HarnessError) harness = error;
    else if (error instanceof multer.MulterError) harness = fromMulterError(error, options.maxUploadBytes);
    else if (isBodyParserError(error)) harness = fromBodyParserError(error);
    else {
      options.log(error);
      harness = new HarnessError('internal_error', 500, {
        nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        en: 'Something went wrong on our side. Please try again later.',
      });
    }
    // `wwwAuthenticate` is a header, not a member of the problem document.
    const { wwwAuthenticate, ...members } = harness.extra;
    const retryAfterSeconds = members.retryAfterSeconds;
    if (typeof retryAfterSeconds === 'number') res.set('Retry-After', String(retryAfterSeconds));
    if (typeof wwwAuthenticate === 'string') res.set('WWW-Authenticate', wwwAuthenticate);
    res
      .status(harness.status)
      .type('application/problem+json')
      .send(
        JSON.stringify(
          problemOf(
            new HarnessError(harness.code, harness.status, harness.detail, members),
            preferredLang(req.get('accept-language')),
          ),
        ),
      );
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
  if (error.type === 'entity.too.large')
    return new HarnessError('body_too_large', 413, {
      nl: 'Het verzoek is te groot.',
      en: 'The request body is too large.',
    });
  if (error.type === 'entity.parse.failed')
    return new HarnessError('malformed_json', 400, {
      nl: 'De inhoud is geen geldige JSON.',
      en: 'The request body is not valid JSON.',
    });
  return new HarnessError('bad_request', error.status >= 400 && error.status < 500 ? error.status : 400, {
    nl: 'Het verzoek kon niet worden gelezen.',
    en: 'The request could not be read.',
  });
}

/** 404 for unknown API paths, as problem+json. */
export const notFound = (): HarnessError =>
  new HarnessError('not_found', 404, {
    nl: 'Dit adres bestaat niet.',
    en: 'There is nothing at this address.',
  });

/** 404 for a run that does not exist or is not the caller's. */
export const runNotFound = (): HarnessError =>
  new HarnessError('run_not_found', 404, {
    nl: 'Deze controle bestaat niet (meer). Controleer het adres.',
    en: 'This run does not exist (any more). Check the address.',
  });
