/**
 * Bounded work for every PDF library in the engine. Before pdf.js or pdf-lib sees a file, its streams
 * are found in the raw bytes (not through the cross-reference table, which a hostile file can lie
 * about) and measured: how many bytes each Flate stream inflates to (inflated here with a hard output
 * cap, so a 4 GiB bomb costs at most the cap), how many operators a content stream holds, how many
 * pixels an image declares. A stream over a limit is emptied in a copy of the file (its bytes
 * overwritten in place, so every offset stays valid) and the libraries read that copy: a bomb ends in
 * milliseconds instead of holding a worker until the run's time-out, and the counters say what was
 * measured and what was cut (`pdf.resource-limits` reports it).
 *
 * Not covered: streams of an encrypted file (their bytes cannot be inflated before decryption) and
 * filters other than Flate (LZW, RunLength, ASCII85/Hex) in front of a Flate filter.
 */
import { inflateSync } from 'node:zlib';
import type { ResourceLimitHit, ResourceUsage } from '../model/document.js';

export type { ResourceLimitHit, ResourceLimitKind, ResourceUsage } from '../model/document.js';

/** Caps on the work one PDF may cause. */
export interface ResourceLimits {
  /** Most bytes one stream (other than an image or an attachment) may inflate to. */
  readonly maxStreamBytes: number;
  /** Most bytes all streams of the file together may inflate to. */
  readonly maxDocumentBytes: number;
  /** Most operators in one content stream (a page's or a form's). */
  readonly maxStreamOperators: number;
  /** Most operators in all content streams together. */
  readonly maxDocumentOperators: number;
  /** Most pixels one image may declare. */
  readonly maxImagePixels: number;
  /** Most pixels all images together may declare. */
  readonly maxDocumentImagePixels: number;
  /** Most streams measured; further streams are emptied. */
  readonly maxStreams: number;
  /** Deepest nesting of arrays and dictionaries; deeper brackets are blanked out. */
  readonly maxNestingDepth: number;
}

/**
 * Defaults: far above any invoice (the corpus's largest content stream has 3 560 operators; an A3
 * scan at 300 DPI is 17 million pixels), far below what stalls a worker: pdf.js and the text stages
 * take about 10 µs per text operator here, so a stream at the cap costs about a second and the whole
 * document at most about ten, well inside a run's time-out.
 */
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = {
  maxStreamBytes: 32 * 1024 * 1024,
  maxDocumentBytes: 256 * 1024 * 1024,
  maxStreamOperators: 100_000,
  maxDocumentOperators: 1_000_000,
  maxImagePixels: 64_000_000,
  maxDocumentImagePixels: 1_000_000_000,
  maxStreams: 20_000,
  maxNestingDepth: 256,
};

/** A file made safe to parse: `bytes` is the input itself when nothing was cut, else a copy. */
export interface BoundedPdf {
  readonly bytes: Uint8Array;
  readonly usage: ResourceUsage;
}

const MAX_LISTED_HITS = 20;
/** An empty zlib stream: what an emptied Flate stream's data starts with. */
const EMPTY_ZLIB = [0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
const SPACE = 0x20;

/** The facts of a stream dictionary needed here, read from its text with plain patterns. */
interface StreamHead {
  readonly object?: number;
  /** Where the dictionary's text starts in the file, and its text. */
  readonly dictAt: number;
  readonly dict: string;
  /** A cross-reference stream (`/Type /XRef`). */
  readonly xref: boolean;
  readonly filters: readonly string[];
  readonly image: boolean;
  /** A page or form content stream (or one that might be): operators are counted. */
  readonly content: boolean;
  /** Attachments and other payloads pdf.js never decodes here (pdf-structure bounds them itself). */
  readonly skip: boolean;
  readonly pixels?: number;
}

const nameValue = (dict: string, key: string): string | undefined =>
  new RegExp(`/${key}\\s*/([^\\s/\\[\\]<>()]+)`).exec(dict)?.[1];
const numberValue = (dict: string, key: string): number | undefined => {
  const match = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

function filtersOf(dict: string): string[] {
  const array = /\/Filter\s*\[([^\]]*)\]/.exec(dict);
  if (array) return [...(array[1] ?? '').matchAll(/\/([^\s/\]]+)/g)].map((m) => m[1] ?? '');
  const single = nameValue(dict, 'Filter');
  return single ? [single] : [];
}

