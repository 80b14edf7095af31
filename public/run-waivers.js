// The waivers of one supplier on the buyer's run page: waive a check that failed this sample (with a
// reason and an optional end date), and take a waiver back. The waived check's findings then show as
// "waived by the buyer" in the report, and stop counting for the verdict. Texts in Dutch and English.
import { el, fill, formatMoment } from './report.js';
import { api } from './session.js';

const T = {
  nl: {
    title: 'Controle vrijstellen voor deze leverancier',
    help: 'Weet u dat uw software hier goed mee omgaat? Stel de controle dan vrij voor alleen deze leverancier. De leverancier ziet het punt als “vrijgesteld door de afnemer”, met uw reden. Dit komt in het auditlogboek.',
    check: 'Controle',
    reason: 'Reden (verplicht; de leverancier ziet deze)',
    until: 'Geldt tot en met (leeg: tot u het intrekt)',
    waive: 'Vrijstellen',
    none: 'Er zijn geen afgekeurde controles om vrij te stellen.',
    current: 'Vrijstellingen voor deze leverancier',
    item: '{{check}} — {{reason}} (door {{who}}, {{when}})',
    itemUntil: 'tot {{until}}',
    expired: 'verlopen',
    removed: 'ingetrokken',
    remove: 'Intrekken',
    saved: 'Opgeslagen.',
    failed: 'Dat lukte niet: {{error}}',
  },
  en: {
    title: 'Waive a check for this supplier',
    help: 'Do you know your software copes with this? Then waive the check for this supplier only. The supplier sees the point as “waived by the buyer”, with your reason. This goes into the audit log.',
    check: 'Check',
    reason: 'Reason (required; the supplier sees it)',
    until: 'Applies up to and including (empty: until you withdraw it)',
    waive: 'Waive',
    none: 'There are no failed checks to waive.',
    current: 'Waivers for this supplier',
    item: '{{check}} — {{reason}} (by {{who}}, {{when}})',
    itemUntil: 'until {{until}}',
    expired: 'expired',
    removed: 'withdrawn',
    remove: 'Withdraw',
    saved: 'Saved.',
    failed: 'That did not work: {{error}}',
  },
  de: {
    title: 'Prüfung für diesen Lieferanten erlassen',
    help: 'Wissen Sie, dass Ihre Software damit gut umgeht? Dann erlassen Sie die Prüfung nur für diesen Lieferanten. Der Lieferant sieht den Punkt als „vom Auftraggeber erlassen“, mit Ihrer Begründung. Dies kommt ins Prüfprotokoll.',
    check: 'Prüfung',
    reason: 'Begründung (Pflicht; der Lieferant sieht sie)',
    until: 'Gilt bis einschließlich (leer: bis Sie sie zurückziehen)',
    waive: 'Erlassen',
    none: 'Es gibt keine nicht bestandenen Prüfungen zum Erlassen.',
    current: 'Ausnahmen für diesen Lieferanten',
    item: '{{check}} — {{reason}} (von {{who}}, {{when}})',
    itemUntil: 'bis {{until}}',
    expired: 'abgelaufen',
    removed: 'zurückgezogen',
    remove: 'Zurückziehen',
    saved: 'Gespeichert.',
    failed: 'Das hat nicht geklappt: {{error}}',
  },
  fr: {
    title: 'Dispenser ce fournisseur d’un contrôle',
    help: 'Vous savez que votre logiciel s’en accommode ? Dispensez alors de ce contrôle ce fournisseur seulement. Le fournisseur voit le point comme « dispensé par l’acheteur », avec votre motif. Cela figure dans le journal d’audit.',
    check: 'Contrôle',
    reason: 'Motif (obligatoire ; le fournisseur le voit)',
    until: 'S’applique jusqu’au (vide : jusqu’à ce que vous la retiriez)',
    waive: 'Dispenser',
    none: 'Il n’y a aucun contrôle échoué dont dispenser.',
    current: 'Dispenses pour ce fournisseur',
    item: '{{check}} — {{reason}} (par {{who}}, {{when}})',
    itemUntil: 'jusqu’au {{until}}',
    expired: 'expirée',
    removed: 'retirée',
    remove: 'Retirer',
    saved: 'Enregistré.',
    failed: 'Cela n’a pas fonctionné : {{error}}',
  },
};

