import { Type } from '@sinclair/typebox';
import { type Contract, component, StringEnum } from './contract.js';
import { type DocumentFields, perField } from './fields.js';
import type { Box, Word } from './geometry.js';
import type { MailFacts } from './mail.js';

/** What the first bytes of an upload say it is (never the file name). */
export const FileKindSchema = component(
  'FileKind',
  StringEnum(
    [
      'pdf',
      'ubl-xml',
      'cii-xml',
      'xml',
      'png',
      'jpeg',
      'tiff',
      'zip',
      'html',
      'text',
      'email',
      'empty',
      'unknown',
    ],
    { description: 'What the first bytes of an upload say it is (never the file name).' },
  ),
);

/** What the first bytes of an upload say it is (never the file name). */
export type FileKind = Contract<typeof FileKindSchema>;

/** Facts about the uploaded bytes, from the intake stage. */
export interface FileFacts {
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** Size in bytes. */
  readonly bytes: number;
  /** Kind sniffed from the content. */
  readonly kind: FileKind;
  /** Name the uploader gave the file, if any (only for display; never trusted). */
  readonly name?: string;
  /** For PDFs: whether an `%%EOF` marker occurs near the end (a missing one means a truncated file). */
  readonly hasEofMarker?: boolean;
}

/** Why a PDF could not be opened at all. */
export type PdfUnreadableReason = 'password_required' | 'damaged' | 'truncated';

/** A PDF that pdf.js could not open. */
export interface PdfUnreadable {
  /** The reason, in a closed set. */
  readonly reason: PdfUnreadableReason;
  /** The library's own message, for support staff (not shown to suppliers as the main text). */
  readonly detail: string;
}

/**
 * What an encrypted PDF allows (the standard security handler's `/P` flags, ISO 32000-2 Table 22);
 * `true` means allowed. Readers that honour these flags refuse what the owner password withholds.
 */
export interface PdfPermissions {
  /** Print the document (bit 3). */
  readonly print: boolean;
  /** Print at full quality (bit 12; revision 3 and later). */
  readonly printHighQuality: boolean;
  /** Change the content (bit 4). */
  readonly modify: boolean;
  /** Copy or extract text and graphics (bit 5): text-layer capture software needs this. */
  readonly copy: boolean;
  /** Add or change annotations, fill in form fields (bit 6). */
  readonly annotate: boolean;
  /** Fill in existing form fields (bit 9). */
  readonly fillForms: boolean;
  /** Extract text for accessibility (bit 10). */
  readonly extractForAccessibility: boolean;
  /** Insert, rotate or delete pages (bit 11). */
  readonly assemble: boolean;
}

/** Encryption as declared by the file's trailer and encryption dictionary (not only by pdf.js). */
export interface PdfEncryption {
  /** The file has an encryption dictionary. */
  readonly encrypted: boolean;
  /** Opening the file needs a password (a user password is set). */
  readonly userPassword: boolean;
  /** The security handler's filter name, e.g. `Standard`. */
  readonly filter?: string;
  /** The cipher in short: `RC4-40`, `RC4-128`, `AES-128`, `AES-256`, when the dictionary could be read. */
  readonly algorithm?: string;
  /** Revision of the standard security handler (`/R`, 2–6). */
  readonly revision?: number;
  /** What the file allows; set for every encrypted file whose `/P` could be read. */
  readonly permissions?: PdfPermissions;
}

/** A PDF/A conformance claim from the XMP metadata (`pdfaid:part` and `pdfaid:conformance`). */
export interface PdfaClaim {
  /** The part: 1, 2, 3 or 4. */
  readonly part: number;
  /** The conformance level (`A`, `B`, `U`, `E`, `F`), upper case; absent for PDF/A-4 without one. */
  readonly conformance?: string;
}

