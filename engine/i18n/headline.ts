/**
 * The verdict's headline in plain words, worded by the kind of its errors: the buyer's software cannot
 * read the invoice, reads it but finds data missing or wrong, or the invoice will not arrive. Used by
 * the CLI summary, the HTML report, the web banner (which mirrors these texts) and the e-mail reply.
 */
import type { Lang } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { localize, type MessageId } from './catalogue.js';

/** What the headline needs of a report (older stored reports lack `reason`). */
type HeadlineReport = Pick<Report, 'verdict' | 'reason'>;

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The headline of a report's verdict in one language, e.g. "De software van Gemeente Voorbeeldstad kan
 * deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet." A rejection with errors of
 * several kinds names the first (`unreadable`, `data`, `delivery`) and adds a sentence for each other.
 * Without a buyer name it says "the buyer".
 */
export function verdictHeadline(report: HeadlineReport, lang: Lang, buyerName?: string): string {
  const buyer = buyerName?.trim() || localize('verdict.the-buyer')[lang];
  const say = (id: MessageId): string => capitalize(localize(id, { buyer })[lang]);
  if (report.verdict === 'accepted') return say('verdict.accepted');
  if (report.verdict === 'undetermined') return say('verdict.undetermined');
  const [first, ...others] = report.reason ?? [];
  if (!first) return say('verdict.rejected');
  return [
    say(`verdict.rejected.${first}`),
    ...others.map((kind) => say(`verdict.also.${kind}` as MessageId)),
  ].join(' ');
}

/** "41 van 42 controles geslaagd"; `undefined` for a report without a check summary. */
export function checksPassedLine(report: Pick<Report, 'checks'>, lang: Lang): string | undefined {
  if (!report.checks) return undefined;
  return localize('verdict.checks-passed', { passed: report.checks.passed, run: report.checks.run })[lang];
}
