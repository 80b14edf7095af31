import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import express from 'express';
import type { HarnessError } from '../../../server/core/errors.js';
import {
  cleanFileName,
  MAX_FILE_NAME,
  receiveUpload,
  type UploadLimits,
  uploadErrors,
} from '../../../server/http/upload.js';
import { IncomingBlob } from '../../../server/store/blobs.js';

describe('cleanFileName', () => {
  test('keeps a UTF-8 name as it is (NFC)', () => {
    expect(cleanFileName('Factuur café ë.pdf')).toBe('Factuur café ë.pdf');
    expect(cleanFileName('Factuur cafe\u0301.pdf')).toBe('Factuur café.pdf');
  });

  test('removes control and bidirectional formatting characters and folder parts', () => {
    expect(cleanFileName('factuur\u202Efdp.exe')).toBe('factuurfdp.exe');
    expect(cleanFileName('a\u0007b\u0085c\u2066d\u200F.pdf')).toBe('abcd.pdf');
    expect(cleanFileName('C:\\users\\jan\\factuur.pdf')).toBe('factuur.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });

  test(`cuts a long name to ${MAX_FILE_NAME} characters and keeps its extension`, () => {
    const cut = cleanFileName(`${'é'.repeat(10_000)}.pdf`);
    expect(Array.from(cut)).toHaveLength(MAX_FILE_NAME);
    expect(cut.endsWith('é.pdf')).toBe(true);
    // Characters outside the BMP are not split in half.
    const emoji = cleanFileName(`${'😀'.repeat(300)}.pdf`);
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME);
    expect(emoji.endsWith('😀.pdf')).toBe(true);
    expect(emoji.includes('\uFFFD')).toBe(false);
  });
});

/** A server with one upload route that answers with what receiveUpload read, or the refusal's code. */
async function uploadServer(
  limits: UploadLimits,
): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'upload-'));
  let n = 0;
  const app = express();
  app.post('/up', async (req, res, next) => {
    try {
      const upload = await receiveUpload(req, {
        limits,
        idleTimeoutMs: 30_000,
        incoming: () =>
          new IncomingBlob(path.join(dir, `${++n}.tmp`), (file) => createWriteStream(file, { flags: 'wx' })),
      });
      upload.file?.blob.discard();
      res.json({
        fields: upload.fields,
        ...(upload.file && { name: upload.file.name, sha256: upload.file.sha256, bytes: upload.file.bytes }),
      });
    } catch (error) {
      next(error);
    }
  });
  app.use(uploadErrors());
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const refusal = error as HarnessError;
    res.status(refusal.status ?? 500).json({ code: refusal.code, detail: refusal.detail?.en });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/up`,
    dir,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const BOUNDARY = 'uploadUnitBoundary';
const field = (name: string, value: string): string =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

/** Sends a chunked form that never ends; resolves with what came back (empty after `waitMs`). */
function sendUnended(url: string, head: string, waitMs: number): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
    });
    socket.on('end', done);
    socket.on('error', done);
    socket.on('connect', () => {
      const body = Buffer.from(head);
      socket.write(
        `POST /up HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nTransfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${head}\r\n`,
      );
    });
  });
}

describe('receiveUpload through multer', () => {
  const limits: UploadLimits = { fileBytes: 64 * 1024, fields: 3, fieldBytes: 10 };
  let server: Awaited<ReturnType<typeof uploadServer>>;
  beforeAll(async () => {
    server = await uploadServer(limits);
  });
  afterAll(() => server.close());

  test('keeps text fields as sent (a bracket name is not made into an object) and streams the file, hashed', async () => {
    const bytes = Buffer.from(`%PDF-1.7\n${'x'.repeat(50_000)}`);
    const form = new FormData();
    form.append('a[b]', '1');
    form.append('profile', 'standaard');
    form.append('file', new Blob([bytes]), 'Factuur café.pdf');
    const res = await fetch(server.url, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      fields: { 'a[b]': '1', profile: 'standaard' },
      name: 'Factuur café.pdf',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    });
  });

  test('a field value of exactly the limit is kept; one byte more is 400 bad_upload', async () => {
    const post = (value: string) => {
      const form = new FormData();
      form.append('note', value);
      return fetch(server.url, { method: 'POST', body: form });
    };
    const exact = await post('x'.repeat(limits.fieldBytes));
    expect(exact.status).toBe(200);
    expect(((await exact.json()) as { fields: Record<string, string> }).fields.note).toHaveLength(10);
    const over = await post('x'.repeat(limits.fieldBytes + 1));
    expect(over.status).toBe(400);
    expect(await over.json()).toMatchObject({ code: 'bad_upload' });
  });

  test('a field name over 100 characters is 400 bad_upload', async () => {
    const form = new FormData();
    form.append('n'.repeat(101), 'x');
    const res = await fetch(server.url, { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'bad_upload',
      detail: expect.stringContaining('field name'),
    });
  });

  test('too many fields is refused at once, with the connection closed, though the body never ends', async () => {
    const answer = await sendUnended(
      server.url,
      ['a', 'b', 'c', 'd', 'e'].map((n) => field(n, 'v')).join(''),
      10_000,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"code":"bad_upload"');
    expect(answer).toContain('too many fields');
  });

  test('a file in another field is refused at once, though the body never ends, and leaves no file', async () => {
    const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="other"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
    const answer = await sendUnended(server.url, head, 10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toContain('"code":"unexpected_file_field"');
    expect(readdirSync(server.dir)).toEqual([]);
  });
});
