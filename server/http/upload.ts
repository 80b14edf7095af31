/**
 * Receiving one uploaded file from a `multipart/form-data` request, for every upload route (buyer key,
 * anonymous, invitation link). The form is read by multer; its storage engine here streams the file to
 * a temporary file in the data folder and hashes it on the way (never held whole in memory). A
 * `Content-Length` over the limit is refused before a byte is read, and a body that passes the limit is
 * cut off as soon as it does. Every refusal is answered as soon as it is known (not when multer has
 * drained the body), removes the partial file and closes the connection (`Connection: close`), so the
 * rest of the body is not read. A refusal before the first byte (a full queue, a client's limit) first
 * reads a small body to its end, so that a client still sending gets the answer, not a broken pipe.
 */
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ErrorRequestHandler, Request, Response } from 'express';
import multer from 'multer';
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
  /** Every value of each text field, in the order sent (a field may repeat, e.g. `profile`). */
  readonly lists: Record<string, string[]>;
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

/** The options of multer used here; `streamHandler` (multer 2.x) is missing from its type definitions. */
type MulterOptions = multer.Options & {
  /** Feeds the request to multer's form parser (multer's default is `req.pipe(parser)`). */
  readonly streamHandler?: (req: IncomingMessage, parser: Writable) => void;
};

/** The refusal for an error multer reports: its limits and field rules, or the form parser's error. */
function fromMulter(error: unknown, fileBytes: number): unknown {
  if (error instanceof HarnessError || error instanceof UploadAbandoned) return error;
  if (!(error instanceof multer.MulterError)) {
    const message = error instanceof Error ? error.message : String(error);
    // Multer's own words for a request that ended before the form did.
    if (message === 'Request closed' || message === 'Request aborted') return new UploadAbandoned();
    // The form parser's errors: no boundary, unexpected end of form, malformed part header, ...
    return multipartInvalid(message, error);
  }
  const field = (error.field ?? '').slice(0, 100);
  switch (error.code as string) {
    case 'LIMIT_FILE_SIZE':
      return tooLarge(fileBytes);
    case 'LIMIT_FILE_COUNT':
      return new HarnessError('too_many_files');
    case 'LIMIT_UNEXPECTED_FILE':
      return new HarnessError('unexpected_file_field', { vars: { field } });
    case 'LIMIT_FIELD_KEY':
      return new HarnessError('bad_upload', { vars: { reason: 'field name too long' } });
    case 'LIMIT_FIELD_VALUE':
      return new HarnessError('bad_upload', { vars: { reason: `field ${field} too long` } });
    case 'LIMIT_FIELD_COUNT':
      return new HarnessError('bad_upload', { vars: { reason: 'too many fields' } });
    case 'LIMIT_PART_COUNT':
      return new HarnessError('bad_upload', { vars: { reason: 'too many parts' } });
    default:
      // MISSING_FIELD_NAME, INVALID_FIELD_NAME, LIMIT_FIELD_NESTING, STREAM_DESTROYED, ...
      return multipartInvalid(error.message, error);
  }
}

/** A multer limit event of the form parser, as the error multer reports for it. */
const LIMIT_EVENTS = {
  filesLimit: 'LIMIT_FILE_COUNT',
  fieldsLimit: 'LIMIT_FIELD_COUNT',
  partsLimit: 'LIMIT_PART_COUNT',
} as const;

