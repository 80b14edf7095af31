/** Helpers of the API tests: buyers with typed clients, a local webhook receiver, schema checks. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { ProeffactuurClient } from '../../client/index.js';
import { openApiDocument } from '../../server/http/openapi/document.js';
import type { Scope } from '../../server/store/buyers.js';
import type { TestServer } from './harness.js';

/** A buyer made in the server's store, with a client that uses its key. */
export async function buyerClient(
  server: TestServer,
  options: { name?: string; scopes?: Scope[]; expiresAt?: string } = {},
): Promise<{ client: ProeffactuurClient; buyerId: string; apiKey: string }> {
  const { buyer, apiKey } = await server.services.buyers.createBuyer(options.name ?? 'ACME B.V.', {
    ...(options.scopes && { scopes: options.scopes }),
    ...(options.expiresAt && { expiresAt: options.expiresAt }),
  });
  return { client: new ProeffactuurClient({ baseUrl: server.url, apiKey }), buyerId: buyer.id, apiKey };
}

/** A client without a key. */
export const anonymousClient = (server: TestServer): ProeffactuurClient =>
  new ProeffactuurClient({ baseUrl: server.url });

/** A request the receiver got. */
export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

/** A local HTTP receiver on 127.0.0.1 whose answers the test decides. */
export interface Receiver {
  readonly url: string;
  readonly port: number;
  readonly received: Received[];
  /** How to answer the next requests (default 204); `hang` never answers. */
  respond: (req: Received) => number | 'hang';
  /** Resolves when `count` requests have come (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** Starts a receiver (on `port`, or a free one). */
export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const receiver: Partial<Receiver> & { respond: Receiver['respond'] } = { respond: () => 204 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const got = {
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      received.push(got);
      for (const wake of waiters.splice(0)) wake();
      const answer = receiver.respond(got);
      if (answer === 'hang') hanging.add(res);
      else res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received,
    async waitFor(count: number, timeoutMs = 15_000): Promise<Received[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  }) as Receiver;
}

const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(openApiDocument(), 'urn:test:openapi');

/** Asserts that a value matches a schema of the OpenAPI document (`components/schemas/<name>`). */
export function expectSchema(name: string, value: unknown): void {
  const validate = ajv.getSchema(`urn:test:openapi#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  const ok = validate(value);
  expect({ ok, errors: validate.errors ?? null }).toEqual({ ok: true, errors: null });
}

/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
