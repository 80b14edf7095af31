/**
 * The one place that reads a PDF's object structure with pdf-lib, for what pdf.js does not tell:
 * the encryption dictionary (pdf.js opens owner-password files as if unprotected), the catalog's
 * `/Version`, each page's font dictionaries (embedded? `/ToUnicode`?), attached files (read without
 * inflating them beyond a limit) and JavaScript in actions and annotations.
 *
 * Every walk is bounded (pages, depth, entries, visited set), so cyclic or deeply nested structures and
 * attachment bombs cost little. Returns plain data; returns undefined when the file cannot be parsed.
 */
import { inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import type { JavaScriptSite, PageFont, PdfAttachment, UnicodeMapping } from '../model/document.js';
import { installBoundedPdfLibParser } from './pdf-lib-parser.js';
import { boundedPdf } from './resource-limits.js';
import { type ScanPages, scanPagesOf } from './scan-pages.js';

/** Limits of the structure walk. */
export interface StructureLimits {
  /** Pages whose fonts and annotations are read (the rest are not walked). */
  readonly maxPages: number;
  /** Attachments listed. */
  readonly maxAttachments: number;
  /** Most bytes an attachment is inflated to; a larger one is reported `too-large`, not inflated further. */
  readonly maxInflateBytes: number;
}

/** Defaults: generous for invoices, small for bombs. */
export const DEFAULT_STRUCTURE_LIMITS: StructureLimits = {
  maxPages: 200,
  maxAttachments: 50,
  maxInflateBytes: 8 * 1024 * 1024,
};

/** An attachment as found, with the bytes of an XML candidate (bounded). */
export interface FoundAttachment extends PdfAttachment {
  /** Inflated content of an XML attachment, when it could be read within the limit. */
  readonly content?: Uint8Array;
}

/** The encryption dictionary's facts. */
export interface EncryptionDictionary {
  readonly filter?: string;
  readonly algorithm?: string;
  readonly revision?: number;
  /** The `/P` value as a signed 32-bit integer. */
  readonly p?: number;
}

/** What the structure walk found. */
export interface PdfStructure {
  /** The catalog's `/Version`, e.g. `1.7`. */
  readonly catalogVersion?: string;
  /** Set when the trailer references an encryption dictionary. */
  readonly encryption?: EncryptionDictionary;
  /** Fonts per page, in page order, for the first `maxPages` pages. */
  readonly pageFonts: readonly (readonly PageFont[])[];
  /** Pages that are exactly one full-page JPEG (what scanners write), looked up per page. */
  readonly scanPages?: ScanPages;
  /** Number of pages found in the page tree. */
  readonly pageCount: number;
  /** Attached files. */
  readonly attachments: readonly FoundAttachment[];
  /** Where JavaScript is. */
  readonly javaScript: readonly JavaScriptSite[];
  /** Bytes inflated while reading attachments (each stops at `maxInflateBytes`). */
  readonly inflatedBytes: number;
}

const MAX_DEPTH = 32;
const MAX_NAME_TREE_ENTRIES = 2000;
const MAX_FONTS_PER_PAGE = 200;

const STANDARD_14 = new Set([
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
  'Courier',
  'Courier-Bold',
  'Courier-Oblique',
  'Courier-BoldOblique',
  'Symbol',
  'ZapfDingbats',
]);
/** Names every reader maps onto the standard fonts (as pdf.js and Acrobat do). */
const STANDARD_ALIASES =
  /^(Arial|ArialMT|TimesNewRoman|TimesNewRomanPS|TimesNewRomanPSMT|CourierNew|CourierNewPSMT)([,-].*)?$/;
/** Glyph names that say nothing about the character (`g12`, `glyph7`, `cid42`, `index3`). */
const OPAQUE_GLYPH = /^(g|gid|glyph|cid|index|char|c|uni_?)\d+$|^#?\d+$/i;
/** Character collections pdf.js (and most readers) map to Unicode without a `/ToUnicode`. */
const KNOWN_COLLECTIONS = new Set(['Japan1', 'GB1', 'CNS1', 'Korea1', 'KR']);

/** A name's text; pdf-lib decodes only upper-case `#xx` escapes (`text#2fxml` stays), so finish the job. */
const nameText = (name: PDFName): string =>
  name
    .decodeText()
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

class Walker {
  constructor(private readonly doc: PDFDocument) {}

  /** Follows references (bounded, so a reference loop ends). */
  resolve(value: PDFObject | undefined): PDFObject | undefined {
    let current = value;
    for (let i = 0; i < 8 && current instanceof PDFRef; i++) current = this.doc.context.lookup(current);
    return current instanceof PDFRef ? undefined : current;
  }

  get(dict: PDFDict | undefined, key: string): PDFObject | undefined {
    return dict ? this.resolve(dict.get(PDFName.of(key))) : undefined;
  }

  dict(dict: PDFDict | undefined, key: string): PDFDict | undefined {
    const value = this.get(dict, key);
    if (value instanceof PDFDict) return value;
    if (value instanceof PDFRawStream) return value.dict;
    return undefined;
  }

  array(dict: PDFDict | undefined, key: string): PDFArray | undefined {
    const value = this.get(dict, key);
    return value instanceof PDFArray ? value : undefined;
  }

  name(dict: PDFDict | undefined, key: string): string | undefined {
    const value = this.get(dict, key);
    return value instanceof PDFName ? nameText(value) : undefined;
  }

  number(dict: PDFDict | undefined, key: string): number | undefined {
    const value = this.get(dict, key);
    return value instanceof PDFNumber ? value.asNumber() : undefined;
  }

  text(dict: PDFDict | undefined, key: string): string | undefined {
    const value = this.get(dict, key);
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
    if (value instanceof PDFName) return nameText(value);
    return undefined;
  }

  items(array: PDFArray | undefined): PDFObject[] {
    if (!array) return [];
    const out: PDFObject[] = [];
    for (let i = 0; i < Math.min(array.size(), 10_000); i++) {
      const item = this.resolve(array.get(i));
      if (item !== undefined) out.push(item);
    }
    return out;
  }
}

/** The pages in tree order (bounded, cycle-safe), each with its inherited resources. */
function walkPages(
  walker: Walker,
  root: PDFDict,
  max: number,
): { pages: { page: PDFDict; resources?: PDFDict }[]; count: number } {
  const pages: { page: PDFDict; resources?: PDFDict }[] = [];
  const seen = new Set<PDFDict>();
  let count = 0;
  const visit = (node: PDFDict, inherited: PDFDict | undefined, depth: number): void => {
    if (seen.has(node) || depth > MAX_DEPTH) return;
    seen.add(node);
    const resources = walker.dict(node, 'Resources') ?? inherited;
    const kids = walker.array(node, 'Kids');
    if (kids && walker.name(node, 'Type') !== 'Page') {
      for (const kid of walker.items(kids)) if (kid instanceof PDFDict) visit(kid, resources, depth + 1);
      return;
    }
    count++;
    if (pages.length < max) pages.push({ page: node, ...(resources && { resources }) });
  };
  const tree = walker.dict(root, 'Pages');
  if (tree) visit(tree, undefined, 0);
  return { pages, count };
}

function unicodeOfSimpleFont(walker: Walker, font: PDFDict, standard: boolean): UnicodeMapping {
  const encoding = walker.get(font, 'Encoding');
  if (encoding instanceof PDFName) return 'encoding';
  if (encoding instanceof PDFDict) {
    const names = walker
      .items(walker.array(encoding, 'Differences'))
      .filter((item): item is PDFName => item instanceof PDFName)
      .map(nameText);
    const opaque = names.filter((name) => OPAQUE_GLYPH.test(name)).length;
    return names.length > 0 && opaque / names.length > 0.5 ? 'none' : 'encoding';
  }
  // No encoding: a standard font's own, or the embedded program's built-in one (usually real names).
  // A Type3 font without an encoding has nothing to go on.
  return standard || walker.name(font, 'Subtype') !== 'Type3' ? 'encoding' : 'none';
}

function fontFacts(walker: Walker, font: PDFDict, key: string): PageFont {
  const subtype = walker.name(font, 'Subtype') ?? 'Unknown';
  const rawName = walker.name(font, 'BaseFont') ?? walker.text(font, 'Name') ?? key;
  const name = rawName.replace(/^[A-Z]{6}\+/, '');
  const standard = STANDARD_14.has(name) || STANDARD_ALIASES.test(name);
  const hasToUnicode = walker.get(font, 'ToUnicode') !== undefined;
  if (subtype === 'Type0') {
    const descendant = walker.items(walker.array(font, 'DescendantFonts'))[0];
    const cid = descendant instanceof PDFDict ? descendant : undefined;
    const descriptor = walker.dict(cid, 'FontDescriptor');
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(
      (k) => walker.get(descriptor, k) !== undefined,
    );
    const encoding = walker.name(font, 'Encoding');
    const ordering = walker.text(walker.dict(cid, 'CIDSystemInfo'), 'Ordering');
    const predefined = encoding !== undefined && !/^Identity-[HV]$/.test(encoding);
    const unicode: UnicodeMapping = hasToUnicode
      ? 'to-unicode'
      : predefined || (ordering !== undefined && KNOWN_COLLECTIONS.has(ordering))
        ? 'encoding'
        : 'none';
    return { name, type: 'Type0', embedded, standard14: false, unicode };
  }
  const descriptor = walker.dict(font, 'FontDescriptor');
  const embedded =
    subtype === 'Type3' ||
    ['FontFile', 'FontFile2', 'FontFile3'].some((k) => walker.get(descriptor, k) !== undefined);
  const unicode = hasToUnicode ? 'to-unicode' : unicodeOfSimpleFont(walker, font, standard);
  return { name, type: subtype, embedded, standard14: standard, unicode };
}

/** Fonts of a resource dictionary and of the form XObjects it uses (bounded, cycle-safe). */
function collectFonts(walker: Walker, resources: PDFDict | undefined): PageFont[] {
  const fonts: PageFont[] = [];
  const seenFonts = new Set<PDFDict>();
  const seenResources = new Set<PDFDict>();
  const visit = (res: PDFDict | undefined, depth: number): void => {
    if (!res || seenResources.has(res) || depth > 8) return;
    seenResources.add(res);
    const fontDict = walker.dict(res, 'Font');
    for (const [key, value] of fontDict?.entries() ?? []) {
      const font = walker.resolve(value);
      if (!(font instanceof PDFDict) || seenFonts.has(font) || fonts.length >= MAX_FONTS_PER_PAGE) continue;
      seenFonts.add(font);
      fonts.push(fontFacts(walker, font, nameText(key)));
    }
    const xobjects = walker.dict(res, 'XObject');
    for (const [, value] of xobjects?.entries() ?? []) {
      const xobject = walker.resolve(value);
      if (xobject instanceof PDFRawStream && walker.name(xobject.dict, 'Subtype') === 'Form')
        visit(walker.dict(xobject.dict, 'Resources'), depth + 1);
    }
  };
  visit(resources, 0);
  return fonts;
}

/** Whether an action (or its `/Next` chain) runs JavaScript. */
function runsJavaScript(walker: Walker, action: PDFObject | undefined, depth = 0): boolean {
  const resolved = walker.resolve(action);
  if (!(resolved instanceof PDFDict) || depth > 8) return false;
  if (walker.name(resolved, 'S') === 'JavaScript') return true;
  return (
    walker.items(walker.array(resolved, 'Next')).some((next) => runsJavaScript(walker, next, depth + 1)) ||
    runsJavaScript(walker, walker.dict(resolved, 'Next'), depth + 1)
  );
}

/** Whether an additional-actions dictionary (`/AA`) holds JavaScript. */
function additionalActionsRunJavaScript(walker: Walker, dict: PDFDict | undefined): boolean {
  const aa = walker.dict(dict, 'AA');
  return [...(aa?.entries() ?? [])].some(([, action]) => runsJavaScript(walker, action));
}

/** The values of a name tree (bounded, cycle-safe). */
function nameTreeValues(walker: Walker, node: PDFDict | undefined): PDFObject[] {
  const values: PDFObject[] = [];
  const seen = new Set<PDFDict>();
  const visit = (current: PDFDict | undefined, depth: number): void => {
    if (!current || seen.has(current) || depth > MAX_DEPTH || values.length >= MAX_NAME_TREE_ENTRIES) return;
    seen.add(current);
    const names = walker.array(current, 'Names');
    if (names) {
      for (let i = 1; i < names.size() && values.length < MAX_NAME_TREE_ENTRIES; i += 2) {
        const value = walker.resolve(names.get(i));
        if (value !== undefined) values.push(value);
      }
    }
    for (const kid of walker.items(walker.array(current, 'Kids')))
      if (kid instanceof PDFDict) visit(kid, depth + 1);
  };
  visit(node, 0);
  return values;
}

const isXmlCandidate = (fileName: string, mimeType: string | undefined): boolean =>
  /\.xml$/i.test(fileName) || (mimeType !== undefined && /xml/i.test(mimeType));

/** Inflates a stream's content up to `limit` bytes; never allocates more than that. */
function decodeBounded(
  stream: PDFRawStream,
  walker: Walker,
  limit: number,
): { content?: Uint8Array; error?: 'too-large' | 'undecodable' } {
  const filter = walker.get(stream.dict, 'Filter');
  const filters = filter instanceof PDFArray ? walker.items(filter) : filter ? [filter] : [];
  const names = filters.map((f) => (f instanceof PDFName ? nameText(f) : '?'));
  const raw = stream.contents;
  if (names.length === 0) return raw.length > limit ? { error: 'too-large' } : { content: raw };
  const hasPredictor = (walker.number(walker.dict(stream.dict, 'DecodeParms'), 'Predictor') ?? 1) > 1;
  if (names.length === 1 && names[0] === 'FlateDecode' && !hasPredictor) {
    try {
      return { content: new Uint8Array(inflateSync(raw, { maxOutputLength: limit })) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { error: code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'undecodable' };
    }
  }
  // Other filters are rare for attachments; only small ones are decoded (pdf-lib has no output limit).
  if (raw.length > limit / 16) return { error: 'too-large' };
  try {
    const decoded = decodePDFRawStream(stream).decode();
    return decoded.length > limit ? { error: 'too-large' } : { content: decoded };
  } catch {
    return { error: 'undecodable' };
  }
}

function readAttachment(
  walker: Walker,
  spec: PDFObject,
  encrypted: boolean,
  limits: StructureLimits,
  counter: { inflatedBytes: number },
  page?: number,
): FoundAttachment | undefined {
  if (!(spec instanceof PDFDict)) return undefined;
  const embedded = walker.dict(spec, 'EF');
  const streamObject = walker.get(embedded, 'UF') ?? walker.get(embedded, 'F');
  if (!(streamObject instanceof PDFRawStream)) return undefined;
  const fileName = walker.text(spec, 'UF') ?? walker.text(spec, 'F') ?? 'unnamed';
  const mimeType = walker.name(streamObject.dict, 'Subtype');
  const relationship = walker.name(spec, 'AFRelationship');
  const description = walker.text(spec, 'Desc');
  const declaredBytes = walker.number(walker.dict(streamObject.dict, 'Params'), 'Size');
  const base: FoundAttachment = {
    fileName,
    ...(mimeType !== undefined && { mimeType }),
    ...(relationship !== undefined && { relationship }),
    ...(description !== undefined && { description }),
    ...(declaredBytes !== undefined && { declaredBytes }),
    storedBytes: streamObject.contents.length,
    ...(page !== undefined && { page }),
  };
  if (!isXmlCandidate(fileName, mimeType)) return base;
  if (encrypted) return { ...base, readError: 'undecodable' };
  const { content, error } = decodeBounded(streamObject, walker, limits.maxInflateBytes);
  // A stream over the limit stopped there (zlib's output cap), never later.
  counter.inflatedBytes += content ? content.length : error === 'too-large' ? limits.maxInflateBytes : 0;
  return { ...base, ...(content && { content }), ...(error && { readError: error }) };
}

function encryptionFacts(walker: Walker, dict: PDFDict): EncryptionDictionary {
  const filter = walker.name(dict, 'Filter');
  const v = walker.number(dict, 'V') ?? 0;
  const revision = walker.number(dict, 'R');
  const length = walker.number(dict, 'Length');
  const p = walker.number(dict, 'P');
  let algorithm: string | undefined;
  if (v === 1) algorithm = 'RC4-40';
  else if (v === 2) algorithm = `RC4-${length ?? 40}`;
  else if (v === 4 || v === 5) {
    const streamFilter = walker.name(dict, 'StmF') ?? 'Identity';
    const method = walker.name(walker.dict(walker.dict(dict, 'CF'), streamFilter), 'CFM');
    algorithm =
      method === 'AESV3' || v === 5
        ? 'AES-256'
        : method === 'AESV2'
          ? 'AES-128'
          : method === 'V2'
            ? 'RC4-128'
            : streamFilter === 'Identity'
              ? 'none'
              : undefined;
  }
  return {
    ...(filter !== undefined && { filter }),
    ...(algorithm !== undefined && { algorithm }),
    ...(revision !== undefined && { revision }),
    ...(p !== undefined && { p: p | 0 }),
  };
}

/** pdf-lib reports parse oddities on the console; the report says what matters. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

/** Reads the structure facts. Returns undefined when pdf-lib cannot parse the file at all. */
export async function readStructure(
  bytes: Uint8Array,
  limits: StructureLimits = DEFAULT_STRUCTURE_LIMITS,
): Promise<PdfStructure | undefined> {
  let doc: PDFDocument;
  installBoundedPdfLibParser();
  try {
    doc = await quietly(() =>
      // pdf-lib reads the file with the streams over the work limits emptied (see resource-limits.ts).
      PDFDocument.load(boundedPdf(bytes).bytes, {
        ignoreEncryption: true,
        updateMetadata: false,
        throwOnInvalidObject: false,
        parseSpeed: ParseSpeeds.Fastest,
      }),
    );
  } catch {
    return undefined;
  }
  const walker = new Walker(doc);
  const trailer = doc.context.trailerInfo;
  const encryptDict = walker.resolve(trailer.Encrypt);
  const encryption = encryptDict instanceof PDFDict ? encryptionFacts(walker, encryptDict) : undefined;
  const root = walker.resolve(trailer.Root);
  const catalog = root instanceof PDFDict ? root : undefined;
  if (!catalog)
    return {
      ...(encryption && { encryption }),
      pageFonts: [],
      pageCount: 0,
      attachments: [],
      javaScript: [],
      inflatedBytes: 0,
    };

  const version = walker.name(catalog, 'Version');
  const { pages, count } = walkPages(walker, catalog, limits.maxPages);
  const javaScript: JavaScriptSite[] = [];
  const attachments: FoundAttachment[] = [];
  const seenSpecs = new Set<PDFObject>();
  const counter = { inflatedBytes: 0 };
  const addAttachment = (spec: PDFObject | undefined, page?: number): void => {
    if (spec === undefined || seenSpecs.has(spec) || attachments.length >= limits.maxAttachments) return;
    seenSpecs.add(spec);
    const found = readAttachment(walker, spec, encryption !== undefined, limits, counter, page);
    if (found) attachments.push(found);
  };

  const names = walker.dict(catalog, 'Names');
  for (const spec of nameTreeValues(walker, walker.dict(names, 'EmbeddedFiles'))) addAttachment(spec);
  for (const spec of walker.items(walker.array(catalog, 'AF'))) addAttachment(spec);
  if (runsJavaScript(walker, walker.get(catalog, 'OpenAction'))) javaScript.push({ where: 'open-action' });
  if (
    nameTreeValues(walker, walker.dict(names, 'JavaScript')).length > 0 ||
    additionalActionsRunJavaScript(walker, catalog)
  )
    javaScript.push({ where: 'document' });

  const pageFonts = pages.map(({ page, resources }, index) => {
    const pageNumber = index + 1;
    if (additionalActionsRunJavaScript(walker, page)) javaScript.push({ where: 'page', page: pageNumber });
    for (const annotation of walker.items(walker.array(page, 'Annots'))) {
      if (!(annotation instanceof PDFDict)) continue;
      const subtype = walker.name(annotation, 'Subtype');
      if (subtype === 'FileAttachment') addAttachment(walker.get(annotation, 'FS'), pageNumber);
      if (
        runsJavaScript(walker, walker.get(annotation, 'A')) ||
        additionalActionsRunJavaScript(walker, annotation)
      )
        javaScript.push({ where: subtype === 'Widget' ? 'form-field' : 'annotation', page: pageNumber });
    }
    return collectFonts(walker, resources);
  });

  return {
    ...(version !== undefined && { catalogVersion: version }),
    ...(encryption && { encryption }),
    pageFonts,
    scanPages: scanPagesOf(doc),
    pageCount: count,
    attachments,
    javaScript,
    inflatedBytes: counter.inflatedBytes,
  };
}
