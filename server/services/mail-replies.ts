/**
 * The answer to a sample invoice that arrived by e-mail: the e-mail intake (helper "mailin") calls
 * {@link MailReplies.sendVerdictReply} when a mail run finishes. The reply reads the run and tells, in
 * the supplier's language, the verdict in plain words, each finding with its fix, and the link to the
 * report; it answers the supplier's message in its thread (`In-Reply-To`, `References`, `Re: subject`).
 * It is queued through the {@link Mailer}: a relay that is down never holds up the intake.
 */

import { perLang } from '../../engine/i18n/catalogue.js';
import { mailText } from '../../engine/i18n/mail.js';
import type { Finding, Lang } from '../../engine/model/finding.js';
import { verdictReason } from '../../engine/reason-kind.js';
import { langOfTag, runNotFound } from '../core/errors.js';
import type { BuyerStore } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';
import { mailVerdict } from './mail-runs.js';
import { verdictReply } from './mail-templates.js';
import type { Mailer } from './mailer.js';

/** What the e-mail intake asks: answer the supplier's message with the run's verdict. */
export interface MailReplies {
  sendVerdictReply(r: {
    /** The supplier's address (the message's `Reply-To` or `From`). */
    to: string;
    /** The `Message-ID` of the supplier's message, with its angle brackets. */
    inReplyTo?: string;
    /** The subject of the supplier's message. */
    subject?: string;
    runId: string;
    language: Lang;
    /**
     * The invitation link token the sample came in through (the local part of the address it was sent
     * to): the report link then opens the supplier's page. Without it the link is the run page.
     */
    token?: string;
  }): Promise<void>;
}

/** The run a reply reads. */
export interface RunReader {
  get(id: string): Promise<RunRecord | undefined>;
}

/** Builds the supplier's page link (`/i/<token>`) or the run page link (`/run.html?id=`). */
export function reportUrl(baseUrl: string, runId: string, language: Lang, token?: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return token
    ? `${base}/i/${encodeURIComponent(token)}?lang=${language}`
    : `${base}/run.html?id=${encodeURIComponent(runId)}`;
}

/** The {@link MailReplies} of the server. */
export class VerdictReplies implements MailReplies {
  constructor(
    private readonly runs: RunReader,
    private readonly mailer: Mailer,
    private readonly options: { baseUrl: string; buyers?: BuyerStore },
  ) {}

  async sendVerdictReply(r: Parameters<MailReplies['sendVerdictReply']>[0]): Promise<void> {
    const run = await this.runs.get(r.runId);
    if (!run) throw runNotFound();
    const language: Lang = langOfTag(r.language) ?? 'nl';
    const buyerName =
      run.profile.buyer?.name ??
      (run.buyerId !== undefined ? (await this.options.buyers?.getBuyer(run.buyerId))?.name : undefined);
    const report = run.report;
    const incomplete = report?.incomplete ?? run.error;
    // An e-mail is answered for the message and every PDF in it: one verdict, each PDF's findings
    // named by its file.
    const pdfs: RunRecord[] = [];
    for (const id of run.childRunIds ?? []) {
      const pdf = await this.runs.get(id);
      if (pdf) pdfs.push(pdf);
    }
    const isMail = run.file.kind === 'email';
    const verdict = isMail
      ? (mailVerdict(run, pdfs) ?? 'undetermined')
      : (run.verdict ?? report?.verdict ?? 'undetermined');
    const named =
      (pdf: RunRecord) =>
      (finding: Finding): Finding => ({
        ...finding,
        message: perLang((lang) =>
          mailText(lang, 'reply.in-file', { file: pdf.file.name ?? 'PDF', message: finding.message[lang] }),
        ),
      });
    const findings = [
      ...(report?.findings ?? []),
      ...pdfs.flatMap((pdf) => (pdf.report?.findings ?? []).map(named(pdf))),
    ];
    const fileName = isMail
      ? pdfs
          .map((pdf) => pdf.file.name)
          .filter((name) => name !== undefined)
          .join(', ') || undefined
      : run.file.name;
    const { subject, text } = verdictReply(language, {
      verdict,
      reason: verdictReason(findings),
      ...(buyerName !== undefined && { buyerName }),
      ...(fileName !== undefined && { fileName }),
      findings,
      ...(incomplete && { incomplete: incomplete.message[language] }),
      reportUrl: reportUrl(this.options.baseUrl, run.id, language, r.token),
      ...(r.subject !== undefined && { subject: r.subject }),
    });
    await this.mailer.enqueue({
      ...(run.buyerId !== undefined && { buyerId: run.buyerId }),
      kind: 'verdict-reply',
      to: r.to,
      subject,
      text,
      language,
      ...(r.inReplyTo !== undefined && { inReplyTo: r.inReplyTo, references: r.inReplyTo }),
    });
  }
}
