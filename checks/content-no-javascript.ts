/**
 * content.no-javascript — an invoice PDF must not carry JavaScript. Mail gateways and capture
 * services block or quarantine PDFs with scripts (a common malware carrier), so the invoice never
 * reaches the buyer; PDF/A forbids scripts. Source: ISO 32000-2 §12.6.4.17, ISO 19005-2 §6.6.1.
 */
import { defineCheck } from '../engine/check.js';
import { joinLocalized, localize, type MessageId } from '../engine/i18n/catalogue.js';

export default defineCheck({
  id: 'content.no-javascript',
  title: { en: 'No JavaScript', nl: 'Geen JavaScript', de: 'Kein JavaScript', fr: 'Pas de JavaScript' },
  docs: 'no JavaScript anywhere (open action, document scripts, page, link and form-field actions)',
  defaultSeverity: 'warning',
  params: {},
  run(doc, { finding }) {
    const sites = doc.pdf?.javaScript ?? [];
    if (sites.length === 0) return [];
    const kinds = [...new Set(sites.map((site) => site.where))];
    const page = sites.find((site) => site.page !== undefined)?.page;
    return [
      finding('content.no-javascript.present', {
        data: { where: kinds.join(', '), count: sites.length },
        vars: {
          where: joinLocalized(
            kinds.map((kind) => localize(`content.no-javascript.term.${kind}` as MessageId)),
          ),
        },
        ...(page !== undefined && { location: { page } }),
      }),
    ];
  },
});
