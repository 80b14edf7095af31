/**
 * Reads a structured e-invoice: UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD 2.x, XRechnung CII),
 * the older ZUGFeRD 1.0 CrossIndustryDocument, or OASIS UBL 2.x (Peppol BIS, NLCIUS, SI-UBL, XRechnung
 * UBL). Pure: bytes or text in, an {@link EmbeddedInvoice} (or the reason it could not be read) out.
 * Field mapping follows EN 16931 (BT-1 invoice number … BT-115 amount due).
 */
import { isWellFormedXml, parseXmlTree } from '../adapters/xml.js';
import type { EmbeddedInvoice, EmbeddedInvoiceError } from '../model/document.js';
import type { FieldId } from '../model/fields.js';
import {
  normaliseAmount,
  normaliseCurrency,
  normaliseDate,
  normaliseId,
  normaliseText,
} from './normalise.js';

/** Largest XML the reader parses (bytes of text); real e-invoices are far smaller. */
export const MAX_XML_BYTES = 8 * 1024 * 1024;
/** Deepest element nesting accepted; e-invoices nest about 10 levels. */
const MAX_DEPTH = 100;

/** Where the XML came from. */
export type EInvoiceSource = EmbeddedInvoice['source'];

/** The reading's outcome: the invoice, or why it could not be read. */
export type EInvoiceReading =
  | { readonly invoice: EmbeddedInvoice; readonly error?: undefined }
  | { readonly invoice?: undefined; readonly error: EmbeddedInvoiceError };

type XmlNode = Record<string, unknown>;

/** The syntax an XML text's root element says it is, from its first 8 kB. */
export function sniffEInvoiceSyntax(head: string): 'CII' | 'UBL' | undefined {
  const root = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
  const name = root?.[1];
  if (name === 'CrossIndustryInvoice' || name === 'CrossIndustryDocument') return 'CII';
  if (
    (name === 'Invoice' || name === 'CreditNote') &&
    /urn:oasis:names:specification:ubl:schema:xsd:/.test(head)
  )
    return 'UBL';
  return undefined;
}

const ENCODINGS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Decodes XML bytes strictly: a byte-order mark, else the declared encoding (UTF-8 when none). An
 * encoding that is unknown or does not match the bytes gives undefined, as it does in a strict parser.
 */
