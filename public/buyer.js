// The buyer's dashboard: sign in (e-mail and password, or API key), see every invited supplier and how
// far it is (invited, tested, awaiting approval, approved, live from), invite a supplier (a private
// link, shown once), make a new link or revoke one, and open a supplier's latest test.
import { initialLang, inLang, renderLangSwitch } from './lang.js';
import { el, fill, formatDay, formatMoment } from './report.js';
import { api, loadSession, renderSignIn, SIGNIN_TEXT, signOut } from './session.js';
import { statsPanel } from './stats.js';
import {
  clearInviteMasterFields,
  inviteMasterData,
  masterDataButton,
  masterSummary,
  renderInviteMasterFields,
  showInviteMasterErrors,
} from './supplier-master.js';

const T = {
  nl: {
    ...SIGNIN_TEXT.nl,
    docTitle: 'Proeffactuur – leveranciers',
    navOutbox: 'Postvak uit',
    navAudit: 'Auditlogboek',
    dashboardTitle: 'Uw leveranciers',
    signedInAs: 'Ingelogd voor {{buyer}}{{user}}.',
    tableCaption: 'Uitgenodigde leveranciers en hoe ver ze zijn',
    colSupplier: 'Leverancier',
    colProfile: 'Profiel',
    colStatus: 'Status',
    colTested: 'Laatste test',
    colLive: 'Live vanaf',
    colActions: 'Acties',
    noInvitations: 'U heeft nog niemand uitgenodigd. Maak hieronder de eerste uitnodiging.',
    samplesPassed: '{{passed}} van {{required}} voorbeeldfacturen geslaagd',
    compareTries: 'Vergelijk laatste twee pogingen',
    stage_invited: 'Uitgenodigd',
    stage_opened: 'Link geopend',
    stage_tested: 'Getest',
    stage_awaiting_approval: 'Wacht op uw goedkeuring',
    stage_rejected_by_buyer: 'Door u afgewezen',
    stage_approved: 'Goedgekeurd',
    stage_live: 'Live',
    link_expired: 'link verlopen',
    link_revoked: 'link ingetrokken',
    verdict_accepted: 'goedgekeurd',
    verdict_rejected: 'afgekeurd',
    verdict_undetermined: 'kon niet worden gecontroleerd',
    verdict_pending: 'wordt gecontroleerd',
    tests: '{{count}} test(s)',
    software: 'Software: {{name}}',
    handmade: 'maakt ook PDF’s met de hand',
    openRun: 'Bekijk laatste test',
    review: 'Beoordelen',
    newLink: 'Nieuwe link',
    revoke: 'Intrekken',
    revokeConfirm: 'De link van {{supplier}} intrekken? De leverancier kan de pagina dan niet meer openen.',
    linkIntro: 'Stuur deze link naar {{supplier}} ({{email}}). Hij werkt tot {{until}}.',
    linkLabel: 'Uitnodigingslink',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    linkOnce:
      'Deze link wordt maar één keer getoond. Kwijt? Maak dan een nieuwe link; de oude werkt dan niet meer.',
    mailto: 'Open een e-mail met deze link',
    mailSubject: 'Proeffactuur voor {{buyer}}',
    mailBody:
      'Beste {{supplier}},\n\nWij willen uw facturen voortaan als PDF per e-mail ontvangen. Wilt u via deze link eerst een proeffactuur testen? Daar ziet u ook waar u uw facturen daarna naartoe stuurt.\n\n{{link}}\n\nMet vriendelijke groet,\n{{buyer}}',
    inviteTitle: 'Een leverancier uitnodigen',
    noProfiles: 'U heeft nog geen profiel. Leg eerst vast wat uw software accepteert:',
    toProfiles: 'naar de profielen',
    supplierNameLabel: 'Naam van de leverancier',
    supplierEmailLabel: 'E-mailadres van de leverancier',
    profileLabel: 'Testen tegen profiel',
    expiresLabel: 'Link geldig (dagen)',
    languageLabel: 'Taal van de uitnodiging',
    languageHelp: 'De taal van de e-mail met de link; de pagina van de leverancier begint in deze taal.',
    createInvite: 'Uitnodiging maken',
    created: 'Uitnodiging gemaakt.',
    failed: 'Dat lukte niet: {{error}}',
    version: 'versie {{version}}',
    archived: 'gearchiveerd',
  },
  en: {
    ...SIGNIN_TEXT.en,
    docTitle: 'Proeffactuur – suppliers',
    navOutbox: 'Outbox',
    navAudit: 'Audit log',
    dashboardTitle: 'Your suppliers',
    signedInAs: 'Signed in for {{buyer}}{{user}}.',
    tableCaption: 'Invited suppliers and how far they are',
    colSupplier: 'Supplier',
    colProfile: 'Profile',
    colStatus: 'Status',
    colTested: 'Last test',
    colLive: 'Live from',
    colActions: 'Actions',
    noInvitations: 'You have not invited anyone yet. Make the first invitation below.',
    samplesPassed: '{{passed}} of {{required}} sample invoices passed',
    compareTries: 'Compare the last two tries',
    stage_invited: 'Invited',
    stage_opened: 'Link opened',
    stage_tested: 'Tested',
    stage_awaiting_approval: 'Awaiting your approval',
    stage_rejected_by_buyer: 'Rejected by you',
    stage_approved: 'Approved',
    stage_live: 'Live',
    link_expired: 'link expired',
    link_revoked: 'link revoked',
    verdict_accepted: 'accepted',
    verdict_rejected: 'rejected',
    verdict_undetermined: 'could not be checked',
    verdict_pending: 'being checked',
    tests: '{{count}} test(s)',
    software: 'Software: {{name}}',
    handmade: 'also makes PDFs by hand',
    openRun: 'Open last test',
    review: 'Review',
    newLink: 'New link',
    revoke: 'Revoke',
    revokeConfirm: "Revoke {{supplier}}'s link? The supplier can then no longer open the page.",
    linkIntro: 'Send this link to {{supplier}} ({{email}}). It works until {{until}}.',
    linkLabel: 'Invitation link',
    copy: 'Copy',
    copied: 'Copied',
    linkOnce: 'This link is shown only once. Lost it? Make a new link; the old one then stops working.',
    mailto: 'Open an e-mail with this link',
    mailSubject: 'Sample invoice for {{buyer}}',
    mailBody:
      'Dear {{supplier}},\n\nFrom now on we would like to receive your invoices as PDF by e-mail. Would you first test a sample invoice through this link? It also tells you where to send your invoices afterwards.\n\n{{link}}\n\nKind regards,\n{{buyer}}',
    inviteTitle: 'Invite a supplier',
    noProfiles: 'You have no profile yet. First record what your software accepts:',
    toProfiles: 'to the profiles',
    supplierNameLabel: "Supplier's name",
    supplierEmailLabel: "Supplier's e-mail address",
    profileLabel: 'Test against profile',
    expiresLabel: 'Link valid for (days)',
    languageLabel: 'Language of the invitation',
    languageHelp: "The language of the e-mail with the link; the supplier's page starts in this language.",
    createInvite: 'Create invitation',
    created: 'Invitation created.',
    failed: 'That did not work: {{error}}',
    version: 'version {{version}}',
    archived: 'archived',
  },
  de: {
    navAudit: 'Prüfprotokoll',
    ...SIGNIN_TEXT.de,
    docTitle: 'Proeffactuur – Lieferanten',
    navOutbox: 'Postausgang',
    dashboardTitle: 'Ihre Lieferanten',
    signedInAs: 'Angemeldet für {{buyer}}{{user}}.',
    tableCaption: 'Eingeladene Lieferanten und wie weit sie sind',
    colSupplier: 'Lieferant',
    colProfile: 'Profil',
    colStatus: 'Status',
    colTested: 'Letzter Test',
    colLive: 'Live ab',
    colActions: 'Aktionen',
    noInvitations: 'Sie haben noch niemanden eingeladen. Erstellen Sie unten die erste Einladung.',
    samplesPassed: '{{passed}} von {{required}} Testrechnungen bestanden',
    compareTries: 'Die letzten zwei Versuche vergleichen',
    stage_invited: 'Eingeladen',
    stage_opened: 'Link geöffnet',
    stage_tested: 'Getestet',
    stage_awaiting_approval: 'Wartet auf Ihre Freigabe',
    stage_rejected_by_buyer: 'Von Ihnen abgelehnt',
    stage_approved: 'Freigegeben',
    stage_live: 'Live',
    link_expired: 'Link abgelaufen',
    link_revoked: 'Link widerrufen',
    verdict_accepted: 'angenommen',
    verdict_rejected: 'abgelehnt',
    verdict_undetermined: 'konnte nicht geprüft werden',
    verdict_pending: 'wird geprüft',
    tests: '{{count}} Test(s)',
    software: 'Software: {{name}}',
    handmade: 'erstellt PDFs auch von Hand',
    openRun: 'Letzten Test ansehen',
    review: 'Beurteilen',
    newLink: 'Neuer Link',
    revoke: 'Widerrufen',
    revokeConfirm:
      'Den Link von {{supplier}} widerrufen? Der Lieferant kann die Seite dann nicht mehr öffnen.',
    linkIntro: 'Senden Sie diesen Link an {{supplier}} ({{email}}). Er gilt bis {{until}}.',
    linkLabel: 'Einladungslink',
    copy: 'Kopieren',
    copied: 'Kopiert',
    linkOnce:
      'Dieser Link wird nur einmal angezeigt. Verloren? Erstellen Sie einen neuen Link; der alte funktioniert dann nicht mehr.',
    mailto: 'Eine E-Mail mit diesem Link öffnen',
    mailSubject: 'Testrechnung für {{buyer}}',
    mailBody:
      'Sehr geehrtes Team von {{supplier}},\n\nwir möchten Ihre Rechnungen künftig als PDF per E-Mail erhalten. Würden Sie über diesen Link zuerst eine Testrechnung prüfen? Dort sehen Sie auch, wohin Sie Ihre Rechnungen danach senden.\n\n{{link}}\n\nMit freundlichen Grüßen\n{{buyer}}',
    inviteTitle: 'Einen Lieferanten einladen',
    noProfiles: 'Sie haben noch kein Profil. Legen Sie zuerst fest, was Ihre Software annimmt:',
    toProfiles: 'zu den Profilen',
    supplierNameLabel: 'Name des Lieferanten',
    supplierEmailLabel: 'E-Mail-Adresse des Lieferanten',
    profileLabel: 'Gegen Profil testen',
    expiresLabel: 'Link gültig (Tage)',
    languageLabel: 'Sprache der Einladung',
    languageHelp: 'Die Sprache der E-Mail mit dem Link; die Seite des Lieferanten beginnt in dieser Sprache.',
    createInvite: 'Einladung erstellen',
    created: 'Einladung erstellt.',
    failed: 'Das hat nicht geklappt: {{error}}',
    version: 'Version {{version}}',
    archived: 'archiviert',
  },
  fr: {
    navAudit: 'Journal d’audit',
    ...SIGNIN_TEXT.fr,
    docTitle: 'Proeffactuur – fournisseurs',
    navOutbox: "Boîte d'envoi",
    dashboardTitle: 'Vos fournisseurs',
    signedInAs: 'Connecté pour {{buyer}}{{user}}.',
    tableCaption: 'Fournisseurs invités et où ils en sont',
    colSupplier: 'Fournisseur',
    colProfile: 'Profil',
    colStatus: 'Statut',
    colTested: 'Dernier test',
    colLive: 'En service depuis',
    colActions: 'Actions',
    noInvitations: "Vous n'avez encore invité personne. Créez ci-dessous la première invitation.",
    samplesPassed: '{{passed}} factures test réussies sur {{required}}',
    compareTries: 'Comparer les deux derniers essais',
    stage_invited: 'Invité',
    stage_opened: 'Lien ouvert',
    stage_tested: 'Testé',
    stage_awaiting_approval: 'En attente de votre approbation',
    stage_rejected_by_buyer: 'Refusé par vous',
    stage_approved: 'Approuvé',
    stage_live: 'En service',
    link_expired: 'lien expiré',
    link_revoked: 'lien révoqué',
    verdict_accepted: 'accepté',
    verdict_rejected: 'refusé',
    verdict_undetermined: "n'a pas pu être vérifié",
    verdict_pending: 'en cours de vérification',
    tests: '{{count}} test(s)',
    software: 'Logiciel : {{name}}',
    handmade: 'crée aussi des PDF à la main',
    openRun: 'Voir le dernier test',
    review: 'Évaluer',
    newLink: 'Nouveau lien',
    revoke: 'Révoquer',
    revokeConfirm: 'Révoquer le lien de {{supplier}} ? Le fournisseur ne pourra plus ouvrir la page.',
    linkIntro: "Envoyez ce lien à {{supplier}} ({{email}}). Il est valable jusqu'au {{until}}.",
    linkLabel: "Lien d'invitation",
    copy: 'Copier',
    copied: 'Copié',
    linkOnce:
      "Ce lien n'est affiché qu'une seule fois. Perdu ? Créez un nouveau lien ; l'ancien ne fonctionnera alors plus.",
    mailto: 'Ouvrir un e-mail avec ce lien',
    mailSubject: 'Facture test pour {{buyer}}',
    mailBody:
      "Bonjour {{supplier}},\n\nNous souhaitons désormais recevoir vos factures au format PDF par e-mail. Pourriez-vous d'abord tester une facture test via ce lien ? Vous y verrez aussi où envoyer vos factures ensuite.\n\n{{link}}\n\nCordialement,\n{{buyer}}",
    inviteTitle: 'Inviter un fournisseur',
    noProfiles: "Vous n'avez pas encore de profil. Indiquez d'abord ce que votre logiciel accepte :",
    toProfiles: 'vers les profils',
    supplierNameLabel: 'Nom du fournisseur',
    supplierEmailLabel: 'Adresse e-mail du fournisseur',
    profileLabel: 'Tester selon le profil',
    expiresLabel: 'Lien valable (jours)',
    languageLabel: "Langue de l'invitation",
    languageHelp:
      "La langue de l'e-mail contenant le lien ; la page du fournisseur s'ouvre dans cette langue.",
    createInvite: "Créer l'invitation",
    created: 'Invitation créée.',
    failed: "Cela n'a pas fonctionné : {{error}}",
    version: 'version {{version}}',
    archived: 'archivé',
  },
};

