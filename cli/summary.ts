/** The human summary the CLI prints without `--json`: the verdict, then each finding with its fix. */
import type { Lang } from '../checks/model/finding.js';
import type { Report } from '../checks/model/report.js';

const VERDICT: Record<Report['verdict'], Record<Lang, string>> = {
  accepted: { nl: 'GOEDGEKEURD', en: 'ACCEPTED' },
  rejected: { nl: 'AFGEKEURD', en: 'REJECTED' },
  undetermined: { nl: 'NIET TE BEOORDELEN', en: 'UNDETERMINED' },
};

const SEVERITY: Record<string, Record<Lang, string>> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};

const LABELS = {
  profile: { nl: 'Profiel', en: 'Profile' },
  page: { nl: 'pagina', en: 'page' },
  fix: { nl: 'Oplossing', en: 'Fix' },
  none: { nl: 'Geen bevindingen.', en: 'No findings.' },
} as const;

/** Renders a report for a terminal in one language. */
export function formatSummary(report: Report, lang: Lang, fileLabel: string): string {
  const lines = [
    `${VERDICT[report.verdict][lang]}  ${fileLabel}`,
    `${LABELS.profile[lang]}: ${report.profile.id} v${report.profile.version}`,
  ];
  if (report.incomplete) lines.push(`! ${report.incomplete.message[lang]}`);
  if (report.findings.length === 0) lines.push(LABELS.none[lang]);
  for (const finding of report.findings) {
    const where = finding.location?.page ? ` (${LABELS.page[lang]} ${finding.location.page})` : '';
    lines.push(
      '',
      `- [${SEVERITY[finding.severity]?.[lang] ?? finding.severity}] ${finding.message[lang]}${where}`,
    );
    if (finding.hint) lines.push(`  ${LABELS.fix[lang]}: ${finding.hint[lang]}`);
    lines.push(`  (${finding.checkId})`);
  }
  return `${lines.join('\n')}\n`;
}
