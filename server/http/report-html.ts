/**
 * A run's report as one self-contained HTML page a supplier can print and forward: inline CSS, no
 * scripts, no external resources (page images are inlined as data: URIs, so a saved copy works
 * offline), every value escaped, laid out for the screen and for printing (A4). Amounts and dates are
 * shown as the invoice prints them and moments in the reader's language; check ids, message ids,
 * boxes and stage times sit in an appendix at the end. Served by `GET /api/runs/:id/report.html` with a
 * Content-Security-Policy that allows nothing else.
 */

import { textIn } from '../../engine/i18n/catalogue.js';
import { checksPassedLine, verdictHeadline } from '../../engine/i18n/headline.js';
import { PAGE_LOCALES, REPORT_LABELS } from '../../engine/i18n/report-page.js';
import { fillTemplate } from '../../engine/i18n/template.js';
import type { Lang } from '../../engine/model/finding.js';
import type { RunRecord } from '../store/runs.js';
import {
  FIELD_NAMES,
  formatFieldValue,
  formatMoment,
  ID_FIELDS,
  mergeFindings,
  pagesText,
  profileName,
} from './formats.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

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
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem;margin:1.25rem 0}
dt{font-weight:600;color:#555}dd{margin:0}
.hash,.id{overflow-wrap:anywhere}
ol.findings{list-style:none;padding:0;margin:0}
ol.findings li{border-left:4px solid #999;padding:.5rem .75rem;margin:0 0 .75rem;background:#fafafa;break-inside:avoid}
li.sev-error{border-color:#a1120c}li.sev-warning{border-color:#b27a00}li.sev-info{border-color:#2a5db0}
.sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em;margin:0}
.msg{margin:.25rem 0}.hint{margin:.25rem 0}.where,.note{color:#555;font-size:.85rem;margin:.25rem 0 0}
code{font:13px ui-monospace,Menlo,Consolas,monospace}
table{border-collapse:collapse;width:100%}
td,th{padding:.3rem .75rem .3rem 0;text-align:left;vertical-align:top;font-size:.9rem;border-bottom:1px solid #eee}
th[scope=row]{font-weight:600}
.raw{display:block;color:#555;font-size:.8rem}
figure{margin:0 0 1rem;break-inside:avoid}
figure img{display:block;max-width:100%;height:auto;border:1px solid #ccc}
figcaption{color:#555;font-size:.85rem}
.appendix{color:#333}.appendix td,.appendix th{font-size:.8rem}
footer{margin-top:2rem;color:#666;font-size:.8rem}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}@page{size:A4;margin:18mm}a{color:inherit}
figure img{max-height:240mm}.pages{break-before:page}.appendix{break-before:page}h2{break-after:avoid}tr{break-inside:avoid}}
`;

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** Fills a label's placeholders (the catalogue's template rules: no "B.V.." after a name). */
const fill = (text: string, vars: Record<string, string | number>): string => fillTemplate(text, vars, 'en');

type Box = { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
const boxText = (t: (typeof REPORT_LABELS)[Lang], b: Box | undefined): string =>
  b ? `${t.box} x ${round(b.x)}, y ${round(b.y)}, ${round(b.w)} × ${round(b.h)} pt` : '';

/** A value without spaces, currency signs and case: "€ 5.079,46" and "5.079,46" print the same. */
const squash = (text: string): string => text.replace(/[\s€$£]/g, '').toLowerCase();

const sizeText = (bytes: number, lang: Lang): string => {
  const nf = (n: number): string => n.toLocaleString(PAGE_LOCALES[lang], { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${nf(bytes / (1024 * 1024))} MB` : `${nf(Math.max(1, bytes / 1024))} kB`;
};

/** What the page shows besides the run itself. */
export interface ReportHtmlOptions {
  /** PNG images of the first pages (with boxes), in page order; inlined as data: URIs. */
  readonly pageImages?: readonly (Uint8Array | undefined)[];
}

/** The most pages whose images are put into the page. */
export const REPORT_HTML_MAX_PAGES = 10;

/** The HTML page of a finished run's report, in one language. */
export function reportHtml(run: RunRecord, lang: Lang, options: ReportHtmlOptions = {}): string {
  const t = REPORT_LABELS[lang];
  const report = run.report;
  const verdict = run.verdict ?? report?.verdict ?? 'undetermined';
  const pageCount = report?.document.pageCount;
  const rows: [string, string, string?][] = [
    [t.file, run.file.name ?? report?.document.name ?? '—'],
    [t.sha256, run.file.sha256, 'hash'],
    [t.bytes, sizeText(run.file.bytes, lang)],
    ...(pageCount !== undefined ? [[t.pages, String(pageCount)] as [string, string]] : []),
    [t.profile, `${profileName(run.profile, lang)} (${t.version} ${run.profile.version})`],
    [t.submitted, formatMoment(run.createdAt, lang)],
    ...(run.finishedAt ? [[t.finished, formatMoment(run.finishedAt, lang)] as [string, string]] : []),
    ...(run.supplierReference ? [[t.reference, run.supplierReference] as [string, string]] : []),
  ];
  const findings = report?.findings ?? [];
  const merged = mergeFindings(findings);
  const items = merged.map((f) => {
    const where: string[] = [];
    if (f.pages.length > 0) where.push(pagesText(f.pages, lang));
    if (f.location?.field)
      where.push(`${t.field} “${FIELD_NAMES[f.location.field]?.[lang] ?? f.location.field}”`);
    if (f.location?.channel) where.push(t.channel[f.location.channel]);
    const waived = f.waived
      ? `<p class="hint">${escapeHtml(fill(t.waivedReason, { reason: f.waived.reason }))}</p>`
      : '';
    return `<li class="sev-${f.waived ? 'waived' : escapeHtml(f.severity)}">
<p class="sev">${escapeHtml(f.waived ? t.waived : (t.severity[f.severity] ?? f.severity))}</p>
<p class="msg">${escapeHtml(textIn(f.message, lang))}</p>
${waived}
${f.pages.length > 1 ? `<p class="msg">${escapeHtml(fill(t.alsoOn, { pages: pagesText(f.pages.slice(1), lang) }))}</p>` : ''}
${f.hint ? `<p class="hint"><strong>${escapeHtml(t.fix)}:</strong> ${escapeHtml(textIn(f.hint, lang))}</p>` : ''}
${where.length > 0 ? `<p class="where">${escapeHtml(t.where)}: ${escapeHtml(where.join(', '))}</p>` : ''}
</li>`;
  });
  const fieldEntries = Object.entries(report?.fields ?? {}).filter(
    (entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== undefined,
  );
  const order = Object.keys(FIELD_NAMES);
  fieldEntries.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  const fieldRows = fieldEntries.map(([id, field]) => {
    const shown = formatFieldValue(id, field.value, report, lang);
    const raw =
      field.raw && squash(field.raw) !== squash(shown) && field.raw !== field.value
        ? `<span class="raw">${escapeHtml(fill(t.asPrinted, { raw: field.raw }))}</span>`
        : '';
    const where = [`${t.page} ${field.page}`, t.channel[field.channel]].join(', ');
    return `<tr><th scope="row">${escapeHtml(FIELD_NAMES[id]?.[lang] ?? id)}</th><td><span class="${ID_FIELDS.has(id) ? 'id' : 'value'}">${escapeHtml(shown)}</span>${raw}</td><td>${escapeHtml(where)}</td></tr>`;
  });
  const images = (options.pageImages ?? []).slice(0, REPORT_HTML_MAX_PAGES);
  const figures = images
    .map((png, i) =>
      png
        ? `<figure><img src="data:image/png;base64,${Buffer.from(png).toString('base64')}" alt="${escapeHtml(fill(t.pageAlt, { page: i + 1 }))}"><figcaption>${escapeHtml(`${t.page} ${i + 1}`)}</figcaption></figure>`
        : '',
    )
    .filter(Boolean);
  const pagesPart =
    figures.length > 0
      ? `<section class="pages"><h2>${escapeHtml(t.pagesTitle)}</h2><p class="note">${escapeHtml(t.pagesHelp)}</p>
${figures.join('\n')}
${pageCount !== undefined && pageCount > images.length ? `<p class="note">${escapeHtml(fill(t.pagesMore, { shown: images.length, count: pageCount }))}</p>` : ''}</section>`
      : `<section><h2>${escapeHtml(t.pagesTitle)}</h2><p class="note">${escapeHtml(t.noImages)}</p></section>`;
  const techFindings = findings
    .map(
      (f) =>
        `<tr><td><code>${escapeHtml(f.checkId)}</code></td><td><code>${escapeHtml(f.messageId)}</code></td><td>${escapeHtml(
          [
            f.location?.page !== undefined ? `${t.page} ${f.location.page}` : '',
            boxText(t, f.location?.box),
            f.location?.field ? `${t.field} ${f.location.field}` : '',
          ]
            .filter(Boolean)
            .join(' · '),
        )}</td></tr>`,
    )
    .join('');
  const techFields = fieldEntries
    .map(
      ([id, field]) =>
        `<tr><td><code>${escapeHtml(id)}</code></td><td class="id"><code>${escapeHtml(field.value)}</code></td><td>${escapeHtml(`${t.page} ${field.page} · ${boxText(t, field.box)}`)}</td></tr>`,
    )
    .join('');
  const stages = (report?.stages ?? [])
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.name)}</td><td>${s.skipped ? escapeHtml(t.skipped) : `${escapeHtml(round(s.ms))} ms`}</td></tr>`,
    )
    .join('');
  const techRows: [string, string][] = [
    [t.runId, run.id],
    [t.profileRef, `${run.profile.id}, v${run.profile.version}`],
    [t.engine, `${report?.engine.name ?? 'proeffactuur'} ${report?.engine.version ?? ''}`],
  ];
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
${rows.map(([k, v, cls]) => `<dt>${escapeHtml(k)}</dt><dd${cls ? ` class="${cls}"` : ''}>${escapeHtml(v)}</dd>`).join('\n')}
</dl>
${report?.incomplete ? `<h2>${escapeHtml(t.incomplete)}</h2><p>${escapeHtml(textIn(report.incomplete.message, lang))}</p>${report.incomplete.errorId ? `<p>${escapeHtml(t.errorId)}: <code>${escapeHtml(report.incomplete.errorId)}</code></p>` : ''}` : ''}
<h2>${escapeHtml(t.whatToDo)} (${merged.length})</h2>
${items.length > 0 ? `<ol class="findings">\n${items.join('\n')}\n</ol>` : `<p>${escapeHtml(t.none)}</p>`}
<h2>${escapeHtml(t.fieldsTitle)}</h2>
${fieldRows.length > 0 ? `<table class="fields"><thead><tr><th scope="col">${escapeHtml(t.colField)}</th><th scope="col">${escapeHtml(t.colValue)}</th><th scope="col">${escapeHtml(t.colWhere)}</th></tr></thead><tbody>\n${fieldRows.join('\n')}\n</tbody></table>` : `<p class="note">${escapeHtml(t.noFields)}</p>`}
${pagesPart}
<section class="appendix">
<h2>${escapeHtml(t.appendix)}</h2>
<p class="note">${escapeHtml(t.appendixHelp)}</p>
<dl>
${techRows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd class="id">${escapeHtml(v)}</dd>`).join('\n')}
</dl>
${techFindings ? `<h3>${escapeHtml(t.findings)}</h3><table><thead><tr><th scope="col">${escapeHtml(t.checkCol)}</th><th scope="col">${escapeHtml(t.messageCol)}</th><th scope="col">${escapeHtml(t.placeCol)}</th></tr></thead><tbody>${techFindings}</tbody></table>` : ''}
${techFields ? `<h3>${escapeHtml(t.fieldsTitle)}</h3><table><thead><tr><th scope="col">${escapeHtml(t.fieldIdCol)}</th><th scope="col">${escapeHtml(t.machineCol)}</th><th scope="col">${escapeHtml(t.placeCol)}</th></tr></thead><tbody>${techFields}</tbody></table>` : ''}
${stages ? `<h3>${escapeHtml(t.stages)}</h3><table>${stages}</table>` : ''}
</section>
<footer>${escapeHtml(t.engine)} ${escapeHtml(report?.engine.name ?? 'proeffactuur')} ${escapeHtml(report?.engine.version ?? '')}</footer>
</main>
</body>
</html>
`;
}
