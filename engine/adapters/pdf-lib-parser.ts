/**
 * Bounded work in pdf-lib's parser. Between objects pdf-lib skips "jibberish" (bytes that are not an
 * object header, `xref`, `trailer` or `startxref`) one byte at a time, and at every printable byte it
 * tries to parse an object header, which throws (an Error with a stack trace) where there is none:
 * about 10 µs per byte, so a mutant with 1.5 MB of stray bytes after a broken object (fuzz 0939: a
 * dictionary nested 290 000 deep, cut short) held a worker for over a minute. The skip is replaced
 * here by one with the same outcome (it stops at the same offset) that throws nothing: a header can
 * only start at a digit, it is matched without exceptions, and a run of digits that is not a header
 * is passed whole (every header starting inside it has the same tail). Linear in the bytes skipped.
 *
 * The counters say how much was skipped and how many header candidates were tried (tests assert on
 * them: without this patch `headerProbes` is one per printable byte).
 */
import { PDFParser } from 'pdf-lib';

/** pdf-lib's byte cursor (private API, stable in pdf-lib 1.17). */
interface ByteCursor {
  readonly length: number;
  done(): boolean;
  offset(): number;
  peek(): number;
  peekAt(offset: number): number;
  next(): number;
  moveTo(offset: number): void;
}

interface ParserInternals {
  readonly bytes: ByteCursor;
  skipWhitespaceAndComments(): void;
  matchKeyword(keyword: readonly number[]): boolean;
  matchIndirectObjectHeader(): boolean;
}

/** What the patched skip did in this process (cumulative). */
export interface PdfLibParserWork {
  /** Calls of the skip. */
  skips: number;
  /** Bytes passed over as jibberish. */
  jibberishBytes: number;
  /** Header candidates examined (each one at a digit run). */
  headerProbes: number;
}

const work: PdfLibParserWork = { skips: 0, jibberishBytes: 0, headerProbes: 0 };

/** A snapshot of the counters. */
export function pdfLibParserWork(): PdfLibParserWork {
  return { ...work };
}

const codes = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const XREF = codes('xref');
const TRAILER = codes('trailer');
const STARTXREF = codes('startxref');
const OBJ = codes('obj');

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isWhite = (c: number): boolean =>
  c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;

/** Where whitespace and comments starting at `at` end (pdf-lib's skipWhitespaceAndComments). */
function skipSpace(bytes: ByteCursor, at: number, end: number): number {
  let i = at;
  for (;;) {
    while (i < end && isWhite(bytes.peekAt(i))) i++;
    if (i < end && bytes.peekAt(i) === 0x25) {
      while (i < end && bytes.peekAt(i) !== 0x0a && bytes.peekAt(i) !== 0x0d) i++;
    } else return i;
  }
}

/** Whether `N G obj` starts at `at` (a digit), without throwing. Also returns where the first digit run ends. */
function looksLikeHeader(bytes: ByteCursor, at: number, end: number): { header: boolean; runEnd: number } {
  let i = at;
  while (i < end && isDigit(bytes.peekAt(i))) i++;
  const runEnd = i;
  i = skipSpace(bytes, i, end);
  const generationAt = i;
  while (i < end && isDigit(bytes.peekAt(i))) i++;
  if (i === generationAt) return { header: false, runEnd };
  i = skipSpace(bytes, i, end);
  for (let k = 0; k < OBJ.length; k++)
    if (i + k >= end || bytes.peekAt(i + k) !== OBJ[k]) return { header: false, runEnd };
  return { header: true, runEnd };
}

function skipJibberish(this: ParserInternals): void {
  work.skips++;
  this.skipWhitespaceAndComments();
  const bytes = this.bytes;
  const start = bytes.offset();
  const end = bytes.length;
  while (!bytes.done()) {
    const at = bytes.offset();
    const byte = bytes.peek();
    if (byte >= 0x20 && byte <= 0x7e) {
      if (this.matchKeyword(XREF) || this.matchKeyword(TRAILER) || this.matchKeyword(STARTXREF)) {
        bytes.moveTo(at);
        break;
      }
      if (isDigit(byte)) {
        work.headerProbes++;
        const probe = looksLikeHeader(bytes, at, end);
        // pdf-lib's own matcher decides (it also refuses numbers too long to be finite).
        if (probe.header && this.matchIndirectObjectHeader()) {
          bytes.moveTo(at);
          break;
        }
        bytes.moveTo(probe.runEnd);
        continue;
      }
    }
    bytes.next();
  }
  work.jibberishBytes += bytes.offset() - start;
}

let installed = false;

/** Replaces pdf-lib's jibberish skip (once per process). Called before any pdf-lib parse. */
export function installBoundedPdfLibParser(): void {
  if (installed) return;
  installed = true;
  (PDFParser.prototype as unknown as { skipJibberish: () => void }).skipJibberish =
    skipJibberish as () => void;
}
