// Two tries side by side (/compare#a=RUN&b=RUN[&token=…]): the page images of both, the findings that
// were fixed, that are new and that stayed, and the fields whose value changed. With `token` (the
// supplier's link, kept in the fragment so it is never sent as a URL) it reads the supplier's API;
// without, the signed-in buyer's.

import { initialLang, inLang, LOCALES, renderLangSwitch } from './lang.js';

const T = {
  nl: {
    title: 'Wat is er veranderd?',
    before: 'Eerdere poging',
    after: 'Nieuwe poging',
    fixed: 'Opgelost ({{count}})',
    new: 'Nieuw ({{count}})',
    unchanged: 'Nog hetzelfde ({{count}})',
    none: 'Geen.',
    fieldsTitle: 'Velden met een andere waarde',
    noFields: 'Geen velden veranderd.',
    colField: 'Veld',
    colBefore: 'Eerst',
    colAfter: 'Nu',
    notRead: '(niet gelezen)',
    meta: '{{file}} · {{when}} · {{verdict}}',
    page: 'Pagina {{n}} van {{file}}',
    accepted: 'goedgekeurd',
    rejected: 'afgekeurd',
    undetermined: 'onbeslist',
    missing: 'Kies twee pogingen om te vergelijken.',
    failed: 'Vergelijken lukte niet: {{error}}',
  },
  en: {
    title: 'What changed?',
    before: 'Earlier try',
    after: 'New try',
    fixed: 'Fixed ({{count}})',
    new: 'New ({{count}})',
    unchanged: 'Still the same ({{count}})',
    none: 'None.',
    fieldsTitle: 'Fields with another value',
    noFields: 'No fields changed.',
    colField: 'Field',
    colBefore: 'Before',
    colAfter: 'Now',
    notRead: '(not read)',
    meta: '{{file}} · {{when}} · {{verdict}}',
    page: 'Page {{n}} of {{file}}',
    accepted: 'accepted',
    rejected: 'rejected',
    undetermined: 'undetermined',
    missing: 'Choose two tries to compare.',
    failed: 'Comparing did not work: {{error}}',
  },
  de: {
    title: 'Was hat sich geändert?',
    before: 'Früherer Versuch',
    after: 'Neuer Versuch',
    fixed: 'Behoben ({{count}})',
    new: 'Neu ({{count}})',
    unchanged: 'Noch gleich ({{count}})',
    none: 'Keine.',
    fieldsTitle: 'Felder mit einem anderen Wert',
    noFields: 'Keine Felder geändert.',
    colField: 'Feld',
    colBefore: 'Vorher',
    colAfter: 'Jetzt',
    notRead: '(nicht gelesen)',
    meta: '{{file}} · {{when}} · {{verdict}}',
    page: 'Seite {{n}} von {{file}}',
    accepted: 'angenommen',
    rejected: 'abgelehnt',
    undetermined: 'unentschieden',
    missing: 'Wählen Sie zwei Versuche zum Vergleichen.',
    failed: 'Der Vergleich hat nicht geklappt: {{error}}',
  },
  fr: {
    title: "Qu'est-ce qui a changé ?",
    before: 'Essai précédent',
    after: 'Nouvel essai',
    fixed: 'Corrigé ({{count}})',
    new: 'Nouveau ({{count}})',
    unchanged: 'Toujours pareil ({{count}})',
    none: 'Aucun.',
    fieldsTitle: 'Champs avec une autre valeur',
    noFields: "Aucun champ n'a changé.",
    colField: 'Champ',
    colBefore: 'Avant',
    colAfter: 'Maintenant',
    notRead: '(non lu)',
    meta: '{{file}} · {{when}} · {{verdict}}',
    page: 'Page {{n}} de {{file}}',
    accepted: 'accepté',
    rejected: 'refusé',
    undetermined: 'indéterminé',
    missing: 'Choisissez deux essais à comparer.',
    failed: "La comparaison n'a pas fonctionné : {{error}}",
  },
};

let lang = initialLang();
let comparison = null;
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => T[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));
const params = new URLSearchParams(location.hash.slice(1));
const token = params.get('token');
const a = params.get('a');
const b = params.get('b');
const base = token ? `/api/i/${encodeURIComponent(token)}` : '/api';

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function side(prefix, run) {
  const when = new Date(run.finishedAt ?? run.createdAt).toLocaleString(LOCALES[lang]);
  $(`${prefix}-meta`).textContent = t('meta', {
    file: run.file.name ?? run.id,
    when,
    verdict: run.verdict ? t(run.verdict) : '—',
  });
  const pages = $(`${prefix}-pages`);
  if (pages.childElementCount === 0)
    for (let n = 1; n <= Math.min(run.pageCount, 5); n++) {
      const img = el('img');
      img.src = `${base}/runs/${encodeURIComponent(run.id)}/pages/${n}.png`;
      img.loading = 'lazy';
      img.alt = t('page', { n, file: run.file.name ?? run.id });
      pages.append(img);
    }
  else
    for (const [i, img] of [...pages.children].entries())
      img.alt = t('page', { n: i + 1, file: run.file.name ?? run.id });
}

function findingList(id, findings) {
  $(`${id}-title`).textContent = t(id, { count: findings.length });
  const items = findings.map((f) => {
    const li = el('li', undefined, `finding severity-${f.severity}`);
    li.dataset.checkId = f.checkId;
    li.append(el('strong', inLang(f.message, lang)));
    if (f.location?.page) li.append(el('span', ` (p. ${f.location.page})`, 'muted'));
    return li;
  });
  $(id).replaceChildren(...(items.length > 0 ? items : [el('li', t('none'), 'muted')]));
}

function render() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = `Proeffactuur – ${t('title')}`;
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  if (!comparison) return;
  $('comparison').hidden = false;
  side('before', comparison.before);
  side('after', comparison.after);
  findingList('fixed', comparison.findings.fixed);
  findingList('new', comparison.findings.new);
  findingList('unchanged', comparison.findings.unchanged);
  $('no-fields').hidden = comparison.fields.length > 0;
  $('fields').hidden = comparison.fields.length === 0;
  $('fields')
    .querySelector('tbody')
    .replaceChildren(
      ...comparison.fields.map((f) => {
        const tr = el('tr');
        tr.dataset.field = f.field;
        const th = el('th', f.field);
        th.scope = 'row';
        tr.append(th, el('td', f.before ?? t('notRead')), el('td', f.after ?? t('notRead')));
        return tr;
      }),
    );
}

async function load() {
  if (!a || !b) {
    $('error').textContent = t('missing');
    return;
  }
  const res = await fetch(`${base}/runs/${encodeURIComponent(a)}/compare/${encodeURIComponent(b)}`, {
    headers: { 'accept-language': lang },
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    $('error').textContent = t('failed', { error: body.detail ?? res.status });
    return;
  }
  comparison = body;
  render();
}

function chooseLang(chosen) {
  lang = chosen;
  render();
}

render();
load();