/** The document's XMP metadata stream. */
export interface XmpFacts {
  /** Whether the XMP is well-formed XML. */
  readonly wellFormed: boolean;
  /** The PDF/A claim, if the XMP makes one. */
  readonly pdfa?: PdfaClaim;
  /** The Factur-X / ZUGFeRD extension's conformance level (`fx:ConformanceLevel`), if present. */
  readonly facturxLevel?: string;
}

/** What is known about a file attached to the PDF (read without inflating it beyond a limit). */
export interface PdfAttachment {
  /** The file name (`/UF`, else `/F`). */
  readonly fileName: string;
  /** MIME type from the embedded file's `/Subtype`, e.g. `text/xml`. */
  readonly mimeType?: string;
  /** PDF/A-3 relationship (`/AFRelationship`): `Data`, `Source`, `Alternative`, `Supplement`, `Unspecified`. */
  readonly relationship?: string;
  /** Description (`/Desc`). */
  readonly description?: string;
  /** Size the file declares for itself (`/Params /Size`), in bytes; it may lie. */
  readonly declaredBytes?: number;
  /** Bytes it takes inside the PDF (compressed). */
  readonly storedBytes: number;
  /** 1-based page of a file-attachment annotation; absent for document-level attachments. */
  readonly page?: number;
  /** The XML syntax, when the attachment is a CII or UBL e-invoice. */
  readonly einvoice?: 'CII' | 'UBL';
  /**
   * Why the attachment's content could not be read: `too-large` (over the inflate limit; it was not
   * inflated further), `undecodable` (encrypted, or an unknown or broken filter), `invalid-xml` (named or
   * typed as XML but not well-formed).
   */
  readonly readError?: 'too-large' | 'undecodable' | 'invalid-xml';
}

/** Where a PDF carries JavaScript. */
export interface JavaScriptSite {
  /** `open-action` (runs on opening), `document` (document-level scripts), `page`, `annotation`, `form-field`. */
  readonly where: 'open-action' | 'document' | 'page' | 'annotation' | 'form-field';
  /** 1-based page, for page, annotation and form-field scripts when known. */
  readonly page?: number;
}

/** A form field (AcroForm). Its value lives in the field, not in the page's text layer. */
export interface FormField {
  /** Fully qualified field name. */
  readonly name: string;
  /** 1-based page of its widget, when known. */
  readonly page?: number;
  /** Widget box on that page (points, top-left origin), when known. */
  readonly box?: Box;
  /** Whether the field holds a value (text typed in, a box ticked). */
  readonly filled: boolean;
}

/** Interactive forms in the document. */
export interface PdfForms {
  /** The document has an AcroForm. */
  readonly acroForm: boolean;
  /** The document has an XFA form (a form many readers show only as "please wait"). */
  readonly xfa: boolean;
  /** The fields with a widget, up to a limit. */
  readonly fields: readonly FormField[];
}

/** Document-level facts about a PDF, from the analyze stage. */
export interface PdfFacts {
  /** Effective version: the header's, raised by the catalog's `/Version` when that is higher; e.g. `1.7`. */
  readonly version?: string;
  /** The version in the file header (`%PDF-1.x`). */
  readonly headerVersion?: string;
  /** Number of pages. */
  readonly pageCount: number;
  /** Encryption state. */
  readonly encryption: PdfEncryption;
  /** Document information dictionary (producing software and dates). */
  readonly info: {
    readonly producer?: string;
    readonly creator?: string;
    readonly title?: string;
    readonly creationDate?: string;
    readonly modDate?: string;
  };
  /** XMP metadata, when the document has a metadata stream. */
  readonly xmp?: XmpFacts;
  /** Attached files (document level and file-attachment annotations), up to a limit. */
  readonly attachments: readonly PdfAttachment[];
  /** Every place that carries JavaScript (empty when none). */
  readonly javaScript: readonly JavaScriptSite[];
  /** Interactive forms. */
  readonly forms: PdfForms;
  /**
   * Whether the file's object structure could be read besides pdf.js (fonts, attachments, the
   * encryption dictionary). When false, those facts are unknown rather than absent.
   */
  readonly structureRead: boolean;
}

