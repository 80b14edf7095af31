/**
 * German and French over the real app: a run's findings and the API's errors by `Accept-Language`,
 * an invitation in German with its e-mails (the invitation, the answer to a sample, the approval),
 * and the printable report in French — with amounts and dates in the reader's locale.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localize } from '../../engine/i18n/catalogue.js';
import { loadOutboundMailConfig } from '../../server/core/config.js';
import type { OutboxMessage } from '../../server/store/outbox.js';
import { badVatIdInvoicePdf } from '../fixtures/kinds.js';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';
import { type CaptureRelay, nextEvent, startCaptureRelay } from './mail/capture.js';

const BASE = 'https://proef.example';

let relay: CaptureRelay;
let server: TestServer;
let buyerKey: string;

beforeAll(async () => {
  relay = await startCaptureRelay();
  server = await startTestServer({
    workers: 1,
    outboundMail: { ...loadOutboundMailConfig({ PUBLIC_BASE_URL: BASE }), relayUrl: relay.url },
  });
  buyerKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
});
afterAll(async () => {
  await server?.close();
  await relay?.close();
});

async function call(
  method: string,
  path: string,
  options: { key?: string; json?: unknown; form?: FormData; lang?: string } = {},
): Promise<{ status: number; body: Record<string, any>; text: string }> {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.lang) headers['accept-language'] = options.lang;
  let body: string | FormData | undefined = options.form;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : {};
  return { status: res.status, body: json as Record<string, any>, text };
}

/** The next message of a kind the mailer has sent, as the relay received it. */
async function nextSent(kind: string): Promise<{ subject: string; text: string }> {
  const message = await nextEvent<OutboxMessage>(server.services.mailer, 'sent', (m) => m.kind === kind);
  const found = relay.messages.find((m) => m.parsed.messageId === message.messageId);
  expect(found).toBeDefined();
  return { subject: found!.parsed.subject ?? '', text: found!.parsed.text ?? '' };
}

describe('the API in German and French', () => {
  it('returns a run’s findings with German and French texts, and its errors in the language asked for', async () => {
    const form = uploadForm(await badVatIdInvoicePdf(), { profile: 'text-capture' });
    const run = await call('POST', '/api/runs?wait=20', { form, lang: 'de-CH, en;q=0.5' });
    expect(run.body.verdict).toBe('rejected');
    const vat = (run.body.report.findings as any[]).find((f) => f.checkId === 'fields.valid-vat-id');
    expect(vat.message.de).toMatch(/ist keine gültige Umsatzsteuer-Identifikationsnummer/);
    expect(vat.message.fr).toMatch(/n’est pas un numéro d’identification TVA valide/);
    expect(vat.hint.de).toMatch(/^Prüfen Sie die USt-IdNr\./);

    const german = await call('GET', '/api/runs/does-not-exist', { lang: 'de-DE,de;q=0.9,en;q=0.8' });
    expect(german.status).toBe(404);
    expect(german.body.detail).toBe('Diese Prüfung gibt es nicht (mehr). Prüfen Sie die Adresse.');
    const french = await call('GET', '/api/runs/does-not-exist', { lang: 'fr-BE' });
    expect(french.body.detail).toBe('Ce contrôle n’existe pas (ou plus). Vérifiez l’adresse.');
    // A quality value decides, not the order: French is preferred here.
    const preferred = await call('GET', '/api/runs/does-not-exist', { lang: 'en;q=0.3, fr;q=0.9' });
    expect(preferred.body.detail).toBe(french.body.detail);
    const unknown = await call('GET', '/api/runs/does-not-exist', { lang: 'es-ES' });
    expect(unknown.body.detail).toBe('This run does not exist (any more). Check the address.');
  });

  it('writes the printable report in French: labels, headline, findings, and dates as France writes them', async () => {
    const form = uploadForm(await badVatIdInvoicePdf(), { profile: 'text-capture' });
    const run = await call('POST', '/api/runs?wait=20', { form });
    const id = run.body.id as string;
    const html = (await call('GET', `/api/runs/${id}/report.html`, { lang: 'fr-BE,fr;q=0.9' })).text;
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Rapport de test de la facture');
    expect(html).toContain('Refusée');
    expect(html).toContain(
      'Le logiciel de votre client peut lire cette facture, mais certaines données manquent ou sont incorrectes.',
    );
    const vat = (run.body.report.findings as any[]).find((f) => f.checkId === 'fields.valid-vat-id');
    expect(html).toContain(vat.message.fr.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(html).toContain('Numéro de facture');
    // "Envoyée" (submitted) is written the French way: "3 déc. 2026, 13:05".
    expect(html).toMatch(/\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}/);
    const german = (await call('GET', `/api/runs/${id}/report.html?lang=de`)).text;
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Prüfbericht Probe-Rechnung');
    expect(german).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\. \p{L}+\.? \d{4}/u);
  });
});

