/**
 * English message catalogue. Keys are stable message ids (`<check id>.<case>`, hints end in `.hint`);
 * `{{name}}` placeholders are filled from the finding's data. Write for a supplier who is not technical:
 * say what is wrong, then what to do, in the words of their invoicing software.
 */
export const en = {
  'file.is-pdf.empty': 'The file is empty (0 bytes): there is no invoice in it.',
  'file.is-pdf.empty.hint':
    'Export the invoice again from your invoicing software and upload the PDF file it saves.',
  'file.is-pdf.image':
    'This file is an image ({{format}}), not a PDF. The buyer only accepts invoices as PDF files.',
  'file.is-pdf.image.hint':
    'Export the invoice from your invoicing software as a PDF. If you only have a paper invoice, scan it to PDF (not to JPG or PNG).',
  'file.is-pdf.ubl-xml':
    'This file is a UBL e-invoice (XML), not a PDF. A real e-invoice does not belong in a PDF test: it can be sent through the e-invoicing network (Peppol) instead.',
  'file.is-pdf.ubl-xml.hint':
    'Ask the buyer whether you can send your invoices as e-invoices (UBL / Peppol) instead of PDF. For this test, upload the PDF version of the invoice.',
  'file.is-pdf.cii-xml':
    'This file is a structured e-invoice (UN/CEFACT CII XML, as used by Factur-X, ZUGFeRD and XRechnung), not a PDF.',
  'file.is-pdf.cii-xml.hint':
    'Your software already makes real e-invoices: ask the buyer whether you can send them through the e-invoicing network. For this test, upload the PDF version of the invoice.',
  'file.is-pdf.office': 'This file is an office document or a ZIP archive, not a PDF.',
  'file.is-pdf.office.hint':
    'Open the invoice in your word processor or spreadsheet and choose "Save as" or "Export" → PDF, then upload that PDF.',
  'file.is-pdf.not-pdf':
    'This file is not a PDF: its content does not start the way every PDF starts ("%PDF-"), whatever its name says.',
  'file.is-pdf.not-pdf.hint':
    'Export the invoice from your invoicing software as a PDF and upload that file. Renaming a file to .pdf does not make it a PDF.',
  'file.max-size.too-large':
    'The file is {{sizeMb}} MB; the buyer accepts at most {{limitMb}} MB per invoice.',
  'file.max-size.too-large.hint':
    'Make the PDF smaller: export it directly from your invoicing software instead of scanning it, or scan in black and white or greyscale at 300 DPI instead of colour at a higher resolution. Leave out attachments that are not part of the invoice.',
  'pdf.readable.damaged':
    "The PDF is damaged and cannot be opened, so the buyer's software cannot read it either.",
  'pdf.readable.damaged.hint':
    'Create the PDF again from your invoicing software. Do not send a file that was repaired, edited by hand or converted by an online tool.',
  'pdf.readable.truncated':
    'The PDF is incomplete: the file stops before its end, so it was probably cut off while it was saved, downloaded or uploaded.',
  'pdf.readable.truncated.hint':
    'Save or download the invoice again and check that the file opens completely before you upload it.',
  'pdf.readable.truncated-recovered':
    'The PDF is incomplete (the file has no proper end), but its pages could still be read. Some software will refuse it.',
  'pdf.readable.truncated-recovered.hint': 'Save or export the invoice again so the file is complete.',
  'pdf.readable.page-damaged': 'Page {{page}} is damaged: its content could not be read.',
  'pdf.readable.page-damaged.hint':
    'Create the PDF again from your invoicing software; do not edit or merge it with other tools.',
  'pdf.encrypted.user-password':
    "The PDF is protected with a password. The buyer's software cannot open it, so the invoice will not be processed.",
  'pdf.encrypted.user-password.hint':
    'Save the invoice without a password: in your invoicing or PDF software, turn off "protect with password" / document security before exporting.',
  'pdf.max-pages.too-many':
    'The PDF has {{pages}} pages; the buyer accepts at most {{limit}} pages per invoice.',
  'pdf.max-pages.too-many.hint':
    'Send one invoice per PDF, and leave out pages that are not part of the invoice (terms and conditions, price lists, attachments).',
  'text.layer-present.missing':
    'Page {{page}} has no text: it is only an image (a scan, or a PDF that was "printed" as a picture), so its text cannot be selected or copied.',
  'text.layer-present.missing.hint':
    'Create the PDF straight from your invoicing software with "Save as PDF" or "Export to PDF", instead of scanning a printout or printing to an image.',
  // --- invoice fields ---
  'field.invoiceNumber': 'the invoice number',
  'field.issueDate': 'the invoice date',
  'field.dueDate': 'the due date',
  'field.currency': 'the currency',
  'field.totalAmount': 'the invoice total',
  'field.payableAmount': 'the amount due',
  'field.taxAmount': 'the VAT amount',
  'field.netAmount': 'the amount excluding VAT',
  'field.sellerName': 'your company name',
  'field.sellerVatId': 'your VAT number',
  'field.sellerKvk': 'your KvK (Chamber of Commerce) number',
  'field.iban': 'the IBAN',
  'field.buyerName': "the buyer's name",
  'field.buyerVatId': "the buyer's VAT number",
  'field.buyerReference': "the buyer's reference",
  'field.orderReference': 'the purchase order number',
  'field.label.invoiceNumber': 'Invoice number',
  'field.label.issueDate': 'Invoice date',
  'field.label.dueDate': 'Due date',
  'field.label.currency': 'Currency',
  'field.label.totalAmount': 'Total incl. VAT',
  'field.label.payableAmount': 'Amount due',
  'field.label.taxAmount': 'VAT',
  'field.label.netAmount': 'Total excl. VAT',
  'field.label.sellerName': 'your company name at the top',
  'field.label.sellerVatId': 'VAT number',
  'field.label.sellerKvk': 'KvK',
  'field.label.iban': 'IBAN',
  'field.label.buyerName': 'the buyer in the address block',
  'field.label.buyerVatId': "Buyer's VAT number",
  'field.label.buyerReference': 'Your reference',
  'field.label.orderReference': 'Purchase order number',
  'channel.text': 'in the text of the PDF',
  'channel.ocr': 'on the page image (by text recognition)',
  'fields.required.missing':
    "{{Field}} could not be found {{channel}}. The buyer's software needs it to process the invoice.",
  'fields.required.missing.hint':
    'Put {{field}} on the invoice next to a clear label, for example "{{label}}: …". In most invoicing software this is a standard field of the invoice layout.',
  'fields.required.missing-labelled':
    "{{Field}} could not be found {{channel}}. The buyer's software looks for it next to a label such as {{labels}}.",
  'fields.required.missing-labelled.hint':
    'Put {{field}} on the invoice next to one of these labels: {{labels}}. You can usually change labels in the invoice layout of your invoicing software.',
  'fields.pattern.mismatch':
    '{{Field}} on the invoice is "{{value}}", which does not have the form the buyer requires.',
  'fields.pattern.mismatch.hint':
    "Check the buyer's instructions for {{field}} and correct it in your invoicing software.",
  'fields.pattern.too-long':
    '{{Field}} "{{value}}" is {{length}} characters long; the buyer\'s software accepts at most {{maxLength}}.',
  'fields.pattern.too-long.hint': 'Shorten {{field}} (at most {{maxLength}} characters).',
  'fields.pattern.not-allowed':
    '{{Field}} on the invoice is "{{value}}"; the buyer accepts only: {{allowed}}.',
  'fields.pattern.not-allowed.hint': 'Use one of the values the buyer accepts for {{field}}: {{allowed}}.',
  'fields.pattern.not-equal':
    '{{Field}} on the invoice is "{{value}}", but the buyer requires "{{expected}}".',
  'fields.pattern.not-equal.hint': 'Put "{{expected}}" on the invoice as {{field}}.',
  'fields.valid-iban.invalid':
    'The IBAN {{value}} on the invoice is not a valid bank account number (its check digits do not match), so a payment to it would fail.',
  'fields.valid-iban.incomplete':
    'The IBAN {{value}} on the invoice is incomplete or too long: an IBAN from {{country}} has {{length}} characters. It may be split over two lines or cut off.',
  'fields.valid-iban.incomplete.hint':
    'Print the IBAN in full on one line, in groups of four characters (NL91 ABNA 0417 1643 00), next to the label "IBAN".',
  'fields.valid-iban.invalid.hint':
    "Check the IBAN in your invoicing software's company settings character by character; copy it from a bank statement.",
  'fields.valid-vat-id.checksum':
    '{{Field}} {{value}} is not a valid VAT identification number: its check digits are wrong.',
  'fields.valid-vat-id.checksum.hint':
    'Check the VAT number in your invoicing software character by character. You can verify a VAT number with the EU VIES service.',
  'fields.valid-vat-id.format':
    '{{Field}} {{value}} does not have the form of a VAT identification number from {{country}}.',
  'fields.valid-vat-id.format.hint':
    'A VAT number starts with its country code, followed by the national number (in the Netherlands: NL, nine digits, B and two digits, e.g. NL123456789B01). Correct it in your invoicing software.',
  'fields.valid-kvk.invalid':
    'The KvK number {{value}} on the invoice is not a valid Chamber of Commerce number: it must be exactly 8 digits.',
  'fields.valid-kvk.invalid.hint':
    'Check the KvK number in your invoicing software against your registration at the Chamber of Commerce (KvK).',
  'fields.buyer-matches.not-found':
    'The invoice does not name the buyer ({{expected}}): its name, VAT number and KvK number could not be found {{channel}}.',
  'fields.buyer-matches.not-found.hint':
    'Address the invoice to {{expected}}: put its name (and VAT number) in the address block of the invoice.',
  'fields.buyer-matches.vat-id':
    "The invoice is addressed to VAT number {{found}}, but the buyer's VAT number is {{expected}}.",
  'fields.buyer-matches.vat-id.hint':
    "Correct the customer's VAT number in your invoicing software to {{expected}}.",
  'fields.buyer-matches.name': 'The invoice is addressed to "{{found}}", not to {{expected}}.',
  'fields.buyer-matches.name.hint':
    'Address the invoice to {{expected}}: correct the customer name in your invoicing software.',
  'fields.buyer-matches.field':
    '{{Field}} on the invoice is "{{found}}", but it must be the buyer\'s "{{expected}}".',
  'fields.buyer-matches.field.hint': 'Put "{{expected}}" on the invoice as {{field}}.',
  'fields.currency-allowed.not-allowed':
    'The invoice is in {{currency}}; the buyer accepts invoices in {{allowed}} only.',
  'fields.currency-allowed.not-allowed.hint':
    'Make the invoice out in {{allowed}}; ask the buyer first if you cannot.',
  'fields.currency-allowed.unknown':
    'The currency "{{currency}}" on the invoice is not a valid currency code (ISO 4217).',
  'fields.currency-allowed.unknown.hint': 'Use the official three-letter currency code, such as EUR.',
  'fields.date-not-in-future.future':
    '{{Field}} is {{date}}, which is in the future (the check ran on {{today}}).',
  'fields.date-not-in-future.future.hint':
    'Date the invoice on the day you send it, or earlier. Check the date setting of your invoicing software.',
  'fields.date-max-age.too-old':
    '{{Field}} is {{date}}, {{days}} days ago; the buyer accepts invoices up to {{maxAgeDays}} days old.',
  'fields.date-max-age.too-old.hint':
    'Send invoices promptly, or ask the buyer how to submit an older invoice.',
  'fields.ambiguous.close-candidates':
    "The invoice shows several values for {{field}} ({{values}}). The buyer's software has to guess which one is meant.",
  'fields.ambiguous.close-candidates.hint':
    'Show {{field}} once, next to a clear label; leave other numbers or dates without that label.',
  'fields.ambiguous.unlabelled-dates':
    "The invoice has several dates ({{values}}) and none is labelled as the invoice date, so the buyer's software may take the wrong one.",
  'fields.ambiguous.unlabelled-dates.hint':
    'Put the label "Invoice date" (Factuurdatum) in front of the invoice date.',
  'fields.ambiguous.totals-disagree':
    "The invoice shows different totals ({{values}}) that do not add up with the VAT, so the buyer's software may take the wrong amount.",
  'fields.ambiguous.totals-disagree.hint':
    'Show one total including VAT, labelled "Total incl. VAT", with the amount excluding VAT and the VAT above it.',
  'fields.channels-agree.mismatch':
    '{{Field}} reads "{{text}}" in the text of the PDF, but "{{ocr}}" on the page image. Software that reads both may take either.',
  'fields.channels-agree.mismatch.hint':
    'Create the PDF straight from your invoicing software. A PDF whose text layer differs from what is shown was edited or converted badly.',
  'totals.sum-matches.mismatch':
    'The amounts do not add up: {{net}} excluding VAT + {{tax}} VAT = {{sum}}, but the invoice total is {{total}}.',
  'totals.sum-matches.mismatch.hint':
    'Correct the amounts in your invoicing software so that the amount excluding VAT plus the VAT equals the total.',
  'totals.sum-matches.vat-lines':
    'The VAT lines add up to {{sum}}, but the VAT total on the invoice is {{tax}}.',
  'totals.sum-matches.vat-lines.hint': 'Make the VAT total equal to the sum of the VAT per rate.',
  'totals.sum-matches.vat-rate':
    'The VAT at {{rate}}% of {{base}} is {{expected}}, but the invoice says {{amount}}.',
  'totals.sum-matches.vat-rate.hint':
    'Check the VAT rate and the VAT amount of this line in your invoicing software.',
  'vat.reverse-charge.missing-buyer-vat':
    'The invoice says the VAT is reverse-charged ("{{text}}"), but it does not show the buyer\'s VAT number, which is then required.',
  'vat.reverse-charge.missing-buyer-vat.hint':
    'Add the buyer\'s VAT number to the invoice, labelled for example "VAT number customer" (btw-nummer afnemer).',
  'nl.legal-fields.missing':
    'A Dutch invoice must state {{field}} (article 35a of the Dutch VAT Act), but it could not be found {{channel}}.',
  'nl.legal-fields.missing.hint': 'Put {{field}} on the invoice, next to a clear label such as "{{label}}".',
  'einvoice.matches-printed.mismatch':
    "{{Field}} printed on the invoice ({{printed}}) differs from the one in the attached e-invoice ({{embedded}}). The buyer's software may read either.",
  'einvoice.matches-printed.mismatch.hint':
    'Make the PDF and its attached e-invoice (Factur-X / ZUGFeRD / UBL) from the same data, in one step of your invoicing software.',
  'run.check-failed':
    'Not every check could be run ({{checks}}), so the invoice could not be checked completely.',
  'run.stage-failed':
    'A step of the check ({{stage}}) failed, so the invoice could not be checked completely.',
  'run.timed-out':
    'The check took longer than {{seconds}} seconds and was stopped, so this invoice could not be checked completely.',
  'run.failed':
    'The check could not be completed because of an internal error. The invoice itself may be fine.',
  'run.interrupted':
    'The check was interrupted several times (for example by a restart) and has been given up.',
} as const;

/** Every message id; the Dutch catalogue must have exactly these. */
export type MessageId = keyof typeof en;