let lang = initialLang();
let session = null;
let invitations = [];
let profiles = [];
let lastLink = null;
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => fill(T[lang][key], vars);
const stats = statsPanel($('stats'), () => lang);

function statusText(inv) {
  const s = inv.status;
  let text = t(`stage_${s.stage}`);
  if (s.stage === 'tested' && s.latestRun) text += `: ${verdictText(s.latestRun)}`;
  if (s.samples && s.samples.required > 1) text += ` · ${t('samplesPassed', s.samples)}`;
  if (s.link !== 'active') text += ` (${t(`link_${s.link}`)})`;
  return text;
}

const verdictText = (run) => (run.verdict ? t(`verdict_${run.verdict}`) : t('verdict_pending'));

function renderRows() {
  $('no-invitations').hidden = invitations.length > 0;
  $('suppliers').hidden = invitations.length === 0;
  $('supplier-rows').replaceChildren(
    ...invitations.map((inv) => {
      const s = inv.status;
      const inventory = inv.inventory
        ? [
            t('software', {
              name: inLang(inv.inventory.softwareName, lang) ?? inv.inventory.softwareName ?? '',
            }),
          ]
            .concat(inv.inventory.handmade === 'yes' ? [t('handmade')] : [])
            .join(' · ')
        : '';
      const tested = s.latestRun
        ? `${verdictText(s.latestRun)}, ${formatMoment(s.latestRun.finishedAt ?? s.latestRun.createdAt, lang)} · ${t('tests', { count: s.runCount })}`
        : '—';
      const actions = el('div', { className: 'row-actions' });
      if (s.awaitingRunId)
        actions.append(
          el('a', { href: `/run.html?id=${encodeURIComponent(s.awaitingRunId)}`, text: t('review') }),
        );
      if (s.latestRun)
        actions.append(
          el('a', { href: `/run.html?id=${encodeURIComponent(s.latestRun.runId)}`, text: t('openRun') }),
        );
      if (s.latestRun && s.previousRunId)
        actions.append(
          el('a', {
            href: `/compare#a=${encodeURIComponent(s.previousRunId)}&b=${encodeURIComponent(s.latestRun.runId)}`,
            className: 'compare-link',
            text: t('compareTries'),
          }),
        );
      actions.append(masterDataButton(inv, { lang, onSaved: load }));
      const master = masterSummary(inv, lang);
      const renew = el('button', { type: 'button', className: 'link', text: t('newLink') });
      renew.addEventListener('click', () => newLink(inv));
      actions.append(renew);
      if (s.link === 'active') {
        const revoke = el('button', { type: 'button', className: 'link danger', text: t('revoke') });
        revoke.addEventListener('click', () => revokeLink(inv));
        actions.append(revoke);
      }
      return el(
        'tr',
        { 'data-invitation': inv.id, 'data-stage': s.stage },
        el(
          'th',
          { scope: 'row', 'data-label': t('colSupplier') },
          el('span', { className: 'supplier-name', text: inv.supplier.name }),
          el('span', { className: 'muted small', text: inv.supplier.email }),
          inventory ? el('span', { className: 'muted small', text: inventory }) : null,
          master ? el('span', { className: 'muted small master-summary', text: master }) : null,
        ),
        el('td', {
          'data-label': t('colProfile'),
          text: `${inv.profile.name ?? inv.profile.id}${inv.profile.version ? ` (${t('version', { version: inv.profile.version })})` : ''}${inv.profile.archived ? ` – ${t('archived')}` : ''}`,
        }),
        el('td', {
          'data-label': t('colStatus'),
          className: `stage stage-${s.stage}`,
          text: statusText(inv),
        }),
        el('td', { 'data-label': t('colTested'), text: tested }),
        el('td', { 'data-label': t('colLive'), text: s.liveFrom ? formatDay(s.liveFrom, lang) : '—' }),
        el('td', { 'data-label': t('colActions') }, actions),
      );
    }),
  );
}

