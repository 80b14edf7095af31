/**
 * Onboarding analytics. Buyer (API key or signed-in session, any scope: reading only):
 * `GET /api/stats` (the funnel, days to approval, the checks that fail most, pass rate per profile) and
 * `GET /api/stats/suppliers.csv` (the supplier list with status, streamed as CSV: UTF-8 with a BOM so
 * Dutch Excel shows accents, `;` between cells unless `delimiter=comma`, and cells that start like a
 * formula (= + - @) escaped with a leading `'` so a spreadsheet does not run a supplier's name).
 */
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { type Request, Router } from 'express';
import type { Lang } from '../../engine/model/finding.js';
import { langOfTag } from '../core/errors.js';
import { requireBuyer } from '../http/auth.js';
import type { StatsService, SupplierStatus } from '../services/stats.js';
import type { BuyerStore } from '../store/buyers.js';
import type { StatsFilter } from '../store/stats.js';

type CsvLang = Lang;

/** The CSV's column titles and words, per language. */
const CSV_TEXT: Record<CsvLang, Record<string, string>> = {
  nl: {
    invitation: 'Uitnodiging',
    supplier: 'Leverancier',
    email: 'E-mailadres',
    profile: 'Profiel',
    invitedAt: 'Uitgenodigd op',
    openedAt: 'Link geopend op',
    runs: 'Tests',
    latestVerdict: 'Laatste uitslag',
    approvedAt: 'Goedgekeurd op',
    startDate: 'Live vanaf',
    status: 'Status',
    stage_invited: 'Uitgenodigd',
    stage_opened: 'Link geopend',
    stage_tested: 'Getest',
    stage_awaiting_approval: 'Wacht op uw goedkeuring',
    stage_rejected_by_buyer: 'Door u afgewezen',
    stage_approved: 'Goedgekeurd',
    stage_live: 'Live',
    link_expired: 'link verlopen',
    link_revoked: 'link ingetrokken',
    verdict_accepted: 'goedgekeurd',
    verdict_rejected: 'afgekeurd',
    verdict_undetermined: 'kon niet worden gecontroleerd',
    verdict_pending: 'wordt gecontroleerd',
    fileName: 'leveranciers.csv',
  },
  en: {
    invitation: 'Invitation',
    supplier: 'Supplier',
    email: 'E-mail address',
    profile: 'Profile',
    invitedAt: 'Invited at',
    openedAt: 'Link opened at',
    runs: 'Tests',
    latestVerdict: 'Latest result',
    approvedAt: 'Approved at',
    startDate: 'Live from',
    status: 'Status',
    stage_invited: 'Invited',
    stage_opened: 'Link opened',
    stage_tested: 'Tested',
    stage_awaiting_approval: 'Awaiting your approval',
    stage_rejected_by_buyer: 'Rejected by you',
    stage_approved: 'Approved',
    stage_live: 'Live',
    link_expired: 'link expired',
    link_revoked: 'link revoked',
    verdict_accepted: 'accepted',
    verdict_rejected: 'rejected',
    verdict_undetermined: 'could not be checked',
    verdict_pending: 'being checked',
    fileName: 'suppliers.csv',
  },
  de: {
    invitation: 'Einladung',
    supplier: 'Lieferant',
    email: 'E-Mail-Adresse',
    profile: 'Profil',
    invitedAt: 'Eingeladen am',
    openedAt: 'Link geöffnet am',
    runs: 'Tests',
    latestVerdict: 'Letztes Ergebnis',
    approvedAt: 'Freigegeben am',
    startDate: 'Live ab',
    status: 'Status',
    stage_invited: 'Eingeladen',
    stage_opened: 'Link geöffnet',
    stage_tested: 'Getestet',
    stage_awaiting_approval: 'Wartet auf Ihre Freigabe',
    stage_rejected_by_buyer: 'Von Ihnen abgelehnt',
    stage_approved: 'Freigegeben',
    stage_live: 'Live',
    link_expired: 'Link abgelaufen',
    link_revoked: 'Link widerrufen',
    verdict_accepted: 'angenommen',
    verdict_rejected: 'abgelehnt',
    verdict_undetermined: 'konnte nicht geprüft werden',
    verdict_pending: 'wird geprüft',
    fileName: 'lieferanten.csv',
  },
  fr: {
    invitation: 'Invitation',
    supplier: 'Fournisseur',
    email: 'Adresse e-mail',
    profile: 'Profil',
    invitedAt: 'Invité le',
    openedAt: 'Lien ouvert le',
    runs: 'Tests',
    latestVerdict: 'Dernier résultat',
    approvedAt: 'Approuvé le',
    startDate: 'En production à partir du',
    status: 'Statut',
    stage_invited: 'Invité',
    stage_opened: 'Lien ouvert',
    stage_tested: 'Testé',
    stage_awaiting_approval: 'En attente de votre approbation',
    stage_rejected_by_buyer: 'Refusé par vous',
    stage_approved: 'Approuvé',
    stage_live: 'En production',
    link_expired: 'lien expiré',
    link_revoked: 'lien révoqué',
    verdict_accepted: 'accepté',
    verdict_rejected: 'refusé',
    verdict_undetermined: "n'a pas pu être contrôlé",
    verdict_pending: 'en cours de contrôle',
    fileName: 'fournisseurs.csv',
  },
};

