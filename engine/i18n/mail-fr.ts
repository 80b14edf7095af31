import type { MailMessageId } from './mail-en.js';

/** French texts of the e-mails the server sends ("vous", neutral French). Same ids and placeholders as `mail-en.ts`. */
export const mailFr: Readonly<Record<MailMessageId, string>> = {
  signature: '—\nCe message a été envoyé automatiquement par Proeffactuur.',

  'reply.subject': 'Résultat de votre facture test : {{verdict}}',
  'reply.greeting': 'Madame, Monsieur,',
  'reply.checked': 'Nous avons contrôlé votre facture test {{file}} pour {{buyer}}.',
  'reply.checked-no-file': 'Nous avons contrôlé votre facture test pour {{buyer}}.',
  'reply.result': 'Résultat : {{verdict}}',
  'reply.verdict.accepted': 'Acceptée',
  'reply.verdict.rejected': 'Refusée',
  'reply.verdict.undetermined': 'N’a pas pu être contrôlée',
  'reply.next.rejected': 'Ci-dessous, chaque point indique ce que vous pouvez faire. Réessayez ensuite.',
  'reply.next.undetermined': 'Ce n’est pas de votre faute. Veuillez réessayer dans quelques minutes.',
  'reply.in-file': '{{file}} : {{message}}',
  'reply.incomplete': 'Pourquoi : {{reason}}',
  'reply.must-fix': 'À corriger',
  'reply.advice': 'Conseil',
  'reply.fix': 'Ce que vous pouvez faire :',
  'reply.none': 'Aucune remarque : tout est en ordre.',
  'reply.more': '… et {{count}} autres points : voir le rapport complet.',
  'reply.report': 'Le rapport complet :',
  'reply.the-buyer': 'votre client',

  'invite.subject': '{{buyer}} vous demande de tester une facture',
  'invite.reminder-subject': 'Rappel : {{buyer}} attend votre facture test',
  'invite.greeting': 'Bonjour {{supplier}},',
  'invite.intro':
    '{{buyer}} lit les factures automatiquement. Pour que vos factures arrivent bien, nous vous demandons d’abord de tester une facture. Cela prend quelques minutes et ne coûte rien.',
  'invite.reminder-intro':
    'Il y a quelque temps, {{buyer}} vous a demandé de tester une facture. Nous n’avons pas encore reçu de facture de votre part.',
  'invite.steps': 'Comment faire, en 3 étapes :',
  'invite.step1': '1. Ouvrez votre page personnelle : {{link}}',
  'invite.step1-no-link': '1. Ouvrez le lien de l’invitation que vous avez reçue de {{buyer}}.',
  'invite.step2':
    '2. Dites-nous comment vous facturez et envoyez un PDF de facture ordinaire, tel que vous l’envoyez à vos clients.',
  'invite.step2-mail':
    '2. Envoyez un PDF de facture ordinaire, tel que vous l’envoyez à vos clients : déposez-le sur la page, ou envoyez-le par e-mail à {{address}} — envoyez votre facture test exactement comme vous enverrez vos vraies factures.',
  'invite.step3':
    '3. Vous voyez tout de suite si le logiciel de {{buyer}} peut la lire, et ce que vous pouvez changer.',
  'invite.until': 'Le lien est valable jusqu’au {{until}}. Ne le partagez pas : il est pour vous seul.',

  'decision.approved-subject': 'Approuvée : vous pouvez envoyer vos factures à {{buyer}}',
  'decision.approved':
    '{{buyer}} a approuvé votre facture test. À partir du {{start}}, vous pouvez envoyer vos factures à :',
  'decision.no-address': '{{buyer}} vous communiquera l’adresse pour les factures.',
  'decision.same':
    'Envoyez-les exactement comme votre facture test : avec le même logiciel et les mêmes réglages.',
  'decision.rejected-subject': '{{buyer}} n’a pas encore approuvé votre facture test',
  'decision.rejected': '{{buyer}} a examiné votre facture test et ne l’a pas encore approuvée.',
  'decision.comment': 'Commentaire de {{buyer}} :',
  'decision.try-again': 'Modifiez votre facture et testez à nouveau sur votre page :',
  'decision.page': 'Votre page :',

  'buyer.passed-subject': 'Facture test réussie : {{supplier}}',
  'buyer.awaiting-subject': 'En attente de votre approbation : {{supplier}}',
  'buyer.passed':
    'La facture test de {{supplier}} a réussi le contrôle. {{supplier}} peut envoyer des factures à partir du {{start}}.',
  'buyer.awaiting': 'La facture test de {{supplier}} a réussi le contrôle et attend votre approbation.',
  'buyer.open': 'Voir le rapport :',
  'invite.portal':
    'Invité par plusieurs organisations ? Voyez toutes vos invitations au même endroit et testez une facture pour toutes en une fois : {{portal}}',
  'signin.subject': 'Votre lien de connexion à Proeffactuur',
  'signin.greeting': 'Bonjour,',
  'signin.intro':
    'Vous avez demandé un lien pour voir toutes vos invitations de test au même endroit. Cliquez sur le lien pour vous connecter :',
  'signin.valid':
    'Le lien fonctionne une fois, pendant {{minutes}} minutes. Ne le partagez pas : il est pour vous seul.',
  'signin.not-you': 'Vous n’avez rien demandé ? Ignorez simplement cet e-mail : il ne se passe rien.',
};
