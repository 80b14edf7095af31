/**
 * Receiving one uploaded file from a `multipart/form-data` request, for every upload route (buyer key,
 * anonymous, invitation link). The file is streamed to a temporary file in the data folder and hashed
 * on the way (never held whole in memory); a `Content-Length` over the limit is refused before a byte
 * is read, and a body that passes the limit is cut off as soon as it does. Every refusal removes the
 * partial file and answers with `Connection: close`, so the rest of the body is not read either.
 */
import path from 'node:path';
import busboy from 'busboy';
import type { ErrorRequestHandler, Request } from 'express';
import type { FileKind } from '../../engine/model/document.js';
import { sniffKind } from '../../engine/stages/intake.js';
import { HarnessError } from '../core/errors.js';
import type { IncomingBlob } from '../store/blobs.js';

/** Longest file name kept, in characters (the extension is kept when a name is cut). */
export const MAX_FILE_NAME = 200;

/**
 * Room for the form around the file (part headers, boundaries, the text fields): a `Content-Length`
 * larger than the file limit plus this is refused before reading.
 */
export const FORM_ALLOWANCE_BYTES = 64 * 1024;

/** The limits of one upload form. */
export interface UploadLimits {
  /** Largest file in bytes (`413 file_too_large` past it). */
  readonly fileBytes: number;
  /** Most text fields. */
  readonly fields: number;
  /** Longest text field value in bytes. */
  readonly fieldBytes: number;
}

/** The uploaded file, on disk in the incoming folder until it is adopted into the store or discarded. */
export interface ReceivedFile {
  /** The temporary file (hash and size known). */
  readonly blob: IncomingBlob;
  /** The file name, cleaned (see {@link cleanFileName}). */
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  /** What the bytes are, sniffed from their start. */
  readonly kind: FileKind;
}

/** A received form: its text fields and, when one was sent, the file. */
export interface ReceivedUpload {
  readonly fields: Record<string, string>;
  readonly file?: ReceivedFile;
}

/** Where upload problems are logged (a pino logger fits). */
export interface UploadLog {
  debug(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
}

/**
 * Requests whose reading was stopped by a refusal: their connection must close after the answer (what
 * is left of the body is never read, so the connection cannot serve another request), even when the
 * whole body has arrived by then.
 */
const unread = new WeakSet<Request>();

/** The client went away mid-upload: nothing to answer, nothing stored. */
export class UploadAbandoned extends Error {
  constructor() {
    super('the client closed the connection during the upload');
    this.name = 'UploadAbandoned';
  }
}

/** Whether a character is a C0 or C1 control character. */
const isControl = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};
/** Bidirectional formatting characters (they make `fdp.exe` look like `exe.pdf`) and BOM. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A file name fit to store and show: Unicode NFC, without control or bidirectional formatting
 * characters and folder parts, at most {@link MAX_FILE_NAME} characters with the extension kept.
 */
export function cleanFileName(raw: string): string {
  let name = Array.from(raw.normalize('NFC'))
    .filter((char) => !isControl(char))
    .join('')
    .replace(BIDI, '');
  name = (name.split(/[\\/]/).pop() ?? '').trim();
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME) return name;
  const ext = path.extname(name);
  const keep = Array.from(ext).length <= 16 ? Array.from(ext) : [];
  return chars
    .slice(0, MAX_FILE_NAME - keep.length)
    .join('')
    .trimEnd()
    .concat(keep.join(''));
}

const multipartInvalid = (reason: string, cause?: unknown): HarnessError =>
  new HarnessError('multipart_invalid', { extra: { reason }, ...(cause !== undefined && { cause }) });

const tooLarge = (limit: number): HarnessError =>
  new HarnessError('file_too_large', {
    vars: { mb: (limit / (1024 * 1024)).toFixed(limit < 1024 * 1024 ? 2 : 0) },
    extra: { limitBytes: limit },
  });

/**
 * Reads the form of `req` (already known to be `multipart/form-data`): text fields into memory (within
 * `limits`), the one file in `fileField` to a temporary file from `incoming()`. Resolves once the whole
 * form is read and the file flushed; the caller must adopt or `discard()` the file. Rejects with a
 * `HarnessError` (the partial file removed): `file_too_large`, `multipart_invalid`, `too_many_files`,
 * `unexpected_file_field`, `bad_upload`, `upload_stalled`, or the disk's error; with
 * {@link UploadAbandoned} when the client went away.
 */
