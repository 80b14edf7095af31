/**
 * Outbound e-mail over the real app: invitations, reminders, approval and rejection notices, the
 * buyer's notices, the verdict reply to a sample sent by e-mail, and the outbox. A second SMTP server
 * (smtp-server, `mail/capture.ts`) is the relay: nodemailer really sends to it over 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadOutboundMailConfig } from '../../server/core/config.js';
import { openDatabase } from '../../server/store/database.js';
import { type OutboxMessage, OutboxStore } from '../../server/store/outbox.js';
import { RunStore } from '../../server/store/runs.js';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';
import {
  type Captured,
  type CaptureRelay,
  closedPort,
  nextEvent,
  startCaptureRelay,
} from './mail/capture.js';

const BASE = 'https://proef.example';
const PASSWORD = 'correct horse battery staple';

interface Answer {
  status: number;
  body: Record<string, any>;
}

async function call(
  server: TestServer,
  method: string,
  path: string,
  options: { key?: string; json?: unknown; form?: FormData } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | FormData | undefined = options.form;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

const profileDoc = (delivery: Record<string, unknown>) => ({
  name: 'ACME crediteuren',
  channels: 'text',
  buyer: { name: 'ACME B.V.' },
  text: { required: true },
  checks: { 'text.layer-present': { severity: 'error' } },
  delivery: { invoiceAddress: 'facturen@acme.nl', startDate: '2099-03-01', ...delivery },
});

interface Buyer {
  key: string;
  id: string;
}

async function newBuyer(server: TestServer, name: string, user?: string): Promise<Buyer> {
  const { buyer, apiKey } = await server.services.buyers.createBuyer(name);
  if (user) await server.services.users.createUser(buyer.id, user, PASSWORD);
  return { key: apiKey, id: buyer.id };
}

async function newProfile(server: TestServer, buyer: Buyer, delivery: Record<string, unknown> = {}) {
  const res = await call(server, 'POST', '/api/profiles', { key: buyer.key, json: profileDoc(delivery) });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function invite(
  server: TestServer,
  buyer: Buyer,
  profileId: string,
  extra: Record<string, unknown> = {},
) {
  const res = await call(server, 'POST', '/api/invitations', {
    key: buyer.key,
    json: {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId,
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  const token = /^\/i\/([A-Za-z0-9_-]{43})$/.exec(res.body.link as string)![1]!;
  return { id: res.body.invitation.id as string, token };
}

async function upload(server: TestServer, token: string, bytes: Uint8Array): Promise<Record<string, any>> {
  const res = await call(server, 'POST', `/api/i/${token}/runs`, { form: uploadForm(bytes) });
  expect(res.status).toBe(202);
  const done = await call(server, 'GET', `/api/i/${token}/runs/${res.body.id}?wait=20`);
  return done.body;
}

const mailConfig = (extra: Partial<ReturnType<typeof loadOutboundMailConfig>> = {}) => ({
  ...loadOutboundMailConfig({ PUBLIC_BASE_URL: BASE }),
  ...extra,
});

/** The messages of one kind the mailer has finished with (sent), by kind and recipient. */
function sentOf(server: TestServer, kind: string): Promise<OutboxMessage> {
  return nextEvent<OutboxMessage>(server.services.mailer, 'sent', (m) => m.kind === kind);
}

/** The captured message whose Message-ID is that of an outbox message. */
function captured(relay: CaptureRelay, message: OutboxMessage): Captured {
  const found = relay.messages.find((m) => m.parsed.messageId === message.messageId);
  expect(found).toBeDefined();
  return found!;
}