export function decodeXml(bytes: Uint8Array): string | undefined {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']/i.exec(head)?.[1]?.toLowerCase();
    const encoding = declared === undefined ? 'utf-8' : ENCODINGS[declared];
    if (encoding === undefined) return undefined;
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Deepest element nesting, counted cheaply so a hostile file cannot exhaust the parser's stack. */
function nestingDepth(xml: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of xml.matchAll(/<(\/?)[^?!][^>]*?(\/?)>/g)) {
    if (match[1]) depth--;
    else if (!match[2]) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

// --- navigating the parsed tree (every element may be a string, an object, or an array of them) ---

const own = (node: unknown, key: string): unknown =>
  node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as XmlNode)[key] : undefined;

/** Every child element called `name`. */
function all(node: unknown, name: string): unknown[] {
  const value = own(node, name);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first element along a path of names. */
function at(node: unknown, ...path: string[]): unknown {
  let current = node;
  for (const name of path) {
    current = all(current, name)[0];
    if (current === undefined) return undefined;
  }
  return current;
}

/** An element's text. */
function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  const value = own(node, '#text');
  return typeof value === 'string' ? value : undefined;
}

/** An attribute's value. */
function attr(node: unknown, name: string): string | undefined {
  const value = own(node, `@_${name}`);
  return typeof value === 'string' ? value : undefined;
}

const textAt = (node: unknown, ...path: string[]): string | undefined => text(at(node, ...path));

/** Among several amounts, the one in the invoice currency (a total may be stated in two currencies). */
function amountIn(nodes: unknown[], currency: string | undefined): string | undefined {
  const chosen =
    nodes.find((n) => currency !== undefined && attr(n, 'currencyID')?.toUpperCase() === currency) ??
    nodes[0];
  return normaliseAmount(text(chosen));
}

/** UNTDID 1001 codes of credit notes (EN 16931 allows 381 and a few related ones). */
const CREDIT_NOTE_CODES = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

/** A human name for a CII guideline or UBL customization id. */
export function profileName(syntax: 'CII' | 'UBL', id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const lower = id.toLowerCase();
  const xrechnung = /xrechnung[_:-]?(\d+(?:\.\d+)*)?/.exec(lower);
  if (xrechnung) return `XRechnung${xrechnung[1] ? ` ${xrechnung[1]}` : ''} (${syntax})`;
  if (lower.includes('urn:ferd:crossindustrydocument:invoice:1p0:')) {
    const level = lower.split(':').pop() ?? '';
    return `ZUGFeRD 1.0 ${level.toUpperCase()}`;
  }
  if (syntax === 'UBL') {
    if (lower.includes('nen.nl:nlcius')) return 'NLCIUS (UBL)';
    if (lower.includes('peppol.eu:2017:poacc:billing:3.0')) return 'Peppol BIS Billing 3.0 (UBL)';
    if (lower.includes('simplerinvoicing')) return 'SI-UBL';
    if (lower.includes('en16931')) return 'EN 16931 (UBL)';
    return 'UBL';
  }
  const level = /(?:factur-x\.eu|zugferd\.de):[^:#]*:(minimum|basicwl|basic|extended|en16931|comfort)/.exec(
    lower,
  )?.[1];
  const names: Record<string, string> = {
    minimum: 'MINIMUM',
    basicwl: 'BASIC WL',
    basic: 'BASIC',
    extended: 'EXTENDED',
    en16931: 'EN 16931',
    comfort: 'EN 16931',
  };
  if (level) return `Factur-X / ZUGFeRD ${names[level]}`;
  if (lower.startsWith('urn:cen.eu:en16931:2017')) return 'Factur-X / ZUGFeRD EN 16931';
  return 'CII';
}

type Fields = Partial<Record<FieldId, string>>;

function put(fields: Fields, id: FieldId, value: string | undefined): void {
  if (value !== undefined) fields[id] = value;
}

/** A Dutch KvK number: 8 digits, as the scheme 0106 id (sometimes with a branch suffix). */
const kvk = (value: string | undefined): string | undefined => {
  const id = normaliseId(value);
  return id !== undefined && /^\d{8}$/.test(id) ? id : undefined;
};

function readCii(root: XmlNode, legacy: boolean): Omit<EmbeddedInvoice, 'source' | 'syntax'> {
  const context = at(root, legacy ? 'SpecifiedExchangedDocumentContext' : 'ExchangedDocumentContext');
  const header = at(root, legacy ? 'HeaderExchangedDocument' : 'ExchangedDocument');
  const transaction = at(
    root,
    legacy ? 'SpecifiedSupplyChainTradeTransaction' : 'SupplyChainTradeTransaction',
  );
  const agreement = at(
    transaction,
    legacy ? 'ApplicableSupplyChainTradeAgreement' : 'ApplicableHeaderTradeAgreement',
  );
  const settlement = at(
    transaction,
    legacy ? 'ApplicableSupplyChainTradeSettlement' : 'ApplicableHeaderTradeSettlement',
  );
  const summation = at(
    settlement,
    legacy ? 'SpecifiedTradeSettlementMonetarySummation' : 'SpecifiedTradeSettlementHeaderMonetarySummation',
  );
  const profile = normaliseText(textAt(context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'));
  const typeCode = normaliseText(textAt(header, 'TypeCode'));
  const issued = at(header, 'IssueDateTime', 'DateTimeString');
  const currency = normaliseCurrency(textAt(settlement, 'InvoiceCurrencyCode'));

  const party = (name: string) => {
    const node = at(agreement, name);
    const registrations = all(node, 'SpecifiedTaxRegistration').map((r) => at(r, 'ID'));
    const vat = registrations.find((id) => attr(id, 'schemeID')?.toUpperCase() === 'VA');
    const legal = at(node, 'SpecifiedLegalOrganization', 'ID');
    return {
      name: normaliseText(textAt(node, 'Name')),
      vatId: normaliseId(text(vat)),
      kvk: attr(legal, 'schemeID') === '0106' ? kvk(text(legal)) : undefined,
    };
  };
  const seller = party('SellerTradeParty');
  const buyer = party('BuyerTradeParty');

  // The payee's account; a direct debit (code 59) names the buyer's account instead.
  const means = all(settlement, 'SpecifiedTradeSettlementPaymentMeans').filter(
    (m) => normaliseText(textAt(m, 'TypeCode')) !== '59',
  );
  const iban = means
    .map((m) => normaliseId(textAt(m, 'PayeePartyCreditorFinancialAccount', 'IBANID')))
    .find((value) => value !== undefined);
  const dueNode = all(settlement, 'SpecifiedTradePaymentTerms')
    .map((t) => at(t, 'DueDateDateTime', 'DateTimeString'))
    .find((node) => node !== undefined);

  const total = amountIn(all(summation, 'GrandTotalAmount'), currency);
  const payable = amountIn(all(summation, 'DuePayableAmount'), currency);
  const fields: Fields = {};
  put(fields, 'invoiceNumber', normaliseText(textAt(header, 'ID')));
  put(fields, 'issueDate', normaliseDate(text(issued), attr(issued, 'format')));
  put(fields, 'dueDate', normaliseDate(text(dueNode), attr(dueNode, 'format')));
  put(fields, 'currency', currency);
  put(fields, 'totalAmount', total);
  if (payable !== total) put(fields, 'payableAmount', payable);
  put(fields, 'taxAmount', amountIn(all(summation, 'TaxTotalAmount'), currency));
  put(fields, 'netAmount', amountIn(all(summation, 'TaxBasisTotalAmount'), currency));
  put(fields, 'sellerName', seller.name);
  put(fields, 'sellerVatId', seller.vatId);
  put(fields, 'sellerKvk', seller.kvk);
  put(fields, 'iban', iban);
  put(fields, 'buyerName', buyer.name);
  put(fields, 'buyerVatId', buyer.vatId);
  put(fields, 'buyerReference', normaliseText(textAt(agreement, 'BuyerReference')));
  put(
    fields,
    'orderReference',
    normaliseText(textAt(agreement, 'BuyerOrderReferencedDocument', legacy ? 'ID' : 'IssuerAssignedID')),
  );
  return {
    ...(profile !== undefined && { profile }),
    ...(profileName('CII', profile) !== undefined && { profileName: profileName('CII', profile) }),
    ...(typeCode !== undefined && { typeCode }),
    documentType: typeCode !== undefined && CREDIT_NOTE_CODES.has(typeCode) ? 'credit-note' : 'invoice',
    fields,
  };
}

function readUbl(root: XmlNode, creditNote: boolean): Omit<EmbeddedInvoice, 'source' | 'syntax'> {
  const customization = normaliseText(textAt(root, 'CustomizationID'));
  const typeCode = normaliseText(textAt(root, creditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'));
  const currency = normaliseCurrency(textAt(root, 'DocumentCurrencyCode'));

  const party = (name: string) => {
    const node = at(root, name, 'Party');
    const schemes = all(node, 'PartyTaxScheme');
    const vatScheme =
      schemes.find((s) => normaliseText(textAt(s, 'TaxScheme', 'ID'))?.toUpperCase() === 'VAT') ?? schemes[0];
    const legalIds = [
      at(node, 'PartyLegalEntity', 'CompanyID'),
      ...all(node, 'PartyIdentification').map((p) => at(p, 'ID')),
    ];
    const kvkId = legalIds.find((id) => attr(id, 'schemeID') === '0106');
    return {
      name: normaliseText(
        textAt(node, 'PartyLegalEntity', 'RegistrationName') ?? textAt(node, 'PartyName', 'Name'),
      ),
      vatId: normaliseId(textAt(vatScheme, 'CompanyID')),
      kvk: kvk(text(kvkId)),
    };
  };
  const seller = party('AccountingSupplierParty');
  const buyer = party('AccountingCustomerParty');

  // Direct debit (49, 59) names the buyer's mandate, not the account to pay into.
  const means = all(root, 'PaymentMeans').filter(
    (m) => !['49', '59'].includes(normaliseText(textAt(m, 'PaymentMeansCode')) ?? ''),
  );
  const iban = means
    .map((m) => normaliseId(textAt(m, 'PayeeFinancialAccount', 'ID')))
    .find((value) => value !== undefined);
  const due =
    textAt(root, 'DueDate') ??
    all(root, 'PaymentMeans')
      .map((m) => textAt(m, 'PaymentDueDate'))
      .find((value) => value !== undefined);

  const totals = at(root, 'LegalMonetaryTotal');
  const total = amountIn(all(totals, 'TaxInclusiveAmount'), currency);
  const payable = amountIn(all(totals, 'PayableAmount'), currency);
  const taxTotals = all(root, 'TaxTotal').map((t) => at(t, 'TaxAmount'));
  const fields: Fields = {};
  put(fields, 'invoiceNumber', normaliseText(textAt(root, 'ID')));
  put(fields, 'issueDate', normaliseDate(textAt(root, 'IssueDate')));
  put(fields, 'dueDate', normaliseDate(due));
  put(fields, 'currency', currency);
  put(fields, 'totalAmount', total);
  if (payable !== total) put(fields, 'payableAmount', payable);
  put(fields, 'taxAmount', amountIn(taxTotals, currency));
  put(fields, 'netAmount', amountIn(all(totals, 'TaxExclusiveAmount'), currency));
  put(fields, 'sellerName', seller.name);
  put(fields, 'sellerVatId', seller.vatId);
  put(fields, 'sellerKvk', seller.kvk);
  put(fields, 'iban', iban);
  put(fields, 'buyerName', buyer.name);
  put(fields, 'buyerVatId', buyer.vatId);
  put(fields, 'buyerReference', normaliseText(textAt(root, 'BuyerReference')));
  put(fields, 'orderReference', normaliseText(textAt(root, 'OrderReference', 'ID')));
  return {
    ...(customization !== undefined && { profile: customization }),
    ...(profileName('UBL', customization) !== undefined && {
      profileName: profileName('UBL', customization),
    }),
    ...(typeCode !== undefined && { typeCode }),
    documentType:
      creditNote || (typeCode !== undefined && CREDIT_NOTE_CODES.has(typeCode)) ? 'credit-note' : 'invoice',
    fields,
  };
}

/** Reads e-invoice XML text. Never throws: what cannot be read becomes an `error`. */
export function readEInvoiceText(xml: string, source: EInvoiceSource): EInvoiceReading {
  const syntax = sniffEInvoiceSyntax(xml.slice(0, 8192));
  const fail = (reason: EmbeddedInvoiceError['reason']): EInvoiceReading => ({
    error: { ...(syntax && { syntax }), source, reason },
  });
  if (xml.length > MAX_XML_BYTES) return fail('too-large');
  // E-invoices never declare a DTD; refusing one rules out entity-expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return fail('invalid-xml');
  if (nestingDepth(xml) > MAX_DEPTH) return fail('invalid-xml');
  if (!isWellFormedXml(xml)) return fail('invalid-xml');
  let tree: XmlNode;
  try {
    tree = parseXmlTree(xml) as XmlNode;
  } catch {
    return fail('invalid-xml');
  }
  const rootName = Object.keys(tree).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? undefined : own(tree, rootName);
  if (syntax === undefined || root === null || typeof root !== 'object') return fail('not-an-invoice');
  const body =
    syntax === 'CII'
      ? readCii(root as XmlNode, rootName === 'CrossIndustryDocument')
      : readUbl(root as XmlNode, rootName === 'CreditNote');
  if (Object.keys(body.fields).length === 0) return fail('not-an-invoice');
  return { invoice: { syntax, source, ...body } };
}

/** Reads e-invoice XML bytes (strict about the encoding). Never throws. */
export function readEInvoice(bytes: Uint8Array, source: EInvoiceSource): EInvoiceReading {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('utf8');
  if (bytes.length > MAX_XML_BYTES) {
    const syntax = sniffEInvoiceSyntax(head);
    return { error: { ...(syntax && { syntax }), source, reason: 'too-large' } };
  }
  const xml = decodeXml(bytes);
  if (xml === undefined) {
    const syntax = sniffEInvoiceSyntax(head);
    return { error: { ...(syntax && { syntax }), source, reason: 'invalid-xml' } };
  }
  return readEInvoiceText(xml, source);
}
