/**
 * `npm start` with the SMTP test mailbox, as a real process (`node dist/server/main.js`): it listens on
 * the port it is given; when that port is taken, the log says so plainly and the web server runs on.
 * `npm run send-sample` (dist/scripts/send-sample.js) talks to it over real SMTP. And STARTTLS: offered
 * when a certificate is configured (one made with openssl for the test), not offered otherwise.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import nodemailer from 'nodemailer';
import { fromRoot } from '../../runtime/paths.js';
import { loadSmtpConfig } from '../../server/core/config.js';
import { AdmissionService } from '../../server/services/admission.js';
import { InvitationService } from '../../server/services/invitations.js';
import { MailIntake } from '../../server/services/mail-intake.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer } from './harness.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-mail-start-'));
  dirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const listening = (server: Server): Promise<number> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );

/** Starts the server and resolves once its log has a line matching `until` (with all the log so far). */
function start(env: Record<string, string>, until: RegExp): Promise<{ child: ChildProcess; log: string }> {
  const child = spawn(process.execPath, [fromRoot('dist', 'server', 'main.js')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATA_DIR: tempDir(),
      HOST: '127.0.0.1',
      PORT: '0',
      WORKERS: '1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (until.test(log)) resolve({ child, log });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${log}`)));
  });
}

const stop = (child: ChildProcess): Promise<unknown> =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

describe('npm start with the test mailbox', () => {
  test('a taken SMTP port is said plainly, and the web server runs on', async () => {
    const blocker = createServer();
    const taken = await listening(blocker);
    try {
      const free = createServer();
      const port = await listening(free);
      await new Promise((resolve) => free.close(resolve));
      const { child, log } = await start(
        { SMTP_PORT: String(taken), PORT: String(port) },
        /Test mailbox \(SMTP\) not started[^\n]*\n[\s\S]*listens on http|listens on http[\s\S]*Test mailbox \(SMTP\) not started/,
      );
      expect(log).toContain(`port ${taken} is in use. Set SMTP_PORT to a free port (or SMTP_ENABLED=false)`);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      await stop(child);
    } finally {
      blocker.close();
    }
  }, 60_000);

  test('listens on a free port, and send-sample gets the refusal of an unknown address', async () => {
    const { child, log } = await start({ SMTP_PORT: '0' }, /Test mailbox \(SMTP\) listens on port \d+/);
    const smtpPort = /listens on port (\d+)/.exec(log)![1]!;
    const dir = tempDir();
    const pdf = path.join(dir, 'factuur.pdf');
    writeFileSync(pdf, await textInvoicePdf());
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [
          fromRoot('dist', 'scripts', 'send-sample.js'),
          pdf,
          '--to',
          `nobody@proef.localhost`,
          '--port',
          smtpPort,
        ],
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused: 550 5\.1\.1 <nobody@proef\.localhost>: no such test mailbox/);
    await stop(child);
  }, 60_000);
});

describe('STARTTLS', () => {
  test('is offered with a configured certificate and not without one', async () => {
    const dir = tempDir();
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=proef.test',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const server = await startTestServer();
    const invitations = new InvitationService(
      server.services.invitations,
      server.services.profiles,
      server.services.buyers,
      server.services.runs,
      undefined,
      new AdmissionService(server.services.runs, server.services.buyers),
    );
    const mailbox = async (tls: boolean): Promise<MailIntake> => {
      const intake = new MailIntake({
        config: {
          ...loadSmtpConfig({}),
          port: 0,
          host: '127.0.0.1',
          domain: 'proef.test',
          ...(tls && { tlsCertFile: cert, tlsKeyFile: key }),
        },
        invitations,
        mailRuns: server.services.mailRuns,
      });
      return intake;
    };
    /** Whether a client that insists on TLS gets as far as the recipient (refused: no such mailbox). */
    const tryTls = async (intake: MailIntake): Promise<string> => {
      const port = await intake.listen();
      const transport = nodemailer.createTransport({
        host: '127.0.0.1',
        port,
        requireTLS: true,
        tls: { rejectUnauthorized: false },
      });
      try {
        await transport.sendMail({
          envelope: { from: 'a@b.example', to: 'x@proef.test' },
          raw: 'Subject: x\r\n\r\nx',
        });
        return 'accepted';
      } catch (error) {
        return String((error as { response?: string; message: string }).response ?? (error as Error).message);
      } finally {
        transport.close();
        await intake.close();
      }
    };
    try {
      expect(await tryTls(await mailbox(true))).toMatch(/^550 5\.1\.1/);
      // Without a certificate the server does not know STARTTLS: a client that insists gives up.
      expect(await tryTls(await mailbox(false))).toMatch(/^500 .*command not recognized/);
    } finally {
      await server.close();
    }
  }, 60_000);
});
