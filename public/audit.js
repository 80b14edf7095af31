// The buyer's audit log (/audit.html): every approval, rejection and override of a sample, every
// waiver and its withdrawal, every profile, key and user change — who, when, what and why — newest
// first, filtered by kind, paged with the cursor of GET /api/audit. Read-only: the log cannot change.

import { initialLang, renderLangSwitch } from './lang.js';
import { el, fill, formatMoment } from './report.js';
import { api, loadSession, renderSignIn, SIGNIN_TEXT, signOut } from './session.js';

const T = {
  nl: {
    ...SIGNIN_TEXT.nl,
    navAudit: 'Auditlogboek',
    auditTitle: 'Auditlogboek',
    auditIntro:
      'Wie wat heeft goedgekeurd, afgewezen, vrijgesteld of veranderd, wanneer en waarom. Niets hierin kan worden gewijzigd of gewist.',
    filterLabel: 'Toon',
    filterAll: 'Alles',
    type_run: 'Besluiten over proeffacturen',
    type_waiver: 'Vrijstellingen',
    type_profile: 'Profielen',
    type_api_key: 'API-sleutels',
    type_user: 'Gebruikers',
    tableCaption: 'Het auditlogboek, nieuwste eerst',
    colWhen: 'Wanneer',
    colWho: 'Wie',
    colWhat: 'Wat',
    colWhy: 'Waarom',
    noEntries: 'Er staat nog niets in het logboek.',
    more: 'Meer',
    failedLoad: 'Het logboek kon niet worden geladen: {{error}}',
    'review.approved': 'Proeffactuur goedgekeurd',
    'review.rejected': 'Proeffactuur afgewezen',
    'review.override': 'Afgekeurde proeffactuur toch goedgekeurd',
    'waiver.created': 'Controle {{check}} vrijgesteld voor een leverancier',
    'waiver.removed': 'Vrijstelling van {{check}} ingetrokken',
    'profile.created': 'Profiel aangemaakt',
    'profile.updated': 'Profiel gewijzigd (versie {{version}})',
    'profile.archived': 'Profiel gearchiveerd',
    'api_key.created': 'API-sleutel aangemaakt',
    'api_key.revoked': 'API-sleutel ingetrokken',
    'api_key.scopes_changed': 'Rechten van API-sleutel gewijzigd',
    'user.created': 'Gebruiker aangemaakt',
    'user.disabled': 'Gebruiker uitgeschakeld',
    'user.password_changed': 'Wachtwoord gewijzigd',
    openRun: 'bekijken',
  },
  en: {
    ...SIGNIN_TEXT.en,
    navAudit: 'Audit log',
    auditTitle: 'Audit log',
    auditIntro:
      'Who approved, rejected, waived or changed what, when and why. Nothing in it can be changed or erased.',
    filterLabel: 'Show',
    filterAll: 'Everything',
    type_run: 'Decisions on sample invoices',
    type_waiver: 'Waivers',
    type_profile: 'Profiles',
    type_api_key: 'API keys',
    type_user: 'Users',
    tableCaption: 'The audit log, newest first',
    colWhen: 'When',
    colWho: 'Who',
    colWhat: 'What',
    colWhy: 'Why',
    noEntries: 'There is nothing in the log yet.',
    more: 'More',
    failedLoad: 'The log could not be loaded: {{error}}',
    'review.approved': 'Sample invoice approved',
    'review.rejected': 'Sample invoice rejected',
    'review.override': 'Failed sample invoice approved all the same',
    'waiver.created': 'Check {{check}} waived for a supplier',
    'waiver.removed': 'Waiver of {{check}} withdrawn',
    'profile.created': 'Profile created',
    'profile.updated': 'Profile changed (version {{version}})',
    'profile.archived': 'Profile archived',
    'api_key.created': 'API key created',
    'api_key.revoked': 'API key revoked',
    'api_key.scopes_changed': 'API key permissions changed',
    'user.created': 'User created',
    'user.disabled': 'User disabled',
    'user.password_changed': 'Password changed',
    openRun: 'view',
  },
  de: {
    ...SIGNIN_TEXT.de,
    navAudit: 'Prüfprotokoll',
    auditTitle: 'Prüfprotokoll',
    auditIntro:
      'Wer was freigegeben, abgelehnt, erlassen oder geändert hat, wann und warum. Nichts darin kann geändert oder gelöscht werden.',
    filterLabel: 'Anzeigen',
    filterAll: 'Alles',
    type_run: 'Entscheidungen über Probe-Rechnungen',
    type_waiver: 'Ausnahmen',
    type_profile: 'Profile',
    type_api_key: 'API-Schlüssel',
    type_user: 'Benutzer',
    tableCaption: 'Das Prüfprotokoll, neueste zuerst',
    colWhen: 'Wann',
    colWho: 'Wer',
    colWhat: 'Was',
    colWhy: 'Warum',
    noEntries: 'Im Protokoll steht noch nichts.',
    more: 'Mehr',
    failedLoad: 'Das Protokoll konnte nicht geladen werden: {{error}}',
    'review.approved': 'Probe-Rechnung freigegeben',
    'review.rejected': 'Probe-Rechnung abgelehnt',
    'review.override': 'Nicht bestandene Probe-Rechnung trotzdem freigegeben',
    'waiver.created': 'Prüfung {{check}} für einen Lieferanten erlassen',
    'waiver.removed': 'Ausnahme von {{check}} zurückgezogen',
    'profile.created': 'Profil angelegt',
    'profile.updated': 'Profil geändert (Version {{version}})',
    'profile.archived': 'Profil archiviert',
    'api_key.created': 'API-Schlüssel angelegt',
    'api_key.revoked': 'API-Schlüssel widerrufen',
    'api_key.scopes_changed': 'Rechte des API-Schlüssels geändert',
    'user.created': 'Benutzer angelegt',
    'user.disabled': 'Benutzer deaktiviert',
    'user.password_changed': 'Passwort geändert',
    openRun: 'ansehen',
  },
  fr: {
    ...SIGNIN_TEXT.fr,
    navAudit: 'Journal d’audit',
    auditTitle: 'Journal d’audit',
    auditIntro:
      'Qui a approuvé, refusé, dispensé ou modifié quoi, quand et pourquoi. Rien ici ne peut être modifié ni effacé.',
    filterLabel: 'Afficher',
    filterAll: 'Tout',
    type_run: 'Décisions sur les factures d’essai',
    type_waiver: 'Dispenses',
    type_profile: 'Profils',
    type_api_key: 'Clés d’API',
    type_user: 'Utilisateurs',
    tableCaption: 'Le journal d’audit, le plus récent d’abord',
    colWhen: 'Quand',
    colWho: 'Qui',
    colWhat: 'Quoi',
    colWhy: 'Pourquoi',
    noEntries: 'Le journal est encore vide.',
    more: 'Plus',
    failedLoad: 'Le journal n’a pas pu être chargé : {{error}}',
    'review.approved': 'Facture d’essai approuvée',
    'review.rejected': 'Facture d’essai refusée',
    'review.override': 'Facture d’essai échouée approuvée malgré tout',
    'waiver.created': 'Contrôle {{check}} dispensé pour un fournisseur',
    'waiver.removed': 'Dispense de {{check}} retirée',
    'profile.created': 'Profil créé',
    'profile.updated': 'Profil modifié (version {{version}})',
    'profile.archived': 'Profil archivé',
    'api_key.created': 'Clé d’API créée',
    'api_key.revoked': 'Clé d’API révoquée',
    'api_key.scopes_changed': 'Droits de la clé d’API modifiés',
    'user.created': 'Utilisateur créé',
    'user.disabled': 'Utilisateur désactivé',
    'user.password_changed': 'Mot de passe modifié',
    openRun: 'voir',
  },
};