describe('an invitation in German', () => {
  it('is stored, sent, answered and approved in German, with German dates', async () => {
    const profile = await call('POST', '/api/profiles', {
      key: buyerKey,
      json: {
        name: 'ACME crediteuren',
        channels: 'text',
        buyer: { name: 'ACME B.V.' },
        text: { required: true },
        checks: { 'text.layer-present': { severity: 'error' } },
        delivery: { invoiceAddress: 'facturen@acme.nl', startDate: '2099-03-01', manualApproval: true },
      },
    });
    expect(profile.status).toBe(201);
    const invitationSent = nextSent('invitation');
    const created = await call('POST', '/api/invitations', {
      key: buyerKey,
      json: {
        supplierName: 'Bäckerei Schmidt',
        supplierEmail: 'buchhaltung@baeckerei.de',
        profileId: profile.body.id,
        language: 'de',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.invitation.language).toBe('de');
    const token = /^\/i\/([A-Za-z0-9_-]{43})$/.exec(created.body.link as string)![1]!;

    const invitation = await invitationSent;
    expect(invitation.subject).toBe('ACME B.V. bittet Sie, eine Probe-Rechnung zu testen');
    expect(invitation.text).toContain('Guten Tag Bäckerei Schmidt,');
    expect(invitation.text).toContain(`${BASE}/i/${token}?lang=de`);
    // "Der Link gilt bis 2. Januar 2027." — a German date with the month written out.
    expect(invitation.text).toMatch(
      /Der Link gilt bis \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\./,
    );

    // The supplier's page opens in German.
    const supplier = await call('GET', `/api/i/${token}`);
    expect(supplier.body.language).toBe('de');

    // A failing sample: the answer by e-mail is in the invitation's language.
    const upload = await call('POST', `/api/i/${token}/runs`, { form: uploadForm(await imageOnlyPdf()) });
    expect(upload.status).toBe(202);
    const failed = (await call('GET', `/api/i/${token}/runs/${upload.body.id}?wait=20`)).body;
    expect(failed.verdict).toBe('rejected');
    const answerSent = nextSent('verdict-reply');
    await server.services.mailReplies.sendVerdictReply({
      to: 'buchhaltung@baeckerei.de',
      subject: 'Rechnung 2026-001',
      runId: failed.id as string,
      language: created.body.invitation.language,
      token,
    });
    const answer = await answerSent;
    expect(answer.subject).toBe('Re: Rechnung 2026-001');
    expect(answer.text).toContain('Sehr geehrte Lieferantin, sehr geehrter Lieferant,');
    expect(answer.text).toContain('Ergebnis: Abgelehnt');
    expect(answer.text).toContain('Das Programm von ACME B.V. kann diese Rechnung nicht richtig lesen.');
    const errors = (failed.report.findings as any[]).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const finding of errors) {
      expect(answer.text).toContain(finding.message.de);
      if (finding.hint) expect(answer.text).toContain(`Was Sie tun können: ${finding.hint.de}`);
    }
    expect(answer.text).toContain(`${BASE}/i/${token}?lang=de`);
    expect(answer.text).toContain(localize('verdict.rejected.unreadable', { buyer: 'ACME B.V.' }).de);

    // A passing sample, approved by the buyer: the approval names the start date in German.
    const passing = await call('POST', `/api/i/${token}/runs`, {
      form: uploadForm(await textInvoicePdf({ buyerName: 'ACME B.V.' })),
    });
    const passed = (await call('GET', `/api/i/${token}/runs/${passing.body.id}?wait=20`)).body;
    expect(passed.verdict).toBe('accepted');
    const approvalSent = nextSent('invitation-approved');
    const review = await call('POST', `/api/runs/${passed.id}/reviews`, {
      key: buyerKey,
      json: { decision: 'approved' },
    });
    expect(review.status).toBe(201);
    const approval = await approvalSent;
    expect(approval.subject).toBe('Freigegeben: Sie können Rechnungen an ACME B.V. senden');
    expect(approval.text).toContain('Ab 1. März 2099 können Sie Ihre Rechnungen senden an:');
    expect(approval.text).toContain('facturen@acme.nl');
  });

  it('refuses a language it does not write, naming the four it does', async () => {
    const refused = await call('POST', '/api/invitations', {
      key: buyerKey,
      json: { supplierName: 'X', supplierEmail: 'x@example.com', profileId: 'p', language: 'es' },
      lang: 'fr',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain(
      'Choisissez la langue de l’invitation : néerlandais (nl), anglais (en), allemand (de) ou français (fr).',
    );
  });
});
