// The buyer's outbox (/outbox.html): every e-mail Proeffactuur sent or kept on the buyer's behalf, newest
// first, with its state. Without a mail relay, messages are kept here ("held"): the buyer can read them and
// send the text on by hand. A message that failed shows why.
import { initialLang, renderLangSwitch } from './lang.js';
import { el, fill, formatMoment } from './report.js';
import { api, loadSession, renderSignIn, SIGNIN_TEXT, signOut } from './session.js';

const T = {
  nl: {
    ...SIGNIN_TEXT.nl,
    docTitle: 'Proeffactuur – postvak uit',
    navOutbox: 'Postvak uit',
    outboxTitle: 'Postvak uit',
    outboxIntro:
      'De e-mails die Proeffactuur namens u stuurt: uitnodigingen, herinneringen, berichten over goedkeuring en de antwoorden op proeffacturen per e-mail.',
    heldNote:
      'Er is geen mailserver ingesteld: deze e-mail is niet verstuurd, maar hier bewaard. U kunt de tekst zelf doorsturen.',
    filterLabel: 'Toon',
    filterAll: 'Alle berichten',
    status_held: 'Niet verstuurd (bewaard)',
    status_pending: 'Wacht op verzending',
    status_sent: 'Verstuurd',
    status_failed: 'Mislukt',
    kind_invitation: 'Uitnodiging',
    'kind_invitation-reminder': 'Herinnering',
    'kind_invitation-approved': 'Goedkeuring',
    'kind_invitation-rejected': 'Afwijzing',
    'kind_verdict-reply': 'Antwoord op proeffactuur',
    'kind_buyer-sample-passed': 'Aan u: proef goedgekeurd',
    'kind_buyer-sample-awaiting': 'Aan u: wacht op goedkeuring',
    to: 'Aan: {{to}}',
    attempts: '{{count}} poging(en)',
    error: 'Fout: {{error}}',
    nextAttempt: 'Volgende poging: {{when}}',
    showText: 'Tekst tonen',
    noMessages: 'Er zijn nog geen berichten.',
    more: 'Meer berichten',
    failedLoad: 'Het postvak kon niet worden geladen: {{error}}',
  },
  en: {
    ...SIGNIN_TEXT.en,
    docTitle: 'Proeffactuur – outbox',
    navOutbox: 'Outbox',
    outboxTitle: 'Outbox',
    outboxIntro:
      'The e-mails Proeffactuur sends on your behalf: invitations, reminders, approval notices and the answers to sample invoices sent by e-mail.',
    heldNote:
      'No mail server is configured: this e-mail was not sent but kept here. You can forward the text yourself.',
    filterLabel: 'Show',
    filterAll: 'All messages',
    status_held: 'Not sent (kept)',
    status_pending: 'Waiting to be sent',
    status_sent: 'Sent',
    status_failed: 'Failed',
    kind_invitation: 'Invitation',
    'kind_invitation-reminder': 'Reminder',
    'kind_invitation-approved': 'Approval',
    'kind_invitation-rejected': 'Rejection',
    'kind_verdict-reply': 'Answer to a sample invoice',
    'kind_buyer-sample-passed': 'To you: sample passed',
    'kind_buyer-sample-awaiting': 'To you: waiting for approval',
    to: 'To: {{to}}',
    attempts: '{{count}} attempt(s)',
    error: 'Error: {{error}}',
    nextAttempt: 'Next attempt: {{when}}',
    showText: 'Show text',
    noMessages: 'There are no messages yet.',
    more: 'More messages',
    failedLoad: 'The outbox could not be loaded: {{error}}',
  },
  de: {
    ...SIGNIN_TEXT.de,
    docTitle: 'Proeffactuur – Postausgang',
    navOutbox: 'Postausgang',
    outboxTitle: 'Postausgang',
    outboxIntro:
      'Die E-Mails, die Proeffactuur in Ihrem Namen sendet: Einladungen, Erinnerungen, Mitteilungen über Freigaben und die Antworten auf Testrechnungen per E-Mail.',
    heldNote:
      'Es ist kein Mailserver eingerichtet: Diese E-Mail wurde nicht gesendet, sondern hier aufbewahrt. Sie können den Text selbst weiterleiten.',
    filterLabel: 'Anzeigen',
    filterAll: 'Alle Nachrichten',
    status_held: 'Nicht gesendet (aufbewahrt)',
    status_pending: 'Wartet auf Versand',
    status_sent: 'Gesendet',
    status_failed: 'Fehlgeschlagen',
    kind_invitation: 'Einladung',
    'kind_invitation-reminder': 'Erinnerung',
    'kind_invitation-approved': 'Freigabe',
    'kind_invitation-rejected': 'Ablehnung',
    'kind_verdict-reply': 'Antwort auf eine Testrechnung',
    'kind_buyer-sample-passed': 'An Sie: Test bestanden',
    'kind_buyer-sample-awaiting': 'An Sie: wartet auf Freigabe',
    to: 'An: {{to}}',
    attempts: '{{count}} Versuch(e)',
    error: 'Fehler: {{error}}',
    nextAttempt: 'Nächster Versuch: {{when}}',
    showText: 'Text anzeigen',
    noMessages: 'Es gibt noch keine Nachrichten.',
    more: 'Weitere Nachrichten',
    failedLoad: 'Der Postausgang konnte nicht geladen werden: {{error}}',
  },
  fr: {
    ...SIGNIN_TEXT.fr,
    docTitle: "Proeffactuur – boîte d'envoi",
    navOutbox: "Boîte d'envoi",
    outboxTitle: "Boîte d'envoi",
    outboxIntro:
      'Les e-mails que Proeffactuur envoie en votre nom : invitations, rappels, avis d’approbation et réponses aux factures test envoyées par e-mail.',
    heldNote:
      "Aucun serveur de messagerie n'est configuré : cet e-mail n'a pas été envoyé mais conservé ici. Vous pouvez transférer le texte vous-même.",
    filterLabel: 'Afficher',
    filterAll: 'Tous les messages',
    status_held: 'Non envoyé (conservé)',
    status_pending: "En attente d'envoi",
    status_sent: 'Envoyé',
    status_failed: 'Échec',
    kind_invitation: 'Invitation',
    'kind_invitation-reminder': 'Rappel',
    'kind_invitation-approved': 'Approbation',
    'kind_invitation-rejected': 'Refus',
    'kind_verdict-reply': 'Réponse à une facture test',
    'kind_buyer-sample-passed': 'Pour vous : test réussi',
    'kind_buyer-sample-awaiting': "Pour vous : en attente d'approbation",
    to: 'À : {{to}}',
    attempts: '{{count}} tentative(s)',
    error: 'Erreur : {{error}}',
    nextAttempt: 'Prochaine tentative : {{when}}',
    showText: 'Afficher le texte',
    noMessages: "Il n'y a pas encore de messages.",
    more: 'Plus de messages',
    failedLoad: "La boîte d'envoi n'a pas pu être chargée : {{error}}",
  },
};