/**
 * How a font lets a reader turn its glyphs back into characters: `to-unicode` (a `/ToUnicode` map:
 * reliable), `encoding` (a standard encoding or glyph names: usually fine), `none` (glyph numbers only,
 * e.g. an Identity-H font without `/ToUnicode`: its text extracts as garbage).
 */
export type UnicodeMapping = 'to-unicode' | 'encoding' | 'none';

/** A font in a page's resources. */
export interface PageFont {
  /** Base font name without the subset prefix, e.g. `Helvetica`, `Calibri-Bold`. */
  readonly name: string;
  /** Font type: `Type0`, `Type1`, `MMType1`, `TrueType`, `Type3`. */
  readonly type: string;
  /** The font program is inside the PDF (Type3 fonts always are). */
  readonly embedded: boolean;
  /** One of the 14 standard fonts every reader has (Helvetica, Times, Courier, Symbol, ZapfDingbats). */
  readonly standard14: boolean;
  /** How its text maps to Unicode. */
  readonly unicode: UnicodeMapping;
}

/** An image painted on a page, with the resolution it is shown at. */
export interface PageImage {
  /** Pixel width. */
  readonly widthPx: number;
  /** Pixel height. */
  readonly heightPx: number;
  /** Where it is drawn (points, top-left origin, page as displayed). */
  readonly box: Box;
  /** Effective resolution: the lower of the horizontal and vertical pixels per inch as drawn. */
  readonly dpi: number;
  /** An image mask (1-bit stencil), as fax-like scans often are. */
  readonly mask: boolean;
}

/** What a page paints, counted from its operator list. */
export interface PageGraphics {
  /** Path-drawing operators (lines, rectangles, curves): many with no text means text turned into outlines. */
  readonly pathOps: number;
  /** Text-showing operators. */
  readonly textOps: number;
  /** Text-showing operators in invisible render mode (as an OCR layer over a scan is). */
  readonly invisibleTextOps: number;
  /** Share of the page (0–1) covered by images. */
  readonly imageCoverage: number;
}

/**
 * What a page is, the way capture software sees it: `text` (a text layer, no page-filling image),
 * `scanned` (an image, no usable text), `mixed` (a page-filling image and a text layer, e.g. a scan with
 * an OCR layer), `vector` (drawn, but no text and no image: text converted to outlines), `blank`.
 */
export type PageKind = 'text' | 'scanned' | 'mixed' | 'vector' | 'blank';

/** Hints on one page that a file holds more than one invoice. */
export interface PageSignals {
  /** "Pagina 2 van 3", "Page 2 of 3", "Seite 2 von 3": the page's own numbering, when printed. */
  readonly pageNumber?: { readonly n: number; readonly of: number; readonly box: Box };
  /** Invoice numbers printed after a label ("Factuurnummer: F-1"), upper case without spaces, in order. */
  readonly invoiceNumbers: readonly { readonly value: string; readonly box: Box }[];
}

/** The text layer of one page. */
export interface PageText {
  /** Words with their boxes, in reading order as extracted. */
  readonly words: readonly Word[];
  /** Number of non-white-space characters in the text layer. */
  readonly charCount: number;
  /** Share of characters that cannot be real text: U+FFFD, private-use or control characters (0–1). */
  readonly garbledRatio: number;
  /** Share of the page area (0–1) covered by the words' boxes. */
  readonly coverage?: number;
  /**
   * How much the letters read like a European language (0–1: letter-frequency similarity to the closest
   * of Dutch, English, German, French); absent with fewer than 200 Latin letters (too few to tell).
   * Real invoice text scored 0.79–0.99 on the test corpus; text from a broken font encoding (shifted
   * letters) mostly below 0.75.
   */
  readonly languageScore?: number;
}

