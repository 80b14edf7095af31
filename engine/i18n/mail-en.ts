/**
 * English texts of the e-mails the server sends (verdict replies, invitations, reminders, notices):
 * plain words for small suppliers, the same wording as the report page. Same ids and placeholders as
 * `mail-nl.ts`; `server/services/mail-templates.ts` puts them together.
 */
export const mailEn = {
  signature: '—\nThis message was sent automatically by Proeffactuur.',

  'reply.subject': 'Result of your sample invoice: {{verdict}}',
  'reply.greeting': 'Dear supplier,',
  'reply.checked': 'We checked your sample invoice {{file}} for {{buyer}}.',
  'reply.checked-no-file': 'We checked your sample invoice for {{buyer}}.',
  'reply.result': 'Result: {{verdict}}',
  'reply.verdict.accepted': 'Accepted',
  'reply.verdict.rejected': 'Rejected',
  'reply.verdict.undetermined': 'Could not be checked',
  'reply.next.rejected': 'Below, each point says what you can do. Then try again.',
  'reply.next.undetermined': 'This is not your fault. Please try again in a few minutes.',
  'reply.in-file': '{{file}}: {{message}}',
  'reply.incomplete': 'Why: {{reason}}',
  'reply.must-fix': 'Must be fixed',
  'reply.advice': 'Advice',
  'reply.fix': 'What you can do:',
  'reply.none': 'No remarks: everything is in order.',
  'reply.more': '… and {{count}} more points: see the full report.',
  'reply.report': 'The full report:',
  'reply.the-buyer': 'the buyer',

  'invite.subject': '{{buyer}} asks you to test a sample invoice',
  'invite.reminder-subject': 'Reminder: {{buyer}} is waiting for your sample invoice',
  'invite.greeting': 'Dear {{supplier}},',
  'invite.intro':
    '{{buyer}} reads invoices automatically. To make sure your invoices arrive well, we ask you to test one sample invoice first. It takes a few minutes and costs nothing.',
  'invite.reminder-intro':
    'Some time ago {{buyer}} asked you to test a sample invoice. We have not received an invoice from you yet.',
  'invite.steps': 'How it works, in 3 steps:',
  'invite.step1': '1. Open your personal page: {{link}}',
  'invite.step1-no-link': '1. Open the link in the invitation you received from {{buyer}}.',
  'invite.step2': '2. Tell us how you invoice and send an ordinary invoice PDF, as you send it to customers.',
  'invite.step2-mail':
    '2. Send an ordinary invoice PDF, as you send it to customers: upload it on the page, or e-mail it to {{address}} — send your sample exactly as you will send live invoices.',
  'invite.step3': "3. You see at once whether {{buyer}}'s software can read it, and what you can change.",
  'invite.until': 'The link works until {{until}}. Do not share it: it is for you only.',
  'invite.portal':
    'Invited by several organisations? See all your invitations in one place and test one invoice for all of them at once: {{portal}}',

  'decision.approved-subject': 'Approved: you can send invoices to {{buyer}}',
  'decision.approved':
    '{{buyer}} approved your sample invoice. From {{start}} you can send your invoices to:',
  'decision.no-address': '{{buyer}} will tell you the address for invoices.',
  'decision.same': 'Send them exactly like your sample: the same software, the same settings.',
  'decision.rejected-subject': '{{buyer}} has not approved your sample invoice yet',
  'decision.rejected': '{{buyer}} looked at your sample invoice and has not approved it yet.',
  'decision.comment': 'Comment from {{buyer}}:',
  'decision.try-again': 'Change your invoice and test again on your page:',
  'decision.page': 'Your page:',

  'buyer.passed-subject': 'Sample invoice passed: {{supplier}}',
  'buyer.awaiting-subject': 'Waiting for your approval: {{supplier}}',
  'buyer.passed': "{{supplier}}'s sample invoice passed. {{supplier}} can send invoices from {{start}}.",
  'buyer.awaiting': "{{supplier}}'s sample invoice passed the check and waits for your approval.",
  'buyer.open': 'See the report:',
  'signin.subject': 'Your sign-in link for Proeffactuur',
  'signin.greeting': 'Hello,',
  'signin.intro':
    'You asked for a link to see all your test invitations in one place. Click the link to sign in:',
  'signin.valid': 'The link works once, for {{minutes}} minutes. Do not share it: it is for you only.',
  'signin.not-you': 'Did you not ask for this? Then you can ignore this e-mail: nothing happens.',
} as const;

/** The id of an e-mail text. */
export type MailMessageId = keyof typeof mailEn;
