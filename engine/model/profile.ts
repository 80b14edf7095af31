import type { FieldId } from './fields.js';
import type { Severity } from './finding.js';

/** A text a buyer writes in its profile: Dutch and English, German and French optional. */
export interface ProfileText {
  /** Dutch. */
  readonly nl: string;
  /** English (what German and French pages show when the buyer wrote no German or French). */
  readonly en: string;
  /** German. */
  readonly de?: string;
  /** French. */
  readonly fr?: string;
}

/** How the buyer's capture software reads a PDF: its text layer, its rendered image (OCR), or both. */
export type Channels = 'text' | 'ocr' | 'both';

/** A profile's switch, severity override and parameters for one check. */
export interface CheckSetting {
  /** Turn the check off (`false`) or on (`true`); absent means the check's default. */
  readonly enabled?: boolean;
  /** Replace the check's default severity. */
  readonly severity?: Severity;
  /** Parameters, validated against the check's own parameter schema. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The buyer: who invoices must be addressed to. */
export interface BuyerInfo {
  /** Legal name, e.g. `Gemeente Voorbeeld`. */
  readonly name: string;
  /** BTW-nummer / VAT id, compact upper case, e.g. `NL123456782B01`. */
  readonly vatId?: string;
  /** KvK number (8 digits). */
  readonly kvk?: string;
  /** Postal address. */
  readonly address?: {
    readonly street?: string;
    readonly postalCode?: string;
    readonly city?: string;
    /** ISO 3166-1 alpha-2. */
    readonly country?: string;
  };
}

/** A named page size with a tolerance. */
export type PageSizeName = 'A4' | 'A5' | 'A3' | 'Letter' | 'Legal';

/** File-level limits of the buyer's mailbox and capture software. */
export interface FileRules {
  /** Largest accepted file in bytes (the invoice mailbox's attachment limit). */
  readonly maxBytes?: number;
  /** Most pages accepted in one PDF. */
  readonly maxPages?: number;
  /** Accepted PDF header versions, inclusive, e.g. `{ min: '1.4', max: '2.0' }`. */
  readonly pdfVersions?: { readonly min?: string; readonly max?: string };
  /** Whether a PDF with permission restrictions (an owner password) is accepted. */
  readonly restrictionsAllowed?: boolean;
  /** Whether the PDF must claim PDF/A conformance. */
  readonly pdfaRequired?: boolean;
  /** Whether one PDF must hold exactly one invoice. */
  readonly singleInvoice?: boolean;
  /** Accepted page sizes (portrait or landscape); absent means any. */
  readonly pageSizes?: readonly PageSizeName[];
  /** Longest accepted page side in points (1 inch = 72 pt), portrait or landscape. */
  readonly maxPageSidePt?: number;
  /** Whether the first page must carry content (the invoice, not a cover sheet). */
  readonly firstPageNotBlank?: boolean;
  /** Whether image files (PNG, JPEG, TIFF) are accepted instead of a PDF. */
  readonly imagesAllowed?: boolean;
}

/** How the text layer must be. */
export interface TextRules {
  /** Whether every page needs a text layer. */
  readonly required?: boolean;
  /** Largest share (0–1) of garbled characters tolerated in a page's text layer. */
  readonly maxGarbledRatio?: number;
  /** Smallest text height in points the software reads reliably. */
  readonly minTextHeightPt?: number;
}

/** Resolution pages are drawn at for OCR when a profile sets no `ocr.dpi`. */
export const DEFAULT_OCR_DPI = 300;

/** The page limit when a profile sets none (`file.maxPages`). */
export const DEFAULT_MAX_PAGES = 50;

/** How the OCR channel reads the rendered page. */
export interface OcrRules {
  /** Resolution the buyer's software renders or scans at (default 300). */
  readonly dpi?: number;
  /** Lowest mean word confidence (0–100) per page. */
  readonly minConfidence?: number;
  /** Lowest effective resolution of embedded images (scans), in DPI. */
  readonly minImageDpi?: number;
  /** Smallest x-height in pixels at `dpi`. */
  readonly minTextHeightPx?: number;
  /** Largest page skew in degrees. */
  readonly maxSkewDegrees?: number;
  /** Smallest accepted width or height of a page image or image file, in pixels. */
  readonly minImageSidePx?: number;
  /** Largest accepted width or height of a page image or image file, in pixels. */
  readonly maxImageSidePx?: number;
}

/** A buyer field a field rule can be compared with. */
export type BuyerFieldRef = { readonly buyerField: 'name' | 'vatId' | 'kvk' };

/** What the buyer requires of one invoice field (a closed set of operators). */
export interface FieldRule {
  /** The field must be found (through the buyer's channel). */
  readonly required?: boolean;
  /** Regular expression (ECMAScript, unanchored unless written with ^ and $) the normalised value must match. */
  readonly pattern?: string;
  /** The value must equal this literal, or a field of the profile's buyer. */
  readonly equals?: string | BuyerFieldRef;
  /** The value must be one of these. */
  readonly oneOf?: readonly string[];
  /** Longest accepted value. */
  readonly maxLength?: number;
  /** Dates only: not after the day of the check. */
  readonly notInFuture?: boolean;
  /** Dates only: not older than this many days. */
  readonly maxAgeDays?: number;
  /** The labels the buyer's software looks for (e.g. `Factuurnummer`): extraction also reads the field
   * next to them, and a message about a missing field names them. */
  readonly labels?: readonly string[];
}

/** Where and from when the supplier sends live invoices, once the sample passes. */
export interface DeliveryRules {
  /** The buyer's invoice mailbox address (shown only once the sample passes). */
  readonly invoiceAddress?: string;
  /** First day live invoices may be sent (YYYY-MM-DD). */
  readonly startDate?: string;
  /** Whether a passing test invoice is required before live sending. */
  readonly testInvoiceRequired?: boolean;
  /** How many distinct samples (different sha256 and invoice number) must pass before going live (default 1). */
  readonly samplesRequired?: number;
  /** Whether a buyer must approve a passing sample by hand. */
  readonly manualApproval?: boolean;
  /** The buyer's contact address for questions (never the invoice address). */
  readonly contactAddress?: string;
  /** Largest e-mail the invoice mailbox accepts, in bytes, attachments encoded (base64) and headers included. */
  readonly maxEmailBytes?: number;
}

/** Kinds of attachments that may ride along with the invoice PDF (`mail.otherAttachments`). */
export type OtherAttachmentType = 'xml' | 'image' | 'pdf' | 'text' | 'html' | 'office';

/** Rules for the names of attached invoice PDFs (`mail.fileName`). */
export interface FileNameRules {
  /** The characters a name may use, as the inside of a regular-expression character class (e.g. `A-Za-z0-9._-`). */
  readonly allowedCharacters?: string;
  /** Longest name, extension included. */
  readonly maxLength?: number;
  /** A regular expression the whole name must match (e.g. the invoice number in the name). */
  readonly pattern?: string;
}

/** What the buyer's invoice mailbox accepts of the e-mail around the PDF. */
export interface MailRules {
  /** Largest message in bytes, encoded (base64 attachments and headers included); else `delivery.maxEmailBytes`. */
  readonly maxMessageBytes?: number;
  /** Invoice PDFs per message: `one` (a second PDF is read as a second invoice, or refused) or `many`. */
  readonly pdfsPerMessage?: 'one' | 'many';
  /** What else may be attached: `none`, or the kinds allowed. Unset: not judged. */
  readonly otherAttachments?: 'none' | readonly OtherAttachmentType[];
  /** Rules for the invoice PDF's file name. */
  readonly fileName?: FileNameRules;
}

/**
 * What one buyer's PDF-reading software accepts. Validated by `profiles/acceptance-profile.schema.json`
 * (see `profiles/schema.ts`), versioned: a run records the exact `{id, version}` it was checked against.
 * The schema is the contract; this type mirrors it and `test/profiles/profile-type.test.ts` fails when
 * the two disagree (property names, optionality, value types).
 */
export interface AcceptanceProfile {
  /** Preset id (`lenient`) or stored profile id (`prf-…`); optional in a document, always set once validated. */
  readonly id: string;
  /** Version number, starting at 1; a stored profile gets a new version on every change. */
  readonly version: number;
  /** Display name. */
  readonly name: string;
  /** What the profile stands for: Dutch and English, German and French when the buyer adds them. */
  readonly description?: ProfileText;
  /** The public requirement a preset mirrors. */
  readonly source?: string;
  /** The buyer invoices must be addressed to. */
  readonly buyer?: BuyerInfo;
  /** The channel(s) the buyer's software reads. */
  readonly channels: Channels;
  /** File limits. */
  readonly file?: FileRules;
  /** Text-layer rules. */
  readonly text?: TextRules;
  /** OCR rules. */
  readonly ocr?: OcrRules;
  /** Rules per invoice field. */
  readonly fields?: Readonly<Partial<Record<FieldId, FieldRule>>>;
  /** Per-check switches, severities and params, keyed by check id. */
  readonly checks?: Readonly<Record<string, CheckSetting>>;
  /** Delivery once the sample passes. */
  readonly delivery?: DeliveryRules;
  /** The e-mail around the invoice: size, PDFs per message, other attachments, file names. */
  readonly mail?: MailRules;
}
