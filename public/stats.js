// The onboarding figures on the buyer's dashboard (GET /api/stats): the funnel, days from invitation to
// approval, the checks that fail most, and the pass rate per profile, each drawn as inline SVG (no chart
// library, nothing loaded from elsewhere) with a title, a text summary and the figures as a table, so a
// screen reader and a printout get the same numbers. Filters by profile and invitation dates, and the
// supplier list as CSV. Every text goes in through textContent.
import { inLang, LOCALES } from './lang.js';
import { el, fill } from './report.js';
import { api } from './session.js';

const T = {
  nl: {
    title: 'Cijfers',
    intro: 'Hoe ver uw leveranciers zijn, waar ze op vastlopen en hoe vaak ze slagen.',
    profileFilter: 'Cijfers voor profiel',
    allProfiles: 'Alle profielen',
    fromFilter: 'Uitgenodigd vanaf',
    toFilter: 'Uitgenodigd tot en met',
    csv: 'Lijst downloaden (CSV voor Excel)',
    csvComma: 'CSV met komma’s',
    loading: 'Cijfers laden…',
    failed: 'De cijfers konden niet worden geladen ({{status}}).',
    empty: 'Nog geen cijfers: er is (in deze selectie) niemand uitgenodigd.',
    showTable: 'Toon de cijfers als tabel',
    funnelTitle: 'Van uitnodiging tot live',
    funnelSummary:
      '{{invited}} uitgenodigd, {{opened}} geopend, {{tested}} getest, {{passed}} geslaagd, {{approved}} goedgekeurd, {{live}} live.',
    stage_invited: 'Uitgenodigd',
    stage_opened: 'Link geopend',
    stage_tested: 'Getest',
    stage_passed: 'Geslaagd',
    stage_approved: 'Goedgekeurd',
    stage_live: 'Live',
    colStage: 'Stap',
    colSuppliers: 'Leveranciers',
    colShare: 'Deel van uitgenodigd',
    daysTitle: 'Dagen van uitnodiging tot goedkeuring',
    daysSummary: '{{count}} goedgekeurd; de helft binnen {{median}} dagen, 90% binnen {{p90}} dagen.',
    daysNone: 'Nog niemand goedgekeurd.',
    colDays: 'Dagen',
    colApproved: 'Goedgekeurd',
    bucket: '{{from}}–{{to}}',
    bucketOpen: '{{from}}+',
    checksTitle: 'Controles waar leveranciers het vaakst op afgekeurd worden',
    checksSummary: 'Meest afgekeurd: {{title}}. Afgekeurd: {{failed}}; loopt er nu op vast: {{stuck}}.',
    checksNone: 'Nog geen afkeuringen.',
    colCheck: 'Controle',
    colFailed: 'Afgekeurd',
    colStuck: 'Loopt nu op vast',
    colStuckShare: 'Deel van geteste leveranciers',
    checkBar: '{{failed}} afgekeurd · {{stuck}} vast ({{share}})',
    profilesTitle: 'Slagingspercentage per profiel',
    profilesSummary: '{{name}}: {{passed}} van {{tested}} geteste leveranciers geslaagd ({{rate}}).',
    profilesNone: 'Nog niemand getest.',
    colProfile: 'Profiel',
    colSuppliersPassed: 'Leveranciers geslaagd',
    colRunsPassed: 'Tests geslaagd',
    ofWith: '{{part}} van {{whole}} ({{rate}})',
    profileBar: '{{passed}} van {{tested}} ({{rate}})',
    legendFailed: 'afgekeurd',
    legendStuck: 'loopt nu op vast',
  },
  en: {
    title: 'Figures',
    intro: 'How far your suppliers are, what they get stuck on and how often they pass.',
    profileFilter: 'Figures for profile',
    allProfiles: 'All profiles',
    fromFilter: 'Invited from',
    toFilter: 'Invited up to and including',
    csv: 'Download the list (CSV for Excel)',
    csvComma: 'CSV with commas',
    loading: 'Loading figures…',
    failed: 'The figures could not be loaded ({{status}}).',
    empty: 'No figures yet: nobody has been invited (in this selection).',
    showTable: 'Show the figures as a table',
    funnelTitle: 'From invitation to live',
    funnelSummary:
      '{{invited}} invited, {{opened}} opened, {{tested}} tested, {{passed}} passed, {{approved}} approved, {{live}} live.',
    stage_invited: 'Invited',
    stage_opened: 'Link opened',
    stage_tested: 'Tested',
    stage_passed: 'Passed',
    stage_approved: 'Approved',
    stage_live: 'Live',
    colStage: 'Stage',
    colSuppliers: 'Suppliers',
    colShare: 'Share of invited',
    daysTitle: 'Days from invitation to approval',
    daysSummary: '{{count}} approved; half within {{median}} days, 90% within {{p90}} days.',
    daysNone: 'Nobody approved yet.',
    colDays: 'Days',
    colApproved: 'Approved',
    bucket: '{{from}}–{{to}}',
    bucketOpen: '{{from}}+',
    checksTitle: 'Checks suppliers fail most often',
    checksSummary: 'Failed most: {{title}}. Failed: {{failed}}; stuck on it now: {{stuck}}.',
    checksNone: 'No failures yet.',
    colCheck: 'Check',
    colFailed: 'Failed',
    colStuck: 'Stuck on it now',
    colStuckShare: 'Share of tested suppliers',
    checkBar: '{{failed}} failed · {{stuck}} stuck ({{share}})',
    profilesTitle: 'Pass rate per profile',
    profilesSummary: '{{name}}: {{passed}} of {{tested}} tested suppliers passed ({{rate}}).',
    profilesNone: 'Nobody tested yet.',
    colProfile: 'Profile',
    colSuppliersPassed: 'Suppliers passed',
    colRunsPassed: 'Tests passed',
    ofWith: '{{part}} of {{whole}} ({{rate}})',
    profileBar: '{{passed}} of {{tested}} ({{rate}})',
    legendFailed: 'failed',
    legendStuck: 'stuck on it now',
  },
  de: {
    title: 'Zahlen',
    intro: 'Wie weit Ihre Lieferanten sind, woran sie hängen bleiben und wie oft sie bestehen.',
    profileFilter: 'Zahlen für Profil',
    allProfiles: 'Alle Profile',
    fromFilter: 'Eingeladen ab',
    toFilter: 'Eingeladen bis einschließlich',
    csv: 'Liste herunterladen (CSV für Excel)',
    csvComma: 'CSV mit Kommas',
    loading: 'Zahlen werden geladen…',
    failed: 'Die Zahlen konnten nicht geladen werden ({{status}}).',
    empty: 'Noch keine Zahlen: (in dieser Auswahl) wurde niemand eingeladen.',
    showTable: 'Zahlen als Tabelle zeigen',
    funnelTitle: 'Von der Einladung bis live',
    funnelSummary:
      '{{invited}} eingeladen, {{opened}} geöffnet, {{tested}} getestet, {{passed}} bestanden, {{approved}} freigegeben, {{live}} live.',
    stage_invited: 'Eingeladen',
    stage_opened: 'Link geöffnet',
    stage_tested: 'Getestet',
    stage_passed: 'Bestanden',
    stage_approved: 'Freigegeben',
    stage_live: 'Live',
    colStage: 'Schritt',
    colSuppliers: 'Lieferanten',
    colShare: 'Anteil der Eingeladenen',
    daysTitle: 'Tage von der Einladung bis zur Freigabe',
    daysSummary:
      '{{count}} freigegeben; die Hälfte innerhalb von {{median}} Tagen, 90 % innerhalb von {{p90}} Tagen.',
    daysNone: 'Noch niemand freigegeben.',
    colDays: 'Tage',
    colApproved: 'Freigegeben',
    bucket: '{{from}}–{{to}}',
    bucketOpen: '{{from}}+',
    checksTitle: 'Prüfungen, an denen Lieferanten am häufigsten scheitern',
    checksSummary:
      'Am häufigsten abgelehnt: {{title}}. Abgelehnt: {{failed}}; hängen jetzt daran fest: {{stuck}}.',
    checksNone: 'Noch keine Ablehnungen.',
    colCheck: 'Prüfung',
    colFailed: 'Abgelehnt',
    colStuck: 'Hängt jetzt daran fest',
    colStuckShare: 'Anteil der getesteten Lieferanten',
    checkBar: '{{failed}} abgelehnt · {{stuck}} festgefahren ({{share}})',
    profilesTitle: 'Erfolgsquote je Profil',
    profilesSummary: '{{name}}: {{passed}} von {{tested}} getesteten Lieferanten bestanden ({{rate}}).',
    profilesNone: 'Noch niemand getestet.',
    colProfile: 'Profil',
    colSuppliersPassed: 'Lieferanten bestanden',
    colRunsPassed: 'Tests bestanden',
    ofWith: '{{part}} von {{whole}} ({{rate}})',
    profileBar: '{{passed}} von {{tested}} ({{rate}})',
    legendFailed: 'abgelehnt',
    legendStuck: 'hängt jetzt daran fest',
  },
  fr: {
    title: 'Chiffres',
    intro: 'Où en sont vos fournisseurs, sur quoi ils bloquent et à quelle fréquence ils réussissent.',
    profileFilter: 'Chiffres pour le profil',
    allProfiles: 'Tous les profils',
    fromFilter: 'Invités à partir du',
    toFilter: "Invités jusqu'au (inclus)",
    csv: 'Télécharger la liste (CSV pour Excel)',
    csvComma: 'CSV avec virgules',
    loading: 'Chargement des chiffres…',
    failed: "Les chiffres n'ont pas pu être chargés ({{status}}).",
    empty: "Pas encore de chiffres : personne n'a été invité (dans cette sélection).",
    showTable: 'Afficher les chiffres sous forme de tableau',
    funnelTitle: "De l'invitation à la mise en production",
    funnelSummary:
      '{{invited}} invités, {{opened}} ouverts, {{tested}} testés, {{passed}} réussis, {{approved}} approuvés, {{live}} en production.',
    stage_invited: 'Invités',
    stage_opened: 'Lien ouvert',
    stage_tested: 'Testés',
    stage_passed: 'Réussis',
    stage_approved: 'Approuvés',
    stage_live: 'En production',
    colStage: 'Étape',
    colSuppliers: 'Fournisseurs',
    colShare: 'Part des invités',
    daysTitle: "Jours entre l'invitation et l'approbation",
    daysSummary:
      '{{count}} approuvés ; la moitié en {{median}} jours ou moins, 90 % en {{p90}} jours ou moins.',
    daysNone: "Personne n'a encore été approuvé.",
    colDays: 'Jours',
    colApproved: 'Approuvés',
    bucket: '{{from}}–{{to}}',
    bucketOpen: '{{from}}+',
    checksTitle: 'Contrôles sur lesquels les fournisseurs échouent le plus souvent',
    checksSummary:
      'Le plus souvent refusé : {{title}}. Refusés : {{failed}} ; bloqués dessus en ce moment : {{stuck}}.',
    checksNone: "Aucun refus pour l'instant.",
    colCheck: 'Contrôle',
    colFailed: 'Refusés',
    colStuck: 'Bloqués dessus en ce moment',
    colStuckShare: 'Part des fournisseurs testés',
    checkBar: '{{failed}} refusés · {{stuck}} bloqués ({{share}})',
    profilesTitle: 'Taux de réussite par profil',
    profilesSummary: '{{name}} : {{passed}} sur {{tested}} fournisseurs testés ont réussi ({{rate}}).',
    profilesNone: "Personne n'a encore testé.",
    colProfile: 'Profil',
    colSuppliersPassed: 'Fournisseurs ayant réussi',
    colRunsPassed: 'Tests réussis',
    ofWith: '{{part}} sur {{whole}} ({{rate}})',
    profileBar: '{{passed}} sur {{tested}} ({{rate}})',
    legendFailed: 'refusés',
    legendStuck: 'bloqués dessus en ce moment',
  },
};