export function receiveUpload(
  req: Request,
  options: {
    readonly limits: UploadLimits;
    readonly fileField?: string;
    readonly incoming: () => IncomingBlob;
    /** Longest wait for the next bytes, in ms. */
    readonly idleTimeoutMs: number;
    /** Turns a write error of the temporary file into the error to answer with (a full disk: 503). */
    readonly writeError?: (error: unknown) => unknown;
  },
): Promise<ReceivedUpload> {
  const { limits } = options;
  const fileField = options.fileField ?? 'file';
  const writeError = options.writeError ?? ((error: unknown) => error);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.fileBytes + FORM_ALLOWANCE_BYTES)
    return Promise.reject(tooLarge(limits.fileBytes));

  return new Promise<ReceivedUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let blob: IncomingBlob | undefined;
    let name = '';
    let fileDone: Promise<void> | undefined;
    let settled = false;
    let parser: busboy.Busboy | undefined;

    const stop = (): void => {
      settled = true;
      clearTimeout(idle);
      req.off('data', onData);
      req.off('close', onClose);
      if (parser) {
        req.unpipe(parser);
        parser.removeAllListeners();
        parser.on('error', () => {}); // a late parser error after the answer is of no interest
      }
    };
    /** After a refusal: read no more (the answer goes out with `Connection: close`, see uploadErrors). */
    const stopReading = (): void => {
      unread.add(req);
      req.pause();
    };
    /**
     * After the whole form: what follows the closing boundary (an epilogue, normally a CRLF) is read
     * and dropped so the connection can serve the next request; more than a little closes it.
     */
    const drainEpilogue = (): void => {
      if (req.complete) return;
      let extra = 0;
      req.on('data', (chunk: Buffer) => {
        extra += chunk.length;
        if (extra > FORM_ALLOWANCE_BYTES) req.destroy();
      });
      req.resume();
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      stop();
      stopReading();
      blob?.discard();
      reject(error);
    };

    const onData = (): void => {
      idle.refresh();
    };
    const onClose = (): void => {
      if (!req.complete) fail(new UploadAbandoned());
    };
    const idle = setTimeout(
      () =>
        fail(
          new HarnessError('upload_stalled', {
            vars: { seconds: Math.round(options.idleTimeoutMs / 1000) },
          }),
        ),
      options.idleTimeoutMs,
    );

    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        preservePath: false,
        limits: {
          files: 1,
          fields: limits.fields,
          parts: limits.fields + 1,
          fieldSize: limits.fieldBytes,
          fieldNameSize: 100,
          headerPairs: 20,
          // Busboy's own cut-off, one byte past ours: the count below refuses first.
          fileSize: limits.fileBytes + 1,
        },
      });
    } catch (cause) {
      // No boundary, or not multipart at all.
      fail(multipartInvalid((cause as Error).message, cause));
      return;
    }

    parser.on('field', (field, value, info) => {
      if (info.nameTruncated || info.valueTruncated) {
        fail(new HarnessError('bad_upload', { vars: { reason: `field ${field.slice(0, 100)} too long` } }));
        return;
      }
      if (field === fileField) {
        // A part in the file's field without a file name: refused unless empty (no file chosen).
        if (value !== '') fail(multipartInvalid('file part without a file name'));
        return;
      }
      fields[field] = value;
    });

    parser.on('file', (field, stream, info) => {
      if (field !== fileField) {
        stream.resume();
        fail(new HarnessError('unexpected_file_field', { vars: { field: field.slice(0, 100) } }));
        return;
      }
      if (!info.filename) {
        // No file name: a browser's empty file input (no bytes) means no file; bytes without a name
        // are refused. Either way the part is read only up to the limit.
        let bytes = 0;
        stream.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > limits.fileBytes) fail(tooLarge(limits.fileBytes));
        });
        stream.on('end', () => {
          if (bytes > 0) fail(multipartInvalid('file part without a file name'));
        });
        return;
      }
      if (info.filename.includes('\u0000')) {
        stream.resume();
        fail(multipartInvalid('NUL in the file name'));
        return;
      }
      name = cleanFileName(info.filename);
      try {
        blob = options.incoming();
      } catch (error) {
        stream.resume();
        fail(writeError(error));
        return;
      }
      const target = blob;
      fileDone = new Promise<void>((done, failed) => {
        stream.on('data', (chunk: Buffer) => {
          if (settled) return;
          if (target.bytes + chunk.length > limits.fileBytes) {
            fail(tooLarge(limits.fileBytes));
            return;
          }
          stream.pause();
          target.write(chunk).then(
            () => stream.resume(),
            (error: unknown) => fail(writeError(error)),
          );
        });
        stream.on('end', () => {
          target.finish().then(
            () => done(),
            (error: unknown) => failed(writeError(error)),
          );
        });
        stream.on('error', (error) => failed(error));
      });
      fileDone.catch(fail);
    });

    parser.on('filesLimit', () => fail(new HarnessError('too_many_files')));
    parser.on('fieldsLimit', () =>
      fail(new HarnessError('bad_upload', { vars: { reason: 'too many fields' } })),
    );
    parser.on('partsLimit', () =>
      fail(new HarnessError('bad_upload', { vars: { reason: 'too many parts' } })),
    );
    parser.on('error', (error: Error) => fail(multipartInvalid(error.message, error)));
    parser.on('close', () => {
      if (settled) return;
      (fileDone ?? Promise.resolve()).then(() => {
        if (settled) return;
        stop();
        drainEpilogue();
        resolve({
          fields,
          ...(blob && {
            file: {
              blob,
              name,
              sha256: blob.sha256,
              bytes: blob.bytes,
              kind: sniffKind(blob.head),
            },
          }),
        });
      }, fail);
    });

    req.on('data', onData);
    req.on('close', onClose);
    req.pipe(parser);
  });
}

/**
 * Error middleware for upload routes: a refusal sent before the body was read to its end closes the
 * connection (the rest is not read); a client that went away gets no answer and is logged at debug; a
 * malformed form is logged at warn, without a stack.
 */
export function uploadErrors(log?: UploadLog): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (error instanceof UploadAbandoned) {
      log?.debug({ path: req.path }, 'upload abandoned by the client');
      if (!res.headersSent) res.destroy();
      return;
    }
    if (error instanceof HarnessError && error.code === 'multipart_invalid')
      log?.warn({ path: req.path, reason: error.extra.reason }, 'malformed multipart upload refused');
    if ((!req.complete || unread.has(req)) && !res.headersSent) res.set('Connection', 'close');
    next(error);
  };
}
