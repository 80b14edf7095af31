// The supplier portal (/supplier.html): sign in with an e-mailed link (its token in the fragment,
// `#signin=…`, so it never travels in a URL to the server), see every live invitation to that address
// from all buyers, open one's page, and test one file against the chosen invitations at once: a table
// per buyer with its verdict and the findings only it has, the shared findings once, live as runs finish.

import { initialLang, renderLangSwitch } from './lang.js';

const T = {
  nl: {
    title: 'Al uw testuitnodigingen',
    signinTitle: 'Inloggen met uw e-mailadres',
    signinIntro:
      'Vul het e-mailadres in waarop u uitnodigingen kreeg. U krijgt een link per e-mail; een wachtwoord is niet nodig.',
    emailLabel: 'E-mailadres',
    signinButton: 'Stuur mij een inloglink',
    signinSent:
      'Als er uitnodigingen voor {{email}} zijn, is er nu een inloglink onderweg. De link werkt 15 minuten en één keer.',
    signingIn: 'Bezig met inloggen…',
    signedInAs: 'Ingelogd als {{email}}.',
    signOut: 'Uitloggen',
    invitationsTitle: 'Uw uitnodigingen',
    noInvitations: 'Er zijn geen lopende uitnodigingen voor dit adres.',
    colTest: 'Testen',
    colBuyer: 'Afnemer',
    colProfile: 'Profiel',
    colStatus: 'Stand',
    colSamples: 'Geslaagd',
    colOpen: 'Pagina',
    colVerdict: 'Oordeel',
    colDiffering: 'Alleen bij deze afnemer',
    open: 'Openen',
    chooseLabel: 'Testen bij {{buyer}}',
    samples: '{{passed}} van {{required}}',
    uploadTitle: 'Eén factuur testen bij alle gekozen afnemers',
    fileLabel: 'Uw voorbeeldfactuur (PDF)',
    uploadButton: 'Test bij de gekozen afnemers',
    chooseFile: 'Kies eerst een PDF-bestand.',
    chooseInvitation: 'Kies ten minste één afnemer.',
    resultsTitle: 'Uitslag per afnemer',
    commonTitle: 'Bij alle afnemers',
    running: 'Bezig: {{done}} van {{count}} klaar…',
    done: 'Klaar: {{count}} afnemers.',
    none: 'Geen.',
    waiting: 'bezig…',
    failed: 'Dat lukte niet: {{error}}',
    accepted: 'Goedgekeurd',
    rejected: 'Afgekeurd',
    undetermined: 'Niet te beoordelen',
    stage: {
      invited: 'Uitgenodigd',
      opened: 'Geopend',
      tested: 'Getest',
      awaiting_approval: 'Wacht op goedkeuring',
      rejected_by_buyer: 'Niet goedgekeurd door afnemer',
      approved: 'Goedgekeurd',
      live: 'Facturen sturen',
    },
  },
  en: {
    title: 'All your test invitations',
    signinTitle: 'Sign in with your e-mail address',
    signinIntro:
      'Enter the e-mail address your invitations were sent to. You get a link by e-mail; no password is needed.',
    emailLabel: 'E-mail address',
    signinButton: 'Send me a sign-in link',
    signinSent:
      'If there are invitations for {{email}}, a sign-in link is on its way. The link works for 15 minutes, once.',
    signingIn: 'Signing in…',
    signedInAs: 'Signed in as {{email}}.',
    signOut: 'Sign out',
    invitationsTitle: 'Your invitations',
    noInvitations: 'There are no open invitations for this address.',
    colTest: 'Test',
    colBuyer: 'Buyer',
    colProfile: 'Profile',
    colStatus: 'Status',
    colSamples: 'Passed',
    colOpen: 'Page',
    colVerdict: 'Verdict',
    colDiffering: 'Only at this buyer',
    open: 'Open',
    chooseLabel: 'Test at {{buyer}}',
    samples: '{{passed}} of {{required}}',
    uploadTitle: 'Test one invoice at every chosen buyer',
    fileLabel: 'Your sample invoice (PDF)',
    uploadButton: 'Test at the chosen buyers',
    chooseFile: 'Choose a PDF file first.',
    chooseInvitation: 'Choose at least one buyer.',
    resultsTitle: 'Result per buyer',
    commonTitle: 'At every buyer',
    running: 'Working: {{done}} of {{count}} done…',
    done: 'Done: {{count}} buyers.',
    none: 'None.',
    waiting: 'working…',
    failed: 'That did not work: {{error}}',
    accepted: 'Accepted',
    rejected: 'Rejected',
    undetermined: 'Could not be checked',
    stage: {
      invited: 'Invited',
      opened: 'Opened',
      tested: 'Tested',
      awaiting_approval: 'Waiting for approval',
      rejected_by_buyer: 'Not approved by the buyer',
      approved: 'Approved',
      live: 'Sending invoices',
    },
  },
  de: {
    title: 'Alle Ihre Testeinladungen',
    signinTitle: 'Mit Ihrer E-Mail-Adresse anmelden',
    signinIntro:
      'Geben Sie die E-Mail-Adresse ein, an die Ihre Einladungen gingen. Sie erhalten einen Link per E-Mail; ein Passwort ist nicht nötig.',
    emailLabel: 'E-Mail-Adresse',
    signinButton: 'Anmeldelink senden',
    signinSent:
      'Wenn es Einladungen für {{email}} gibt, ist jetzt ein Anmeldelink unterwegs. Der Link gilt 15 Minuten und einmal.',
    signingIn: 'Anmeldung läuft…',
    signedInAs: 'Angemeldet als {{email}}.',
    signOut: 'Abmelden',
    invitationsTitle: 'Ihre Einladungen',
    noInvitations: 'Für diese Adresse gibt es keine offenen Einladungen.',
    colTest: 'Testen',
    colBuyer: 'Auftraggeber',
    colProfile: 'Profil',
    colStatus: 'Stand',
    colSamples: 'Bestanden',
    colOpen: 'Seite',
    colVerdict: 'Ergebnis',
    colDiffering: 'Nur bei diesem Auftraggeber',
    open: 'Öffnen',
    chooseLabel: 'Bei {{buyer}} testen',
    samples: '{{passed}} von {{required}}',
    uploadTitle: 'Eine Rechnung bei allen gewählten Auftraggebern testen',
    fileLabel: 'Ihre Musterrechnung (PDF)',
    uploadButton: 'Bei den gewählten Auftraggebern testen',
    chooseFile: 'Wählen Sie zuerst eine PDF-Datei.',
    chooseInvitation: 'Wählen Sie mindestens einen Auftraggeber.',
    resultsTitle: 'Ergebnis je Auftraggeber',
    commonTitle: 'Bei allen Auftraggebern',
    running: 'In Arbeit: {{done}} von {{count}} fertig…',
    done: 'Fertig: {{count}} Auftraggeber.',
    none: 'Keine.',
    waiting: 'in Arbeit…',
    failed: 'Das hat nicht geklappt: {{error}}',
    accepted: 'Angenommen',
    rejected: 'Abgelehnt',
    undetermined: 'Nicht zu beurteilen',
    stage: {
      invited: 'Eingeladen',
      opened: 'Geöffnet',
      tested: 'Getestet',
      awaiting_approval: 'Wartet auf Freigabe',
      rejected_by_buyer: 'Vom Auftraggeber nicht freigegeben',
      approved: 'Freigegeben',
      live: 'Rechnungen senden',
    },
  },
  fr: {
    title: 'Toutes vos invitations de test',
    signinTitle: 'Se connecter avec votre adresse e-mail',
    signinIntro:
      'Saisissez l’adresse e-mail à laquelle vos invitations ont été envoyées. Vous recevez un lien par e-mail ; aucun mot de passe n’est nécessaire.',
    emailLabel: 'Adresse e-mail',
    signinButton: 'Envoyez-moi un lien de connexion',
    signinSent:
      'S’il existe des invitations pour {{email}}, un lien de connexion est en route. Le lien fonctionne 15 minutes, une seule fois.',
    signingIn: 'Connexion en cours…',
    signedInAs: 'Connecté en tant que {{email}}.',
    signOut: 'Se déconnecter',
    invitationsTitle: 'Vos invitations',
    noInvitations: 'Il n’y a pas d’invitation en cours pour cette adresse.',
    colTest: 'Tester',
    colBuyer: 'Client',
    colProfile: 'Profil',
    colStatus: 'État',
    colSamples: 'Réussies',
    colOpen: 'Page',
    colVerdict: 'Verdict',
    colDiffering: 'Seulement chez ce client',
    open: 'Ouvrir',
    chooseLabel: 'Tester chez {{buyer}}',
    samples: '{{passed}} sur {{required}}',
    uploadTitle: 'Tester une facture chez tous les clients choisis',
    fileLabel: 'Votre facture d’essai (PDF)',
    uploadButton: 'Tester chez les clients choisis',
    chooseFile: 'Choisissez d’abord un fichier PDF.',
    chooseInvitation: 'Choisissez au moins un client.',
    resultsTitle: 'Résultat par client',
    commonTitle: 'Chez tous les clients',
    running: 'En cours : {{done}} sur {{count}} terminés…',
    done: 'Terminé : {{count}} clients.',
    none: 'Aucune.',
    waiting: 'en cours…',
    failed: 'Cela n’a pas fonctionné : {{error}}',
    accepted: 'Acceptée',
    rejected: 'Refusée',
    undetermined: 'Impossible à vérifier',
    stage: {
      invited: 'Invité',
      opened: 'Ouverte',
      tested: 'Testée',
      awaiting_approval: 'En attente d’approbation',
      rejected_by_buyer: 'Non approuvée par le client',
      approved: 'Approuvée',
      live: 'Envoi des factures',
    },
  },
};