/** One line of text as OCR laid it out on the page. */
export interface OcrLine {
  /** The line's words joined by single spaces. */
  readonly text: string;
  /** Where the line is, in page points (top-left origin, as the text layer). */
  readonly box: Box;
  /** Mean confidence (0–100) of its words. */
  readonly confidence: number;
  /** Height of its lower-case letters (x-height) in pixels of the OCR image, when it could be estimated. */
  readonly xHeightPx?: number;
  /** Angle of its baseline in degrees: positive when it runs downhill to the right (clockwise). */
  readonly skewDegrees: number;
}

/** What OCR read on one rendered page (the image channel). */
export interface PageOcr {
  /** Words with boxes in page points (same coordinates as the text layer) and confidences 0–100. */
  readonly words: readonly Word[];
  /** Lines in reading order. */
  readonly lines: readonly OcrLine[];
  /** Mean word confidence 0–100 (0 when no words were read). */
  readonly meanConfidence: number;
  /** Resolution the page image had when OCR read it (the profile's DPI, unless a huge page was scaled down). */
  readonly dpi: number;
  /** Size of the OCR image in pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
  /**
   * Page skew in degrees (median baseline angle of the longer lines; positive is clockwise); absent
   * when no line was long enough to tell.
   */
  readonly skewDegrees?: number;
  /**
   * Set when the page lies upside down or on its side: the clockwise turn that makes it upright (found
   * by reading a poorly read page again turned; see `stages/page-orientation.ts`). The words above
   * are still those of the page as sent, which is what software that does not turn pages reads.
   */
  readonly orientationDegrees?: 90 | 180 | 270;
  /** Share of dark pixels (0–1): tells a blank page (nothing to read) from an illegible one. */
  readonly inkRatio: number;
  /** True when the page was not sent to OCR because it is blank or too small to hold text. */
  readonly skipped?: boolean;
}

/** Why a page has no OCR result. */
export interface PageOcrError {
  /**
   * `render_failed`: the page (or uploaded image) could not be drawn — a property of the document.
   * The other codes are failures of the OCR engine (see `OcrErrorCode`): the run is then incomplete.
   */
  readonly code:
    | 'render_failed'
    | 'ocr_timeout'
    | 'ocr_failed'
    | 'ocr_busy'
    | 'ocr_unavailable'
    | 'ocr_cancelled';
  /** The library's message, for support staff. */
  readonly detail: string;
}

/**
 * A page that is exactly one upright image covering it, nothing else: what scanners write. Found from
 * the file's objects (pdf-lib) during the analysis, so neither the analysis nor the render stage needs
 * to decode the image or parse the file again to learn it.
 */
export interface PageScan {
  /** The image's `/Width` and `/Height` in pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** The size it is painted at, in points (the page's, within ½ pt). */
  readonly drawnWidthPt: number;
  readonly drawnHeightPt: number;
  /**
   * The image's bytes when it is a plain JPEG (one DCTDecode stream, 8-bit grey or RGB, no mask or
   * decode array): the render stage decodes these itself, which draws the same pixels as pdf.js, faster.
   */
  readonly jpeg?: Uint8Array;
}

/** One page of the document. */
export interface PageModel {
  /** Zero-based page index. */
  readonly index: number;
  /** Width in points as displayed (after rotation). */
  readonly widthPt: number;
  /** Height in points as displayed (after rotation). */
  readonly heightPt: number;
  /** Page rotation in degrees (0, 90, 180, 270). */
  readonly rotation: number;
  /** The page's text layer; absent when the page's content could not be read. */
  readonly text?: PageText;
  /** Set when this page's content could not be read, with the library's message. */
  readonly error?: string;
  /** What OCR read on the rendered page, when the OCR stage ran. */
  readonly ocr?: PageOcr;
  /** Fonts in the page's resources; absent when the file's structure could not be read. */
  readonly fonts?: readonly PageFont[];
  /** Images painted on the page; absent when the page's operators could not be read. */
  readonly images?: readonly PageImage[];
  /** Operator counts; absent when the page's operators could not be read. */
  readonly graphics?: PageGraphics;
  /** The page's kind; absent when the page could not be read. */
  readonly kind?: PageKind;
  /** Signs of several invoices (page numbering, invoice numbers). */
  readonly signals?: PageSignals;
  /** Set instead of `ocr` when the OCR stage could not read this page. */
  readonly ocrError?: PageOcrError;
  /**
   * Set when the page is one full-page image (a scanner's page), as far as the file's structure could
   * be read and matched to pdf.js's pages.
   */
  readonly scan?: PageScan;
}

