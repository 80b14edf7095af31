import type { MailMessageId } from './mail-en.js';

/** German texts of the e-mails the server sends (formal "Sie"). Same ids and placeholders as `mail-en.ts`. */
export const mailDe: Readonly<Record<MailMessageId, string>> = {
  signature: '—\nDiese Nachricht wurde automatisch von Proeffactuur gesendet.',

  'reply.subject': 'Ergebnis Ihrer Probe-Rechnung: {{verdict}}',
  'reply.greeting': 'Sehr geehrte Lieferantin, sehr geehrter Lieferant,',
  'reply.checked': 'Wir haben Ihre Probe-Rechnung {{file}} für {{buyer}} geprüft.',
  'reply.checked-no-file': 'Wir haben Ihre Probe-Rechnung für {{buyer}} geprüft.',
  'reply.result': 'Ergebnis: {{verdict}}',
  'reply.verdict.accepted': 'Angenommen',
  'reply.verdict.rejected': 'Abgelehnt',
  'reply.verdict.undetermined': 'Konnte nicht geprüft werden',
  'reply.next.rejected':
    'Unten steht bei jedem Punkt, was Sie tun können. Versuchen Sie es danach noch einmal.',
  'reply.next.undetermined':
    'Das liegt nicht an Ihnen. Bitte versuchen Sie es in einigen Minuten noch einmal.',
  'reply.in-file': '{{file}}: {{message}}',
  'reply.incomplete': 'Warum: {{reason}}',
  'reply.must-fix': 'Muss behoben werden',
  'reply.advice': 'Empfehlung',
  'reply.fix': 'Was Sie tun können:',
  'reply.none': 'Keine Anmerkungen: Alles ist in Ordnung.',
  'reply.more': '… und {{count}} weitere Punkte: siehe den vollständigen Bericht.',
  'reply.report': 'Der vollständige Bericht:',
  'reply.the-buyer': 'den Rechnungsempfänger',

  'invite.subject': '{{buyer}} bittet Sie, eine Probe-Rechnung zu testen',
  'invite.reminder-subject': 'Erinnerung: {{buyer}} wartet auf Ihre Probe-Rechnung',
  'invite.greeting': 'Guten Tag {{supplier}},',
  'invite.intro':
    '{{buyer}} liest Rechnungen automatisch. Damit Ihre Rechnungen gut ankommen, bitten wir Sie, zuerst eine Probe-Rechnung zu testen. Das dauert wenige Minuten und kostet nichts.',
  'invite.reminder-intro':
    'Vor einiger Zeit hat {{buyer}} Sie gebeten, eine Probe-Rechnung zu testen. Wir haben noch keine Rechnung von Ihnen erhalten.',
  'invite.steps': 'So geht es, in 3 Schritten:',
  'invite.step1': '1. Öffnen Sie Ihre persönliche Seite: {{link}}',
  'invite.step1-no-link': '1. Öffnen Sie den Link in der Einladung, die Sie von {{buyer}} erhalten haben.',
  'invite.step2':
    '2. Sagen Sie uns, wie Sie Rechnungen erstellen, und senden Sie eine gewöhnliche Rechnungs-PDF, so wie Sie sie an Kunden senden.',
  'invite.step2-mail':
    '2. Senden Sie eine gewöhnliche Rechnungs-PDF, so wie Sie sie an Kunden senden: Laden Sie sie auf der Seite hoch oder mailen Sie sie an {{address}} — senden Sie Ihre Probe genau so, wie Sie künftig echte Rechnungen senden.',
  'invite.step3':
    '3. Sie sehen sofort, ob das Programm von {{buyer}} sie lesen kann und was Sie ändern können.',
  'invite.until': 'Der Link gilt bis {{until}}. Geben Sie ihn nicht weiter: Er ist nur für Sie.',

  'decision.approved-subject': 'Freigegeben: Sie können Rechnungen an {{buyer}} senden',
  'decision.approved':
    '{{buyer}} hat Ihre Probe-Rechnung freigegeben. Ab {{start}} können Sie Ihre Rechnungen senden an:',
  'decision.no-address': '{{buyer}} teilt Ihnen die Adresse für Rechnungen mit.',
  'decision.same': 'Senden Sie sie genau wie Ihre Probe: mit demselben Programm und denselben Einstellungen.',
  'decision.rejected-subject': '{{buyer}} hat Ihre Probe-Rechnung noch nicht freigegeben',
  'decision.rejected': '{{buyer}} hat sich Ihre Probe-Rechnung angesehen und sie noch nicht freigegeben.',
  'decision.comment': 'Anmerkung von {{buyer}}:',
  'decision.try-again': 'Ändern Sie Ihre Rechnung und testen Sie erneut auf Ihrer Seite:',
  'decision.page': 'Ihre Seite:',

  'buyer.passed-subject': 'Probe-Rechnung bestanden: {{supplier}}',
  'buyer.awaiting-subject': 'Wartet auf Ihre Freigabe: {{supplier}}',
  'buyer.passed':
    'Die Probe-Rechnung von {{supplier}} hat die Prüfung bestanden. {{supplier}} kann ab {{start}} Rechnungen senden.',
  'buyer.awaiting':
    'Die Probe-Rechnung von {{supplier}} hat die Prüfung bestanden und wartet auf Ihre Freigabe.',
  'buyer.open': 'Zum Bericht:',
  'invite.portal':
    'Von mehreren Organisationen eingeladen? Sehen Sie alle Ihre Einladungen an einem Ort und testen Sie eine Rechnung auf einmal für alle: {{portal}}',
  'signin.subject': 'Ihr Anmeldelink für Proeffactuur',
  'signin.greeting': 'Guten Tag,',
  'signin.intro':
    'Sie haben einen Link angefordert, um alle Ihre Testeinladungen an einem Ort zu sehen. Klicken Sie auf den Link, um sich anzumelden:',
  'signin.valid':
    'Der Link funktioniert einmal und {{minutes}} Minuten lang. Geben Sie ihn nicht weiter: Er ist nur für Sie.',
  'signin.not-you':
    'Haben Sie das nicht angefordert? Dann können Sie diese E-Mail ignorieren: Es passiert nichts.',
};
