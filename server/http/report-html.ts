/**
 * A run's report as one self-contained HTML page: inline CSS, no scripts, no external resources, every
 * value escaped, laid out for the screen and for printing (A4). Served by
 * `GET /api/runs/:id/report.html` with a Content-Security-Policy that allows nothing else.
 */
import { checksPassedLine, verdictHeadline } from '../../engine/i18n/headline.js';
import type { Lang } from '../../engine/model/finding.js';
import type { RunRecord } from '../store/runs.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const LABELS = {
  nl: {
    title: 'Testrapport proeffactuur',
    verdict: { accepted: 'Goedgekeurd', rejected: 'Afgekeurd', undetermined: 'Niet vastgesteld' },
    file: 'Bestand',
    profile: 'Profiel',
    run: 'Controle',
    submitted: 'Ingediend',
    finished: 'Afgerond',
    reference: 'Uw referentie',
    pages: "Pagina's",
    findings: 'Bevindingen',
    none: 'Geen bevindingen.',
    fix: 'Zo lost u het op',
    page: 'Pagina',
    box: 'vak',
    field: 'veld',
    channel: { text: 'tekstlaag', ocr: 'beeld (OCR)' },
    severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Ter informatie' },
    incomplete: 'Niet alles is gecontroleerd',
    errorId: 'Foutcode',
    stages: 'Stappen',
    skipped: 'overgeslagen',
    engine: 'Gemaakt door',
  },
  en: {
    title: 'Sample invoice test report',
    verdict: { accepted: 'Accepted', rejected: 'Rejected', undetermined: 'Undetermined' },
    file: 'File',
    profile: 'Profile',
    run: 'Run',
    submitted: 'Submitted',
    finished: 'Finished',
    reference: 'Your reference',
    pages: 'Pages',
    findings: 'Findings',
    none: 'No findings.',
    fix: 'How to fix it',
    page: 'Page',
    box: 'box',
    field: 'field',
    channel: { text: 'text layer', ocr: 'image (OCR)' },
    severity: { error: 'Error', warning: 'Warning', info: 'Information' },
    incomplete: 'Not everything was checked',
    errorId: 'Error id',
    stages: 'Stages',
    skipped: 'skipped',
    engine: 'Made by',
  },
} as const;

const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;background:#f6f6f4}
main{max-width:52rem;margin:0 auto;padding:2rem 1.5rem;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:2rem 0 .75rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
.verdict{display:inline-block;font-weight:700;font-size:1.2rem;padding:.25rem .75rem;border-radius:.25rem;border:2px solid}
.verdict-accepted{color:#0b6b2e;border-color:#0b6b2e;background:#eaf6ee}
.verdict-rejected{color:#a1120c;border-color:#a1120c;background:#fbeceb}
.verdict-undetermined{color:#7a5200;border-color:#7a5200;background:#fdf5e3}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1.25rem 0}
dt{font-weight:600;color:#555}dd{margin:0;overflow-wrap:anywhere}
ol.findings{list-style:none;padding:0;margin:0}
ol.findings li{border-left:4px solid #999;padding:.5rem .75rem;margin:0 0 .75rem;background:#fafafa;break-inside:avoid}
li.sev-error{border-color:#a1120c}li.sev-warning{border-color:#b27a00}li.sev-info{border-color:#2a5db0}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em;margin:0}
.msg{margin:.25rem 0}.hint{margin:.25rem 0}.where,.ids{color:#555;font-size:.85rem;margin:.25rem 0 0}
code{font:13px ui-monospace,Menlo,Consolas,monospace}
table{border-collapse:collapse}td,th{padding:.15rem .75rem .15rem 0;text-align:left;font-size:.9rem}
footer{margin-top:2rem;color:#666;font-size:.8rem}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}@page{size:A4;margin:18mm}a{color:inherit}}
`;

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** The HTML page of a finished run's report, in one language. */
export function reportHtml(run: RunRecord, lang: Lang): string {
  const t = LABELS[lang];
  const report = run.report;
  const verdict = run.verdict ?? report?.verdict ?? 'undetermined';
  const rows: [string, string][] = [
    [t.file, run.file.name ?? report?.document.name ?? '—'],
    [t.profile, `${run.profile.name ?? run.profile.id} (${run.profile.id}, v${run.profile.version})`],
    [t.run, run.id],
    [t.submitted, run.createdAt],
    ...(run.finishedAt ? [[t.finished, run.finishedAt] as [string, string]] : []),
    ...(run.supplierReference ? [[t.reference, run.supplierReference] as [string, string]] : []),
    ...(report?.document.pageCount !== undefined
      ? [[t.pages, String(report.document.pageCount)] as [string, string]]
      : []),
  ];
  const findings = report?.findings ?? [];
  const items = findings.map((f) => {
    const where: string[] = [];
    if (f.location?.page !== undefined) where.push(`${t.page} ${f.location.page}`);
    if (f.location?.box) {
      const b = f.location.box;
      where.push(`${t.box} x ${round(b.x)}, y ${round(b.y)}, ${round(b.w)} × ${round(b.h)} pt`);
    }
    if (f.location?.field) where.push(`${t.field} ${f.location.field}`);
    if (f.location?.channel) where.push(t.channel[f.location.channel]);
    return `<li class="sev-${escapeHtml(f.severity)}">
<p class="sev">${escapeHtml(t.severity[f.severity] ?? f.severity)}</p>
<p class="msg">${escapeHtml(f.message[lang])}</p>
${f.hint ? `<p class="hint"><strong>${escapeHtml(t.fix)}:</strong> ${escapeHtml(f.hint[lang])}</p>` : ''}
${where.length > 0 ? `<p class="where">${escapeHtml(where.join(' · '))}</p>` : ''}
<p class="ids"><code>${escapeHtml(f.messageId)}</code></p>
</li>`;
  });
  const stages = (report?.stages ?? [])
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.name)}</td><td>${s.skipped ? escapeHtml(t.skipped) : `${escapeHtml(round(s.ms))} ms`}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)} · ${escapeHtml(t.verdict[verdict])}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p class="verdict verdict-${escapeHtml(verdict)}">${escapeHtml(t.verdict[verdict])}</p>
<p class="headline">${escapeHtml(verdictHeadline({ verdict, ...(report?.reason && { reason: report.reason }) }, lang, run.profile.buyer?.name))}</p>
${report?.checks ? `<p class="checks-passed">${escapeHtml(checksPassedLine(report, lang))}</p>` : ''}
<dl>
${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}
</dl>
${report?.incomplete ? `<h2>${escapeHtml(t.incomplete)}</h2><p>${escapeHtml(report.incomplete.message[lang])}</p>${report.incomplete.errorId ? `<p>${escapeHtml(t.errorId)}: <code>${escapeHtml(report.incomplete.errorId)}</code></p>` : ''}` : ''}
<h2>${escapeHtml(t.findings)} (${findings.length})</h2>
${items.length > 0 ? `<ol class="findings">\n${items.join('\n')}\n</ol>` : `<p>${escapeHtml(t.none)}</p>`}
${stages ? `<h2>${escapeHtml(t.stages)}</h2><table>${stages}</table>` : ''}
<footer>${escapeHtml(t.engine)} ${escapeHtml(report?.engine.name ?? 'proeffactuur')} ${escapeHtml(report?.engine.version ?? '')}</footer>
</main>
</body>
</html>
`;
}