let lang = initialLang();
const state = { session: null, invitations: [], set: null, linkError: null, sent: null };
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) =>
  String(T[lang][key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function api(path, options = {}) {
  const headers = { 'accept-language': lang, ...(options.headers ?? {}) };
  if (options.method && options.method !== 'GET' && state.session?.csrfToken)
    headers['x-csrf-token'] = state.session.csrfToken;
  const res = await fetch(path, { ...options, headers });
  const body = res.status === 204 ? {} : await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, body };
}

function findingItem(finding) {
  const li = el('li', undefined, `finding severity-${finding.severity}`);
  li.dataset.checkId = finding.checkId;
  li.append(el('span', finding.message[lang]));
  return li;
}

function renderInvitations() {
  const rows = state.invitations.map((invitation) => {
    const tr = el('tr');
    tr.dataset.invitationId = invitation.id;
    const choose = el('input');
    choose.type = 'checkbox';
    choose.checked = true;
    choose.value = invitation.id;
    choose.className = 'choose';
    choose.setAttribute('aria-label', t('chooseLabel', { buyer: invitation.buyer.name }));
    const open = el('button', t('open'), 'link');
    open.type = 'button';
    open.addEventListener('click', () => openInvitation(invitation.id));
    const cells = [
      choose,
      el('span', invitation.buyer.name),
      el('span', invitation.profile.name ?? '—'),
      el('span', T[lang].stage[invitation.stage] ?? invitation.stage),
      el('span', t('samples', invitation.samples)),
      open,
    ];
    for (const [i, content] of cells.entries()) {
      const cell = el(i === 1 ? 'th' : 'td');
      if (i === 1) cell.scope = 'row';
      cell.append(content);
      tr.append(cell);
    }
    return tr;
  });
  // Keep what the supplier chose across a re-render (a language switch).
  const chosen = new Set(
    [...document.querySelectorAll('#invitations input.choose')].filter((c) => !c.checked).map((c) => c.value),
  );
  $('invitations')
    .querySelector('tbody')
    .replaceChildren(...rows);
  for (const box of document.querySelectorAll('#invitations input.choose'))
    box.checked = !chosen.has(box.value);
  $('invitations').hidden = rows.length === 0;
  $('no-invitations').hidden = rows.length > 0;
}

function renderSet() {
  const set = state.set;
  $('results-section').hidden = !set;
  if (!set) return;
  const finished = set.runs.filter((r) => r.verdict !== null).length;
  $('results-state').textContent = set.done
    ? t('done', { count: set.runs.length })
    : t('running', { done: finished, count: set.runs.length });
  $('results')
    .querySelector('tbody')
    .replaceChildren(
      ...set.runs.map((run) => {
        const tr = el('tr');
        tr.dataset.runId = run.runId;
        tr.dataset.verdict = run.verdict ?? '';
        const buyer = el('th', run.buyer.name, 'buyer');
        buyer.scope = 'row';
        const verdict = el('td', run.verdict ? t(run.verdict) : t('waiting'), 'verdict');
        if (run.verdict) verdict.classList.add(`verdict-${run.verdict}`);
        const differing = el('td', undefined, 'differing');
        const list = el('ul');
        list.append(
          ...(run.differing.length > 0 ? run.differing.map(findingItem) : [el('li', t('none'), 'muted')]),
        );
        differing.append(list);
        tr.append(buyer, el('td', run.profile.name), verdict, differing);
        return tr;
      }),
    );
  $('common').replaceChildren(
    ...(set.common.length > 0 ? set.common.map(findingItem) : [el('li', t('none'), 'muted')]),
  );
}

function render() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = `Proeffactuur – ${t('title')}`;
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  $('link-error').hidden = !state.linkError;
  $('link-error').textContent = state.linkError ?? '';
  $('signin').hidden = Boolean(state.session);
  $('portal').hidden = !state.session;
  $('signin-result').textContent = state.sent ? t('signinSent', { email: state.sent }) : '';
  if (state.session) {
    $('signed-in-as').textContent = t('signedInAs', { email: state.session.email });
    renderInvitations();
    renderSet();
  }
}

