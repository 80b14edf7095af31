/**
 * Uploads over real HTTP (issue 19, F5–F9 and "uploads are buffered in memory", "a full disk"): refused
 * before reading, cut off at the limit, streamed to disk, malformed forms as 400, UTF-8 file names,
 * the buyer's limits on invitation links, per-client limits, and a full disk.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { LINGER_BYTES, LINGER_MS } from '../../server/http/upload.js';
import { AdmissionService, DEFAULT_ADMISSION } from '../../server/services/admission.js';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { testProfile } from '../helpers.js';
import { buyerClient } from './api-helpers.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

const MB = 1024 * 1024;
const BOUNDARY = 'proeffactuurTestBoundary';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/**
 * Sends raw bytes over a socket and reads the answer. `body` is written as given; Resolves with status 0 when nothing came in `timeoutMs`.
 */
function raw(
  server: TestServer,
  head: { path: string; headers: Record<string, string> },
  body: Buffer,
  options: { timeoutMs?: number; abortAfterWrite?: boolean } = {},
): Promise<RawAnswer> {
  const { port } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (closed: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const lines = (split < 0 ? text : text.slice(0, split)).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
      socket.destroy();
      resolve({
        status,
        headers,
        body: split < 0 ? '' : Buffer.from(text.slice(split + 4), 'latin1').toString('utf8'),
        closed,
      });
    };
    const timer = setTimeout(() => finish(false), options.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split))?.[1];
      if (split > 0 && length !== undefined && received.length >= split + 4 + Number(length)) {
        // Wait a moment for the close that `Connection: close` promises.
        setTimeout(() => finish(socket.readableEnded || socket.destroyed), 200);
      }
    });
    socket.on('end', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => {
      const lines = [`POST ${head.path} HTTP/1.1`, `Host: 127.0.0.1:${port}`];
      for (const [name, value] of Object.entries(head.headers)) lines.push(`${name}: ${value}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (body.length > 0) socket.write(body);
      if (options.abortAfterWrite) setTimeout(() => socket.destroy(), 100);
      // The socket stays open (a half-close would make Node abort the request).
    });
  });
}

const part = (headers: string, content: Buffer | string): Buffer =>
  Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`, 'utf8'),
    Buffer.from(content),
    Buffer.from('\r\n'),
  ]);
const closing = Buffer.from(`--${BOUNDARY}--\r\n`);
const multipart = (boundary = BOUNDARY): Record<string, string> => ({
  'Content-Type': `multipart/form-data; boundary=${boundary}`,
});
const filePart = (bytes: Buffer | string, name = 'factuur.pdf'): Buffer =>
  part(
    `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf`,
    bytes,
  );

/** A chunked body: each buffer one chunk; `last` adds the final zero chunk. */
const chunked = (chunks: Buffer[], last: boolean): Buffer =>
  Buffer.concat([
    ...chunks.flatMap((chunk) => [
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]),
    ...(last ? [Buffer.from('0\r\n\r\n')] : []),
  ]);

/** Files left in the folder where uploads are received (none when the folder does not exist). */
const incomingFiles = (server: TestServer): string[] =>
  readdirSync(path.join(server.dataDir, 'files', 'incoming'), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

/**
 * The incoming files still there once the server has cleaned up: a refused upload's partial file is
 * removed when its write stream has closed, which may be just after the answer went out. Waits up to
 * 5 s for the folder to empty (the file system has no event to wait for here), then returns what is left.
 */
async function filesLeft(server: TestServer): Promise<string[]> {
  const deadline = Date.now() + 5000;
  let left = incomingFiles(server);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    left = incomingFiles(server);
  }
  return left;
}

const json = async (res: Response): Promise<Record<string, any>> => (await res.json()) as Record<string, any>;
const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

/** A logger that keeps what it is given. */
const recordingLog = () => {
  const entries: { level: string; object: Record<string, unknown>; message: string }[] = [];
  return {
    entries,
    debug: (object: Record<string, unknown>, message: string) =>
      entries.push({ level: 'debug', object, message }),
    warn: (object: Record<string, unknown>, message: string) =>
      entries.push({ level: 'warn', object, message }),
  };
};