function readHead(text: string, streamAt: number): StreamHead {
  // The dictionary runs from the last `obj` before the keyword (bounded look-back).
  const from = Math.max(0, streamAt - 16_384);
  const window = text.slice(from, streamAt);
  const objAt = window.lastIndexOf(' obj');
  const header = objAt >= 0 ? /(\d+)\s+\d+\s*$/.exec(window.slice(Math.max(0, objAt - 24), objAt)) : null;
  const dict = objAt >= 0 ? window.slice(objAt) : window.slice(-4096);
  const type = nameValue(dict, 'Type');
  const subtype = nameValue(dict, 'Subtype');
  const image = subtype === 'Image';
  const width = numberValue(dict, 'Width');
  const height = numberValue(dict, 'Height');
  const skip = type === 'EmbeddedFile' || /\/Params\s*<</.test(dict);
  const special =
    type !== undefined && type !== 'XObject' && type !== 'Pattern'
      ? true
      : subtype !== undefined && subtype !== 'Form';
  const font = /\/Length[123]\s/.test(dict) || /\/N\s+\d/.test(dict);
  const dictAt = objAt >= 0 ? from + objAt : Math.max(0, streamAt - 4096);
  return {
    ...(header?.[1] !== undefined && { object: Number(header[1]) }),
    dictAt,
    dict,
    xref: type === 'XRef',
    filters: filtersOf(dict),
    image,
    content: !image && !special && !font,
    skip,
    ...(image && width !== undefined && height !== undefined && { pixels: width * height }),
  };
}

/** Where a stream's data ends: at the next `endstream` (a stream's `/Length` may lie). */
function dataEnd(text: string, start: number): number {
  const end = text.indexOf('endstream', start);
  return end < 0 ? text.length : end;
}

/** Inflates up to `cap` bytes; `overflow` when there is more. */
function inflateCapped(
  data: Uint8Array,
  cap: number,
): { bytes?: Uint8Array; inflated: number; overflow: boolean } {
  try {
    const out = inflateSync(data, { maxOutputLength: cap + 1, finishFlush: 2 /* Z_SYNC_FLUSH */ });
    return out.length > cap
      ? { inflated: cap + 1, overflow: true }
      : { bytes: out, inflated: out.length, overflow: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { inflated: cap + 1, overflow: true };
    return { inflated: 0, overflow: false }; // not inflatable here (encrypted, damaged): pdf.js decides
  }
}

const isDelimiter = (c: number): boolean =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25;
const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Counts the operators of a content stream (keywords other than `true`, `false`, `null`), stopping
 * once `stopAt` is passed. Strings, names, comments and inline image data are skipped.
 */
export function countOperators(data: Uint8Array, stopAt = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let i = 0;
  const n = data.length;
  while (i < n && count <= stopAt) {
    const c = data[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === 0x25) {
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = data[i]!;
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        i++;
      }
    } else if (c === 0x3c && data[i + 1] !== 0x3c) {
      while (i < n && data[i] !== 0x3e) i++;
      i++;
    } else if (c === 0x2f) {
      i++;
      while (i < n && !isSpace(data[i]!) && !isDelimiter(data[i]!)) i++;
    } else if (isLetter(c) || c === 0x27 || c === 0x22) {
      const start = i;
      while (i < n && !isSpace(data[i]!) && !isDelimiter(data[i]!)) i++;
      const length = i - start;
      const word = length <= 5 ? String.fromCharCode(...data.subarray(start, i)) : '';
      if (word === 'true' || word === 'false' || word === 'null') continue;
      count++;
      if (word === 'ID') {
        // Inline image data runs to the `EI` that follows whitespace.
        while (i < n && !(isSpace(data[i]!) && data[i + 1] === 0x45 && data[i + 2] === 0x49)) i++;
        i += 3;
        count++;
      }
    } else {
      i++;
    }
  }
  return count;
}

/** Overwrites a stream's data in place (same length, so offsets hold) with an empty stream. */
function empty(copy: Uint8Array, start: number, end: number, flate: boolean): void {
  copy.fill(SPACE, start, end);
  if (flate && end - start >= EMPTY_ZLIB.length) copy.set(EMPTY_ZLIB, start);
}

/**
 * A cross-reference stream whose `/Size` or `/Index` promises more entries than its data holds makes
 * pdf-lib create one object per promised entry (billions for `/Size 2147483648`: minutes of CPU and
 * gigabytes). The counts are corrected in place (same length): `/Size` to what the data holds, and a
 * lying `/Index` is renamed so readers fall back to `/Size`. Returns whether the dictionary was changed.
 */