async function loadInvitations() {
  const res = await api('/api/supplier/invitations');
  if (res.status === 401) {
    state.session = null;
  } else if (res.ok) state.invitations = res.body.invitations;
  render();
}

async function openInvitation(id) {
  const res = await api(`/api/supplier/invitations/${encodeURIComponent(id)}/link`, { method: 'POST' });
  if (res.ok) location.href = `${res.body.link}?lang=${lang}`;
  else $('upload-error').textContent = t('failed', { error: res.body.detail ?? res.status });
}

// Follows the set until every run finished, re-drawing the table as each one does.
async function follow(id) {
  for (;;) {
    const res = await api(`/api/supplier/run-sets/${encodeURIComponent(id)}`);
    if (!res.ok) {
      $('upload-error').textContent = t('failed', { error: res.body.detail ?? res.status });
      return;
    }
    state.set = res.body;
    renderSet();
    if (res.body.done) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  loadInvitations();
}

$('signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = $('email').value.trim();
  const res = await api('/api/supplier/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, language: lang }),
  });
  state.linkError = null;
  if (res.ok) state.sent = email;
  else state.linkError = res.body.detail ?? String(res.status);
  render();
});

$('upload-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('upload-error').textContent = '';
  const file = $('file').files[0];
  const chosen = [...document.querySelectorAll('#invitations input.choose')]
    .filter((c) => c.checked)
    .map((c) => c.value);
  if (!file) {
    $('upload-error').textContent = t('chooseFile');
    return;
  }
  if (chosen.length === 0) {
    $('upload-error').textContent = t('chooseInvitation');
    return;
  }
  const form = new FormData();
  form.append('file', file, file.name);
  $('upload-button').disabled = true;
  try {
    const res = await api(`/api/supplier/run-sets?invitations=${encodeURIComponent(chosen.join(','))}`, {
      method: 'POST',
      body: form,
    });
    if (!res.ok) {
      $('upload-error').textContent = t('failed', { error: res.body.detail ?? res.status });
      return;
    }
    state.set = res.body;
    renderSet();
    await follow(res.body.id);
  } finally {
    $('upload-button').disabled = false;
  }
});

$('sign-out').addEventListener('click', async () => {
  await api('/api/supplier/session', { method: 'DELETE' });
  state.session = null;
  state.set = null;
  render();
});

function chooseLang(chosen) {
  lang = chosen;
  render();
}

async function start() {
  const signin = new URLSearchParams(location.hash.slice(1)).get('signin');
  if (signin) {
    // Out of the address bar and the history at once: the link works once anyway.
    history.replaceState(null, '', location.pathname + location.search);
    $('signin-result').textContent = t('signingIn');
    const res = await api('/api/supplier/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: signin }),
    });
    if (!res.ok) state.linkError = res.body.detail ?? String(res.status);
  }
  const session = await api('/api/supplier/session');
  state.session = session.body.signedIn ? session.body : null;
  render();
  if (state.session) await loadInvitations();
}

render();
start();
