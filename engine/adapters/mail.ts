/**
 * The one place that reads e-mail messages (mailparser). Gives the raw parts of a message, bounded:
 * a header block over {@link MAX_HEADER_BYTES} or more than {@link MAX_MULTIPARTS} multipart
 * containers is not parsed at all (a hostile message cannot make the parser work hard), and at most
 * {@link MAX_ATTACHMENTS} parts are kept. An attached message (`message/rfc822`) is one part: it is not
 * opened (nesting depth 1), as capture mailboxes do not open forwarded messages either. Bad MIME is read
 * as far as it goes (mailparser is lenient); only a message without headers is `malformed`.
 */
import { simpleParser } from 'mailparser';

/** Largest header block of the message read (a capture mailbox refuses larger ones too). */
export const MAX_HEADER_BYTES = 64 * 1024;
/** Most multipart containers in one message (ordinary mail has 1–4). */
export const MAX_MULTIPARTS = 50;
/** Most attachments and inline parts kept of one message. */
export const MAX_ATTACHMENTS = 20;

/**
 * The parser's options. Besides mailparser's own, the splitter's (mailsplit, passed through but not in
 * mailparser's types): an attached message is a leaf (`ignoreEmbedded`), a part's header block and the
 * number of parts are bounded.
 */
const PARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  maxHtmlLengthToParse: 1024 * 1024,
  ignoreEmbedded: true,
  maxHeadSize: MAX_HEADER_BYTES,
  maxChildNodes: 500,
} as Parameters<typeof simpleParser>[1];

/** One part of a message, with its decoded bytes. */
export interface RawMailPart {
  readonly name?: string;
  /** Declared content type, lower case. */
  readonly contentType: string;
  readonly disposition: 'attachment' | 'inline';
  /** `Content-ID` without angle brackets, when the part has one. */
  readonly contentId?: string;
  /** Whether the HTML body refers to it by `cid:` (mailparser's `related`). */
  readonly related: boolean;
  readonly content: Uint8Array;
}

/** A message as read by {@link readMessage}. */
export interface RawMessage {
  readonly encodedBytes: number;
  readonly from?: string;
  readonly subject?: string;
  readonly messageId?: string;
  readonly text?: string;
  readonly html?: string;
  readonly parts: readonly RawMailPart[];
  readonly omittedParts: number;
  /** Set when the message was not parsed: why. */
  readonly unreadable?: 'malformed' | 'header-too-large';
}

/** The length of the header block: up to the first empty line (or the whole input when none). */
function headerBlockBytes(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 1;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 1;
  }
  return bytes.length;
}

/** How many multipart containers the message declares (counted in the raw text, before parsing). */
function multipartCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return text.match(/content-type:\s*multipart\//gi)?.length ?? 0;
}

/** Reads a message's headers, body and parts. Never throws for bad input: `unreadable` says why. */
export async function readMessage(bytes: Uint8Array): Promise<RawMessage> {
  const encodedBytes = bytes.length;
  const empty = { encodedBytes, parts: [], omittedParts: 0 };
  if (headerBlockBytes(bytes) > MAX_HEADER_BYTES) return { ...empty, unreadable: 'header-too-large' };
  if (multipartCount(bytes) > MAX_MULTIPARTS) return { ...empty, unreadable: 'malformed' };
  let parsed: Awaited<ReturnType<typeof simpleParser>>;
  try {
    parsed = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), PARSER_OPTIONS);
  } catch {
    return { ...empty, unreadable: 'malformed' };
  }
  if (parsed.headers.size === 0) return { ...empty, unreadable: 'malformed' };
  const all = parsed.attachments ?? [];
  const parts: RawMailPart[] = all.slice(0, MAX_ATTACHMENTS).map((part) => {
    const contentId = part.contentId?.replace(/^<|>$/g, '');
    return {
      ...(part.filename !== undefined && { name: part.filename }),
      contentType: (part.contentType ?? 'application/octet-stream').toLowerCase(),
      disposition: part.contentDisposition === 'inline' ? 'inline' : 'attachment',
      ...(contentId && { contentId }),
      related: part.related === true,
      content: new Uint8Array(part.content.buffer, part.content.byteOffset, part.content.length),
    };
  });
  const from = parsed.from?.value[0]?.address;
  return {
    encodedBytes,
    ...(from && { from }),
    ...(parsed.subject !== undefined && { subject: parsed.subject }),
    ...(parsed.messageId !== undefined && { messageId: parsed.messageId }),
    ...(parsed.text !== undefined && { text: parsed.text }),
    ...(typeof parsed.html === 'string' && { html: parsed.html }),
    parts,
    omittedParts: Math.max(0, all.length - MAX_ATTACHMENTS),
  };
}