const COLUMNS = [
  'invitation',
  'supplier',
  'email',
  'profile',
  'invitedAt',
  'openedAt',
  'runs',
  'latestVerdict',
  'approvedAt',
  'startDate',
  'status',
] as const;

/** A date or a moment (`2026-12-01` or `2026-12-01T08:00:00Z`) as an ISO moment; the validator checked its form. */
const isoMoment = (raw: unknown): string | undefined =>
  typeof raw === 'string' ? new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw).toISOString() : undefined;

/** The filter of a request: the signed-in buyer's, with `profile`, `invitedFrom`, `invitedTo`. */
async function filterOf(req: Request, buyers: BuyerStore): Promise<StatsFilter> {
  const buyer = await requireBuyer(req, buyers);
  const from = isoMoment(req.query.invitedFrom);
  const to = isoMoment(req.query.invitedTo);
  return {
    buyerId: buyer.id,
    ...(typeof req.query.profile === 'string' &&
      req.query.profile !== '' && { profileId: req.query.profile }),
    ...(from && { invitedFrom: from }),
    ...(to && { invitedTo: to }),
  };
}

/** One CSV row in the buyer's language. */
function csvRow(
  s: SupplierStatus,
  words: Record<string, string>,
): Record<(typeof COLUMNS)[number], string | number> {
  const verdict = s.runs === 0 ? '' : words[`verdict_${s.latestVerdict ?? 'pending'}`]!;
  const link = s.link === 'active' ? '' : ` (${words[`link_${s.link}`]})`;
  return {
    invitation: s.invitationId,
    supplier: s.supplierName,
    email: s.supplierEmail,
    profile: s.profileName ?? s.profileId,
    invitedAt: s.invitedAt,
    openedAt: s.openedAt ?? '',
    runs: s.runs,
    latestVerdict: verdict,
    approvedAt: s.approvedAt ?? '',
    startDate: s.startDate ?? '',
    status: `${words[`stage_${s.stage}`]}${link}`,
  };
}

/** The routes. */
export function statsRouter(deps: { stats: StatsService; buyers: BuyerStore }): Router {
  const router = Router();

  router.get('/stats', async (req, res) => {
    const filter = await filterOf(req, deps.buyers);
    res.set('Cache-Control', 'private, no-store').json(await deps.stats.stats(filter));
  });

  router.get('/stats/suppliers.csv', async (req, res) => {
    const filter = await filterOf(req, deps.buyers);
    const lang: CsvLang = langOfTag(req.query.lang) ?? 'nl';
    const words = CSV_TEXT[lang];
    const csv = stringify({
      bom: true,
      delimiter: req.query.delimiter === 'comma' ? ',' : ';',
      escape_formulas: true,
      record_delimiter: 'windows',
      header: true,
      columns: COLUMNS.map((key) => ({ key, header: words[key]! })),
    });
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${words.fileName}"`,
      'Cache-Control': 'private, no-store',
    });
    csv.pipe(res);
    // A client that goes away stops the export (and a wait for `drain` that would never come).
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    try {
      for await (const page of deps.stats.suppliers(filter)) {
        if (gone.signal.aborted) break;
        for (const supplier of page)
          if (!csv.write(csvRow(supplier, words))) await once(csv, 'drain', { signal: gone.signal });
      }
      csv.end();
    } catch (error) {
      if (gone.signal.aborted) return;
      // The answer has begun: cut it off (the client sees a broken download, not a short list).
      csv.destroy();
      res.destroy(error as Error);
    }
  });

  return router;
}