let lang = initialLang();
let messages = [];
let nextCursor = null;
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => fill(T[lang][key] ?? key, vars);

function messageItem(m) {
  const facts = [t('to', { to: m.to }), formatMoment(m.createdAt, lang)];
  if (m.status !== 'held') facts.push(t('attempts', { count: m.attempts }));
  return el(
    'li',
    { className: `outbox-message ${m.status}`, 'data-id': m.id, 'data-status': m.status },
    el('p', { className: 'subject' }, el('strong', { text: m.subject })),
    el('p', { className: 'muted small', text: `${t(`kind_${m.kind}`)} · ${facts.join(' · ')}` }),
    el('p', { className: 'status', text: t(`status_${m.status}`) }),
    m.status === 'held' ? el('p', { className: 'help', text: t('heldNote') }) : null,
    m.lastError ? el('p', { className: 'error-text', text: t('error', { error: m.lastError }) }) : null,
    m.status === 'pending' && m.nextAttemptAt
      ? el('p', {
          className: 'muted small',
          text: t('nextAttempt', { when: formatMoment(m.nextAttemptAt, lang) }),
        })
      : null,
    el(
      'details',
      {},
      el('summary', { text: t('showText') }),
      el('pre', { className: 'mail-text', text: m.text }),
    ),
  );
}

function render() {
  $('no-messages').hidden = messages.length > 0;
  $('messages').replaceChildren(...messages.map(messageItem));
  $('more').hidden = nextCursor === null;
}

async function load(append = false) {
  const query = new URLSearchParams({ limit: '20' });
  if ($('status-filter').value) query.set('status', $('status-filter').value);
  if (append && nextCursor) query.set('cursor', nextCursor);
  const res = await api('GET', `/api/outbox?${query}`, undefined, lang);
  if (res.status === 401) return showSignIn();
  if (res.status !== 200) {
    $('no-messages').hidden = false;
    $('no-messages').textContent = t('failedLoad', { error: res.body?.detail ?? res.status });
    return;
  }
  messages = append ? messages.concat(res.body.messages) : res.body.messages;
  nextCursor = res.body.nextCursor;
  render();
}

function showSignIn() {
  $('signin-section').hidden = false;
  $('outbox').hidden = true;
  $('buyer-nav').hidden = true;
}

async function showOutbox() {
  const session = await loadSession();
  if (!session) return showSignIn();
  $('signin-section').hidden = true;
  $('outbox').hidden = false;
  $('buyer-nav').hidden = false;
  await load();
}

renderSignIn($('signin-section'), { t, lang: () => lang, onSignedIn: showOutbox });
$('signout').addEventListener('click', async () => {
  await signOut();
  showSignIn();
});
$('status-filter').addEventListener('change', () => load());
$('more').addEventListener('click', () => load(true));

function applyLang() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  render();
}
function chooseLang(chosen) {
  lang = chosen;
  applyLang();
}

applyLang();
showOutbox();
