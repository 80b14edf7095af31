/**
 * The check registry: every check, listed explicitly, in the order reports show them when their
 * severities tie. Add a check here and to the profile schema follows by itself.
 */

import type { AnyCheck } from '../engine/check.js';
import channelsAgree from './channels-agree.js';
import contentNoForms from './content-no-forms.js';
import contentNoJavascript from './content-no-javascript.js';
import contentSingleInvoice from './content-single-invoice.js';
import einvoiceEmbedded from './einvoice-embedded.js';
import einvoiceMatchesPrinted from './einvoice-matches-printed.js';
import einvoiceXmlUploaded from './einvoice-xml-uploaded.js';
import fieldsAmbiguous from './fields-ambiguous.js';
import fieldsBuyerMatches from './fields-buyer-matches.js';
import fieldsChannelsAgree from './fields-channels-agree.js';
import fieldsCurrencyAllowed from './fields-currency-allowed.js';
import fieldsDateMaxAge from './fields-date-max-age.js';
import fieldsDateNotInFuture from './fields-date-not-in-future.js';
import fieldsPattern from './fields-pattern.js';
import fieldsRequired from './fields-required.js';
import fieldsSellerMatches from './fields-seller-matches.js';
import fieldsValidIban from './fields-valid-iban.js';
import fieldsValidKvk from './fields-valid-kvk.js';
import fieldsValidVatId from './fields-valid-vat-id.js';
import fileIsPdf from './file-is-pdf.js';
import fileMaxPageSide from './file-max-page-side.js';
import fileMaxSize from './file-max-size.js';
import fontsEmbedded from './fonts-embedded.js';
import fontsUnicodeMapping from './fonts-unicode-mapping.js';
import imagesMinDpi from './images-min-dpi.js';
import mailArchiveAttachment from './mail-archive-attachment.js';
import mailAttachmentName from './mail-attachment-name.js';
import mailInlineImage from './mail-inline-image.js';
import mailNoAttachment from './mail-no-attachment.js';
import mailOtherAttachments from './mail-other-attachments.js';
import mailPdfCount from './mail-pdf-count.js';
import mailSize from './mail-size.js';
import mailTnef from './mail-tnef.js';
import nlLegalFields from './nl-legal-fields.js';
import ocrImageSide from './ocr-image-side.js';
import ocrMinConfidence from './ocr-min-confidence.js';
import ocrPageOrientation from './ocr-page-orientation.js';
import ocrReadablePage from './ocr-readable-page.js';
import ocrSkew from './ocr-skew.js';
import ocrTextHeight from './ocr-text-height.js';
import pagesFirstNotBlank from './pages-first-not-blank.js';
import pagesSizeAllowed from './pages-size-allowed.js';
import pdfEncrypted from './pdf-encrypted.js';
import pdfMaxPages from './pdf-max-pages.js';
import pdfPdfaRequired from './pdf-pdfa-required.js';
import pdfPermissions from './pdf-permissions.js';
import pdfReadable from './pdf-readable.js';
import pdfResourceLimits from './pdf-resource-limits.js';
import pdfVersionAllowed from './pdf-version-allowed.js';
import softwareCanSendEinvoice from './software-can-send-einvoice.js';
import textGarbled from './text-garbled.js';
import textLayerPresent from './text-layer-present.js';
import textMinHeight from './text-min-height.js';
import totalsSumMatches from './totals-sum-matches.js';
import vatReverseCharge from './vat-reverse-charge.js';

/** Every check, in report order. */
export const registry: readonly AnyCheck[] = [
  fileIsPdf,
  einvoiceXmlUploaded,
  fileMaxSize,
  pdfReadable,
  pdfResourceLimits,
  pdfEncrypted,
  pdfPermissions,
  pdfVersionAllowed,
  pdfPdfaRequired,
  pdfMaxPages,
  pagesSizeAllowed,
  pagesFirstNotBlank,
  textLayerPresent,
  textGarbled,
  fontsEmbedded,
  fontsUnicodeMapping,
  imagesMinDpi,
  contentSingleInvoice,
  contentNoJavascript,
  contentNoForms,
  einvoiceEmbedded,
  softwareCanSendEinvoice,
  // --- invoice fields ---
  fieldsRequired,
  fieldsPattern,
  fieldsValidIban,
  fieldsValidVatId,
  fieldsValidKvk,
  fieldsBuyerMatches,
  fieldsSellerMatches,
  fieldsCurrencyAllowed,
  fieldsDateNotInFuture,
  fieldsDateMaxAge,
  fieldsAmbiguous,
  fieldsChannelsAgree,
  totalsSumMatches,
  vatReverseCharge,
  nlLegalFields,
  einvoiceMatchesPrinted,
  ocrReadablePage,
  ocrMinConfidence,
  ocrTextHeight,
  ocrSkew,
  ocrPageOrientation,
  channelsAgree,
  fileMaxPageSide,
  textMinHeight,
  ocrImageSide,
  // --- the e-mail around the invoice (runs of an e-mail message only) ---
  mailSize,
  mailNoAttachment,
  mailPdfCount,
  mailAttachmentName,
  mailOtherAttachments,
  mailArchiveAttachment,
  mailTnef,
  mailInlineImage,
];

/** A check by id. */
export function findCheck(id: string): AnyCheck | undefined {
  return registry.find((check) => check.id === id);
}
