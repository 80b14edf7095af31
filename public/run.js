// A buyer's run page (/run.html?id=run_…): the full report (the same as the supplier sees), live
// progress while the run is still going, and — for a passing sample — approve or reject with a comment.
// Another buyer's run, or one that does not exist, gets the same "not found".
import { initialLang, renderLangSwitch } from './lang.js';
import { renderMailRun } from './mail-report.js';
import { el, fill, followRun, formatMoment, renderReport, stageList } from './report.js';
import { renderWaivers } from './run-waivers.js';
import { api, loadSession, renderSignIn, SIGNIN_TEXT, signOut } from './session.js';

const T = {
  nl: {
    ...SIGNIN_TEXT.nl,
    docTitle: 'Proeffactuur – proeffactuur bekijken',
    back: '← Terug naar uw leveranciers',
    runTitle: 'Proeffactuur',
    runOf: 'Proeffactuur van {{supplier}}',
    context: 'Geüpload {{when}} · profiel {{profile}}',
    notFound: 'Deze controle bestaat niet, of is niet van u.',
    noId: 'Er is geen controle gekozen. Open een test vanuit uw leveranciers.',
    reviewTitle: 'Goedkeuren of afwijzen',
    reviewHelpRequired:
      'Uw profiel vraagt om handmatige goedkeuring. Pas na uw goedkeuring ziet de leverancier het factuuradres en de startdatum.',
    reviewHelp:
      'Uw profiel vraagt geen handmatige goedkeuring: de leverancier ziet het factuuradres al. U kunt deze proeffactuur toch afwijzen.',
    commentLabel: 'Toelichting (de leverancier ziet deze)',
    approve: 'Goedkeuren',
    reject: 'Afwijzen',
    approvedBy: 'Goedgekeurd door {{who}} op {{when}}',
    rejectedBy: 'Afgewezen door {{who}} op {{when}}',
    saved: 'Uw besluit is opgeslagen.',
    failed: 'Dat lukte niet: {{error}}',
    overrideTitle: 'Toch goedkeuren',
    overrideHelp:
      'Deze proeffactuur kwam niet door de controle. Weet u dat uw software hem toch goed verwerkt? Dan kunt u hem toch goedkeuren. Schrijf erbij waarom: dat is verplicht en komt in het auditlogboek.',
    overrideLabel: 'Reden (verplicht; de leverancier ziet deze)',
    approveAnyway: 'Toch goedkeuren',
    overriddenBy: 'Toch goedgekeurd door {{who}} op {{when}}',
  },
  en: {
    ...SIGNIN_TEXT.en,
    docTitle: 'Proeffactuur – view a sample invoice',
    back: '← Back to your suppliers',
    runTitle: 'Sample invoice',
    runOf: 'Sample invoice of {{supplier}}',
    context: 'Uploaded {{when}} · profile {{profile}}',
    notFound: 'This run does not exist, or is not yours.',
    noId: 'No run was chosen. Open a test from your suppliers.',
    reviewTitle: 'Approve or reject',
    reviewHelpRequired:
      'Your profile asks for manual approval. Only after you approve does the supplier see the invoice address and the start date.',
    reviewHelp:
      'Your profile asks for no manual approval: the supplier already sees the invoice address. You can still reject this sample.',
    commentLabel: 'Comment (the supplier sees it)',
    approve: 'Approve',
    reject: 'Reject',
    approvedBy: 'Approved by {{who}} on {{when}}',
    rejectedBy: 'Rejected by {{who}} on {{when}}',
    saved: 'Your decision has been saved.',
    failed: 'That did not work: {{error}}',
    overrideTitle: 'Approve all the same',
    overrideHelp:
      'This sample did not pass the check. Do you know your software handles it well? Then you can approve it all the same. Write why: that is required and goes into the audit log.',
    overrideLabel: 'Reason (required; the supplier sees it)',
    approveAnyway: 'Approve all the same',
    overriddenBy: 'Approved all the same by {{who}} on {{when}}',
  },
  de: {
    overrideTitle: 'Trotzdem freigeben',
    overrideHelp:
      'Diese Probe-Rechnung hat die Prüfung nicht bestanden. Wissen Sie, dass Ihre Software sie trotzdem gut verarbeitet? Dann können Sie sie trotzdem freigeben. Schreiben Sie dazu, warum: Das ist Pflicht und kommt ins Prüfprotokoll.',
    overrideLabel: 'Begründung (Pflicht; der Lieferant sieht sie)',
    approveAnyway: 'Trotzdem freigeben',
    overriddenBy: 'Trotzdem freigegeben von {{who}} am {{when}}',
    ...SIGNIN_TEXT.de,
    docTitle: 'Proeffactuur – Testrechnung ansehen',
    back: '← Zurück zu Ihren Lieferanten',
    runTitle: 'Testrechnung',
    runOf: 'Testrechnung von {{supplier}}',
    context: 'Hochgeladen {{when}} · Profil {{profile}}',
    notFound: 'Diese Prüfung gibt es nicht, oder sie gehört nicht Ihnen.',
    noId: 'Es wurde keine Prüfung gewählt. Öffnen Sie einen Test über Ihre Lieferanten.',
    reviewTitle: 'Freigeben oder ablehnen',
    reviewHelpRequired:
      'Ihr Profil verlangt eine manuelle Freigabe. Erst nach Ihrer Freigabe sieht der Lieferant die Rechnungsadresse und das Startdatum.',
    reviewHelp:
      'Ihr Profil verlangt keine manuelle Freigabe: Der Lieferant sieht die Rechnungsadresse bereits. Sie können diese Testrechnung trotzdem ablehnen.',
    commentLabel: 'Erläuterung (der Lieferant sieht sie)',
    approve: 'Freigeben',
    reject: 'Ablehnen',
    approvedBy: 'Freigegeben von {{who}} am {{when}}',
    rejectedBy: 'Abgelehnt von {{who}} am {{when}}',
    saved: 'Ihre Entscheidung wurde gespeichert.',
    failed: 'Das hat nicht geklappt: {{error}}',
  },
  fr: {
    overrideTitle: 'Approuver malgré tout',
    overrideHelp:
      'Cette facture d’essai n’a pas passé le contrôle. Vous savez que votre logiciel la traite bien malgré tout ? Vous pouvez alors l’approuver malgré tout. Indiquez pourquoi : c’est obligatoire et cela figure dans le journal d’audit.',
    overrideLabel: 'Motif (obligatoire ; le fournisseur le voit)',
    approveAnyway: 'Approuver malgré tout',
    overriddenBy: 'Approuvée malgré tout par {{who}} le {{when}}',
    ...SIGNIN_TEXT.fr,
    docTitle: 'Proeffactuur – voir une facture test',
    back: '← Retour à vos fournisseurs',
    runTitle: 'Facture test',
    runOf: 'Facture test de {{supplier}}',
    context: 'Envoyée {{when}} · profil {{profile}}',
    notFound: "Cette vérification n'existe pas, ou elle ne vous appartient pas.",
    noId: "Aucune vérification n'a été choisie. Ouvrez un test depuis vos fournisseurs.",
    reviewTitle: 'Approuver ou refuser',
    reviewHelpRequired:
      "Votre profil demande une approbation manuelle. Ce n'est qu'après votre approbation que le fournisseur voit l'adresse de facturation et la date de début.",
    reviewHelp:
      "Votre profil ne demande pas d'approbation manuelle : le fournisseur voit déjà l'adresse de facturation. Vous pouvez tout de même refuser cette facture test.",
    commentLabel: 'Commentaire (le fournisseur le voit)',
    approve: 'Approuver',
    reject: 'Refuser',
    approvedBy: 'Approuvée par {{who}} le {{when}}',
    rejectedBy: 'Refusée par {{who}} le {{when}}',
    saved: 'Votre décision a été enregistrée.',
    failed: "Cela n'a pas fonctionné : {{error}}",
  },
};

