/** The invoice fields the harness looks for, as named in profiles, reports and the API. */
export const FIELD_IDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'payableAmount',
  'taxAmount',
  'netAmount',
  'sellerName',
  'sellerVatId',
  'sellerKvk',
  'iban',
  'buyerName',
  'buyerVatId',
  'buyerReference',
  'orderReference',
] as const;

/** One invoice field id. */
export type FieldId = (typeof FIELD_IDS)[number];