let lang = initialLang();
let entries = [];
let nextCursor = null;
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => fill(T[lang][key] ?? key, vars);

function entryRow(e) {
  const what = t(e.action, { check: e.data?.checkId ?? '', version: e.data?.version ?? '' });
  const subject =
    e.entity.type === 'run'
      ? el('a', { href: `/run.html?id=${encodeURIComponent(e.entity.id)}`, text: t('openRun') })
      : el('span', { className: 'muted small', text: e.entity.id });
  return el(
    'tr',
    { 'data-action': e.action, 'data-entity': e.entity.id },
    el('td', { text: formatMoment(e.at, lang) }),
    el('td', { text: e.actor }),
    el('td', {}, el('span', { className: 'audit-what', text: what }), ' ', subject),
    el('td', { className: 'audit-why', text: e.reason ?? '' }),
  );
}

function render() {
  $('no-entries').hidden = entries.length > 0;
  $('entries').hidden = entries.length === 0;
  $('entry-rows').replaceChildren(...entries.map(entryRow));
  $('more').hidden = nextCursor === null;
}

async function load(append = false) {
  const query = new URLSearchParams({ limit: '50' });
  if ($('type-filter').value) query.set('entityType', $('type-filter').value);
  if (append && nextCursor) query.set('cursor', nextCursor);
  const res = await api('GET', `/api/audit?${query}`, undefined, lang);
  if (res.status === 401) return showSignIn();
  if (res.status !== 200) {
    $('no-entries').hidden = false;
    $('no-entries').textContent = t('failedLoad', { error: res.body?.detail ?? res.status });
    return;
  }
  entries = append ? entries.concat(res.body.entries) : res.body.entries;
  nextCursor = res.body.nextCursor;
  render();
}

function showSignIn() {
  $('signin-section').hidden = false;
  $('audit').hidden = true;
  $('buyer-nav').hidden = true;
}

async function showAudit() {
  const session = await loadSession();
  if (!session) return showSignIn();
  $('signin-section').hidden = true;
  $('audit').hidden = false;
  $('buyer-nav').hidden = false;
  await load();
}

renderSignIn($('signin-section'), { t, lang: () => lang, onSignedIn: showAudit });
$('signout').addEventListener('click', async () => {
  await signOut();
  showSignIn();
});
$('type-filter').addEventListener('change', () => load());
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
showAudit();
