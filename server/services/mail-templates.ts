/**
 * The e-mails the server sends, put together from the e-mail texts (`engine/i18n/mail-nl.ts`,
 * `mail-en.ts`): plain words for small suppliers, the same wording as the report page. Plain text
 * only: it reads everywhere, and links stay visible. Each template returns the subject and the body.
 */

import { textIn } from '../../engine/i18n/catalogue.js';
import { verdictHeadline } from '../../engine/i18n/headline.js';
import { type MailMessageId, mailText } from '../../engine/i18n/mail.js';
import type { TemplateValue } from '../../engine/i18n/template.js';
import {
  type Finding,
  type Lang,
  LOCALE_OF,
  type ReasonKind,
  type Verdict,
} from '../../engine/model/finding.js';

/** A ready e-mail text. */
export interface MailText {
  readonly subject: string;
  readonly text: string;
}

type Vars = Readonly<Record<string, TemplateValue>>;

/** A date (YYYY-MM-DD or ISO) written out: `3 maart 2099`, `3 March 2099`. */
export function longDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = LOCALE_OF[lang];
  // A formatter costs milliseconds to build: one per locale (a CSV import writes thousands of mails).
  let format = LONG_DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    LONG_DATES.set(locale, format);
  }
  return format.format(date);
}

const LONG_DATES = new Map<string, Intl.DateTimeFormat>();

const lines = (...parts: (string | false | undefined)[]): string =>
  `${parts.filter((p): p is string => typeof p === 'string').join('\n')}\n`;

// --- the answer to a sample sent by e-mail -------------------------------------------------------

/** Most findings written out in a reply; the rest are counted and left to the report page. */
export const MAX_FINDINGS_IN_MAIL = 20;

/** The answer to a sample: the verdict in plain words, each finding with its fix, and the report's link. */
export function verdictReply(
  lang: Lang,
  input: {
    verdict: Verdict;
    /** The kinds of the errors (`verdictReason`): the verdict is worded by them. */
    reason?: readonly ReasonKind[];
    buyerName?: string;
    fileName?: string;
    findings: readonly Finding[];
    /** Why a run could not check everything. */
    incomplete?: string;
    reportUrl: string;
    /** The subject of the supplier's message (the reply's subject becomes `Re: …`). */
    subject?: string;
  },
): MailText {
  const t = (id: MailMessageId, vars: Vars = {}): string => mailText(lang, id, vars);
  const buyer = input.buyerName?.trim() || t('reply.the-buyer');
  const verdict = t(`reply.verdict.${input.verdict}`);
  // Errors first, then warnings; notes (`info`) stay on the report page.
  const shown = input.findings
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const listed = shown.slice(0, MAX_FINDINGS_IN_MAIL);
  const original = input.subject?.trim();
  const subject = original
    ? /^(re|antw|aw|sv):/i.test(original)
      ? original
      : `Re: ${original}`
    : t('reply.subject', { verdict });
  const findingLines = listed.flatMap((finding, index) => [
    `${index + 1}. [${t(finding.severity === 'error' ? 'reply.must-fix' : 'reply.advice')}] ${textIn(finding.message, lang)}`,
    ...(finding.hint ? [`   ${t('reply.fix')} ${textIn(finding.hint, lang)}`] : []),
    '',
  ]);
  return {
    subject,
    text: lines(
      t('reply.greeting'),
      '',
      input.fileName
        ? t('reply.checked', { file: input.fileName, buyer })
        : t('reply.checked-no-file', { buyer }),
      '',
      t('reply.result', { verdict }),
      // Without a name the headline says "the buyer" in its own grammatical case (German: "von dem …").
      verdictHeadline({ verdict: input.verdict, reason: [...(input.reason ?? [])] }, lang, input.buyerName),
      input.verdict !== 'accepted' && t(`reply.next.${input.verdict}`),
      input.incomplete !== undefined && t('reply.incomplete', { reason: input.incomplete }),
      '',
      ...(listed.length === 0 ? [t('reply.none'), ''] : findingLines),
      shown.length > listed.length && `${t('reply.more', { count: shown.length - listed.length })}\n`,
      t('reply.report'),
      input.reportUrl,
      '',
      t('signature'),
    ),
  };
}

// --- invitations ---------------------------------------------------------------------------------

/** What the invitation e-mails name. */
export interface InvitationFacts {
  readonly buyerName: string;
  readonly supplierName: string;
  /** The supplier's page (`/i/<token>`); absent when the link is no longer known. */
  readonly link?: string;
  /** The test mailbox (`<token>@<MAIL_DOMAIN>`), when the e-mail intake is on. */
  readonly testAddress?: string;
  /** When the link stops working (ISO). */
  readonly expiresAt: string;
  /** The supplier portal (`/supplier.html`): every buyer's invitations in one place. */
  readonly portalUrl?: string;
}

