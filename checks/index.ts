/**
 * The check registry: every check, listed explicitly, in the order reports show them when their
 * severities tie. Add a check here and to the profile schema follows by itself.
 */

import einvoiceMatchesPrinted from './einvoice-matches-printed.js';
import type { AnyCheck } from './engine/define-check.js';
import fieldsAmbiguous from './fields-ambiguous.js';
import fieldsBuyerMatches from './fields-buyer-matches.js';
import fieldsChannelsAgree from './fields-channels-agree.js';
import fieldsCurrencyAllowed from './fields-currency-allowed.js';
import fieldsDateMaxAge from './fields-date-max-age.js';
import fieldsDateNotInFuture from './fields-date-not-in-future.js';
import fieldsPattern from './fields-pattern.js';
import fieldsRequired from './fields-required.js';
import fieldsValidIban from './fields-valid-iban.js';
import fieldsValidKvk from './fields-valid-kvk.js';
import fieldsValidVatId from './fields-valid-vat-id.js';
import fileIsPdf from './file-is-pdf.js';
import fileMaxSize from './file-max-size.js';
import nlLegalFields from './nl-legal-fields.js';
import pdfEncrypted from './pdf-encrypted.js';
import pdfMaxPages from './pdf-max-pages.js';
import pdfReadable from './pdf-readable.js';
import textLayerPresent from './text-layer-present.js';
import totalsSumMatches from './totals-sum-matches.js';
import vatReverseCharge from './vat-reverse-charge.js';

/** Every check, in report order. */
export const registry: readonly AnyCheck[] = [
  fileIsPdf,
  fileMaxSize,
  pdfReadable,
  pdfEncrypted,
  pdfMaxPages,
  textLayerPresent,
  // --- invoice fields ---
  fieldsRequired,
  fieldsPattern,
  fieldsValidIban,
  fieldsValidVatId,
  fieldsValidKvk,
  fieldsBuyerMatches,
  fieldsCurrencyAllowed,
  fieldsDateNotInFuture,
  fieldsDateMaxAge,
  fieldsAmbiguous,
  fieldsChannelsAgree,
  totalsSumMatches,
  vatReverseCharge,
  nlLegalFields,
  einvoiceMatchesPrinted,
];

/** A check by id. */
export function findCheck(id: string): AnyCheck | undefined {
  return registry.find((check) => check.id === id);
}
