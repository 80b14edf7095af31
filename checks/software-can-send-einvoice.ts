/**
 * software.can-send-einvoice (information) — when Producer/Creator names an invoicing package that can send
 * e-invoices (Peppol) or make UBL files, say so with a short how-to: an e-invoice avoids every PDF problem.
 * The package list is data: `data/invoicing-software.json`.
 */

import { defineCheck } from '../engine/check.js';
import { recogniseSoftware } from '../engine/einvoice/software.js';

export default defineCheck({
  id: 'software.can-send-einvoice',
  title: {
    en: 'Your software can send e-invoices',
    nl: 'Uw software kan e-facturen versturen',
    de: 'Ihr Programm kann E-Rechnungen senden',
    fr: 'Votre logiciel peut envoyer des factures électroniques',
  },
  docs: 'information: the Producer/Creator names a known invoicing package (Exact Online, Twinfield, Moneybird, SnelStart, e-Boekhouden, AFAS, Yuki, Visma, Jortt, Informer, Dynamics, SAP, …) that can send e-invoices, with a how-to',
  defaultSeverity: 'info',
  params: {},
  run(doc, { finding }) {
    const info = doc.pdf?.info;
    const software = recogniseSoftware(info?.producer, info?.creator);
    if (!software || software.einvoice === 'none') return [];
    return [
      finding(
        software.einvoice === 'peppol'
          ? 'software.can-send-einvoice.peppol'
          : 'software.can-send-einvoice.ubl',
        {
          data: { software: software.name, softwareId: software.id, einvoice: software.einvoice },
          vars: { howTo: software.howTo },
        },
      ),
    ];
  },
});
