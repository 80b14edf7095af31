/**
 * What `proeffactuur check FILE --profile A --profile B …` prints: the same table as the server's run
 * sets (`server/services/run-set-table.ts`) — per profile its buyer and verdict, the findings all
 * profiles share once, then per profile the findings that differ.
 */
import type { Finding, Lang } from '../engine/model/finding.js';
import type { Report } from '../engine/model/report.js';
import { setTable, type TableFinding } from '../server/services/run-set-table.js';

const VERDICT: Record<Report['verdict'], Record<Lang, string>> = {
  accepted: { nl: 'GOEDGEKEURD', en: 'ACCEPTED', de: 'ANGENOMMEN', fr: 'ACCEPTÉE' },
  rejected: { nl: 'AFGEKEURD', en: 'REJECTED', de: 'ABGELEHNT', fr: 'REFUSÉE' },
  undetermined: { nl: 'NIET TE BEOORDELEN', en: 'UNDETERMINED', de: 'NICHT BEURTEILBAR', fr: 'INDÉTERMINÉE' },
};

const SEVERITY: Record<Finding['severity'], Record<Lang, string>> = {
  error: { nl: 'fout', en: 'error', de: 'Fehler', fr: 'erreur' },
  warning: { nl: 'waarschuwing', en: 'warning', de: 'Warnung', fr: 'avertissement' },
  info: { nl: 'info', en: 'info', de: 'Hinweis', fr: 'info' },
};

const LABELS = {
  title: {
    nl: 'Eén bestand, {{count}} profielen',
    en: 'One file, {{count}} profiles',
    de: 'Eine Datei, {{count}} Profile',
    fr: 'Un fichier, {{count}} profils',
  },
  profile: {
    nl: 'Profiel (afnemer)',
    en: 'Profile (buyer)',
    de: 'Profil (Auftraggeber)',
    fr: 'Profil (client)',
  },
  verdict: { nl: 'Oordeel', en: 'Verdict', de: 'Ergebnis', fr: 'Verdict' },
  common: {
    nl: 'Bevindingen van alle profielen',
    en: 'Findings of every profile',
    de: 'Befunde aller Profile',
    fr: 'Constats de tous les profils',
  },
  differing: {
    nl: 'Bevindingen die verschillen',
    en: 'Findings that differ',
    de: 'Befunde, die sich unterscheiden',
    fr: 'Constats qui diffèrent',
  },
  none: { nl: 'geen', en: 'none', de: 'keine', fr: 'aucun' },
  page: { nl: 'pagina', en: 'page', de: 'Seite', fr: 'page' },
} as const;

/** One checked profile: how it is named on the command line, its buyer and its report. */
export interface CheckedProfile {
  readonly label: string;
  readonly buyerName?: string;
  readonly report: Report;
}

const findingLine = (finding: TableFinding, lang: Lang): string => {
  const where = finding.location?.page ? ` (${LABELS.page[lang]} ${finding.location.page})` : '';
  return `  - [${SEVERITY[finding.severity][lang]}] ${finding.message[lang]}${where} (${finding.checkId})`;
};

/** The table for a terminal, in one language. */
export function formatSetSummary(checked: readonly CheckedProfile[], lang: Lang, fileLabel: string): string {
  const table = setTable(checked.map((c) => ({ report: c.report })));
  const names = checked.map((c) => (c.buyerName ? `${c.label} (${c.buyerName})` : c.label));
  const width = Math.max(LABELS.profile[lang].length, ...names.map((n) => n.length)) + 2;
  const lines = [
    `${LABELS.title[lang].replace('{{count}}', String(checked.length))}: ${fileLabel}`,
    '',
    `${LABELS.profile[lang].padEnd(width)}${LABELS.verdict[lang]}`,
    ...checked.map((c, i) => `${names[i]!.padEnd(width)}${VERDICT[c.report.verdict][lang]}`),
    '',
    `${LABELS.common[lang]}:`,
    ...(table.common.length > 0 ? table.common.map((f) => findingLine(f, lang)) : [`  ${LABELS.none[lang]}`]),
    '',
    `${LABELS.differing[lang]}:`,
  ];
  table.columns.forEach((column, i) => {
    lines.push(`${names[i]}:`);
    if (column.differing.length === 0) lines.push(`  ${LABELS.none[lang]}`);
    else for (const finding of column.differing) lines.push(findingLine(finding, lang));
  });
  return `${lines.join('\n')}\n`;
}

/** The JSON of several profiles: each report, and the table. */
export function setJson(checked: readonly CheckedProfile[]): Record<string, unknown> {
  const table = setTable(checked.map((c) => ({ report: c.report })));
  return {
    runs: checked.map((c, i) => ({
      profile: c.label,
      buyer: c.buyerName ?? null,
      verdict: c.report.verdict,
      differing: table.columns[i]!.differing,
      report: c.report,
    })),
    common: table.common,
  };
}

/** The exit code of several verdicts: 1 when any is rejected, else 3 when any is undetermined, else 0. */
export function setExitCode(verdicts: readonly Report['verdict'][]): number {
  if (verdicts.includes('rejected')) return 1;
  if (verdicts.includes('undetermined')) return 3;
  return 0;
}