/** A stage of the pipeline that ran (or was skipped), with its duration. */
export const StageTimingSchema = component(
  'StageTiming',
  Type.Object(
    {
      name: Type.String({ description: 'Stage name: `intake`, `analyze`, `render`, `ocr`, `evaluate`, ...' }),
      ms: Type.Number({
        description:
          'Wall time in milliseconds. `render` and `ocr` overlap (a page is drawn while the previous ones are being read): `render` is the time spent drawing pages, `ocr` the wall time until the last page was read.',
      }),
      skipped: Type.Optional(
        Type.Boolean({
          description: 'True when the profile did not need the stage or the document made it pointless.',
        }),
      ),
    },
    { description: 'A stage of the pipeline that ran (or was skipped), with its duration.' },
  ),
);

/** A stage of the pipeline that ran (or was skipped), with its duration in milliseconds (`render` and
 * `ocr` overlap: a page is drawn while the previous ones are being read). */
export type StageTiming = Contract<typeof StageTimingSchema>;

/** A structured e-invoice (XML) found attached to the PDF or uploaded on its own. */
export const EmbeddedInvoiceSchema = component(
  'EmbeddedInvoice',
  Type.Object(
    {
      syntax: StringEnum(['CII', 'UBL'], {
        description:
          'The XML syntax: UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD, XRechnung) or OASIS UBL.',
      }),
      source: Type.Union(
        [
          Type.Object({ kind: Type.Literal('attachment'), fileName: Type.String() }),
          Type.Object({ kind: Type.Literal('upload') }),
        ],
        { description: 'Where it was found: a PDF attachment (with its file name) or the upload itself.' },
      ),
      profile: Type.Optional(
        Type.String({
          description:
            'Conformance profile or customization id, e.g. `urn:cen.eu:en16931:2017` or `factur-x BASIC`.',
        }),
      ),
      profileName: Type.Optional(
        Type.String({
          description:
            'The profile in words, e.g. `Factur-X / ZUGFeRD EN 16931`, `XRechnung`, `NLCIUS`, `Peppol BIS Billing 3.0`.',
        }),
      ),
      documentType: Type.Optional(
        StringEnum(['invoice', 'credit-note'], {
          description: 'Invoice or credit note, from the document type code or the UBL root element.',
        }),
      ),
      typeCode: Type.Optional(
        Type.String({ description: 'The document type code as stated (UNTDID 1001, e.g. `380`, `381`).' }),
      ),
      fields: perField(
        Type.String(),
        'Field values as stated in the XML, normalised like extracted fields: dates YYYY-MM-DD, amounts "1234.50" (at least two decimals), VAT ids, IBAN and KvK upper case without spaces or dots; names and references trimmed with inner white space collapsed. `payableAmount` only when it differs from the total.',
      ),
    },
    { description: 'A structured e-invoice (XML) found attached to the PDF or uploaded on its own.' },
  ),
);

/**
 * A structured e-invoice (XML) found attached to the PDF or uploaded on its own: its syntax (CII or
 * UBL), where it was found, its conformance profile and document type, and its field values as stated
 * in the XML, normalised like extracted fields (`payableAmount` only when it differs from the total).
 */
export type EmbeddedInvoice = Contract<typeof EmbeddedInvoiceSchema>;