/**
 * Fills `container` with the waivers of `invitationId` and, for the checks that failed `run`, a form to
 * waive one. `onChange` is called after a waiver was made or withdrawn (to reload the run).
 */
export async function renderWaivers(container, { run, invitationId, lang, onChange }) {
  const t = (key, vars) => fill(T[lang][key], vars);
  if (!invitationId || !run?.report) {
    container.hidden = true;
    return;
  }
  const res = await api(
    'GET',
    `/api/invitations/${encodeURIComponent(invitationId)}/waivers`,
    undefined,
    lang,
  );
  const waivers = res.status === 200 ? res.body.waivers : [];
  const failed = [
    ...new Map(
      run.report.findings
        .filter((f) => f.severity === 'error' && !f.waived)
        .map((f) => [f.checkId, f.message[lang]]),
    ).entries(),
  ];
  const status = el('p', { id: 'waiver-status', role: 'status', 'aria-live': 'polite' });
  const title = el('h2', { id: 'waivers-title', text: t('title') });
  const parts = [title, el('p', { text: t('help') })];
  if (failed.length === 0) parts.push(el('p', { className: 'muted', text: t('none') }));
  else {
    const select = el(
      'select',
      { id: 'waiver-check', name: 'checkId' },
      ...failed.map(([id, message]) => el('option', { value: id, text: `${id} — ${message}` })),
    );
    const reason = el('textarea', {
      id: 'waiver-reason',
      name: 'reason',
      rows: 2,
      maxlength: 2000,
      required: true,
    });
    const until = el('input', { id: 'waiver-until', name: 'until', type: 'date' });
    const form = el(
      'form',
      { id: 'waiver-form', novalidate: true },
      el('div', { className: 'field' }, el('label', { for: 'waiver-check', text: t('check') }), select),
      el('div', { className: 'field' }, el('label', { for: 'waiver-reason', text: t('reason') }), reason),
      el('div', { className: 'field' }, el('label', { for: 'waiver-until', text: t('until') }), until),
      el(
        'div',
        { className: 'actions' },
        el('button', { type: 'submit', id: 'waive', text: t('waive') }),
        status,
      ),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = {
        checkId: select.value,
        reason: reason.value,
        ...(until.value && { until: until.value }),
      };
      const made = await api(
        'POST',
        `/api/invitations/${encodeURIComponent(invitationId)}/waivers`,
        body,
        lang,
      );
      if (made.status === 201) {
        status.textContent = t('saved');
        await onChange();
      } else status.textContent = t('failed', { error: made.body?.detail ?? made.status });
    });
    parts.push(form);
  }
  if (waivers.length > 0) {
    parts.push(el('h3', { text: t('current') }));
    parts.push(
      el(
        'ul',
        { id: 'waiver-list', className: 'reviews' },
        ...waivers.map((w) => {
          const state = w.removedAt
            ? t('removed')
            : w.active
              ? w.until
                ? t('itemUntil', { until: formatMoment(w.until, lang) })
                : ''
              : t('expired');
          const remove = w.active
            ? el('button', { type: 'button', className: 'link', text: t('remove') })
            : null;
          remove?.addEventListener('click', async () => {
            const gone = await api('DELETE', `/api/waivers/${encodeURIComponent(w.id)}`, undefined, lang);
            if (gone.status === 200) await onChange();
            else status.textContent = t('failed', { error: gone.body?.detail ?? gone.status });
          });
          return el(
            'li',
            { 'data-waiver': w.id, 'data-check': w.checkId },
            el('span', {
              text: `${t('item', { check: w.checkTitle?.[lang] ?? w.checkId, reason: w.reason, who: w.createdBy, when: formatMoment(w.createdAt, lang) })}${state ? ` · ${state}` : ''}`,
            }),
            remove ? ' ' : null,
            remove,
          );
        }),
      ),
    );
  }
  container.replaceChildren(...parts);
  container.hidden = false;
}