function renderProfiles() {
  const select = $('invite-profile');
  const chosen = select.value;
  select.replaceChildren(
    ...profiles.map((p) =>
      el('option', { value: p.id, text: `${p.name} (${t('version', { version: p.version })})` }),
    ),
  );
  if (chosen) select.value = chosen;
  $('no-profiles').hidden = profiles.length > 0;
  $('invite').hidden = profiles.length === 0;
}

function showLink(inv, path, focus = true) {
  const link = `${location.origin}${path}`;
  lastLink = { inv, path };
  $('link-result').hidden = false;
  $('link-intro').textContent = t('linkIntro', {
    supplier: inv.supplier.name,
    email: inv.supplier.email,
    until: formatDay(inv.expiresAt.slice(0, 10), lang),
  });
  $('link').value = link;
  const buyer = session?.buyer?.name ?? '';
  // The e-mail speaks the invitation's language, whatever the language of this page.
  const mail = (key, vars) => fill((T[inv.language] ?? T.nl)[key], vars);
  $('mailto').href = `mailto:${encodeURIComponent(inv.supplier.email)}?subject=${encodeURIComponent(
    mail('mailSubject', { buyer }),
  )}&body=${encodeURIComponent(mail('mailBody', { supplier: inv.supplier.name, link, buyer }))}`;
  if (focus) {
    $('link').focus();
    $('link').select();
  }
}