function boundXrefCounts(
  head: StreamHead,
  data: Uint8Array,
  patch: (at: number, text: string) => void,
): boolean {
  const widths = /\/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(head.dict);
  const entryBytes = widths ? Number(widths[1]) + Number(widths[2]) + Number(widths[3]) : 0;
  if (entryBytes <= 0) return false;
  const holds = Math.floor(data.length / entryBytes);
  let changed = false;
  const index = /\/Index\s*\[([^\]]*)\]/.exec(head.dict);
  if (index) {
    const numbers = (index[1] ?? '').trim().split(/\s+/).map(Number);
    const promised = numbers.reduce((sum, value, i) => (i % 2 === 1 ? sum + value : sum), 0);
    if (!(promised <= holds)) {
      patch(head.dictAt + index.index, '/Ixdex');
      changed = true;
    }
  }
  const size = /\/Size\s+(\d+)/.exec(head.dict);
  if (size && Number(size[1]) > holds && (changed || !index)) {
    const digits = size[1] ?? '';
    const at = head.dictAt + size.index + size[0].length - digits.length;
    patch(at, String(holds).padEnd(digits.length, ' '));
    changed = true;
  }
  return changed;
}

/**
 * Blanks out (in `copy`, same length) the brackets of arrays and dictionaries nested deeper than
 * `max`, outside stream data: a parser that recurses per level (pdf.js, pdf-lib) then sees a flat
 * run of tokens instead of 200 000 levels. Returns the deepest nesting seen and how many were blanked.
 */
function flattenDeepNesting(
  bytes: Uint8Array,
  skip: readonly (readonly [number, number])[],
  max: number,
  blank: (at: number, length: number) => void,
): { deepest: number; blanked: number } {
  const stack: boolean[] = [];
  let deepest = 0;
  let blanked = 0;
  let range = 0;
  const n = bytes.length;
  let i = 0;
  const open = (length: number): void => {
    const cut = stack.length >= max;
    if (cut) {
      blank(i, length);
      blanked++;
    }
    stack.push(cut);
    deepest = Math.max(deepest, stack.length);
    i += length;
  };
  const close = (length: number): void => {
    if (stack.pop()) blank(i, length);
    i += length;
  };
  while (i < n) {
    const next = skip[range];
    if (next && i >= next[0]) {
      i = Math.max(i, next[1]);
      range++;
      continue;
    }
    const c = bytes[i]!;
    if (c === 0x25) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      let depth = 1;
      i++;
      while (i < n && depth > 0 && !(next && i >= next[0])) {
        const d = bytes[i]!;
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
        i++;
      }
    } else if (c === 0x3c && bytes[i + 1] === 0x3c) open(2);
    else if (c === 0x3e && bytes[i + 1] === 0x3e) close(2);
    else if (c === 0x5b) open(1);
    else if (c === 0x5d) close(1);
    else if (c === 0x3c) {
      while (i < n && bytes[i] !== 0x3e && !(next && i >= next[0])) i++;
      i++;
    } else i++;
  }
  return { deepest, blanked };
}

const STREAM = /stream(?:\r\n|\n|\r)/g;

/**
 * Measures `bytes` against `limits` and returns the bytes to parse (a copy with the offending streams
 * emptied, or `bytes` itself) with the counters. Never throws.
 */
