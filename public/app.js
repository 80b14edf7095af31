// The open upload page (no invitation): choose a PDF and a preset, send it to POST /api/runs, follow
// its stages live and show the report with the same component as the supplier's invitation page
// (public/report.js).
import { initialLang, inLang, renderLangSwitch } from './lang.js';
import { fillPresetSelect, relabelPresetSelect } from './preset-groups.js';
import { fill, followRun, renderReport, stageList } from './report.js';

const TEXT = {
  nl: {
    docTitle: 'Proeffactuur – test uw factuur-PDF',
    intro:
      'Controleer vóór uw eerste echte factuur of de software van uw klant uw PDF-factuur kan lezen. U krijgt direct een uitslag, met per probleem wat u kunt doen.',
    fileLabel: 'Uw factuur (PDF)',
    profileLabel: 'Eisen van de afnemer',
    submit: 'Controleren',
    choose: 'Kies eerst het PDF-bestand van uw factuur.',
    checking: 'Bezig met controleren…',
    failed: 'Versturen mislukt. Probeer het opnieuw.',
    followFailed: 'De uitslag kon niet worden opgehaald. Probeer het opnieuw.',
    buyerLink: 'Voor afnemers: leveranciers uitnodigen en vastleggen wat uw software accepteert',
    stagesLabel: 'Stappen',
  },
  en: {
    docTitle: 'Proeffactuur – test your invoice PDF',
    intro:
      "Check before your first real invoice whether your customer's software can read your PDF invoice. You get a verdict straight away, with what to do about each problem.",
    fileLabel: 'Your invoice (PDF)',
    profileLabel: "The buyer's requirements",
    submit: 'Check',
    choose: 'First choose the PDF file of your invoice.',
    checking: 'Checking…',
    failed: 'Sending failed. Please try again.',
    followFailed: 'The result could not be fetched. Please try again.',
    buyerLink: 'For buyers: invite suppliers and record what your software accepts',
    stagesLabel: 'Steps',
  },
  de: {
    docTitle: 'Proeffactuur – Ihre Rechnungs-PDF testen',
    intro:
      'Prüfen Sie vor Ihrer ersten echten Rechnung, ob die Software Ihres Kunden Ihre PDF-Rechnung lesen kann. Sie erhalten sofort ein Ergebnis und zu jedem Problem, was Sie tun können.',
    fileLabel: 'Ihre Rechnung (PDF)',
    profileLabel: 'Anforderungen des Kunden',
    submit: 'Prüfen',
    choose: 'Wählen Sie zuerst die PDF-Datei Ihrer Rechnung.',
    checking: 'Wird geprüft…',
    failed: 'Senden fehlgeschlagen. Bitte versuchen Sie es erneut.',
    followFailed: 'Das Ergebnis konnte nicht abgerufen werden. Bitte versuchen Sie es erneut.',
    buyerLink: 'Für Rechnungsempfänger: Lieferanten einladen und festlegen, was Ihre Software annimmt',
    stagesLabel: 'Schritte',
  },
  fr: {
    docTitle: 'Proeffactuur – testez votre facture PDF',
    intro:
      'Vérifiez avant votre première vraie facture que le logiciel de votre client peut lire votre facture PDF. Vous recevez un résultat immédiatement, avec pour chaque problème ce que vous pouvez faire.',
    fileLabel: 'Votre facture (PDF)',
    profileLabel: 'Exigences du client',
    submit: 'Vérifier',
    choose: "Choisissez d'abord le fichier PDF de votre facture.",
    checking: 'Vérification en cours…',
    failed: "L'envoi a échoué. Veuillez réessayer.",
    followFailed: "Le résultat n'a pas pu être récupéré. Veuillez réessayer.",
    buyerLink: 'Pour les clients : inviter des fournisseurs et indiquer ce que votre logiciel accepte',
    stagesLabel: 'Étapes',
  },
};