async function load() {
  const [inv, prof] = await Promise.all([
    api('GET', '/api/invitations', undefined, lang),
    api('GET', '/api/profiles', undefined, lang),
  ]);
  if (inv.status === 401 || prof.status === 401) return showSignIn();
  invitations = inv.body?.invitations ?? [];
  profiles = prof.body?.profiles ?? [];
  renderRows();
  renderProfiles();
  stats.load();
}

async function newLink(inv) {
  const res = await api('POST', `/api/invitations/${encodeURIComponent(inv.id)}/link`, {}, lang);
  if (res.status !== 200) {
    $('invite-status').textContent = t('failed', { error: res.body?.detail ?? res.status });
    return;
  }
  showLink(res.body.invitation, res.body.link);
  await load();
}

async function revokeLink(inv) {
  if (!window.confirm(t('revokeConfirm', { supplier: inv.supplier.name }))) return;
  const res = await api('POST', `/api/invitations/${encodeURIComponent(inv.id)}/revoke`, undefined, lang);
  if (res.status !== 200)
    $('invite-status').textContent = t('failed', { error: res.body?.detail ?? res.status });
  await load();
}

const FIELD_ERRORS = {
  supplierName: 'supplier-name-error',
  supplierEmail: 'supplier-email-error',
  profileId: 'profile-id-error',
  expiresInDays: 'expires-in-days-error',
  language: 'language-error',
};
const FIELD_INPUTS = {
  supplierName: 'supplier-name',
  supplierEmail: 'supplier-email',
  profileId: 'invite-profile',
  expiresInDays: 'expires',
  language: 'invite-language',
};