describe('refusing before reading (F8)', () => {
  let server: TestServer;
  const log = recordingLog();
  beforeAll(async () => {
    server = await startTestServer({ maxUploadBytes: 1 * MB, uploadIdleTimeoutMs: 1500 }, { log });
  });
  afterAll(() => server.close());

  test('a Content-Length over the limit gets 413 at once, before any of the body is sent, and the connection closes', async () => {
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...multipart(), 'Content-Length': String(1024 * MB) } },
      Buffer.alloc(0),
      { timeoutMs: 5000 },
    );
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'file_too_large', limitBytes: MB });
    expect(answer.closed).toBe(true);
  });

  test('a chunked body that passes the limit gets 413 as soon as it does, though it never ends; nothing stays on disk', async () => {
    const over = chunked(
      [
        Buffer.concat([
          Buffer.from(
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\n`,
          ),
          Buffer.alloc(MB + 64 * 1024),
        ]),
      ],
      false,
    );
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...multipart(), 'Transfer-Encoding': 'chunked' } },
      over,
      { timeoutMs: 5000 },
    );
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body).code).toBe('file_too_large');
    expect(await filesLeft(server)).toEqual([]);
  });

  test('a body within the limit that stops arriving gets 408 upload_stalled and its partial file is removed', async () => {
    const start = chunked([filePart(`%PDF-1.7\n${'x'.repeat(10_000)}`).subarray(0, 5000)], false);
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...multipart(), 'Transfer-Encoding': 'chunked' } },
      start,
      { timeoutMs: 8000 },
    );
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body).code).toBe('upload_stalled');
    expect(await filesLeft(server)).toEqual([]);
  });

  test('a client that goes away mid-upload leaves no file and no error', async () => {
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...multipart(), 'Content-Length': String(512 * 1024) } },
      filePart(Buffer.alloc(100 * 1024)).subarray(0, 50 * 1024),
      { abortAfterWrite: true, timeoutMs: 2000 },
    );
    expect(answer.status).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.errors).toEqual([]);
    expect(log.entries.filter((e) => e.message.includes('abandoned')).map((e) => e.level)).toEqual(['debug']);
    expect(await filesLeft(server)).toEqual([]);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe('keep-alive after an upload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('a form with an epilogue after its closing boundary leaves the connection able to serve the next request', async () => {
    const body = Buffer.concat([
      filePart(Buffer.from(await textInvoicePdf())),
      closing,
      Buffer.from('epilogue\r\n'),
    ]);
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/runs HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body);
    for (let i = 0; i < 100 && !received.includes('"id":"run_'); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    for (let i = 0; i < 100 && !received.includes('"status":"ok"'); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    expect(received.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 202', 'HTTP/1.1 200']);
  });
});

describe('the connection after a refused upload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('a form refused while it was read, though all of it had arrived, closes its connection instead of leaving it stuck', async () => {
    const body = Buffer.concat([
      part(
        'Content-Disposition: form-data; name="other"; filename="a.pdf"\r\nContent-Type: application/pdf',
        '%PDF-1.7\n',
      ),
      closing,
    ]);
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    let closed = false;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => {
      closed = true;
    });
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/runs HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n${body.toString('latin1')}`,
    );
    for (let i = 0; i < 100 && !received.includes('unexpected_file_field'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    if (!closed) socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    for (let i = 0; i < 100 && !closed && !received.includes('"status":"ok"'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 400/);
    // Either the connection closed (Connection: close) or it served the next request: never stuck.
    expect(closed || received.includes('"status":"ok"')).toBe(true);
  });
});

describe('a refusal before the body is read (a full queue)', () => {
  let server: TestServer;
  beforeAll(async () => {
    // No room in the queue: every upload is refused by admission, before a byte of its body is read.
    server = await startTestServer({ maxQueuedRuns: 0 });
  });
  afterAll(() => server.close());

  const openSocket = async (): Promise<{ socket: net.Socket; text: () => string; closed: () => boolean }> => {
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    let closed = false;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => {
      closed = true;
    });
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    return { socket, text: () => received, closed: () => closed };
  };
  const until = async (done: () => boolean): Promise<void> => {
    for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  test('a small invoice still being sent is read to its end first: the sender gets 503 queue_full, and the connection serves the next request', async () => {
    const body = Buffer.concat([filePart(Buffer.from(await textInvoicePdf())), closing]);
    const { socket, text, closed } = await openSocket();
    socket.write(
      `POST /api/runs HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // No answer while the client is still sending (an answer and a close now would break its pipe).
    expect(text()).toBe('');
    socket.write(body.subarray(100));
    await until(() => text().includes('queue_full'));
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => text().includes('"status":"ok"'));
    socket.destroy();
    expect(text()).toMatch(/^HTTP\/1\.1 503/);
    expect(text()).toMatch(/\r\nretry-after: 30\r\n/i);
    expect(text().match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 503', 'HTTP/1.1 200']);
    expect(closed()).toBe(false);
  });

  test('a body larger than the server reads after a refusal is answered at once, and the connection closes', async () => {
    const { socket, text, closed } = await openSocket();
    socket.write(
      `POST /api/runs HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${LINGER_BYTES + 1}\r\n\r\n`,
    );
    await until(() => closed());
    socket.destroy();
    expect(text()).toMatch(/^HTTP\/1\.1 503/);
    expect(text()).toMatch(/\r\nconnection: close\r\n/i);
    expect(text()).toContain('queue_full');
    expect(closed()).toBe(true);
  });

  test('a small body that stops arriving is answered after a short wait, and the connection closes', async () => {
    const { socket, text, closed } = await openSocket();
    const started = Date.now();
    socket.write(
      `POST /api/runs HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: 5000\r\n\r\n`,
    );
    await until(() => closed());
    socket.destroy();
    expect(text()).toMatch(/^HTTP\/1\.1 503/);
    expect(text()).toMatch(/\r\nconnection: close\r\n/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LINGER_MS - 100);
  });
});

describe('malformed multipart (F7)', () => {
  let server: TestServer;
  const log = recordingLog();
  beforeAll(async () => {
    server = await startTestServer({ maxUploadBytes: 1 * MB }, { log });
  });
  afterAll(async () => {
    await server.close();
    // Each refusal is logged once at warn with its reason, without a stack.
    expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(cases.length);
    for (const entry of log.entries) {
      expect(typeof entry.object.reason).toBe('string');
      expect(JSON.stringify(entry.object)).not.toMatch(/\n\s+at /);
    }
  });

  const pdf = '%PDF-1.7\n%%EOF\n';
  const cases: [string, Record<string, string>, Buffer][] = [
    ['no closing boundary', multipart(), filePart(pdf)],
    ['a boundary that does not match', multipart('another'), Buffer.concat([filePart(pdf), closing])],
    [
      'no boundary parameter',
      { 'Content-Type': 'multipart/form-data' },
      Buffer.concat([filePart(pdf), closing]),
    ],
    ['a garbage body', multipart(), Buffer.from('\u0000\u00ff garbage '.repeat(500), 'latin1')],
    ['a part without headers', multipart(), Buffer.concat([Buffer.from(`--${BOUNDARY}\r\n${pdf}`), closing])],
    [
      'a 100 kB part header',
      multipart(),
      Buffer.concat([filePart(pdf, `${'a'.repeat(100 * 1024)}.pdf`), closing]),
    ],
    ['a NUL in the file name', multipart(), Buffer.concat([filePart(pdf, 'fac\u0000tuur.pdf'), closing])],
    [
      'a file part without a file name',
      multipart(),
      Buffer.concat([
        part('Content-Disposition: form-data; name="file"\r\nContent-Type: application/pdf', pdf),
        closing,
      ]),
    ],
  ];

  test.each(cases)('%s is 400 multipart_invalid, not a logged server error', async (_name, headers, body) => {
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...headers, 'Content-Length': String(body.length) } },
      body,
    );
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.parse(answer.body).code).toBe('multipart_invalid');
    expect(server.errors).toEqual([]);
    expect(await filesLeft(server)).toEqual([]);
  });
});

describe('file names (F9)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const submit = async (name: string): Promise<string> => {
    const res = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf(), {}, { name }),
    });
    expect(res.status).toBe(202);
    return (await json(res)).file.name as string;
  };

  test('a UTF-8 name is stored as sent', async () => {
    expect(await submit('Factuur café ë.pdf')).toBe('Factuur café ë.pdf');
  });

  test('an RFC 5987 filename* is decoded as UTF-8', async () => {
    const body = Buffer.concat([
      part(
        'Content-Disposition: form-data; name="file"; filename*=UTF-8\'\'Factuur%20caf%C3%A9.pdf\r\nContent-Type: application/pdf',
        Buffer.from(await textInvoicePdf()),
      ),
      closing,
    ]);
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...multipart(), 'Content-Length': String(body.length) } },
      body,
    );
    expect(answer.status).toBe(202);
    expect(JSON.parse(answer.body).file.name).toBe('Factuur café.pdf');
  });

  test('control and bidi characters are removed; a long name is cut to 200 characters, its extension kept', async () => {
    expect(await submit('factuur\u202Efdp.exe')).toBe('factuurfdp.exe');
    // Raw control characters are not allowed in a header (400); encoded ones arrive and are removed.
    const encoded = Buffer.concat([
      part(
        'Content-Disposition: form-data; name="file"; filename*=UTF-8\'\'a%07b%E2%80%8Fc.pdf\r\nContent-Type: application/pdf',
        Buffer.from(await textInvoicePdf()),
      ),
      closing,
    ]);
    const answer = await raw(
      server,
      { path: '/api/runs', headers: { ...multipart(), 'Content-Length': String(encoded.length) } },
      encoded,
    );
    expect(answer.status).toBe(202);
    expect(JSON.parse(answer.body).file.name).toBe('abc.pdf');
    const long = await submit(`${'x'.repeat(10_000)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('invitation links use the buyer’s own limits (F6)', () => {
  let server: TestServer;
  let token: string;
  let apiKey: string;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1, runTimeoutMs: 5000 });
    const buyer = await buyerClient(server);
    apiKey = buyer.apiKey;
    await server.services.buyers.setLimits(buyer.buyerId, { maxUploadBytes: 1 * MB, maxActiveRuns: 1 });
    const profile = await fetch(`${server.url}/api/profiles`, {
      method: 'POST',
      headers: { ...bearer(apiKey), 'content-type': 'application/json' },
      body: JSON.stringify(testProfile({ id: undefined as never, version: undefined as never })),
    });
    expect(profile.status).toBe(201);
    const invitation = await fetch(`${server.url}/api/invitations`, {
      method: 'POST',
      headers: { ...bearer(apiKey), 'content-type': 'application/json' },
      body: JSON.stringify({
        supplierName: 'Bakkerij De Korenschoof',
        supplierEmail: 'admin@korenschoof.nl',
        profileId: (await json(profile)).id,
      }),
    });
    expect(invitation.status).toBe(201);
    token = /([A-Za-z0-9_-]{43})$/.exec((await json(invitation)).link as string)![1]!;
  });
  afterAll(() => server.close());

  test('the supplier page advertises the buyer’s limit', async () => {
    const view = await json(await fetch(`${server.url}/api/i/${token}`));
    expect(view.uploadLimitBytes).toBe(MB);
  });

  test('a file over the buyer’s limit is 413 through the link as through the key', async () => {
    const big = new Uint8Array(3 * MB);
    big.set(Buffer.from('%PDF-1.7\n'));
    const viaLink = await fetch(`${server.url}/api/i/${token}/runs`, {
      method: 'POST',
      body: uploadForm(big),
    });
    expect(viaLink.status).toBe(413);
    expect(await json(viaLink)).toMatchObject({ code: 'file_too_large', limitBytes: MB });
    const viaKey = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(big),
      headers: bearer(apiKey),
    });
    expect(viaKey.status).toBe(413);
  });

  test('four concurrent uploads through the link: one accepted, three 429 too_many_active_runs', async () => {
    const slow = await slowPdf(600_000);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${server.url}/api/i/${token}/runs`, { method: 'POST', body: uploadForm(slow) }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([202, 429, 429, 429]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await json(refused)).code).toBe('too_many_active_runs');
  });
});

describe('per-client limits without a key (F5)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      workers: 1,
      runTimeoutMs: 5000,
      anonymousMaxActiveRuns: 2,
      anonymousMaxBytesPerDay: 600 * 1024,
    });
  });
  afterAll(() => server.close());

  test('an address gets as many active runs as its limit, then 429; a buyer’s key is not held back', async () => {
    const slow = await slowPdf(600_000);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(slow) })).status,
      );
    expect(statuses).toEqual([202, 202, 429, 429]);
    // The count is the database's: another admission (the e-mail intake's, another API process's)
    // refuses the address too.
    const other = new AdmissionService(server.services.runs, server.services.buyers, {
      ...DEFAULT_ADMISSION,
      anonymousMaxActiveRuns: 2,
    });
    expect(await other.activeRuns({ address: '127.0.0.1' })).toBe(2);
    await expect(other.admit({ address: '127.0.0.1' })).rejects.toMatchObject({
      code: 'too_many_active_runs',
    });
    const { apiKey } = await buyerClient(server);
    const keyed = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(slow),
      headers: bearer(apiKey),
    });
    expect(keyed.status).toBe(202);
  });
});

describe('bytes per day without a key (F5)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ anonymousMaxActiveRuns: 50, anonymousMaxBytesPerDay: 600 * 1024 });
  });
  afterAll(() => server.close());

  test('an address that has uploaded its bytes of the day gets 429 daily_upload_limit until midnight UTC', async () => {
    const file = new Uint8Array(250 * 1024);
    file.set(Buffer.from('%PDF-1.7\n'));
    const answers: Response[] = [];
    for (let i = 0; i < 3; i++) {
      file[100] = i + 1; // another file each time
      answers.push(await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(file) }));
    }
    expect(answers.map((a) => a.status)).toEqual([202, 202, 429]);
    const refused = answers[2]!;
    expect(await json(refused)).toMatchObject({ code: 'daily_upload_limit', limitBytes: 600 * 1024 });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
    // A buyer's key counts for the buyer, not for the address.
    const { apiKey } = await buyerClient(server);
    const keyed = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(file),
      headers: bearer(apiKey),
    });
    expect(keyed.status).toBe(202);
  });
});

/** A real file write stream that fails like a full disk (ENOSPC) once `room` bytes are written. */
const fullDisk =
  (room: number, counters: { writes: number; largestWrite: number }) =>
  (file: string): Writable => {
    const fd = openSync(file, 'wx');
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, callback) {
        counters.writes++;
        counters.largestWrite = Math.max(counters.largestWrite, chunk.length);
        if (written + chunk.length > room) {
          callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
          return;
        }
        writeSync(fd, chunk);
        written += chunk.length;
        callback();
      },
      final(callback) {
        closeSync(fd);
        callback();
      },
      destroy(error, callback) {
        try {
          closeSync(fd);
        } catch {
          // closed by final
        }
        callback(error);
      },
    });
  };

describe('streaming to disk and a full disk', () => {
  let server: TestServer;
  const counters = { writes: 0, largestWrite: 0 };
  beforeAll(async () => {
    server = await startTestServer(
      { maxUploadBytes: 8 * MB },
      { blobs: { createWriteStream: fullDisk(2 * MB, counters) } },
    );
  });
  afterAll(() => server.close());

  test('an upload is written to disk in pieces as it arrives, not held whole', async () => {
    const file = new Uint8Array(1.5 * MB);
    file.set(Buffer.from('%PDF-1.7\n'));
    counters.writes = 0;
    counters.largestWrite = 0;
    const res = await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(file) });
    expect(res.status).toBe(202);
    expect((await json(res)).file.bytes).toBe(file.length);
    expect(counters.writes).toBeGreaterThan(10);
    expect(counters.largestWrite).toBeLessThanOrEqual(256 * 1024);
  });

  test('a full disk is 503 storage_full with Retry-After; the partial file is removed and the server stays up', async () => {
    const file = new Uint8Array(4 * MB);
    file.set(Buffer.from('%PDF-1.7\n'));
    const res = await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(file) });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await json(res)).code).toBe('storage_full');
    expect(await filesLeft(server)).toEqual([]);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

/** Mounts a tmpfs of `mb` MB (root only); undefined where that is not possible. */
function smallDisk(mb: number): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

describe('a really full disk (a 4 MB tmpfs as the data folder; needs root, skipped otherwise)', () => {
  const dir = smallDisk(4);
  const when = dir ? test : test.skip;
  if (!dir)
    console.warn(
      'uploads.test.ts: cannot mount a tmpfs here (not root?); the real full-disk test is skipped',
    );
  let server: TestServer;
  beforeAll(async () => {
    if (dir)
      server = await startTestServer({ dataDir: dir, maxUploadBytes: 8 * MB, anonymousMaxActiveRuns: 50 });
  });
  afterAll(async () => {
    if (!dir) return;
    await server.close({ keepData: true });
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  when(
    'an upload larger than the free space is 503 storage_full, leaves nothing behind, and the next one works',
    async () => {
      const big = new Uint8Array(5 * MB);
      big.set(Buffer.from('%PDF-1.7\n'));
      const res = await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(big) });
      expect(res.status).toBe(503);
      expect((await json(res)).code).toBe('storage_full');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await filesLeft(server)).toEqual([]);
      expect(server.errors).toEqual([]);
      const small = await fetch(`${server.url}/api/runs?wait=20`, {
        method: 'POST',
        body: uploadForm(await textInvoicePdf()),
      });
      expect(small.status).toBe(201);
      expect((await json(small)).verdict).toBe('accepted');
    },
  );
});
