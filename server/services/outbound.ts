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
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: reaches IPv4 addresses through a translator
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blocked.check(address, 'ipv4');
  if (version !== 6) return true; // not an address: never "public"
  const mapped = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hexMapped) {
    const hi = Number.parseInt(hexMapped[1]!, 16);
    const lo = Number.parseInt(hexMapped[2]!, 16);
    return blocked.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return blocked.check(address, 'ipv6');
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
