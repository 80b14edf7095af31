/**
 * Stage 1, intake: what the bytes are (sniffed from their content, never from the name), their hash
 * and size. Pure; the only stage every run has. Hashing and sniffing happen once per upload: the
 * server does both where the upload arrives and hands the result down (`RunInput.facts`), so the
 * run's intake reuses them instead of reading the bytes again.
 */
import { createHash } from 'node:crypto';
import type { DocumentModel, FileFacts, FileKind } from '../model/document.js';
import type { ExpectedSeller } from '../model/expected-seller.js';

/**
 * The facts about the bytes that cost a pass over them: their hash and sniffed kind (with the size,
 * which ties them to the bytes). Small and structured-cloneable, so they travel with the bytes to a
 * worker thread.
 */
export type KnownFileFacts = Pick<FileFacts, 'sha256' | 'bytes' | 'kind'>;

/** Input of a run: the uploaded bytes and, for display only, the name the uploader gave them. */
export interface RunInput {
  readonly bytes: Uint8Array;
  readonly name?: string;
  /**
   * The bytes' facts when the caller has them already. They must come from {@link fileFacts} over
   * these very bytes (as the server computes them on upload and keeps them with the stored file):
   * intake then trusts them and does not hash or sniff again. Facts whose size differs from the bytes
   * are ignored. Absent (CLI, tests, benchmarks): intake computes them.
   */
  readonly facts?: KnownFileFacts;
  /**
   * What the buyer's vendor master holds for this supplier (a run made through an invitation with
   * master data); `fields.seller-matches` compares the invoice with it. Absent: nothing to compare.
   */
  readonly expectedSeller?: ExpectedSeller;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((value, i) => bytes[offset + i] === value);

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  Buffer.from(
    bytes.buffer,
    bytes.byteOffset + start,
    Math.max(0, Math.min(end, bytes.length) - start),
  ).toString('latin1');

/** PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

function sniffXml(head: string): FileKind | undefined {
  const text = head
    .replace(/^\uFEFF/, '')
    .replace(/^\u00EF\u00BB\u00BF/, '')
    .trimStart();
  if (!text.startsWith('<')) return undefined;
  if (/^<!doctype html|^<html[\s>]/i.test(text)) return 'html';
  // The root element (after the prolog, comments and processing instructions) decides.
  const root = /<(?![?!])([\w.-]+:)?([\w.-]+)[\s>/]/.exec(text);
  const name = root?.[2] ?? '';
  if (
    (name === 'Invoice' || name === 'CreditNote') &&
    /urn:oasis:names:specification:ubl:schema:xsd:/.test(text)
  )
    return 'ubl-xml';
  if (name === 'CrossIndustryInvoice' || name === 'CrossIndustryDocument') return 'cii-xml';
  if (name.toLowerCase() === 'html') return 'html';
  return 'xml';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) printable++;
  return !sample.includes(0) && printable / sample.length > 0.95;
}

/** Header names an e-mail message (RFC 5322) almost always has; two of them in the header block make it mail. */
const MAIL_HEADERS =
  /^(from|to|subject|date|message-id|mime-version|received|return-path|content-type|reply-to|delivered-to|x-mailer|cc):/i;

/**
 * Whether the bytes are an e-mail message (`message/rfc822`, a saved `.eml`): the first line is a header
 * field and the header block (up to the first empty line) has at least two of the usual mail headers.
 */
function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 16384);
  if (!/^[!-9;-~]+:/.test(head)) return false;
  const end = head.search(/\r?\n\r?\n/);
  const block = end < 0 ? head : head.slice(0, end);
  let known = 0;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) continue;
    if (!/^[!-9;-~]+:/.test(line)) return false;
    if (MAIL_HEADERS.test(line)) known++;
  }
  return known >= 2;
}

/** The kind of file the bytes hold. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  // Before the PDF header search: a message may carry an unencoded PDF in its first kilobyte.
  if (looksLikeEmail(bytes)) return 'email';
  if (ascii(bytes, 0, PDF_HEADER_WINDOW).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  const xml = sniffXml(Buffer.from(bytes.subarray(0, 8192)).toString('utf8'));
  if (xml) return xml;
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** Facts about the uploaded bytes; the hash and kind are taken from `input.facts` when they fit the bytes. */
export function fileFacts(input: RunInput): FileFacts {
  const { bytes } = input;
  const known = input.facts?.bytes === bytes.length ? input.facts : undefined;
  const kind = known?.kind ?? sniffKind(bytes);
  return {
    sha256: known?.sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    kind,
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(kind === 'pdf'
      ? { hasEofMarker: ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF') }
      : {}),
  };
}

/** Stage entry point: a new document model holding only the file facts. */
export function intake(input: RunInput): DocumentModel {
  return { file: fileFacts(input), pages: [] };
}