describe('outbound e-mail through a relay', () => {
  let relay: CaptureRelay;
  let server: TestServer;
  let acme: Buyer;

  beforeAll(async () => {
    relay = await startCaptureRelay();
    server = await startTestServer({ workers: 1, outboundMail: mailConfig({ relayUrl: relay.url }) });
    acme = await newBuyer(server, 'ACME B.V.', 'jan@acme.nl');
  });
  afterAll(async () => {
    await server.close();
    await relay.close();
  });

  it('e-mails the invitation in English when asked: the link, the test address and three steps', async () => {
    const profileId = await newProfile(server, acme);
    const sent = sentOf(server, 'invitation');
    const inv = await invite(server, acme, profileId, { language: 'en' });
    const mail = captured(relay, await sent);
    expect(mail.envelopeTo).toEqual(['admin@korenschoof.nl']);
    expect(mail.parsed.subject).toBe('ACME B.V. asks you to test a sample invoice');
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Dear Bakkerij De Korenschoof,');
    expect(text).toContain(`${BASE}/i/${inv.token}?lang=en`);
    expect(text).toContain(`${inv.token}@proef.localhost`);
    expect(text).toMatch(/1\. .*\n2\. .*\n3\. /);
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('e-mails the invitation in Dutch by default', async () => {
    const profileId = await newProfile(server, acme);
    const sent = sentOf(server, 'invitation');
    const inv = await invite(server, acme, profileId);
    const mail = captured(relay, await sent);
    expect(mail.parsed.subject).toBe('ACME B.V. vraagt u een proeffactuur te testen');
    expect(mail.parsed.text).toContain(`${BASE}/i/${inv.token}?lang=nl`);
    expect(mail.parsed.text).toContain('Zo werkt het, in 3 stappen:');
  });

  it('tells the buyer a sample waits for approval, then tells the supplier the invoice address and start date', async () => {
    const profileId = await newProfile(server, acme, { manualApproval: true });
    const inv = await invite(server, acme, profileId);
    const awaiting = sentOf(server, 'buyer-sample-awaiting');
    const run = await upload(server, inv.token, await textInvoicePdf({ buyerName: 'ACME B.V.' }));
    expect(run.verdict).toBe('accepted');
    const toBuyer = captured(relay, await awaiting);
    expect(toBuyer.envelopeTo).toEqual(['jan@acme.nl']);
    expect(toBuyer.parsed.text).toContain('wacht op uw goedkeuring');
    expect(toBuyer.parsed.text).toContain('waits for your approval');
    expect(toBuyer.parsed.text).toContain(`${BASE}/run.html?id=${run.id}`);

    const approved = sentOf(server, 'invitation-approved');
    const review = await call(server, 'POST', `/api/runs/${run.id}/reviews`, {
      key: acme.key,
      json: { decision: 'approved' },
    });
    expect(review.status).toBe(201);
    const toSupplier = captured(relay, await approved);
    expect(toSupplier.envelopeTo).toEqual(['admin@korenschoof.nl']);
    expect(toSupplier.parsed.subject).toBe('Goedgekeurd: u kunt facturen sturen aan ACME B.V.');
    expect(toSupplier.parsed.text).toContain('Vanaf 1 maart 2099');
    expect(toSupplier.parsed.text).toContain('facturen@acme.nl');
    expect(toSupplier.parsed.text).toContain(`${BASE}/i/${inv.token}?lang=nl`);
  });

  it('tells the supplier in its language when the buyer rejects a sample, with the comment', async () => {
    const profileId = await newProfile(server, acme, { manualApproval: true });
    const inv = await invite(server, acme, profileId, { language: 'en' });
    const run = await upload(server, inv.token, await textInvoicePdf({ buyerName: 'ACME B.V.' }));
    const rejected = sentOf(server, 'invitation-rejected');
    await call(server, 'POST', `/api/runs/${run.id}/reviews`, {
      key: acme.key,
      json: { decision: 'rejected', comment: 'Please put our order number on the invoice.' },
    });
    const mail = captured(relay, await rejected);
    expect(mail.parsed.subject).toBe('ACME B.V. has not approved your sample invoice yet');
    expect(mail.parsed.text).toContain('Please put our order number on the invoice.');
  });

  it('tells the buyer once that a sample passed, even when the run is announced again', async () => {
    const profileId = await newProfile(server, acme);
    const inv = await invite(server, acme, profileId);
    const passed = sentOf(server, 'buyer-sample-passed');
    const cleared = sentOf(server, 'invitation-approved');
    const run = await upload(server, inv.token, await textInvoicePdf({ buyerName: 'ACME B.V.' }));
    const notice = captured(relay, await passed);
    expect(notice.parsed.text).toContain('is goedgekeurd');
    // Without manual approval the passing sample clears the supplier: it is told where to send.
    expect(captured(relay, await cleared).parsed.text).toContain('facturen@acme.nl');
    server.services.runs.emit('finished', await server.services.runs.get(run.id as string));
    // The listener of 'finished' works asynchronously: wait until it has (not) queued a second notice.
    await server.services.notifications.settled();
    const notices = (await server.services.mailer.store.list({ buyerId: acme.id, limit: 100 })).filter(
      (m) => m.kind === 'buyer-sample-passed' && m.text.includes(run.id as string),
    );
    expect(notices).toHaveLength(1);
  });

  it('answers a sample in its thread, in Dutch: the verdict, each finding with its fix, the report link', async () => {
    const profileId = await newProfile(server, acme);
    const inv = await invite(server, acme, profileId);
    const run = await upload(server, inv.token, await imageOnlyPdf());
    expect(run.verdict).toBe('rejected');
    const errors = (run.report.findings as any[]).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const sent = sentOf(server, 'verdict-reply');
    await server.services.mailReplies.sendVerdictReply({
      to: 'admin@korenschoof.nl',
      inReplyTo: '<factuur-123@korenschoof.nl>',
      subject: 'Factuur 2026-001',
      runId: run.id as string,
      language: 'nl',
      token: inv.token,
    });
    const mail = captured(relay, await sent);
    expect(mail.parsed.subject).toBe('Re: Factuur 2026-001');
    expect(mail.parsed.inReplyTo).toBe('<factuur-123@korenschoof.nl>');
    expect(mail.parsed.references).toBe('<factuur-123@korenschoof.nl>');
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Uitslag: Afgekeurd');
    expect(text).toContain(
      'De software van ACME B.V. kan deze factuur niet goed lezen. Ook komt de factuur zo niet aan.',
    );
    for (const finding of errors) {
      expect(text).toContain(finding.message.nl);
      if (finding.hint) expect(text).toContain(`Wat u kunt doen: ${finding.hint.nl}`);
    }
    expect(text).toContain(`${BASE}/i/${inv.token}?lang=nl`);
  });

  it('answers a passing sample in English with the verdict and the report link', async () => {
    const profileId = await newProfile(server, acme, { manualApproval: true });
    const inv = await invite(server, acme, profileId);
    const run = await upload(server, inv.token, await textInvoicePdf({ buyerName: 'ACME B.V.' }));
    const sent = sentOf(server, 'verdict-reply');
    await server.services.mailReplies.sendVerdictReply({
      to: 'admin@korenschoof.nl',
      runId: run.id as string,
      language: 'en',
    });
    const mail = captured(relay, await sent);
    expect(mail.parsed.subject).toBe('Result of your sample invoice: Accepted');
    expect(mail.parsed.inReplyTo).toBeUndefined();
    expect(mail.parsed.text).toContain("ACME B.V.'s software can read and process this invoice.");
    expect(mail.parsed.text).toContain(`${BASE}/run.html?id=${run.id}`);
  });
});

describe('outbound e-mail without a relay', () => {
  let server: TestServer;
  let acme: Buyer;
  let other: Buyer;
  let reader: string;

  beforeAll(async () => {
    server = await startTestServer({ workers: 1, outboundMail: mailConfig() });
    acme = await newBuyer(server, 'ACME B.V.');
    other = await newBuyer(server, 'Concurrent B.V.');
    reader = (await server.services.buyers.createKey(other.id, { scopes: ['read'] })).apiKey;
  });
  afterAll(() => server.close());

  it('keeps the invitation in the buyer’s outbox, with its link, newest first and paginated', async () => {
    const profileId = await newProfile(server, acme);
    const first = await invite(server, acme, profileId);
    const second = await invite(server, acme, profileId, { supplierEmail: 'boekhouding@molen.nl' });
    const page1 = await call(server, 'GET', '/api/outbox?limit=1', { key: acme.key });
    expect(page1.status).toBe(200);
    expect(page1.body.messages).toHaveLength(1);
    expect(page1.body.messages[0]).toMatchObject({
      kind: 'invitation',
      to: 'boekhouding@molen.nl',
      status: 'held',
      attempts: 0,
    });
    expect(page1.body.messages[0].text).toContain(`/i/${second.token}`);
    const page2 = await call(server, 'GET', `/api/outbox?limit=1&cursor=${page1.body.nextCursor}`, {
      key: acme.key,
    });
    expect(page2.body.messages[0].text).toContain(`/i/${first.token}`);
    const held = await call(server, 'GET', '/api/outbox?status=held', { key: acme.key });
    expect(held.body.messages).toHaveLength(2);
  });

  it('does not show one buyer’s outbox to another buyer’s read-only key', async () => {
    const mine = await call(server, 'GET', '/api/outbox', { key: acme.key });
    const id = mine.body.messages[0].id as string;
    expect((await call(server, 'GET', `/api/outbox/${id}`, { key: acme.key })).status).toBe(200);
    const theirs = await call(server, 'GET', `/api/outbox/${id}`, { key: reader });
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('outbox_message_not_found');
    const list = await call(server, 'GET', '/api/outbox', { key: reader });
    expect(list.status).toBe(200);
    expect(list.body.messages).toEqual([]);
    expect((await call(server, 'GET', '/api/outbox')).status).toBe(401);
  });
});

describe('outbound e-mail when the relay is down', () => {
  it('answers the invitation at once, retries, and shows the message failed with its error', async () => {
    const port = await closedPort();
    const server = await startTestServer({
      workers: 1,
      outboundMail: mailConfig({ relayUrl: `smtp://127.0.0.1:${port}`, maxAttempts: 2, retryBaseMs: 20 }),
    });
    try {
      const acme = await newBuyer(server, 'ACME B.V.');
      const profileId = await newProfile(server, acme);
      const retried = nextEvent<OutboxMessage>(server.services.mailer, 'retry');
      const failed = nextEvent<OutboxMessage>(server.services.mailer, 'failed');
      await invite(server, acme, profileId);
      // The request was answered (201) before the relay was even tried.
      expect((await retried).attempts).toBe(1);
      await failed;
      const outbox = await call(server, 'GET', '/api/outbox', { key: acme.key });
      expect(outbox.body.messages[0]).toMatchObject({ kind: 'invitation', status: 'failed', attempts: 2 });
      expect(outbox.body.messages[0].lastError).toMatch(/Given up after 2 attempts: .*ECONNREFUSED/);
    } finally {
      await server.close();
    }
  });
});

describe('the invitation reminder', () => {
  it('is sent once after the configured days when nothing was tested, also across a restart', async () => {
    let offsetDays = 0;
    const now = () => new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000);
    const config = { workers: 1, outboundMail: mailConfig({ reminderDays: 7 }) };
    let server = await startTestServer(config, { now });
    const acme = await newBuyer(server, 'ACME B.V.');
    const profileId = await newProfile(server, acme);
    const inv = await invite(server, acme, profileId, { language: 'en' });
    const tested = await invite(server, acme, profileId);
    await upload(server, tested.token, await imageOnlyPdf());
    const reminders = async () =>
      (await server.services.mailer.store.list({ buyerId: acme.id, limit: 100 })).filter(
        (m) => m.kind === 'invitation-reminder',
      );

    offsetDays = 6;
    expect(await server.services.notifications.sweepReminders()).toBe(0);
    offsetDays = 8;
    expect(await server.services.notifications.sweepReminders()).toBe(1);
    expect(await server.services.notifications.sweepReminders()).toBe(0);
    const [reminder] = await reminders();
    expect(reminder).toMatchObject({ to: 'admin@korenschoof.nl', language: 'en' });
    expect(reminder!.subject).toBe('Reminder: ACME B.V. is waiting for your sample invoice');
    expect(reminder!.text).toContain(`/i/${inv.token}?lang=en`);

    await server.close({ keepData: true });
    server = await startTestServer({ ...config, dataDir: server.dataDir }, { now });
    try {
      expect(await server.services.notifications.sweepReminders()).toBe(0);
      expect(await reminders()).toHaveLength(1);
      // The link token kept for the reminder is forgotten once the link stops working.
      const outbox = server.services.mailer.store;
      expect((await outbox.notice('invitation', inv.id))?.data).toBe(inv.token);
      await call(server, 'POST', `/api/invitations/${inv.id}/revoke`, { key: acme.key });
      await server.services.notifications.sweepReminders();
      expect((await outbox.notice('invitation', inv.id))?.data).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('a sample that passes while the server shuts down', () => {
  it('still gets its notices: they are queued before the server stops', async () => {
    const server = await startTestServer({ workers: 1, outboundMail: mailConfig() });
    try {
      const acme = await newBuyer(server, 'ACME B.V.', 'jan@acme.nl');
      const inv = await invite(server, acme, await newProfile(server, acme));
      const res = await call(server, 'POST', `/api/i/${inv.token}/runs`, {
        form: uploadForm(await textInvoicePdf({ buyerName: 'ACME B.V.', pages: 20 })),
      });
      expect(res.status).toBe(202);
      // Still running when the shutdown begins: it finishes within the grace period.
      expect((await server.services.runs.get(res.body.id as string))?.status).not.toBe('completed');
      await server.services.close(20_000);
      const db = openDatabase(server.dataDir);
      try {
        const runs = new RunStore(db);
        expect((await runs.get(res.body.id as string))?.verdict).toBe('accepted');
        const kinds = (await new OutboxStore(db).list({ buyerId: acme.id, limit: 100 })).map((m) => m.kind);
        expect(kinds).toEqual(expect.arrayContaining(['buyer-sample-passed', 'invitation-approved']));
      } finally {
        db.close();
      }
    } finally {
      await server.close().catch(() => undefined); // the services are closed already
    }
  });
});