/**
 * Reads the form of `req` (already known to be `multipart/form-data`) through multer: text fields into
 * memory (within `limits`), the one file in `fileField` to a temporary file from `incoming()` (a multer
 * storage engine that hashes on the way). Resolves once the whole form is read and the file flushed;
 * the caller must adopt or `discard()` the file. Rejects with a `HarnessError` (the partial file
 * removed): `file_too_large`, `multipart_invalid`, `too_many_files`, `unexpected_file_field`,
 * `bad_upload`, `upload_stalled`, or the disk's error; with {@link UploadAbandoned} when the client went
 * away. A refusal is given as soon as it is known, without waiting for multer to read the rest.
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
    const lists: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    let blob: IncomingBlob | undefined;
    let name = '';
    let settled = false;

    const stop = (): void => {
      settled = true;
      clearTimeout(idle);
      req.off('data', onData);
      req.off('close', onClose);
    };
    /**
     * After a refusal: read no more. The parser is cut off here; multer, once it has cleaned up, reads
     * on to drain the body, until the answer (sent with `Connection: close`, see uploadErrors) closes
     * the connection.
     */
    const stopReading = (parser?: Writable): void => {
      unread.add(req);
      if (parser) req.unpipe(parser);
      req.pause();
    };
    /**
     * After the whole form: what follows the closing boundary (an epilogue, normally a CRLF) is read
     * (multer drains it) and dropped so the connection can serve the next request; more than a little
     * closes it.
     */
    const limitEpilogue = (): void => {
      if (req.complete) return;
      let extra = 0;
      req.on('data', (chunk: Buffer) => {
        extra += chunk.length;
        if (extra > FORM_ALLOWANCE_BYTES) req.destroy();
      });
      req.resume();
    };
    let parser: Writable | undefined;
    /** Ends the storage engine's handling of the file with an error (multer then cleans up). */
    let abortFile: ((error: unknown) => void) | undefined;
    const fail = (error: unknown): void => {
      if (settled) return;
      stop();
      stopReading(parser);
      blob?.discard();
      reject(error);
      abortFile?.(error);
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

    /** The file goes to a temporary file, hashed on the way, cut off one byte past the limit. */
    const storage: multer.StorageEngine = {
      _handleFile(_req, file, callback) {
        try {
          blob = options.incoming();
        } catch (error) {
          file.stream.resume();
          const refusal = writeError(error);
          fail(refusal);
          callback(refusal);
          return;
        }
        const target = blob;
        const { stream } = file;
        let ended = false;
        const end = (error: unknown, info?: Partial<Express.Multer.File>): void => {
          if (ended) return;
          ended = true;
          if (error === null) callback(null, info);
          else {
            stream.resume(); // multer's parser finishes the part; its bytes are no longer kept
            callback(error);
          }
        };
        abortFile = end;
        const failWith = (error: unknown): void => {
          fail(error);
          end(error);
        };
        stream.on('data', (chunk: Buffer) => {
          if (ended || settled) return;
          if (target.bytes + chunk.length > limits.fileBytes) {
            failWith(tooLarge(limits.fileBytes));
            return;
          }
          stream.pause();
          target.write(chunk).then(
            () => stream.resume(),
            (error: unknown) => failWith(writeError(error)),
          );
        });
        stream.on('end', () => {
          if (ended) return;
          target.finish().then(
            () => end(null, { size: target.bytes }),
            (error: unknown) => failWith(writeError(error)),
          );
        });
        stream.on('error', (error) => failWith(error));
      },
      _removeFile(_req, _file, callback) {
        blob?.discard();
        callback(null);
      },
    };

    const multerOptions: MulterOptions = {
      storage,
      defParamCharset: 'utf8',
      preservePath: false,
      limits: {
        files: 1,
        fields: limits.fields,
        // The fields and the file.
        parts: limits.fields + 1,
        fieldSize: limits.fieldBytes,
        fieldNameSize: 100,
        headerPairs: 20,
        // Multer's own cut-off, one byte past ours: the count of the storage engine refuses first.
        fileSize: limits.fileBytes + 1,
      },
      fileFilter(_req, file, accept) {
        // Any field is let through to here (`any()`), so that a file in another field is refused by name.
        let refusal: HarnessError | undefined;
        if (file.fieldname !== fileField)
          refusal = new HarnessError('unexpected_file_field', {
            vars: { field: file.fieldname.slice(0, 100) },
          });
        else if (file.originalname.includes('\u0000')) refusal = multipartInvalid('NUL in the file name');
        if (refusal) {
          fail(refusal);
          accept(refusal);
          return;
        }
        name = cleanFileName(file.originalname);
        accept(null, true);
      },
      streamHandler(request, formParser) {
        parser = formParser;
        // Multer keeps text fields in `req.body` with `a[b]` names made into objects; the fields are kept
        // here as sent. Multer refuses a field that is too long as well; this answers without waiting.
        formParser.on('field', (field: string, value: string, info: { valueTruncated: boolean }) => {
          if (field.length > 100) {
            fail(new HarnessError('bad_upload', { vars: { reason: 'field name too long' } }));
            return;
          }
          if (info.valueTruncated) {
            fail(
              new HarnessError('bad_upload', { vars: { reason: `field ${field.slice(0, 100)} too long` } }),
            );
            return;
          }
          if (field === fileField) {
            // A part in the file's field without a file name: refused unless empty (no file chosen).
            if (value !== '') fail(multipartInvalid('file part without a file name'));
            return;
          }
          fields[field] = value;
          if (!Object.hasOwn(lists, field)) lists[field] = [];
          lists[field]!.push(value);
        });
        // A file part without a file name is skipped by multer (read and dropped): a browser's empty
        // file input (no bytes) means no file; bytes without a name are refused, read only up to the
        // limit. A nameless part in another field is refused like a named one.
        formParser.on('file', (field: string, stream: Readable, info: { filename?: string }) => {
          if (info.filename) return;
          if (field !== fileField) {
            fail(new HarnessError('unexpected_file_field', { vars: { field: field.slice(0, 100) } }));
            return;
          }
          let bytes = 0;
          stream.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes > limits.fileBytes) fail(tooLarge(limits.fileBytes));
          });
          stream.on('end', () => {
            if (bytes > 0) fail(multipartInvalid('file part without a file name'));
          });
        });
        // Multer reports these only once it has drained the request; they are answered at once.
        for (const [event, code] of Object.entries(LIMIT_EVENTS))
          formParser.on(event, () => fail(fromMulter(new multer.MulterError(code), limits.fileBytes)));
        formParser.on('error', (error: Error) => fail(fromMulter(error, limits.fileBytes)));
        request.pipe(formParser);
      },
    };

    req.on('data', onData);
    req.on('close', onClose);
    multer(multerOptions).any()(req, req.res as Response, (error?: unknown) => {
      if (settled) return;
      if (error !== undefined && error !== null) {
        fail(fromMulter(error, limits.fileBytes));
        return;
      }
      stop();
      limitEpilogue();
      resolve({
        fields,
        lists,
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
    });
  });
}