let lang = initialLang();
const runId = new URLSearchParams(location.search).get('id') ?? '';
let run = null;
let context = null;
let buyerName = '';
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => fill(T[lang][key], vars);
const stages = stageList($('stages'), $('stage-status'), () => lang);

function render() {
  if (!run) return;
  const invitation = context?.invitation;
  $('run-title').textContent = invitation
    ? t('runOf', { supplier: invitation.supplier.name })
    : t('runTitle');
  $('run-context').textContent = t('context', {
    when: formatMoment(run.createdAt, lang),
    profile: `${invitation?.profile?.name ?? run.profile.id} v${run.profile.version}`,
  });
  if (run.status === 'queued' || run.status === 'running') return;
  if (run.file?.kind === 'email' || run.childRunIds) {
    // An e-mail run: the message, then each PDF's report (the runs of its attachments).
    renderMailRun($('report'), run, children, {
      lang,
      buyerName,
      profileName: invitation?.profile?.name,
      pageImageUrl: (n) => `/api/runs/${encodeURIComponent(run.id)}/pages/${n}.png`,
      pageImageUrlOf: (id, n) => `/api/runs/${encodeURIComponent(id)}/pages/${n}.png`,
    });
    renderReview();
    return;
  }
  renderReport($('report'), run, {
    lang,
    buyerName,
    profileName: invitation?.profile?.name,
    pageImageUrl: (n) => `/api/runs/${encodeURIComponent(run.id)}/pages/${n}.png`,
  });
  renderReview();
  renderWaivers($('waivers-section'), { run, invitationId: invitation?.id, lang, onChange: reload });
}