$('invite').addEventListener('submit', async (event) => {
  event.preventDefault();
  for (const [field, id] of Object.entries(FIELD_ERRORS)) {
    $(id).textContent = '';
    $(FIELD_INPUTS[field]).removeAttribute('aria-invalid');
  }
  const body = {
    supplierName: $('supplier-name').value,
    supplierEmail: $('supplier-email').value,
    profileId: $('invite-profile').value,
    expiresInDays: $('expires').value,
    language: $('invite-language').value,
  };
  const masterData = inviteMasterData();
  if (masterData) body.masterData = masterData;
  showInviteMasterErrors([], lang);
  const res = await api('POST', '/api/invitations', body, lang);
  if (res.status === 201) {
    $('invite-status').textContent = t('created');
    $('invite').reset();
    clearInviteMasterFields();
    defaultInviteLanguage();
    renderProfiles();
    showLink(res.body.invitation, res.body.link);
    await load();
    return;
  }
  if (res.status === 401) return showSignIn();
  const errors = res.body?.errors ?? [];
  for (const error of errors) {
    const target = FIELD_ERRORS[error.field];
    if (!target) continue;
    $(target).textContent = lang === 'nl' ? (error.messageNl ?? error.message) : error.message;
    $(FIELD_INPUTS[error.field]).setAttribute('aria-invalid', 'true');
  }
  const masterErrors = showInviteMasterErrors(errors, lang);
  if (errors.length && !masterErrors) $(FIELD_INPUTS[errors[0].field])?.focus();
  $('invite-status').textContent = errors.length
    ? ''
    : t('failed', { error: res.body?.detail ?? res.status });
});

