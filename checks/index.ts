/**
 * The check registry: every check, listed explicitly, in the order reports show them when their
 * severities tie. Add a check here and to the profile schema follows by itself.
 */
import contentNoForms from './content-no-forms.js';
import contentNoJavascript from './content-no-javascript.js';
import contentSingleInvoice from './content-single-invoice.js';
import einvoiceEmbedded from './einvoice-embedded.js';
import einvoiceXmlUploaded from './einvoice-xml-uploaded.js';
import type { AnyCheck } from './engine/define-check.js';
import fileIsPdf from './file-is-pdf.js';
import fileMaxSize from './file-max-size.js';
import fontsEmbedded from './fonts-embedded.js';
import fontsUnicodeMapping from './fonts-unicode-mapping.js';
import imagesMinDpi from './images-min-dpi.js';
import pagesFirstNotBlank from './pages-first-not-blank.js';
import pagesSizeAllowed from './pages-size-allowed.js';
import pdfEncrypted from './pdf-encrypted.js';
import pdfMaxPages from './pdf-max-pages.js';
import pdfPdfaRequired from './pdf-pdfa-required.js';
import pdfPermissions from './pdf-permissions.js';
import pdfReadable from './pdf-readable.js';
import pdfVersionAllowed from './pdf-version-allowed.js';
import softwareCanSendEinvoice from './software-can-send-einvoice.js';
import textGarbled from './text-garbled.js';
import textLayerPresent from './text-layer-present.js';

/** Every check, in report order. */
export const registry: readonly AnyCheck[] = [
  fileIsPdf,
  einvoiceXmlUploaded,
  fileMaxSize,
  pdfReadable,
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
];

/** A check by id. */
export function findCheck(id: string): AnyCheck | undefined {
  return registry.find((check) => check.id === id);
}