/**
 * The most of a body refused before it was read (a full queue, a limit of the client) that is still
 * read and dropped before the answer, and how long that may take. A client that is still sending when
 * the server answers and closes gets a broken pipe instead of the answer (Node's fetch does); a small
 * invoice is read to its end first, so its sender gets the refusal. A larger body is answered at once
 * and its connection closed.
 */
export const LINGER_BYTES = 1024 * 1024;
export const LINGER_MS = 2_000;

/**
 * Reads and drops the rest of a request nobody has read yet, up to {@link LINGER_BYTES} and
 * {@link LINGER_MS}; resolves with whether the body was read to its end.
 */
function dropSmallBody(req: Request): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  const declared = req.headers['content-length'];
  if (unread.has(req) || req.readableFlowing || (declared !== undefined && Number(declared) > LINGER_BYTES))
    return Promise.resolve(false);
  return new Promise((resolve) => {
    let bytes = 0;
    const done = (): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onEnd);
      req.pause();
      resolve(req.complete);
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > LINGER_BYTES) done();
    };
    const onEnd = (): void => done();
    const timer = setTimeout(done, LINGER_MS);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('close', onEnd);
    req.resume();
  });
}

/**
 * Error middleware for upload routes: a refusal before the body was read reads a small rest of it
 * first (see {@link LINGER_BYTES}); otherwise a refusal sent before the body was read to its end closes
 * the connection (the rest is not read). A client that went away gets no answer and is logged at
 * debug; a malformed form is logged at warn, without a stack.
 */
export function uploadErrors(log?: UploadLog): ErrorRequestHandler {
  return async (error: unknown, req, res, next) => {
    if (error instanceof UploadAbandoned) {
      log?.debug({ path: req.path }, 'upload abandoned by the client');
      if (!res.headersSent) res.destroy();
      return;
    }
    if (error instanceof HarnessError && error.code === 'multipart_invalid')
      log?.warn({ path: req.path, reason: error.extra.reason }, 'malformed multipart upload refused');
    const read = await dropSmallBody(req);
    if ((!read || unread.has(req)) && !res.headersSent) res.set('Connection', 'close');
    next(error);
  };
}
