// Supplier master data on the buyer's dashboard: what the buyer's vendor master holds for a supplier
// (name, VAT id, KvK, IBANs), entered with a new invitation or edited afterwards (PUT
// /api/invitations/:id/master-data). Each sample is checked against it (check fields.seller-matches).
import { el, fill } from './report.js';
import { api } from './session.js';

const T = {
  nl: {
    legend: 'Stamgegevens uit uw leveranciersbestand (niet verplicht)',
    help: 'Elke voorbeeldfactuur wordt hiermee vergeleken. Staat er een ander IBAN op de factuur, dan wordt die afgekeurd.',
    name: 'Naam zoals in uw leveranciersbestand',
    vatId: 'Btw-nummer',
    kvk: 'KvK-nummer',
    ibans: 'IBAN’s (één per regel)',
    edit: 'Stamgegevens',
    editTitle: 'Stamgegevens van {{supplier}}',
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: 'Stamgegevens opgeslagen.',
    failed: 'Dat lukte niet: {{error}}',
    onFile: 'Bekend: {{values}}',
  },
  en: {
    legend: 'Master data from your vendor file (optional)',
    help: 'Every sample invoice is compared with it. An invoice with another IBAN is rejected.',
    name: 'Name as in your vendor file',
    vatId: 'VAT number',
    kvk: 'KvK number',
    ibans: 'IBANs (one per line)',
    edit: 'Master data',
    editTitle: 'Master data of {{supplier}}',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Master data saved.',
    failed: 'That did not work: {{error}}',
    onFile: 'On file: {{values}}',
  },
  de: {
    legend: 'Stammdaten aus Ihrer Lieferantendatei (freiwillig)',
    help: 'Jede Musterrechnung wird damit verglichen. Steht eine andere IBAN auf der Rechnung, wird sie abgelehnt.',
    name: 'Name wie in Ihrer Lieferantendatei',
    vatId: 'USt-IdNr.',
    kvk: 'KvK-Nummer',
    ibans: 'IBANs (eine pro Zeile)',
    edit: 'Stammdaten',
    editTitle: 'Stammdaten von {{supplier}}',
    save: 'Speichern',
    cancel: 'Abbrechen',
    saved: 'Stammdaten gespeichert.',
    failed: 'Das hat nicht geklappt: {{error}}',
    onFile: 'Hinterlegt: {{values}}',
  },
  fr: {
    legend: 'Données de référence de votre fichier fournisseurs (facultatif)',
    help: 'Chaque facture d’essai est comparée à ces données. Une facture portant un autre IBAN est refusée.',
    name: 'Nom comme dans votre fichier fournisseurs',
    vatId: 'Numéro de TVA',
    kvk: 'Numéro KvK',
    ibans: 'IBAN (un par ligne)',
    edit: 'Données de référence',
    editTitle: 'Données de référence de {{supplier}}',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Données de référence enregistrées.',
    failed: 'Cela n’a pas fonctionné : {{error}}',
    onFile: 'Enregistré : {{values}}',
  },
};
const FIELDS = ['name', 'vatId', 'kvk', 'ibans'];
const text = (lang, key, vars = {}) => fill((T[lang] ?? T.nl)[key], vars);

/** The master data inputs, their ids prefixed with `prefix`, filled from `values`. */
function fieldset(prefix, lang, values = {}) {
  return el(
    'fieldset',
    { className: 'master-data' },
    el('legend', { text: text(lang, 'legend') }),
    el('p', { className: 'help', text: text(lang, 'help') }),
    ...FIELDS.map((field) => {
      const id = `${prefix}-${field}`;
      const input =
        field === 'ibans'
          ? el('textarea', {
              id,
              name: field,
              rows: 2,
              'aria-describedby': `${id}-error`,
              spellcheck: 'false',
            })
          : el('input', {
              id,
              name: field,
              type: 'text',
              'aria-describedby': `${id}-error`,
              autocomplete: 'off',
            });
      input.value = field === 'ibans' ? (values.ibans ?? []).join('\n') : (values[field] ?? '');
      return el(
        'div',
        { className: 'field' },
        el('label', { for: id, text: text(lang, field) }),
        input,
        el('p', { id: `${id}-error`, className: 'error-text', role: 'alert' }),
      );
    }),
  );
}