$('copy-link').addEventListener('click', async () => {
  $('link').select();
  try {
    await navigator.clipboard.writeText($('link').value);
    $('copy-link').textContent = t('copied');
  } catch {
    document.execCommand?.('copy');
  }
});

// --- sign in and out ------------------------------------------------------------------------------------
function showSignIn() {
  session = null;
  $('signin-section').hidden = false;
  $('dashboard').hidden = true;
  $('buyer-nav').hidden = true;
}

async function showDashboard() {
  session = await loadSession();
  if (!session) return showSignIn();
  $('signin-section').hidden = true;
  $('dashboard').hidden = false;
  $('buyer-nav').hidden = false;
  renderSignedIn();
  await load();
}

function renderSignedIn() {
  if (!session) return;
  $('signed-in-as').textContent = t('signedInAs', {
    buyer: session.buyer.name,
    user: session.user ? ` (${session.user.email})` : '',
  });
}

renderSignIn($('signin-section'), { t, lang: () => lang, onSignedIn: showDashboard });
$('signout').addEventListener('click', async () => {
  await signOut();
  showSignIn();
  $('email').focus();
});

// --- language ---------------------------------------------------------------------------------------------
function applyLang() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  renderSignedIn();
  renderRows();
  renderProfiles();
  stats.render();
  renderInviteMasterFields($('invite-master'), lang);
  if (lastLink) showLink(lastLink.inv, lastLink.path, false);
}
function chooseLang(chosen) {
  lang = chosen;
  applyLang();
}

/** The invitation's language starts at the page's language (when the server offers it), until the buyer chooses another. */
function defaultInviteLanguage() {
  const offered = [...$('invite-language').options].map((o) => o.value);
  $('invite-language').value = offered.includes(lang) ? lang : 'en';
}
defaultInviteLanguage();
// The CSV import (import.js) created invitations: show them.
document.addEventListener('invitations-imported', () => load());
applyLang();
showDashboard();
