import type { FieldId } from './fields.js';
import type { Box, Word } from './geometry.js';

/** What the first bytes of an upload say it is (never the file name). */
export type FileKind =
  | 'pdf'
  | 'ubl-xml'
  | 'cii-xml'
  | 'xml'
  | 'png'
  | 'jpeg'
  | 'tiff'
  | 'zip'
  | 'html'
  | 'text'
  | 'empty'
  | 'unknown';

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

/** Encryption as declared by the file. */
export interface PdfEncryption {
  /** The file has an encryption dictionary. */
  readonly encrypted: boolean;
  /** Opening the file needs a password (a user password is set). */
  readonly userPassword: boolean;
  /** The security handler's filter name, e.g. `Standard`. */
  readonly filter?: string;
}

/** Document-level facts about a PDF, from the analyze stage. */
export interface PdfFacts {
  /** Header version, e.g. `1.7`; undefined if the header is unreadable. */
  readonly version?: string;
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
}

/** The text layer of one page. */
export interface PageText {
  /** Words with their boxes, in reading order as extracted. */
  readonly words: readonly Word[];
  /** Number of non-white-space characters in the text layer. */
  readonly charCount: number;
  /** Share of characters that cannot be real text: U+FFFD, private-use or control characters (0–1). */
  readonly garbledRatio: number;
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
   * when no line was long enough to tell. Orientation (90°/180°) is not detected: that needs
   * tesseract's OSD data, which the npm language packages do not ship.
   */
  readonly skewDegrees?: number;
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
  /** Set instead of `ocr` when the OCR stage could not read this page. */
  readonly ocrError?: PageOcrError;
}

/** A stage of the pipeline that ran (or was skipped), with its duration. */
export interface StageTiming {
  /** Stage name: `intake`, `analyze`, `render`, `ocr`, `evaluate`, ... */
  readonly name: string;
  /**
   * Wall time in milliseconds. `render` and `ocr` overlap (a page is drawn while the previous ones
   * are being read): `render` is the time spent drawing pages, `ocr` the wall time until the last
   * page was read.
   */
  readonly ms: number;
  /** True when the profile did not need the stage or the document made it pointless. */
  readonly skipped?: boolean;
}

/** A structured e-invoice (XML) found attached to the PDF or uploaded on its own. */
export interface EmbeddedInvoice {
  /** The XML syntax: UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD, XRechnung) or OASIS UBL. */
  readonly syntax: 'CII' | 'UBL';
  /** Where it was found: a PDF attachment (with its file name) or the upload itself. */
  readonly source: { readonly kind: 'attachment'; readonly fileName: string } | { readonly kind: 'upload' };
  /** Conformance profile or customization id, e.g. `urn:cen.eu:en16931:2017` or `factur-x BASIC`. */
  readonly profile?: string;
  /** Field values as stated in the XML, normalised like extracted fields (dates YYYY-MM-DD, amounts "1234.50"). */
  readonly fields: Readonly<Partial<Record<FieldId, string>>>;
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
  /** The pages, in order (empty when not a readable PDF). */
  readonly pages: readonly PageModel[];
  /** A structured e-invoice carried by the PDF (or the uploaded XML itself). */
  readonly embeddedInvoice?: EmbeddedInvoice;
}

/** Convenience for stages and checks: a location on a page. */
export interface PageLocation {
  readonly page: number;
  readonly box?: Box;
}
