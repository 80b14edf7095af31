/**
 * The whole e-mail flow as a supplier meets it, on the real server process (`node dist/server/main.js`,
 * what `npm start` runs): the buyer invites, the supplier sends its sample to the invitation's test
 * address over real SMTP (nodemailer), the server checks the e-mail and its PDF, and the answer comes back
 * by e-mail through the configured relay (a capturing smtp-server on 127.0.0.1): in the sender's thread,
 * with the verdict and a link to the supplier's own page.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import nodemailer from 'nodemailer';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { type CaptureRelay, startCaptureRelay } from './mail/capture.js';

const DOMAIN = 'proef.localhost';
let dataDir: string;
let relay: CaptureRelay;
let child: ChildProcess;
let httpUrl: string;
let smtpPort: number;
let apiKey: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-mail-e2e-'));
  relay = await startCaptureRelay();
  const env = { ...process.env, NODE_OPTIONS: '', DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  // The buyer and its key, as the README's set-up makes them.
  const created = JSON.parse(
    execFileSync(
      process.execPath,
      [fromRoot('bin', 'proeffactuur.js'), 'buyer', 'create', '--name', 'ACME B.V.'],
      {
        env,
        encoding: 'utf8',
      },
    ),
  ) as { apiKey: string };
  apiKey = created.apiKey;
  // A free port for HTTP (the log names the configured port, so it is chosen here).
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  httpUrl = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [fromRoot('dist', 'server', 'main.js')], {
    env: {
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      WORKERS: '1',
      SMTP_PORT: '0',
      MAIL_DOMAIN: DOMAIN,
      SMTP_RELAY_URL: relay.url,
      PUBLIC_BASE_URL: 'https://proef.example',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      const smtp = /Test mailbox \(SMTP\) listens on port (\d+)/.exec(log);
      if (/Proeffactuur listens on http/.test(log) && smtp) {
        smtpPort = Number(smtp[1]);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${log}`)));
  });
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }
  await relay?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const api = async (method: string, url: string, json?: unknown): Promise<Record<string, any>> => {
  const res = await fetch(`${httpUrl}${url}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    ...(json !== undefined && { body: JSON.stringify(json) }),
  });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as Record<string, any>;
};

describe('a sample sent by e-mail to the invitation’s test address', () => {
  test('is checked with its PDF, and the sender gets one verdict in its own thread with each fix and a link to its page', async () => {
    const profile = await api('POST', '/api/profiles', {
      name: 'ACME crediteuren',
      channels: 'text',
      buyer: { name: 'ACME B.V.' },
      mail: { pdfsPerMessage: 'one' },
    });
    const invited = await api('POST', '/api/invitations', {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId: profile.id,
      language: 'nl',
    });
    const token = /^\/i\/([A-Za-z0-9_-]{43})$/.exec(invited.link as string)![1]!;

    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, ignoreTLS: true });
    try {
      await transport.sendMail({
        from: 'Bakkerij De Korenschoof <facturen@korenschoof.nl>',
        to: `${token}@${DOMAIN}`,
        subject: 'Factuur 2026-0042',
        messageId: '<sample-0042@korenschoof.nl>',
        text: 'Goedemiddag, hierbij onze factuur.',
        attachments: [{ filename: 'factuur-2026-0042.pdf', content: Buffer.from(await textInvoicePdf()) }],
      });
    } finally {
      transport.close();
    }

    // The answer goes to the sender (the invitation e-mail went to the supplier's contact address).
    const reply = await new Promise<CaptureRelay['messages'][number]>((resolve) => {
      const poll = (): void => {
        const found = relay.messages.find((m) => m.envelopeTo.includes('facturen@korenschoof.nl'));
        if (found) resolve(found);
        else setTimeout(poll, 100);
      };
      poll();
    });
    expect(reply.parsed.subject).toBe('Re: Factuur 2026-0042');
    expect(reply.parsed.inReplyTo).toBe('<sample-0042@korenschoof.nl>');
    const text = reply.parsed.text ?? '';
    expect(text).toContain(`https://proef.example/i/${token}`);
    // The e-mail is answered for the message and its PDF together: the invoice is addressed to another
    // buyer, so the PDF is rejected, and so is the e-mail, worded by that kind of reason (it will not
    // reach this buyer; not "cannot read"), with the PDF's findings named by its file and each fix.
    expect(text).toContain('Uitslag: Afgekeurd');
    expect(text).toContain('Deze factuur komt zo niet aan bij ACME B.V.');
    expect(text).toMatch(/\[Moet worden opgelost\] factuur-2026-0042\.pdf: /);
    expect(text).toContain('Wat u kunt doen:');
    expect(text).toContain('Wij hebben uw proeffactuur factuur-2026-0042.pdf gecontroleerd voor ACME B.V.');
    // The invitation judges the e-mail the same way: tested, not cleared.
    const status = await api('GET', `/api/invitations/${invited.invitation.id}`);
    expect(status.status.latestRun.verdict).toBe('rejected');
    expect(status.status.stage).toBe('tested');
  }, 120_000);
});
