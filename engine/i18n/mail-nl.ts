import type { MailMessageId } from './mail-en.js';

/** Dutch texts of the e-mails the server sends. Same ids and placeholders as `mail-en.ts`. */
export const mailNl: Readonly<Record<MailMessageId, string>> = {
  signature: '—\nDit bericht is automatisch verstuurd door Proeffactuur.',

  'reply.subject': 'Uitslag van uw proeffactuur: {{verdict}}',
  'reply.greeting': 'Beste leverancier,',
  'reply.checked': 'Wij hebben uw proeffactuur {{file}} gecontroleerd voor {{buyer}}.',
  'reply.checked-no-file': 'Wij hebben uw proeffactuur gecontroleerd voor {{buyer}}.',
  'reply.result': 'Uitslag: {{verdict}}',
  'reply.verdict.accepted': 'Goedgekeurd',
  'reply.verdict.rejected': 'Afgekeurd',
  'reply.verdict.undetermined': 'Kon niet worden gecontroleerd',
  'reply.next.rejected': 'Hieronder staat per punt wat u kunt doen. Daarna kunt u het opnieuw proberen.',
  'reply.next.undetermined': 'Dat ligt niet aan u. Probeer het over een paar minuten opnieuw.',
  'reply.in-file': '{{file}}: {{message}}',
  'reply.incomplete': 'Waarom: {{reason}}',
  'reply.must-fix': 'Moet worden opgelost',
  'reply.advice': 'Advies',
  'reply.fix': 'Wat u kunt doen:',
  'reply.none': 'Geen opmerkingen: alles is in orde.',
  'reply.more': '… en nog {{count}} punten: zie het volledige rapport.',
  'reply.report': 'Het volledige rapport:',
  'reply.the-buyer': 'de afnemer',

  'invite.subject': '{{buyer}} vraagt u een proeffactuur te testen',
  'invite.reminder-subject': 'Herinnering: {{buyer}} wacht op uw proeffactuur',
  'invite.greeting': 'Beste {{supplier}},',
  'invite.intro':
    '{{buyer}} leest facturen automatisch in. Om te zorgen dat uw facturen goed aankomen, vragen wij u eerst één voorbeeldfactuur te testen. Dat kost een paar minuten en is gratis.',
  'invite.reminder-intro':
    'Een tijd geleden vroeg {{buyer}} u een proeffactuur te testen. Wij hebben nog geen factuur van u ontvangen.',
  'invite.steps': 'Zo werkt het, in 3 stappen:',
  'invite.step1': '1. Open uw persoonlijke pagina: {{link}}',
  'invite.step1-no-link': '1. Open de link uit de uitnodiging die u van {{buyer}} kreeg.',
  'invite.step2':
    '2. Vertel hoe u factureert en stuur een gewone factuur-PDF, zoals u die ook aan klanten stuurt.',
  'invite.step2-mail':
    '2. Stuur een gewone factuur-PDF, zoals u die ook aan klanten stuurt: upload hem op de pagina, of mail hem naar {{address}} — stuur uw proef precies zoals u straks echte facturen stuurt.',
  'invite.step3':
    '3. U ziet meteen of de software van {{buyer}} de factuur kan lezen, en wat u anders kunt doen.',
  'invite.until': 'De link werkt tot {{until}}. Deel hem niet: hij is alleen voor u.',
  'invite.portal':
    'Door meer organisaties uitgenodigd? Zie al uw uitnodigingen op één plek en test één factuur in één keer voor allemaal: {{portal}}',

  'decision.approved-subject': 'Goedgekeurd: u kunt facturen sturen aan {{buyer}}',
  'decision.approved':
    '{{buyer}} heeft uw proeffactuur goedgekeurd. Vanaf {{start}} kunt u uw facturen sturen naar:',
  'decision.no-address': 'Het adres voor facturen hoort u van {{buyer}}.',
  'decision.same': 'Stuur ze precies zoals uw proef: dezelfde software, dezelfde instellingen.',
  'decision.rejected-subject': '{{buyer}} heeft uw proeffactuur nog niet goedgekeurd',
  'decision.rejected': '{{buyer}} heeft uw proeffactuur bekeken en nog niet goedgekeurd.',
  'decision.comment': 'Toelichting van {{buyer}}:',
  'decision.try-again': 'Pas uw factuur aan en test opnieuw op uw pagina:',
  'decision.page': 'Uw pagina:',

  'buyer.passed-subject': 'Proeffactuur goedgekeurd: {{supplier}}',
  'buyer.awaiting-subject': 'Wacht op uw goedkeuring: {{supplier}}',
  'buyer.passed':
    'De proeffactuur van {{supplier}} is goedgekeurd. {{supplier}} kan vanaf {{start}} facturen sturen.',
  'buyer.awaiting':
    'De proeffactuur van {{supplier}} is door de controle gekomen en wacht op uw goedkeuring.',
  'buyer.open': 'Bekijk het rapport:',
  'signin.subject': 'Uw inloglink voor Proeffactuur',
  'signin.greeting': 'Beste leverancier,',
  'signin.intro':
    'U vroeg om een link om al uw testuitnodigingen op één plek te zien. Klik op de link om in te loggen:',
  'signin.valid': 'De link werkt één keer, {{minutes}} minuten lang. Deel hem niet: hij is alleen voor u.',
  'signin.not-you': 'Hebt u hier niet om gevraagd? Dan kunt u deze e-mail negeren: er gebeurt niets.',
};