let lang = initialLang();
let lastRun = null;
let presets = [];
/** The presets by vendor (GET /api/presets `groups`), for the picker's <optgroup>s. */
let presetGroups = [];
const $ = (id) => document.getElementById(id);
const t = (key, vars) => fill(TEXT[lang][key], vars);
const stages = stageList($('stages'), $('stage-status'), () => lang);
/** Where the run being checked is remembered, so a reload resumes following it. */
const RUN_KEY = 'proeffactuur:home-run';

function showRun(run) {
  lastRun = run;
  $('result').hidden = false;
  renderReport($('result'), run, {
    lang,
    profileName: presetName(presets.find((p) => p.id === run.profile?.id)) ?? run.profile?.id,
    pageImageUrl: (n) => `/api/runs/${encodeURIComponent(run.id)}/pages/${n}.png`,
    downloadName: `proeffactuur-${run.id}.json`,
  });
}

/** A preset's name in the page language (GET /api/presets gives `names` in nl and en). */
function presetName(preset) {
  return preset ? (inLang(preset.names, lang) ?? preset.name) : undefined;
}

function applyLang() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  $('stages').setAttribute('aria-label', t('stagesLabel'));
  relabelPresetSelect($('profile'), { presets, groups: presetGroups }, lang);
  if (lastRun) showRun(lastRun);
}

async function loadPresets() {
  const res = await fetch('/api/presets');
  const body = await res.json();
  presets = body.presets;
  presetGroups = body.groups ?? [];
  fillPresetSelect($('profile'), body, lang, body.default);
}

function chooseLang(chosen) {
  lang = chosen;
  applyLang();
}

let busy = false;

/** Shows the progress in view with the focus, the previous report hidden, Controleren disabled. */
function startProgress() {
  busy = true;
  $('status').textContent = '';
  // The previous report belongs to another file: hidden while this one is checked.
  lastRun = null;
  $('result').hidden = true;
  stages.clear();
  $('progress').hidden = false;
  $('progress').scrollIntoView?.({ block: 'center' });
  // The focus moves to the progress before the button is disabled (else it drops to the body).
  $('progress').focus({ preventScroll: true });
  $('upload-button').disabled = true;
}

/** Follows a run until its report, which then takes the focus. */
async function follow(run) {
  sessionStorage.setItem(RUN_KEY, run.id);
  stages.show(run.progress ?? { stage: run.status });
  const self = `/api/runs/${encodeURIComponent(run.id)}`;
  const done = await followRun({
    eventsUrl: `${self}/events`,
    runUrl: self,
    onProgress: (progress) => stages.show(progress),
  }).catch(() => {
    throw new Error(t('followFailed'));
  });
  sessionStorage.removeItem(RUN_KEY);
  stages.finish(done.report);
  showRun(done);
  $('result').scrollIntoView?.({ block: 'start' });
  $('verdict')?.focus?.();
}

function stopProgress(error) {
  if (error) {
    $('progress').hidden = true;
    $('status').textContent = error instanceof Error ? error.message : t('failed');
  }
  busy = false;
  $('upload-button').disabled = false;
}

$('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (busy) return;
  const file = $('file').files[0];
  if (!file) {
    $('status').textContent = t('choose');
    return;
  }
  const form = new FormData();
  form.append('profile', $('profile').value);
  form.append('file', file);
  startProgress();
  try {
    const res = await fetch('/api/runs', {
      method: 'POST',
      body: form,
      headers: { 'Accept-Language': lang, Accept: 'application/json' },
    });
    const body = await res.json();
    if (!res.ok) throw new Error(body.detail ?? t('failed'));
    await follow(body);
    stopProgress();
  } catch (error) {
    stopProgress(error);
  }
});

/** A run still being checked when the page was (re)loaded: follow it, as if never left. */
async function resume() {
  const id = sessionStorage.getItem(RUN_KEY);
  if (!id) return;
  const res = await fetch(`/api/runs/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
  const run = res.ok ? await res.json() : null;
  if (!run || (run.status !== 'queued' && run.status !== 'running')) {
    sessionStorage.removeItem(RUN_KEY);
    if (run) showRun(run);
    return;
  }
  startProgress();
  try {
    await follow(run);
    stopProgress();
  } catch (error) {
    stopProgress(error);
  }
}

applyLang();
loadPresets();
resume();