/** Reads the run (as the invitation's waivers judge it) and its reviews again, and shows them. */
async function reload() {
  const res = await api('GET', `/api/runs/${encodeURIComponent(runId)}`, undefined, lang);
  if (res.status === 200) run = res.body;
  await loadContext();
  render();
}

function renderReview() {
  const override = context?.reviewable !== true && context?.overridable === true;
  const show = context?.reviewable === true || override;
  $('review-section').hidden = !show;
  if (!show) return;
  $('review-title').textContent = t(override ? 'overrideTitle' : 'reviewTitle');
  $('review-help').textContent = override
    ? t('overrideHelp')
    : context.approvalRequired
      ? t('reviewHelpRequired')
      : t('reviewHelp');
  document.querySelector('label[for="comment"]').textContent = t(override ? 'overrideLabel' : 'commentLabel');
  $('approve').textContent = t(override ? 'approveAnyway' : 'approve');
  $('reject').hidden = override;
  $('reviews').replaceChildren(
    ...context.reviews.map((r) =>
      el(
        'li',
        { className: `review ${r.decision}` },
        el('span', {
          text: t(r.override ? 'overriddenBy' : r.decision === 'approved' ? 'approvedBy' : 'rejectedBy', {
            who: r.reviewer,
            when: formatMoment(r.createdAt, lang),
          }),
        }),
        r.comment ? el('q', { text: r.comment }) : null,
      ),
    ),
  );
}

/** The runs of an e-mail run's PDFs (finished or not). */
let children = [];
async function loadChildren() {
  const found = await Promise.all(
    (run?.childRunIds ?? []).map((id) =>
      api('GET', `/api/runs/${encodeURIComponent(id)}?wait=30`, undefined, lang),
    ),
  );
  children = found.filter((res) => res.status === 200).map((res) => res.body);
}

async function loadContext() {
  const res = await api('GET', `/api/runs/${encodeURIComponent(runId)}/reviews`, undefined, lang);
  context = res.status === 200 ? res.body : null;
}

async function load() {
  if (!/^run_[A-Za-z0-9_-]{22}$/.test(runId)) {
    $('run-error').textContent = t('noId');
    return;
  }
  const res = await api('GET', `/api/runs/${encodeURIComponent(runId)}`, undefined, lang);
  if (res.status === 401) return showSignIn();
  if (res.status !== 200) {
    $('run-error').textContent = t('notFound');
    return;
  }
  run = res.body;
  await Promise.all([loadContext(), loadChildren()]);
  render();
  if (run.status === 'queued' || run.status === 'running') {
    $('progress').hidden = false;
    stages.show(run.progress ?? { stage: run.status });
    run = await followRun({
      eventsUrl: `/api/runs/${encodeURIComponent(runId)}/events`,
      runUrl: `/api/runs/${encodeURIComponent(runId)}`,
      onProgress: (event) => stages.show(event),
    });
    stages.finish(run?.report);
    await Promise.all([loadContext(), loadChildren()]);
    render();
  }
}

$('review').addEventListener('submit', async (event) => {
  event.preventDefault();
  const decision = event.submitter?.value;
  if (decision !== 'approved' && decision !== 'rejected') return;
  const res = await api(
    'POST',
    `/api/runs/${encodeURIComponent(runId)}/reviews`,
    { decision, comment: $('comment').value },
    lang,
  );
  if (res.status === 201) {
    $('review-status').textContent = t('saved');
    $('comment').value = '';
    await loadContext();
    renderReview();
    $('review-section').hidden = false;
  } else {
    $('review-status').textContent = t('failed', { error: res.body?.detail ?? res.status });
  }
});

function showSignIn() {
  $('signin-section').hidden = false;
  $('run-section').hidden = true;
  $('buyer-nav').hidden = true;
}

async function start() {
  const session = await loadSession();
  if (!session) return showSignIn();
  buyerName = session.buyer.name;
  $('signin-section').hidden = true;
  $('run-section').hidden = false;
  $('buyer-nav').hidden = false;
  await load();
}

renderSignIn($('signin-section'), { t, lang: () => lang, onSignedIn: start });
$('signout').addEventListener('click', async () => {
  await signOut();
  location.href = '/buyer.html';
});

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
start();
