/**
 * Requests the server makes to URLs its clients gave (webhooks, run callbacks). In production mode
 * they may not reach private, loopback or link-local addresses (server-side request forgery): the host
 * name is resolved first and every address checked, and the connection goes to the address that was
 * checked (a second DNS answer cannot point it elsewhere). Redirects are not followed; every request
 * has a deadline that covers connecting, sending and reading the answer.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { LocalizedText } from '../../engine/model/finding.js';
import { detailText, HarnessError } from '../core/errors.js';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
/**
 * IPv6 ranges refused whole. Ranges that embed an IPv4 address the server would end up reaching
 * (IPv4-mapped, IPv4-translated, NAT64, 6to4) are not here: {@link embeddedIpv4} takes the IPv4
 * address out and it is judged as one.
 */
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback and IPv4-compatible (deprecated; ::a.b.c.d is tunnelled to a.b.c.d)
  ['64:ff9b:1::', 48], // NAT64 for local use (RFC 8215): translated to any IPv4 address the operator picks
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: tunnels to an IPv4 address
  ['2001:2::', 48], // benchmarking
  ['2001:10::', 28], // ORCHID
  ['2001:20::', 28], // ORCHIDv2
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation
  ['5f00::', 16], // segment routing
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** The 16 bytes of a valid IPv6 address (zone id dropped; a trailing dotted IPv4 part allowed). */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (part: string | undefined): number[] =>
    part ? part.split(':').map((g) => Number.parseInt(g, 16)) : [];
  const left = groups(head);
  const right = groups(tail);
  const words =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((w: number) => [w >> 8, w & 255]);
}

const dottedQuad = (bytes: number[]): string => bytes.join('.');
const startsWith = (bytes: number[], prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/**
 * The IPv4 address an IPv6 address stands for or leads to, when it embeds one: IPv4-mapped
 * (`::ffff:0:0/96`), IPv4-translated (`::ffff:0:0:0/96`), NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`).
 */
export function embeddedIpv4(address: string): string | undefined {
  if (isIP(address) !== 6) return undefined;
  const bytes = ipv6Bytes(address);
  const zeros = (n: number): number[] => Array(n).fill(0);
  if (startsWith(bytes, [...zeros(10), 0xff, 0xff])) return dottedQuad(bytes.slice(12));
  if (startsWith(bytes, [...zeros(8), 0xff, 0xff, 0, 0])) return dottedQuad(bytes.slice(12));
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, ...zeros(8)])) return dottedQuad(bytes.slice(12));
  if (startsWith(bytes, [0x20, 0x02])) return dottedQuad(bytes.slice(2, 6));
  return undefined;
}

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blocked.check(address, 'ipv4');
  if (version !== 6) return true; // not an address: never "public"
  const v4 = embeddedIpv4(address);
  if (v4 !== undefined) return blocked.check(v4, 'ipv4');
  return blocked.check(address.replace(/%.*$/, ''), 'ipv6');
}

/** 400 for a URL the server will not call. */
export const urlInvalid = (field: string, reason: LocalizedText, cause?: unknown): HarnessError =>
  new HarnessError('url_invalid', { vars: { field, reason }, extra: { field }, cause });

const urlNotAllowed = (field: string, reason: LocalizedText, cause?: unknown): HarnessError =>
  new HarnessError('url_not_allowed', { vars: { field, reason }, extra: { field }, cause });

const PRIVATE = detailText('url.private');

/** The addresses a host name resolves to (all of them). */
async function resolve(hostname: string): Promise<dns.LookupAddress[]> {
  return dns.promises.lookup(hostname, { all: true, verbatim: true });
}

/** Host name without the brackets of an IPv6 literal. */
const bareHost = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Checks a client-given URL before it is stored: http(s), no user name or password, at most 2,000
 * characters; with `refusePrivate`, its host may not be or resolve to a private address.
 */
export async function checkOutboundUrl(
  raw: string,
  options: {
    refusePrivate: boolean;
    field: string;
    /** The resolver (tests inject one); default: the system's, every address. */
    resolve?: (hostname: string) => Promise<{ address: string }[]>;
  },
): Promise<URL> {
  const { field } = options;
  if (raw.length > 2000) throw urlInvalid(field, detailText('url.too-long'));
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw urlInvalid(field, detailText('url.not-a-url'), cause);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw urlInvalid(field, detailText('url.scheme'));
  if (url.username !== '' || url.password !== '') throw urlInvalid(field, detailText('url.credentials'));
  if (options.refusePrivate) {
    const host = bareHost(url);
    if (host === 'localhost' || host.endsWith('.localhost')) throw urlNotAllowed(field, PRIVATE);
    if (isIP(host)) {
      if (isPrivateAddress(host)) throw urlNotAllowed(field, PRIVATE);
    } else {
      let addresses: { address: string }[];
      try {
        addresses = await (options.resolve ?? resolve)(host);
      } catch (cause) {
        throw urlNotAllowed(field, detailText('url.unresolved', { host }), cause);
      }
      if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address)))
        throw urlNotAllowed(field, PRIVATE);
    }
  }
  return url;
}

/** A delivery attempt that did not get an HTTP answer (refused address, DNS, connection, time-out). */
export class OutboundError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OutboundError';
  }
}

/** DNS lookup that refuses private addresses; the socket connects to the address checked here. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
    if (error) {
      callback(error, '', 4);
      return;
    }
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((a) => isPrivateAddress(a.address))) {
      const refused = Object.assign(new Error(`${hostname} resolves to a private address`), {
        code: 'EPRIVATEADDRESS',
      });
      callback(refused, '', 4);
      return;
    }
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  });
};

/** The answer to a POST: the status and at most the first 1 kB of the body (for diagnostics). */
export interface OutboundResponse {
  readonly status: number;
  readonly bodyStart: string;
}

/**
 * POSTs a body to a URL with a deadline of `timeoutMs` for the whole exchange. Rejects with an
 * `OutboundError` when no HTTP answer came (any HTTP status resolves).
 */
export function postJson(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; refusePrivate: boolean },
): Promise<OutboundResponse> {
  return new Promise((resolvePromise, reject) => {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch (cause) {
      reject(new OutboundError('invalid URL', 'EINVALIDURL', { cause }));
      return;
    }
    const host = bareHost(url);
    if (options.refusePrivate && isIP(host) && isPrivateAddress(host)) {
      reject(new OutboundError(`${host} is a private address`, 'EPRIVATEADDRESS'));
      return;
    }
    const signal = AbortSignal.timeout(options.timeoutMs);
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
        signal,
        agent: false, // one connection per attempt; nothing pooled to a client's server
        ...(options.refusePrivate && { lookup: guardedLookup }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < 1024) chunks.push(chunk);
          size += chunk.length;
          if (size > 64 * 1024) res.destroy(); // nobody needs more of a webhook answer
        });
        const done = (): void =>
          resolvePromise({
            status: res.statusCode ?? 0,
            bodyStart: Buffer.concat(chunks).toString('utf8').slice(0, 1024),
          });
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const timedOut = signal.aborted;
      reject(
        new OutboundError(
          timedOut ? `no answer within ${options.timeoutMs} ms` : error.message,
          timedOut ? 'ETIMEDOUT' : (error.code ?? 'ECONNECTION'),
          { cause: error },
        ),
      );
    });
    req.end(body);
  });
}