/** A structured e-invoice that was found but could not be read. */
export interface EmbeddedInvoiceError {
  /** The XML syntax its root element or file name suggests. */
  readonly syntax?: 'CII' | 'UBL';
  /** Where it was found. */
  readonly source: EmbeddedInvoice['source'];
  /**
   * Why: `invalid-xml` (not well-formed, e.g. a wrong encoding declaration), `too-large`, `undecodable`
   * (could not be unpacked from the PDF), `not-an-invoice` (well-formed XML, but not a CII or UBL invoice).
   */
  readonly reason: 'invalid-xml' | 'too-large' | 'undecodable' | 'not-an-invoice';
}

/** Which work limit a PDF stream went over (see `engine/adapters/resource-limits.ts`). */
export type ResourceLimitKind =
  | 'stream-bytes'
  | 'document-bytes'
  | 'stream-operators'
  | 'document-operators'
  | 'image-pixels'
  | 'document-image-pixels'
  | 'stream-count'
  | 'nesting-depth';

/** One stream that was left out (emptied) because it went over a limit. */
export interface ResourceLimitHit {
  readonly limit: ResourceLimitKind;
  /** The stream's object number, when its `n g obj` header was found. */
  readonly object?: number;
  /** What was measured (bytes, operators or pixels) when the stream was stopped. */
  readonly value: number;
  /** The limit. */
  readonly max: number;
}

/**
 * What reading a PDF cost, measured before pdf.js and pdf-lib read it: streams found, bytes inflated
 * (bounded: each stream stops at its cap), operators in content streams, pixels declared by images,
 * and the streams left out because they went over a limit (a "zip bomb", a page of millions of
 * operators, a gigapixel image).
 */
export interface ResourceUsage {
  /** Streams found in the raw bytes. */
  readonly streams: number;
  /** Bytes inflated while measuring (each stream stops at its cap, so this is bounded by the limits). */
  readonly inflatedBytes: number;
  /** The most bytes one stream inflated to (at most its cap plus one). */
  readonly largestStreamBytes: number;
  /** Operators counted in content streams. */
  readonly operators: number;
  /** The most operators in one content stream. */
  readonly largestStreamOperators: number;
  /** Pixels declared by images. */
  readonly imagePixels: number;
  /** The most pixels of one image. */
  readonly largestImagePixels: number;
  /** Streams left out, with the limit each went over (at most 20 listed). */
  readonly exceeded: readonly ResourceLimitHit[];
  /** How many streams were left out in all. */
  readonly emptiedStreams: number;
  /** Cross-reference streams whose entry counts promised more than their data holds (corrected). */
  readonly xrefsCorrected: number;
  /** The deepest nesting of arrays and dictionaries outside streams. */
  readonly deepestNesting: number;
  /** Brackets blanked out for nesting deeper than the limit (0 for any ordinary file). */
  readonly flattenedBrackets: number;
}

/**
 * The immutable document model that flows through the pipeline. Each stage returns a new object
 * with its own facts added; no stage changes what it was given.
 */
export interface DocumentModel {
  /** Facts about the bytes. */
  readonly file: FileFacts;
  /** PDF facts, when the file is a PDF that could be opened. */
  readonly pdf?: PdfFacts;
  /** Set when the file is a PDF that could not be opened. */
  readonly unreadable?: PdfUnreadable;
  /** For a PDF: what reading it cost, and what was left out for going over a limit. */
  readonly resources?: ResourceUsage;
  /** The pages, in order (empty when not a readable PDF). */
  readonly pages: readonly PageModel[];
  /** A structured e-invoice carried by the PDF (or the uploaded XML itself). */
  readonly embeddedInvoice?: EmbeddedInvoice;
  /** Set instead of `embeddedInvoice` when an e-invoice was found but could not be read. */
  readonly embeddedInvoiceError?: EmbeddedInvoiceError;
  /** The invoice fields read through each channel (stage `fields`). */
  readonly fields?: DocumentFields;
  /** For an e-mail message (`file.kind` `email`): the message's facts (stage `mail`). */
  readonly mail?: MailFacts;
}

/** Convenience for stages and checks: a location on a page. */
export interface PageLocation {
  readonly page: number;
  readonly box?: Box;
}
