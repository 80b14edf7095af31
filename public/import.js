// The buyer's dashboard: invite many suppliers at once from a CSV file (POST /api/invitations/import).
// The answer streams progress lines (NDJSON) that move the progress bar and ends with the report per
// row; refused rows are listed with their reasons, created ones counted (their links are e-mailed).
import { el, fill } from './report.js';
import { api, currentSession } from './session.js';

const T = {
  nl: {
    title: 'Leveranciers importeren uit een CSV-bestand',
    help: 'Eén leverancier per regel. De eerste regel noemt de kolommen: naam en e-mail (verplicht), btw, kvk en iban. Meerdere IBAN’s in één cel scheidt u met | (of met ; tussen aanhalingstekens). Een CSV uit Excel (met ; of ,) kan direct. Hoogstens 10.000 leveranciers per bestand.',
    file: 'CSV-bestand',
    profile: 'Profiel voor deze leveranciers',
    language: 'Taal voor alle uitnodigingen',
    submit: 'Importeren',
    noFile: 'Kies eerst een CSV-bestand.',
    progressLabel: 'Voortgang van de import',
    progress: '{{done}} van {{total}} regels verwerkt…',
    uploading: 'Bestand wordt gelezen…',
    summary: '{{created}} uitnodiging(en) gemaakt en per e-mail verstuurd, {{refused}} regel(s) geweigerd.',
    refusedCaption: 'Geweigerde regels en waarom',
    colRow: 'Regel',
    colSupplier: 'Leverancier',
    colReason: 'Waarom geweigerd',
    failed: 'De import is niet gelukt: {{error}}',
  },
  en: {
    title: 'Import suppliers from a CSV file',
    help: 'One supplier per row. The first row names the columns: name and email (required), vat, kvk and iban. Separate several IBANs in one cell with | (or with ; inside quotes). A CSV saved from Excel (with ; or ,) works as it is. At most 10,000 suppliers per file.',
    file: 'CSV file',
    profile: 'Profile for these suppliers',
    language: 'Language for all invitations',
    submit: 'Import',
    noFile: 'Choose a CSV file first.',
    progressLabel: 'Progress of the import',
    progress: '{{done}} of {{total}} rows done…',
    uploading: 'Reading the file…',
    summary: '{{created}} invitation(s) created and e-mailed, {{refused}} row(s) refused.',
    refusedCaption: 'Refused rows and why',
    colRow: 'Row',
    colSupplier: 'Supplier',
    colReason: 'Why refused',
    failed: 'The import did not work: {{error}}',
  },
  de: {
    title: 'Lieferanten aus einer CSV-Datei einlesen',
    help: 'Ein Lieferant pro Zeile. Die erste Zeile nennt die Spalten: name und email (Pflicht), vat, kvk und iban. Mehrere IBANs in einer Zelle trennen Sie mit | (oder mit ; in Anführungszeichen). Eine CSV aus Excel (mit ; oder ,) funktioniert direkt. Höchstens 10.000 Lieferanten pro Datei.',
    file: 'CSV-Datei',
    profile: 'Profil für diese Lieferanten',
    language: 'Sprache für alle Einladungen',
    submit: 'Einlesen',
    noFile: 'Wählen Sie zuerst eine CSV-Datei.',
    progressLabel: 'Fortschritt des Imports',
    progress: '{{done}} von {{total}} Zeilen verarbeitet …',
    uploading: 'Die Datei wird gelesen …',
    summary: '{{created}} Einladung(en) erstellt und per E-Mail versandt, {{refused}} Zeile(n) abgelehnt.',
    refusedCaption: 'Abgelehnte Zeilen und warum',
    colRow: 'Zeile',
    colSupplier: 'Lieferant',
    colReason: 'Warum abgelehnt',
    failed: 'Der Import hat nicht geklappt: {{error}}',
  },
  fr: {
    title: 'Importer des fournisseurs depuis un fichier CSV',
    help: 'Un fournisseur par ligne. La première ligne nomme les colonnes : name et email (obligatoires), vat, kvk et iban. Séparez plusieurs IBAN dans une cellule par | (ou par ; entre guillemets). Un CSV enregistré depuis Excel (avec ; ou ,) fonctionne tel quel. Au plus 10 000 fournisseurs par fichier.',
    file: 'Fichier CSV',
    profile: 'Profil pour ces fournisseurs',
    language: 'Langue de toutes les invitations',
    submit: 'Importer',
    noFile: 'Choisissez d’abord un fichier CSV.',
    progressLabel: 'Progression de l’import',
    progress: '{{done}} lignes sur {{total}} traitées…',
    uploading: 'Lecture du fichier…',
    summary: '{{created}} invitation(s) créée(s) et envoyée(s) par e-mail, {{refused}} ligne(s) refusée(s).',
    refusedCaption: 'Lignes refusées et pourquoi',
    colRow: 'Ligne',
    colSupplier: 'Fournisseur',
    colReason: 'Motif du refus',
    failed: 'L’import n’a pas abouti : {{error}}',
  },
};

const $ = (id) => document.getElementById(id);
const lang = () => (T[document.documentElement.lang] ? document.documentElement.lang : 'nl');
const t = (key, vars = {}) => fill(T[lang()][key], vars);
const panel = $('import-panel');
let profiles = [];
let lastReport = null;