/** The values of the inputs with `prefix` as the API takes them; undefined when all are empty. */
function valuesOf(prefix) {
  const value = (field) => document.getElementById(`${prefix}-${field}`)?.value.trim() ?? '';
  const ibans = value('ibans')
    .split(/[\n;|,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const data = {
    ...(value('name') && { name: value('name') }),
    ...(value('vatId') && { vatId: value('vatId') }),
    ...(value('kvk') && { kvk: value('kvk') }),
    ...(ibans.length > 0 && { ibans }),
  };
  return Object.keys(data).length > 0 ? data : undefined;
}

/** Shows the `masterData.*` problems of a 400 at their inputs; returns whether there were any. */
function showErrors(prefix, errors, lang) {
  for (const field of FIELDS) {
    const note = document.getElementById(`${prefix}-${field}-error`);
    if (note) note.textContent = '';
    document.getElementById(`${prefix}-${field}`)?.removeAttribute('aria-invalid');
  }
  let first;
  for (const error of errors ?? []) {
    const field = /^masterData\.(\w+)$/.exec(error.field)?.[1];
    const note = field && document.getElementById(`${prefix}-${field}-error`);
    if (!note) continue;
    note.textContent = [note.textContent, lang === 'nl' ? error.messageNl : error.message]
      .filter(Boolean)
      .join(' ');
    const input = document.getElementById(`${prefix}-${field}`);
    input.setAttribute('aria-invalid', 'true');
    first ??= input;
  }
  first?.focus();
  return first !== undefined;
}

// --- the invitation form ---------------------------------------------------------------------------------

/** Puts (or re-labels) the master data inputs of the invitation form into `container`. */
export function renderInviteMasterFields(container, lang) {
  const kept = valuesOf('invite-master') ?? {};
  container.replaceChildren(fieldset('invite-master', lang, kept));
}

/** The invitation form's master data, for POST /api/invitations (undefined when none was entered). */
export const inviteMasterData = () => valuesOf('invite-master');

/** Shows a 400's master data problems at the invitation form's inputs. */
export const showInviteMasterErrors = (errors, lang) => showErrors('invite-master', errors, lang);

/** Empties the invitation form's master data inputs. */
export function clearInviteMasterFields() {
  for (const field of FIELDS) {
    const input = document.getElementById(`invite-master-${field}`);
    if (input) input.value = '';
  }
  showErrors('invite-master', [], 'nl');
}

// --- an existing invitation --------------------------------------------------------------------------------

/** A short line of what is on file, for the supplier list. */
export function masterSummary(inv, lang) {
  const m = inv.masterData;
  if (!m) return '';
  const values = [m.vatId, m.kvk, ...(m.ibans ?? [])].filter(Boolean).join(' · ');
  return values ? text(lang, 'onFile', { values }) : '';
}

/** A button that opens the master data editor of an invitation; `onSaved` runs after a save. */
export function masterDataButton(inv, { lang, onSaved }) {
  const button = el('button', {
    type: 'button',
    className: 'link master-data-edit',
    text: text(lang, 'edit'),
    'data-invitation': inv.id,
  });
  button.addEventListener('click', () => openEditor(inv, lang, onSaved));
  return button;
}

function openEditor(inv, lang, onSaved) {
  const prefix = 'edit-master';
  const status = el('p', { role: 'status', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', text: text(lang, 'save') });
  const cancel = el('button', { type: 'button', className: 'secondary', text: text(lang, 'cancel') });
  const form = el(
    'form',
    { method: 'dialog', novalidate: true },
    el('h2', { text: text(lang, 'editTitle', { supplier: inv.supplier.name }) }),
    fieldset(prefix, lang, inv.masterData ?? {}),
    el('div', { className: 'actions' }, save, cancel, status),
  );
  const dialog = el('dialog', { id: 'master-data-dialog', 'aria-label': text(lang, 'edit') }, form);
  document.getElementById('master-data-dialog')?.remove();
  document.body.append(dialog);
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const res = await api(
      'PUT',
      `/api/invitations/${encodeURIComponent(inv.id)}/master-data`,
      { masterData: valuesOf(prefix) ?? null },
      lang,
    );
    if (res.status === 200) {
      dialog.close();
      await onSaved?.(res.body);
      return;
    }
    if (!showErrors(prefix, res.body?.errors, lang))
      status.textContent = text(lang, 'failed', { error: res.body?.detail ?? res.status });
  });
  dialog.showModal();
  document.getElementById(`${prefix}-name`)?.focus();
}
