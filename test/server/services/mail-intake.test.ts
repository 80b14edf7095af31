/**
 * The test mailbox over real SMTP: the real smtp-server on 127.0.0.1 (port 0), messages sent with
 * nodemailer, the real run service and pipeline behind it. A recording MailReplies stands in for the
 * outbound mail service (another part of the code).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import nodemailer from 'nodemailer';
import { loadSmtpConfig } from '../../../server/core/config.js';
import { AdmissionService } from '../../../server/services/admission.js';
import { InvitationService } from '../../../server/services/invitations.js';
import { MailIntake } from '../../../server/services/mail-intake.js';
import type { MailReplies } from '../../../server/services/mail-runs.js';
import type { RunRecord } from '../../../server/store/runs.js';
import { gmailEml, invoicingPackageEml } from '../../fixtures/emails.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../harness.js';

const DOMAIN = 'proef.test';
const replies: Parameters<MailReplies['sendVerdictReply']>[0][] = [];
const recording: MailReplies = {
  async sendVerdictReply(reply) {
    replies.push(reply);
  },
};

let server: TestServer;
let intake: MailIntake;
let invitationService: InvitationService;
let smtpPort: number;
let buyerId: string;
let apiKey: string;

/** A profile of the buyer with a 200 KB mailbox, and a live invitation on it. */
async function invitation(mail: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
  const profile = await server.services.profiles.create(buyerId, {
    id: 'x',
    version: 1,
    name: 'Gemeente',
    channels: 'text',
    mail: { maxMessageBytes: 200 * 1024, ...mail },
  });
  const { invitation: inv, token } = await server.services.invitations.create({
    buyerId,
    profileId: profile.id,
    supplierName: 'Bakkerij De Korenaar',
    supplierEmail: 'admin@korenaar.example',
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  return { id: inv.id, token };
}

/** Sends raw bytes over SMTP; resolves with the server's answer or rejects with its error. */
async function send(
  raw: Uint8Array,
  to: string,
  from = 'facturen@korenaar.example',
): Promise<{ response: string }> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  try {
    return await transport.sendMail({ envelope: { from, to }, raw: Buffer.from(raw) });
  } finally {
    transport.close();
  }
}

/** The SMTP error of a refused send. */
async function refusal(
  raw: Uint8Array,
  to: string,
  from?: string,
): Promise<{ responseCode?: number; response?: string }> {
  try {
    await send(raw, to, from);
  } catch (error) {
    return error as { responseCode?: number; response?: string };
  }
  throw new Error('the message was accepted');
}

const runIdOf = (response: string): string => /run (run_[A-Za-z0-9_-]{22})/.exec(response)![1]!;

/** Waits until the message run and its PDF runs are final and the follow-up work is done. */
async function finalRuns(parentId: string): Promise<{ parent: RunRecord; children: RunRecord[] }> {
  const runs = server.services.runs;
  await runs.waitFor(parentId, 30_000);
  await server.services.mailRuns.idle();
  const parent = (await runs.get(parentId))!;
  const children: RunRecord[] = [];
  for (const id of parent.childRunIds ?? []) children.push((await runs.waitFor(id, 30_000))!);
  await server.services.mailRuns.idle();
  return { parent: (await runs.get(parentId))!, children };
}

beforeAll(async () => {
  server = await startTestServer({}, { mailReplies: recording });
  ({
    buyer: { id: buyerId },
    apiKey,
  } = await server.services.buyers.createBuyer('Gemeente Voorbeeld'));
  invitationService = new InvitationService(
    server.services.invitations,
    server.services.profiles,
    server.services.buyers,
    server.services.runs,
    undefined,
    new AdmissionService(server.services.runs, server.services.buyers),
  );
  intake = new MailIntake({
    config: { ...loadSmtpConfig({}), port: 0, host: '127.0.0.1', domain: DOMAIN, maxPerSenderPerHour: 5 },
    invitations: invitationService,
    mailRuns: server.services.mailRuns,
  });
  smtpPort = await intake.listen();
});

afterAll(async () => {
  await intake?.close();
  await server?.close();
});

describe('the test mailbox', () => {
  test('takes a sample for a live invitation: a message run, a run per PDF, and one answer', async () => {
    const inv = await invitation({ pdfsPerMessage: 'one' });
    const { response } = await send(await invoicingPackageEml(), `${inv.token}@${DOMAIN}`);
    expect(response).toMatch(/^250 2\.0\.0 Accepted/);
    const { parent, children } = await finalRuns(runIdOf(response));
    expect(parent.file.kind).toBe('email');
    expect(parent.report?.document.mail?.attachments.map((a) => a.role)).toEqual([
      'inline-image',
      'invoice',
      'invoice',
    ]);
    // Terms and conditions ride along as a second PDF: the message is rejected for it.
    expect(parent.verdict).toBe('rejected');
    expect(parent.report?.findings.map((f) => f.checkId)).toContain('mail.pdf-count');
    // Each PDF is checked on its own, against the same profile version, and belongs to the invitation.
    expect(children.map((c) => [c.file.name, c.parentRunId, c.file.kind])).toEqual([
      ['factuur-2024-0042.pdf', parent.id, 'pdf'],
      ['algemene-voorwaarden.pdf', parent.id, 'pdf'],
    ]);
    expect(children.every((c) => c.profile.version === parent.profile.version)).toBe(true);
    expect(await Promise.all(children.map((c) => server.services.invitations.invitationOfRun(c.id)))).toEqual(
      [inv.id, inv.id],
    );
    // The answer goes out once, when everything is final.
    expect(replies.filter((r) => r.runId === parent.id)).toEqual([
      {
        to: 'facturen@korenaar.example',
        inReplyTo: '<fixture-0042@korenaar.example>',
        subject: 'Factuur 2024-0042',
        runId: parent.id,
        language: 'nl',
        token: inv.token,
      },
    ]);
    // The supplier's page reads the message run with its children.
    const page = await fetch(`${server.url}/api/i/${inv.token}/runs/${parent.id}`);
    expect(((await page.json()) as { childRunIds: string[] }).childRunIds).toEqual(children.map((c) => c.id));
  });

  test('an e-mail counts for the invitation with its PDFs: a passing PDF in a rejected e-mail clears nothing', async () => {
    // Terms and conditions ride along as a second PDF: the message is rejected, whatever its PDFs say.
    const rejected = await invitation({ pdfsPerMessage: 'one' });
    const first = await finalRuns(
      runIdOf((await send(await invoicingPackageEml(), `${rejected.token}@${DOMAIN}`)).response),
    );
    expect(first.parent.verdict).toBe('rejected');
    expect(first.children.some((c) => c.verdict === 'accepted')).toBe(true);
    const stuck = await invitationService.status(
      (await server.services.invitations.get(buyerId, rejected.id))!,
    );
    expect(stuck.stage).toBe('tested');
    expect(stuck.cleared).toBeUndefined();
    expect(stuck.runCount).toBe(1);
    expect(stuck.samples.passed).toBe(0);
    // One invoice PDF in the message: the message and its PDF pass, and the invitation is cleared by it.
    const passing = await invitation({ pdfsPerMessage: 'one' });
    const second = await finalRuns(
      runIdOf((await send(await gmailEml(), `${passing.token}@${DOMAIN}`)).response),
    );
    expect([second.parent.verdict, ...second.children.map((c) => c.verdict)]).toEqual([
      'accepted',
      'accepted',
    ]);
    const cleared = await invitationService.status(
      (await server.services.invitations.get(buyerId, passing.id))!,
    );
    expect(cleared.cleared?.runId).toBe(second.parent.id);
    expect(cleared.samples.passed).toBe(1);
  });

  test('refuses an unknown address, another domain (no relay) and a revoked invitation with 550 5.1.1', async () => {
    const message = await gmailEml();
    const inv = await invitation();
    const before = (await server.services.runs.list({ buyerId, limit: 1000 })).length;
    for (const to of [`${'A'.repeat(43)}@${DOMAIN}`, `${inv.token}@elders.example`, 'postmaster@gmail.com']) {
      const error = await refusal(message, to);
      expect(error.responseCode).toBe(550);
      expect(error.response).toContain('5.1.1');
    }
    await server.services.invitations.revoke(buyerId, inv.id, new Date().toISOString());
    const revoked = await refusal(message, `${inv.token}@${DOMAIN}`);
    expect(revoked.responseCode).toBe(550);
    expect(revoked.response).toMatch(/5\.1\.1 .*unknown, revoked or expired/);
    expect((await server.services.runs.list({ buyerId, limit: 1000 })).length).toBe(before);
  });

  test('refuses a message over the buyer’s mailbox limit during DATA and stores nothing', async () => {
    const inv = await invitation({ maxMessageBytes: 20 * 1024 });
    const big = await gmailEml(await textInvoicePdf({ pages: 30 }));
    expect(big.length).toBeGreaterThan(20 * 1024);
    const before = (await server.services.runs.list({ buyerId, limit: 1000 })).length;
    const error = await refusal(big, `${inv.token}@${DOMAIN}`);
    expect(error.responseCode).toBe(552);
    expect(error.response).toMatch(/5\.3\.4 .*at most 20480 bytes/);
    expect((await server.services.runs.list({ buyerId, limit: 1000 })).length).toBe(before);
  });

  test('limits a burst of 100 messages from one sender with 450 4.7.1', async () => {
    const inv = await invitation();
    const message = new TextEncoder().encode('From: spam@flood.example\r\nSubject: hoi\r\n\r\nhoi\r\n');
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      ignoreTLS: true,
      pool: true,
      maxConnections: 1,
      maxMessages: Number.POSITIVE_INFINITY,
    });
    const codes: number[] = [];
    for (let i = 0; i < 100; i++) {
      try {
        await transport.sendMail({
          envelope: { from: 'spam@flood.example', to: `${inv.token}@${DOMAIN}` },
          raw: Buffer.from(message),
        });
        codes.push(250);
      } catch (error) {
        codes.push((error as { responseCode: number }).responseCode);
      }
    }
    transport.close();
    expect(codes.filter((c) => c === 250)).toHaveLength(5);
    expect(codes.slice(5).every((c) => c === 450)).toBe(true);
    const error = await refusal(message, `${inv.token}@${DOMAIN}`, 'spam@flood.example');
    expect(error.response).toMatch(/4\.7\.1 Too many messages from spam@flood\.example/);
    // Another sender still gets through.
    expect((await send(message, `${inv.token}@${DOMAIN}`, 'boekhouding@korenaar.example')).response).toMatch(
      /^250/,
    );
  });

  test('a message without a PDF gets a report that says so, and an answer', async () => {
    const inv = await invitation();
    const message = new TextEncoder().encode(
      'From: Jan <jan@korenaar.example>\r\nSubject: factuur\r\nMessage-ID: <m1@korenaar.example>\r\n\r\nFactuurnummer 12, totaal te betalen EUR 100,00 incl. btw\r\n',
    );
    const { response } = await send(message, `${inv.token}@${DOMAIN}`);
    const { parent, children } = await finalRuns(runIdOf(response));
    expect(children).toEqual([]);
    expect(parent.report?.findings.map((f) => f.messageId)).toEqual(['mail.no-attachment.body-invoice']);
    expect(replies.filter((r) => r.runId === parent.id)).toHaveLength(1);
  });
});

describe('a saved e-mail uploaded to POST /api/runs', () => {
  test('becomes the same mail run with a run per PDF, and no answer by e-mail', async () => {
    const message = await gmailEml();
    const form = uploadForm(message, {}, { name: 'factuur.eml' });
    const res = await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const body = (await res.json()) as { id: string; file: { kind: string } };
    expect(body.file.kind).toBe('email');
    const { parent, children } = await finalRuns(body.id);
    expect(parent.verdict).toBe('accepted');
    expect(children).toHaveLength(1);
    expect(children[0]?.file.name).toBe('factuur-2024-0042.pdf');
    const api = (await (
      await fetch(`${server.url}/api/runs/${parent.id}`, { headers: { authorization: `Bearer ${apiKey}` } })
    ).json()) as { childRunIds: string[] };
    expect(api.childRunIds).toEqual([children[0]!.id]);
    const child = (await (
      await fetch(`${server.url}/api/runs/${children[0]!.id}`, {
        headers: { authorization: `Bearer ${apiKey}` },
      })
    ).json()) as { parentRunId: string };
    expect(child.parentRunId).toBe(parent.id);
    expect(replies.some((r) => r.runId === parent.id)).toBe(false);
  });
});