function render() {
  const chosenProfile = $('import-profile')?.value;
  const chosenLanguage = $('import-language')?.value ?? lang();
  const file = $('import-file');
  const form = el(
    'form',
    { id: 'import-form', novalidate: true },
    el('div', { className: 'field' }, el('label', { for: 'import-file', text: t('file') })),
    el(
      'div',
      { className: 'field' },
      el('label', { for: 'import-profile', text: t('profile') }),
      el(
        'select',
        { id: 'import-profile', name: 'profileId' },
        ...profiles.map((p) => el('option', { value: p.id, text: p.name })),
      ),
    ),
    el(
      'div',
      { className: 'field' },
      el('label', { for: 'import-language', text: t('language') }),
      el(
        'select',
        { id: 'import-language', name: 'language' },
        el('option', { value: 'nl', lang: 'nl', text: 'Nederlands' }),
        el('option', { value: 'en', lang: 'en', text: 'English' }),
      ),
    ),
    el(
      'div',
      { className: 'actions' },
      el('button', { type: 'submit', id: 'import-submit', text: t('submit') }),
    ),
  );
  // The chosen file survives a change of language: the same input is moved into the new form.
  form.firstChild.append(
    file ?? el('input', { id: 'import-file', name: 'file', type: 'file', accept: '.csv,text/csv' }),
  );
  const progress =
    $('import-progress') ?? el('progress', { id: 'import-progress', max: 1, value: 0, hidden: true });
  progress.setAttribute('aria-label', t('progressLabel'));
  const status =
    $('import-status') ?? el('p', { id: 'import-status', role: 'status', 'aria-live': 'polite' });
  panel.replaceChildren(
    el('h2', { id: 'import-title', text: t('title') }),
    el('p', { className: 'help', text: t('help') }),
    form,
    progress,
    status,
    el('div', { id: 'import-report' }),
  );
  if (chosenProfile) $('import-profile').value = chosenProfile;
  $('import-language').value = chosenLanguage;
  form.addEventListener('submit', submit);
  if (lastReport) renderReport(lastReport);
}

function renderReport(report) {
  lastReport = report;
  $('import-status').textContent = t('summary', report);
  const refused = report.results.filter((r) => r.status === 'refused');
  $('import-report').replaceChildren(
    refused.length === 0
      ? ''
      : el(
          'div',
          { className: 'table-wrap' },
          el(
            'table',
            { id: 'import-refused' },
            el('caption', { text: t('refusedCaption') }),
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', { scope: 'col', text: t('colRow') }),
                el('th', { scope: 'col', text: t('colSupplier') }),
                el('th', { scope: 'col', text: t('colReason') }),
              ),
            ),
            el(
              'tbody',
              {},
              ...refused.map((r) =>
                el(
                  'tr',
                  { 'data-row': r.row },
                  el('td', { text: String(r.row) }),
                  el('td', { text: [r.supplierName, r.supplierEmail].filter(Boolean).join(' · ') }),
                  el('td', {
                    text: (r.problems ?? [])
                      .map((p) => (lang() === 'nl' ? p.messageNl : p.message))
                      .join(' '),
                  }),
                ),
              ),
            ),
          ),
        ),
  );
}

async function submit(event) {
  event.preventDefault();
  const file = $('import-file').files?.[0];
  const status = $('import-status');
  const progress = $('import-progress');
  if (!file) {
    status.textContent = t('noFile');
    $('import-file').focus();
    return;
  }
  lastReport = null;
  $('import-report').replaceChildren();
  $('import-submit').disabled = true;
  progress.hidden = false;
  progress.removeAttribute('value'); // indeterminate while the file is read
  status.textContent = t('uploading');
  const query = new URLSearchParams({
    profileId: $('import-profile').value,
    language: $('import-language').value,
  });
  try {
    const res = await fetch(`/api/invitations/import?${query}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/csv',
        Accept: 'application/x-ndjson',
        'Accept-Language': lang(),
        'X-CSRF-Token': currentSession()?.csrfToken ?? '',
      },
      body: file,
    });
    if (!res.ok || !res.body) {
      const problem = await res.json().catch(() => null);
      status.textContent = t('failed', { error: problem?.detail ?? res.status });
      progress.hidden = true;
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const message = JSON.parse(line);
        if (message.type === 'progress') {
          progress.max = Math.max(1, message.total);
          progress.value = message.done;
          status.textContent = t('progress', message);
        } else if (message.type === 'report') renderReport(message.report);
        else if (message.type === 'error')
          status.textContent = t('failed', { error: message.problem?.detail ?? '' });
      }
    }
    document.dispatchEvent(new CustomEvent('invitations-imported'));
  } catch (error) {
    status.textContent = t('failed', { error: String(error) });
  } finally {
    $('import-submit').disabled = false;
  }
}

async function loadProfiles() {
  const res = await api('GET', '/api/profiles', undefined, lang());
  profiles = (res.body?.profiles ?? []).filter((p) => !p.archivedAt && !p.archived);
  render();
}

// Re-render in the page's language when the buyer switches it (buyer.js sets <html lang>).
new MutationObserver(render).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['lang'],
});
// Profiles load once the dashboard shows (after signing in).
const dashboard = $('dashboard');
new MutationObserver(() => {
  if (!dashboard.hidden) loadProfiles();
}).observe(dashboard, { attributes: true, attributeFilter: ['hidden'] });
render();
if (!dashboard.hidden) loadProfiles();