const STAGES = ['invited', 'opened', 'tested', 'passed', 'approved', 'live'];
const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
let chartCount = 0;

/** Creates an SVG element (attributes as given, `text` sets textContent). */
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, String(v));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * The figures section: `section` is an empty container on the dashboard, `lang()` the page's language.
 * `load()` fetches the figures (again), `render()` redraws them (after a language switch).
 */
export function statsPanel(section, lang) {
  const t = (key, vars) => fill(T[lang()][key], vars);
  const number = (n) => n.toLocaleString(LOCALES[lang()], { maximumFractionDigits: 1 });
  const percent = (r) =>
    r === null || r === undefined
      ? '—'
      : r.toLocaleString(LOCALES[lang()], { style: 'percent', maximumFractionDigits: 0 });
  let data = null;
  let problem = null;
  let profiles = []; // the profile choices, from the unfiltered figures
  const filter = { profile: '', invitedFrom: '', invitedTo: '' };

  const query = (extra = {}) => {
    const params = new URLSearchParams();
    if (filter.profile) params.set('profile', filter.profile);
    if (filter.invitedFrom) params.set('invitedFrom', filter.invitedFrom);
    if (filter.invitedTo) {
      // The page asks "up to and including" a day; the API takes "before": the next day.
      const next = new Date(`${filter.invitedTo}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      params.set('invitedTo', next.toISOString().slice(0, 10));
    }
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    const text = params.toString();
    return text ? `?${text}` : '';
  };

  /** Fetches the figures; `keepControls` redraws only the figures (a filter changed: keep its focus). */
  async function load(keepControls = false) {
    const res = await api('GET', `/api/stats${query()}`, undefined, lang());
    if (res.status === 200) {
      data = res.body;
      problem = null;
      if (!filter.profile)
        profiles = data.profiles.map((p) => ({ id: p.profileId, name: p.name ?? p.profileId }));
    } else {
      data = null;
      problem = res.status;
    }
    if (keepControls && section.querySelector('#stats-body')) renderBody();
    else render();
  }

  function filters() {
    const profile = el(
      'select',
      { id: 'stats-profile', name: 'profile' },
      el('option', { value: '', text: t('allProfiles') }),
      ...profiles.map((p) => el('option', { value: p.id, text: p.name })),
    );
    profile.value = filter.profile;
    const from = el('input', {
      id: 'stats-from',
      name: 'invitedFrom',
      type: 'date',
      value: filter.invitedFrom,
    });
    const to = el('input', { id: 'stats-to', name: 'invitedTo', type: 'date', value: filter.invitedTo });
    for (const [input, key] of [
      [profile, 'profile'],
      [from, 'invitedFrom'],
      [to, 'invitedTo'],
    ])
      input.addEventListener('change', () => {
        filter[key] = input.value;
        load(true);
      });
    return el(
      'div',
      { className: 'stats-filters' },
      el(
        'div',
        { className: 'field' },
        el('label', { for: 'stats-profile', text: t('profileFilter') }),
        profile,
      ),
      el('div', { className: 'field' }, el('label', { for: 'stats-from', text: t('fromFilter') }), from),
      el('div', { className: 'field' }, el('label', { for: 'stats-to', text: t('toFilter') }), to),
    );
  }

  function downloads() {
    return el(
      'p',
      { id: 'stats-downloads', className: 'stats-downloads' },
      el('a', {
        id: 'stats-csv',
        href: `/api/stats/suppliers.csv${query({ lang: lang() })}`,
        download: '',
        text: t('csv'),
      }),
      ' · ',
      el('a', {
        id: 'stats-csv-comma',
        href: `/api/stats/suppliers.csv${query({ lang: lang(), delimiter: 'comma' })}`,
        download: '',
        text: t('csvComma'),
      }),
    );
  }

  /** A figure: heading, the SVG (role img, named by the heading, described by the summary), a table. */
  function figure(name, title, summary, chart, table, extra = null) {
    chartCount += 1;
    const titleId = `stats-${name}-title-${chartCount}`;
    const summaryId = `stats-${name}-summary-${chartCount}`;
    if (chart) {
      chart.setAttribute('role', 'img');
      chart.setAttribute('aria-labelledby', `${titleId} ${summaryId}`);
      chart.prepend(svg('title', { text: title }));
    }
    return el(
      'figure',
      { className: 'stats-chart', 'data-chart': name },
      el('h3', { id: titleId, text: title }),
      el('p', { id: summaryId, className: 'stats-summary', text: summary }),
      chart,
      extra,
      table && el('details', { className: 'stats-table' }, el('summary', { text: t('showTable') }), table),
    );
  }

  function table(caption, head, rows) {
    return el(
      'table',
      {},
      el('caption', { className: 'visually-hidden', text: caption }),
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h })))),
      el(
        'tbody',
        {},
        ...rows.map(([first, ...rest]) =>
          el('tr', {}, el('th', { scope: 'row', text: first }), ...rest.map((c) => el('td', { text: c }))),
        ),
      ),
    );
  }

  /** Horizontal bars: a label above each bar, the figure as text after it (or, long, below it). */
  function hbars(rows, { max, kind, valueBelow = false }) {
    const rowHeight = valueBelow ? 62 : 44;
    const labelWidth = valueBelow ? WIDTH : WIDTH - 200;
    const chart = svg('svg', {
      viewBox: `0 0 ${WIDTH} ${rows.length * rowHeight + 4}`,
      class: `stats-svg stats-${kind}`,
    });
    rows.forEach((row, i) => {
      const y = i * rowHeight;
      const width = max > 0 ? Math.max(row.value > 0 ? 2 : 0, (row.value / max) * labelWidth) : 0;
      const inner = max > 0 && row.inner !== undefined ? (row.inner / max) * labelWidth : 0;
      chart.append(
        svg(
          'g',
          { 'data-key': row.key },
          svg('text', { x: 0, y: y + 14, class: 'stats-label', text: row.label }),
          svg('rect', { x: 0, y: y + 20, width: labelWidth, height: 16, class: 'stats-track' }),
          svg('rect', { x: 0, y: y + 20, width, height: 16, class: 'stats-bar' }),
          row.inner !== undefined
            ? svg('rect', { x: 0, y: y + 20, width: inner, height: 16, class: 'stats-bar-inner' })
            : null,
          valueBelow
            ? svg('text', { x: 0, y: y + 54, class: 'stats-value', text: row.text })
            : svg('text', { x: labelWidth + 8, y: y + 33, class: 'stats-value', text: row.text }),
        ),
      );
    });
    return chart;
  }

  function funnel() {
    const f = data.funnel;
    const rows = STAGES.map((stage) => ({
      key: stage,
      label: t(`stage_${stage}`),
      value: f[stage],
      text: `${number(f[stage])}${stage === 'invited' ? '' : ` (${percent(f.invited ? f[stage] / f.invited : null)})`}`,
    }));
    return figure(
      'funnel',
      t('funnelTitle'),
      t('funnelSummary', Object.fromEntries(STAGES.map((s) => [s, number(f[s])]))),
      hbars(rows, { max: f.invited, kind: 'funnel' }),
      table(
        t('funnelTitle'),
        [t('colStage'), t('colSuppliers'), t('colShare')],
        STAGES.map((s) => [t(`stage_${s}`), number(f[s]), percent(f.invited ? f[s] / f.invited : null)]),
      ),
    );
  }

  function days() {
    const d = data.daysToApproval;
    const label = (b) =>
      b.toDays === null
        ? t('bucketOpen', { from: b.fromDays })
        : t('bucket', { from: b.fromDays, to: b.toDays });
    const max = Math.max(0, ...d.histogram.map((b) => b.count));
    const height = 160;
    const columnWidth = WIDTH / d.histogram.length;
    const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height + 40}`, class: 'stats-svg stats-histogram' });
    d.histogram.forEach((b, i) => {
      const x = i * columnWidth;
      const h = max > 0 ? (b.count / max) * (height - 24) : 0;
      chart.append(
        svg(
          'g',
          { 'data-key': label(b) },
          svg('line', { x1: x + 4, x2: x + columnWidth - 4, y1: height, y2: height, class: 'stats-axis' }),
          svg('rect', { x: x + 12, y: height - h, width: columnWidth - 24, height: h, class: 'stats-bar' }),
          svg('text', {
            x: x + columnWidth / 2,
            y: height - h - 6,
            'text-anchor': 'middle',
            class: 'stats-value',
            text: number(b.count),
          }),
          svg('text', {
            x: x + columnWidth / 2,
            y: height + 24,
            'text-anchor': 'middle',
            class: 'stats-label',
            text: label(b),
          }),
        ),
      );
    });
    const summary =
      d.count === 0
        ? t('daysNone')
        : t('daysSummary', { count: number(d.count), median: number(d.median), p90: number(d.p90) });
    return figure(
      'days',
      t('daysTitle'),
      summary,
      d.count === 0 ? null : chart,
      d.count === 0
        ? null
        : table(
            t('daysTitle'),
            [t('colDays'), t('colApproved')],
            d.histogram.map((b) => [label(b), number(b.count)]),
          ),
    );
  }

  function checks() {
    const list = data.failingChecks;
    const title = (c) => inLang(c.title, lang()) ?? c.checkId;
    if (list.length === 0) return figure('checks', t('checksTitle'), t('checksNone'), null, null);
    const max = Math.max(...list.map((c) => c.failedSuppliers));
    const rows = list.map((c) => ({
      key: c.checkId,
      label: title(c),
      value: c.failedSuppliers,
      inner: c.stuckSuppliers,
      text: t('checkBar', {
        failed: number(c.failedSuppliers),
        stuck: number(c.stuckSuppliers),
        share: percent(c.stuckShare),
      }),
    }));
    const top = list[0];
    const chart = hbars(rows, { max, kind: 'checks', valueBelow: true });
    const legend = el(
      'p',
      { className: 'stats-legend muted small', 'aria-hidden': 'true' },
      el('span', { className: 'stats-swatch stats-swatch-failed' }),
      ` ${t('legendFailed')} `,
      el('span', { className: 'stats-swatch stats-swatch-stuck' }),
      ` ${t('legendStuck')}`,
    );
    return figure(
      'checks',
      t('checksTitle'),
      t('checksSummary', {
        title: title(top),
        failed: number(top.failedSuppliers),
        stuck: number(top.stuckSuppliers),
      }),
      chart,
      table(
        t('checksTitle'),
        [t('colCheck'), t('colFailed'), t('colStuck'), t('colStuckShare')],
        list.map((c) => [
          title(c),
          number(c.failedSuppliers),
          number(c.stuckSuppliers),
          percent(c.stuckShare),
        ]),
      ),
      legend,
    );
  }

  function profileRates() {
    const list = data.profiles.filter((p) => p.suppliersTested > 0);
    if (list.length === 0) return figure('profiles', t('profilesTitle'), t('profilesNone'), null, null);
    const name = (p) => p.name ?? p.profileId;
    const rows = list.map((p) => ({
      key: p.profileId,
      label: name(p),
      value: p.supplierPassRate ?? 0,
      text: t('profileBar', {
        passed: number(p.suppliersPassed),
        tested: number(p.suppliersTested),
        rate: percent(p.supplierPassRate),
      }),
    }));
    const first = list[0];
    return figure(
      'profiles',
      t('profilesTitle'),
      t('profilesSummary', {
        name: name(first),
        passed: number(first.suppliersPassed),
        tested: number(first.suppliersTested),
        rate: percent(first.supplierPassRate),
      }),
      hbars(rows, { max: 1, kind: 'profiles' }),
      table(
        t('profilesTitle'),
        [t('colProfile'), t('colSuppliersPassed'), t('colRunsPassed')],
        list.map((p) => [
          name(p),
          t('ofWith', {
            part: number(p.suppliersPassed),
            whole: number(p.suppliersTested),
            rate: percent(p.supplierPassRate),
          }),
          t('ofWith', { part: number(p.runsPassed), whole: number(p.runs), rate: percent(p.runPassRate) }),
        ]),
      ),
    );
  }

  /** The figures (or why there are none), and the download links for the current filter. */
  function renderBody() {
    const body = section.querySelector('#stats-body');
    section.querySelector('#stats-downloads')?.replaceWith(downloads());
    if (problem !== null) {
      body.replaceChildren(el('p', { role: 'alert', text: t('failed', { status: problem }) }));
      return;
    }
    if (!data) {
      body.replaceChildren(el('p', { className: 'muted', text: t('loading') }));
      return;
    }
    body.replaceChildren(
      data.funnel.invited === 0
        ? el('p', { id: 'stats-empty', className: 'muted', text: t('empty') })
        : el('div', { className: 'stats-grid' }, funnel(), days(), checks(), profileRates()),
    );
  }

  /** The whole section (first time, and after a language switch). */
  function render() {
    section.replaceChildren(
      el('h2', { id: 'stats-title', text: t('title') }),
      el('p', { className: 'muted', text: t('intro') }),
      filters(),
      downloads(),
      el('div', { id: 'stats-body' }),
    );
    renderBody();
  }

  return { load, render };
}
