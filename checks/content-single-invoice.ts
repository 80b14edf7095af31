/**
 * content.single-invoice — one PDF must hold one invoice (`file.singleInvoice`): capture software books a file
 * as one invoice, so a second one is lost or merged. Signs, read from the text layer and from OCR: different
 * invoice numbers on different pages (labels in every vocabulary language), a different seller (VAT number,
 * IBAN, KvK/SIREN), or page numbering that starts again ("Pagina 1 van 2" twice, "1/2" then "1/1").
 */
import { defineCheck } from '../engine/check.js';
import type { PageModel } from '../engine/model/document.js';
import type { Box } from '../engine/model/geometry.js';
import { ruleSeverity } from '../engine/severity.js';
import { canonicalNumber, type IdKind, type PageMarks, pageMarks } from './support/invoice-marks.js';

type Channel = 'text' | 'ocr';

/** A page's marks through each channel that read it (text layer first). */
function marksOf(page: PageModel, excluded: ReadonlySet<string>): { channel: Channel; marks: PageMarks }[] {
  const out: { channel: Channel; marks: PageMarks }[] = [];
  if (page.text && page.text.words.length > 0)
    out.push({ channel: 'text', marks: pageMarks(page.text.words, page.heightPt, excluded) });
  if (page.ocr && page.ocr.words.length > 0)
    out.push({ channel: 'ocr', marks: pageMarks(page.ocr.words, page.heightPt, excluded) });
  return out;
}

/** Where a sign was seen. */
interface Seen {
  readonly page: number;
  readonly box: Box;
  readonly channel: Channel;
}

export default defineCheck({
  id: 'content.single-invoice',
  reasonKind: 'delivery',
  title: {
    en: 'One invoice per PDF',
    nl: 'Eén factuur per PDF',
    de: 'Eine Rechnung pro PDF',
    fr: 'Une facture par PDF',
  },
  docs: 'the PDF holds one invoice: no different labelled invoice numbers on different pages (labels in Dutch, English, German, French), no change of seller (VAT number, IBAN, KvK/SIREN), no page numbering that starts again; read from the text layer and from OCR; `file.singleInvoice: true` rejects, unset warns, `false` turns it off',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const rule = profile.file?.singleInvoice;
    if (rule === false || doc.pages.length < 2) return [];
    const severity = ruleSeverity(profile, 'content.single-invoice', rule === true);
    const hintId = 'content.single-invoice.hint';
    const buyerIds = new Set(
      [profile.buyer?.vatId, profile.buyer?.kvk]
        .filter((id): id is string => typeof id === 'string')
        .map((id) => id.toUpperCase().replace(/[\s.]/g, '')),
    );
    const pages = doc.pages.map((page) => ({ page: page.index + 1, channels: marksOf(page, buyerIds) }));

    // 1. A page whose labelled invoice numbers all differ from every number on the pages before it. The
    // first number of a page counts (a reference to another invoice later on a page does not); numbers
    // read by OCR match despite one misread character.
    const numbers: { value: string; canonical: string; seen: Seen }[] = [];
    for (const { page, channels } of pages) {
      const onPage = channels.flatMap(({ channel, marks }) =>
        marks.numbers.map((n) => ({
          value: n.value,
          canonical: canonicalNumber(n.value),
          seen: { page, box: n.box, channel },
        })),
      );
      const first = onPage[0];
      if (!first) continue;
      const known = (c: string) => numbers.some((n) => n.canonical === c);
      if (numbers.length > 0 && !onPage.some((n) => known(n.canonical))) {
        const values = [...new Set([...numbers.map((n) => n.value), first.value])];
        const count = new Set(
          pages.flatMap(({ channels: c }) =>
            c.flatMap(({ marks }) => marks.numbers.slice(0, 1).map((n) => canonicalNumber(n.value))),
          ),
        ).size;
        return [
          finding('content.single-invoice.several-numbers', {
            data: { count: Math.max(2, count), numbers: values.slice(0, 5).join(', '), page },
            location: { page, box: first.seen.box, channel: first.seen.channel },
            severity,
            hintId,
          }),
        ];
      }
      for (const n of onPage) if (!known(n.canonical)) numbers.push(n);
    }

    // 2. A page whose seller ids (VAT number, IBAN, KvK, SIREN/SIRET) share none with the pages before it,
    // while an id of the same kind differs (a VAT number on page 1 and only an IBAN on page 3 is one seller).
    const ids = new Map<string, Seen & { kind: IdKind }>();
    for (const { page, channels } of pages) {
      const onPage = new Map<string, Seen & { kind: IdKind }>();
      for (const { channel, marks } of channels)
        for (const [id, { kind, box }] of marks.ids)
          if (!onPage.has(id)) onPage.set(id, { page, box, channel, kind });
      if (onPage.size === 0) continue;
      const shared = [...onPage.keys()].some((id) => ids.has(id));
      const kindsBefore = new Set([...ids.values()].map((seen) => seen.kind));
      const changed = [...onPage.entries()].find(([, seen]) => kindsBefore.has(seen.kind));
      if (!shared && changed) {
        const [after, seen] = changed;
        const before = [...ids.entries()].filter(([, s]) => s.kind === seen.kind).map(([id]) => id);
        return [
          finding('content.single-invoice.seller-changes', {
            data: { page, before: before.slice(0, 3).join(', '), after },
            location: { page, box: seen.box, channel: seen.channel },
            severity,
            hintId,
          }),
        ];
      }
      for (const [id, seen] of onPage) if (!ids.has(id)) ids.set(id, seen);
    }

    // 3. Page numbering that starts again ("1/2, 1/1").
    let previous: number | undefined;
    for (const { page, channels } of pages) {
      const found = channels.find(({ marks }) => marks.numbering);
      const numbering = found?.marks.numbering;
      if (!found || !numbering) continue;
      if (previous !== undefined && numbering.n <= previous) {
        return [
          finding('content.single-invoice.numbering-restarts', {
            data: { page, label: `${numbering.n}/${numbering.of}` },
            location: { page, box: numbering.box, channel: found.channel },
            severity,
            hintId,
          }),
        ];
      }
      previous = numbering.n;
    }
    return [];
  },
});
