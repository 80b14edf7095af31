/**
 * The XML parser (fast-xml-parser), wrapped: whether text is well-formed XML, and XML as a plain tree
 * for reading e-invoices. Pure; no entity expansion beyond XML's own.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Whether `xml` is well-formed XML. */
export const isWellFormedXml = (xml: string): boolean => XMLValidator.validate(xml) === true;

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Well-formed XML as a plain tree: namespace prefixes removed, attributes as `@_name`, every value a
 * trimmed string, an element that repeats as an array. Throws on XML that is not well-formed.
 */
export const parseXmlTree = (xml: string): unknown => parser.parse(xml);