function invitationBody(lang: Lang, facts: InvitationFacts, reminder: boolean): string {
  const vars: Vars = {
    buyer: facts.buyerName,
    supplier: facts.supplierName,
    link: facts.link,
    address: facts.testAddress,
    until: longDate(facts.expiresAt, lang),
    portal: facts.portalUrl,
  };
  const t = (id: MailMessageId): string => mailText(lang, id, vars);
  return lines(
    t('invite.greeting'),
    '',
    t(reminder ? 'invite.reminder-intro' : 'invite.intro'),
    '',
    t('invite.steps'),
    t(facts.link ? 'invite.step1' : 'invite.step1-no-link'),
    t(facts.testAddress ? 'invite.step2-mail' : 'invite.step2'),
    t('invite.step3'),
    '',
    t('invite.until'),
    ...(facts.portalUrl ? ['', t('invite.portal')] : []),
    '',
    t('signature'),
  );
}

/** The invitation to a supplier. */
export function invitationMail(lang: Lang, facts: InvitationFacts): MailText {
  return {
    subject: mailText(lang, 'invite.subject', { buyer: facts.buyerName }),
    text: invitationBody(lang, facts, false),
  };
}

/** The reminder when nothing was tested after some days. */
export function reminderMail(lang: Lang, facts: InvitationFacts): MailText {
  return {
    subject: mailText(lang, 'invite.reminder-subject', { buyer: facts.buyerName }),
    text: invitationBody(lang, facts, true),
  };
}

/** The notice to a supplier that it may send live invoices: where and from when, as its page shows. */
export function approvedMail(
  lang: Lang,
  facts: {
    buyerName: string;
    supplierName: string;
    invoiceAddress?: string;
    startDate: string;
    link?: string;
  },
): MailText {
  const vars: Vars = {
    buyer: facts.buyerName,
    supplier: facts.supplierName,
    start: longDate(facts.startDate, lang),
  };
  const t = (id: MailMessageId): string => mailText(lang, id, vars);
  return {
    subject: t('decision.approved-subject'),
    text: lines(
      t('invite.greeting'),
      '',
      t('decision.approved'),
      facts.invoiceAddress ? `    ${facts.invoiceAddress}` : t('decision.no-address'),
      '',
      t('decision.same'),
      ...(facts.link ? ['', t('decision.page'), facts.link] : []),
      '',
      t('signature'),
    ),
  };
}

/** The notice to a supplier that the buyer rejected its sample, with the buyer's comment. */
export function rejectedMail(
  lang: Lang,
  facts: { buyerName: string; supplierName: string; comment?: string; link?: string },
): MailText {
  const vars: Vars = { buyer: facts.buyerName, supplier: facts.supplierName };
  const t = (id: MailMessageId): string => mailText(lang, id, vars);
  return {
    subject: t('decision.rejected-subject'),
    text: lines(
      t('invite.greeting'),
      '',
      t('decision.rejected'),
      ...(facts.comment ? ['', t('decision.comment'), facts.comment] : []),
      ...(facts.link ? ['', t('decision.try-again'), facts.link] : []),
      '',
      t('signature'),
    ),
  };
}

// --- to the buyer (both languages in one message: a buyer has no language setting) ---------------

/** The notice to the buyer that a sample passed (`passed`) or waits for its approval (`awaiting`). */
export function buyerSampleMail(
  kind: 'passed' | 'awaiting',
  facts: { supplierName: string; startDate?: string; runUrl: string },
): MailText {
  const part = (lang: Lang): string[] => {
    const vars: Vars = {
      supplier: facts.supplierName,
      start: facts.startDate ? longDate(facts.startDate, lang) : undefined,
    };
    return [mailText(lang, `buyer.${kind}`, vars), '', mailText(lang, 'buyer.open'), facts.runUrl, ''];
  };
  return {
    subject: `${mailText('nl', `buyer.${kind}-subject`, { supplier: facts.supplierName })} / ${mailText('en', `buyer.${kind}-subject`, { supplier: facts.supplierName })}`,
    text: lines(...part('nl'), '———', '', ...part('en'), mailText('nl', 'signature')),
  };
}

/** The supplier portal's one-time sign-in link (`server/services/supplier-portal.ts`). */
export function signInLinkMail(lang: Lang, facts: { link: string; minutes: number }): MailText {
  const t = (id: MailMessageId, vars: Vars = {}): string => mailText(lang, id, vars);
  return {
    subject: t('signin.subject'),
    text: lines(
      t('signin.greeting'),
      '',
      t('signin.intro'),
      facts.link,
      '',
      t('signin.valid', { minutes: facts.minutes }),
      t('signin.not-you'),
    ),
  };
}