export function boundPdf(bytes: Uint8Array, limits: ResourceLimits = DEFAULT_RESOURCE_LIMITS): BoundedPdf {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let copy: Uint8Array | undefined;
  const hits: ResourceLimitHit[] = [];
  let emptied = 0;
  let streams = 0;
  let inflatedBytes = 0;
  let largestStreamBytes = 0;
  let operators = 0;
  let largestStreamOperators = 0;
  let imagePixels = 0;
  let largestImagePixels = 0;
  let xrefsCorrected = 0;
  const patch = (at: number, text: string): void => {
    copy ??= new Uint8Array(bytes);
    for (let i = 0; i < text.length; i++) copy[at + i] = text.charCodeAt(i);
  };
  const cut = (start: number, end: number, flate: boolean, hit: ResourceLimitHit): void => {
    copy ??= new Uint8Array(bytes);
    empty(copy, start, end, flate);
    emptied++;
    if (hits.length < MAX_LISTED_HITS) hits.push(hit);
  };

  const dataRanges: [number, number][] = [];
  STREAM.lastIndex = 0;
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    const at = match.index;
    // `endstream` also ends in `stream`; a real keyword follows `>>` and whitespace.
    if (text.startsWith('end', at - 3) || !/>>\s*$/.test(text.slice(Math.max(0, at - 64), at))) continue;
    const start = at + match[0].length;
    const end = dataEnd(text, start);
    STREAM.lastIndex = end;
    dataRanges.push([start, end]);
    streams++;
    const head = readHead(text, at);
    const object = head.object !== undefined ? { object: head.object } : {};
    const flate = head.filters[0] === 'FlateDecode' || head.filters[0] === 'Fl';
    if (streams > limits.maxStreams) {
      cut(start, end, flate, { limit: 'stream-count', ...object, value: streams, max: limits.maxStreams });
      continue;
    }
    if (head.skip) continue;
    if (head.image && head.pixels !== undefined) {
      imagePixels += head.pixels;
      largestImagePixels = Math.max(largestImagePixels, head.pixels);
      if (head.pixels > limits.maxImagePixels)
        cut(start, end, flate, {
          limit: 'image-pixels',
          ...object,
          value: head.pixels,
          max: limits.maxImagePixels,
        });
      else if (imagePixels > limits.maxDocumentImagePixels)
        cut(start, end, flate, {
          limit: 'document-image-pixels',
          ...object,
          value: imagePixels,
          max: limits.maxDocumentImagePixels,
        });
      // pdf.js reads only the bytes an image's size needs: its data is not inflated here.
      continue;
    }
    let data: Uint8Array | undefined = bytes.subarray(start, end);
    if (head.filters.length > 0 && !flate) data = undefined; // other filters: not measured
    if (flate && data) {
      const room = Math.min(limits.maxStreamBytes, Math.max(0, limits.maxDocumentBytes - inflatedBytes));
      // A chain of Flate filters (each up to 1 000 : 1) is inflated layer by layer, each capped.
      let layers = head.filters.findIndex((f) => f !== 'FlateDecode' && f !== 'Fl');
      if (layers < 0) layers = head.filters.length;
      let inflated = 0;
      let overflow = false;
      for (let layer = 0; layer < layers && data && !overflow; layer++) {
        const result = inflateCapped(data, room);
        inflated += Math.min(result.inflated, room + 1);
        overflow = result.overflow;
        data = result.bytes;
      }
      inflatedBytes += inflated;
      largestStreamBytes = Math.max(largestStreamBytes, Math.min(inflated, room + 1));
      if (overflow) {
        const documentFull = room < limits.maxStreamBytes;
        cut(start, end, true, {
          limit: documentFull ? 'document-bytes' : 'stream-bytes',
          ...object,
          value: documentFull ? inflatedBytes : room + 1,
          max: documentFull ? limits.maxDocumentBytes : limits.maxStreamBytes,
        });
        continue;
      }
      if (layers < head.filters.length) data = undefined;
    }
    if (head.xref && data && boundXrefCounts(head, data, patch)) xrefsCorrected++;
    if (head.content && data) {
      const stopAt = Math.min(
        limits.maxStreamOperators,
        Math.max(0, limits.maxDocumentOperators - operators),
      );
      const count = countOperators(data, stopAt);
      operators += count;
      largestStreamOperators = Math.max(largestStreamOperators, count);
      if (count > stopAt) {
        const documentFull = stopAt < limits.maxStreamOperators;
        cut(start, end, flate, {
          limit: documentFull ? 'document-operators' : 'stream-operators',
          ...object,
          value: documentFull ? operators : count,
          max: documentFull ? limits.maxDocumentOperators : limits.maxStreamOperators,
        });
      }
    }
  }
  const nesting = flattenDeepNesting(bytes, dataRanges, limits.maxNestingDepth, (at, length) => {
    copy ??= new Uint8Array(bytes);
    copy.fill(SPACE, at, at + length);
  });
  if (nesting.blanked > 0 && hits.length < MAX_LISTED_HITS)
    hits.push({ limit: 'nesting-depth', value: nesting.deepest, max: limits.maxNestingDepth });
  return {
    bytes: copy ?? bytes,
    usage: {
      deepestNesting: nesting.deepest,
      flattenedBrackets: nesting.blanked,
      streams,
      inflatedBytes,
      largestStreamBytes,
      operators,
      largestStreamOperators,
      imagePixels,
      largestImagePixels,
      exceeded: hits,
      emptiedStreams: emptied,
      xrefsCorrected,
    },
  };
}

const bounded = new WeakMap<Uint8Array, BoundedPdf>();

/**
 * {@link boundPdf} with the default limits, measured once per byte array: the analysis, the renderer
 * and pdf-lib of one run share the measurement.
 */
export function boundedPdf(bytes: Uint8Array): BoundedPdf {
  let result = bounded.get(bytes);
  if (!result) {
    result = boundPdf(bytes);
    bounded.set(bytes, result);
  }
  return result;
}
