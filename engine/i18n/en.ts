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
    'The file is {{size}}; the buyer accepts at most {{limit}} per invoice. Sent by e-mail it takes about {{emailSize}}.',
  'file.max-size.too-large.hint':
    'Make the PDF smaller: export it directly from your invoicing software instead of scanning it, or scan in black and white or greyscale at 300 DPI instead of colour at a higher resolution. Leave out attachments that are not part of the invoice.',
  'file.max-size.email-too-large':
    "The file is {{size}}, but sent by e-mail it takes about {{emailSize}}: e-mail encodes attachments, which makes them about a third larger. The buyer's mailbox accepts e-mails of at most {{limit}}, so this invoice would bounce.",
  'file.max-size.email-too-large.hint':
    'Make the PDF smaller: export it directly from your invoicing software instead of scanning it, scan in black and white or greyscale at 300 DPI, and send one invoice per e-mail without other attachments.',
  'file.max-page-side.too-large':
    "Page {{page}} is {{widthMm}} × {{heightMm}} mm; the buyer's software accepts pages of at most {{limitMm}} mm ({{limitIn}} inches) on their longest side, so it will not read this page.",
  'file.max-page-side.too-large.hint':
    'Set the page size to A4 in your invoicing software (or "Fit to A4" when saving as PDF) and export the invoice again.',
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
  'pdf.readable.structure-damaged':
    "The PDF's inner structure is damaged: parts of the file point to places that do not exist or cannot be read. The pages may look fine on your screen, but the buyer's software stops reading such a file.",
  'pdf.readable.structure-damaged.hint':
    'Export or print the invoice to PDF again from your invoicing software and upload the new file. Do not send a file that was repaired, edited by hand or converted by an online tool.',
  'pdf.readable.page-damaged': 'Page {{page}} is damaged: its content could not be read.',
  'pdf.readable.page-damaged.hint':
    'Create the PDF again from your invoicing software; do not edit or merge it with other tools.',
  'pdf.encrypted.user-password':
    "The PDF is protected with a password. The buyer's software cannot open it, so the invoice will not be processed.",
  'pdf.encrypted.user-password.hint':
    'Save the invoice without a password: in your invoicing or PDF software, turn off "protect with password" / document security before exporting.',
  'pdf.resource-limits.exceeded':
    "Parts of the PDF ({{count}} in all) are so large that reading them would take too long or too much memory: for example a compressed part that unpacks to gigabytes, or a page with hundreds of thousands of drawing instructions. Those parts were skipped, so the buyer's software will probably not read this invoice either.",
  'pdf.resource-limits.exceeded.hint':
    'Create the PDF again straight from your invoicing software with "Save as PDF" or "Export to PDF", without editing it in other tools. If there is a large picture or logo on the invoice, use a smaller one.',
  'pdf.max-pages.too-many':
    'The PDF has {{pages}} pages; the buyer accepts at most {{limit}} pages per invoice.',
  'pdf.max-pages.too-many.hint':
    'Send one invoice per PDF, and leave out pages that are not part of the invoice (terms and conditions, price lists, attachments).',
  'text.layer-present.missing':
    'Page {{page}} has no text: it is only an image (a scan, or a PDF that was "printed" as a picture), so its text cannot be selected or copied.',
  'text.layer-present.too-little':
    "Page {{page}} has only {{chars}} characters of text; the buyer's software needs at least {{minChars}} on every page to read it as text.",
  'text.layer-present.too-little.hint':
    'Check that the whole invoice text is real text in the PDF (you can select it) and not part of a picture, such as a logo or a scanned letterhead holding the details.',
  'text.min-height.field-too-small':
    "{{Field}} ({{value}}) on page {{page}} is printed in {{smallestPt}}-point text; the buyer's software reads text of {{minPt}} points or larger reliably, so it may misread or skip it.",
  'text.min-height.field-too-small.hint':
    'Print the invoice details (numbers, dates, amounts) in a font size of at least {{minPt}} points; 9 to 11 points is usual.',
  'text.min-height.page-too-small':
    "Most of the text on page {{page}} ({{share}}%) is smaller than {{minPt}} points (the smallest is {{smallestPt}} points); the buyer's software does not read text that small reliably.",
  'text.min-height.page-too-small.hint':
    'Use a font size of at least {{minPt}} points; do not shrink the invoice to fit on one page.',
  'text.min-height.fine-print':
    "Part of the text on page {{page}} ({{share}}%) is smaller than {{minPt}} points (the smallest is {{smallestPt}} points); the buyer's software may not read it.",
  'text.min-height.fine-print.hint':
    'Keep invoice details out of the fine print, or print it in at least {{minPt}} points.',
  'ocr.image-side.too-small':
    "The image on page {{page}} is {{widthPx}} × {{heightPx}} pixels; the buyer's software needs at least {{minPx}} pixels on each side, so it cannot read it.",
  'ocr.image-side.too-small.hint':
    'Scan the invoice again at 300 DPI (an A4 page is then about 2480 × 3508 pixels), or better, export it from your invoicing software as a PDF.',
  'ocr.image-side.too-large':
    "The image on page {{page}} is {{widthPx}} × {{heightPx}} pixels; the buyer's software accepts at most {{maxPx}} pixels on a side, so it will refuse it.",
  'ocr.image-side.too-large.hint':
    'Scan the invoice at 300 DPI instead of a higher resolution, or export it from your invoicing software as a PDF.',
  'text.layer-present.missing.hint':
    'Create the PDF straight from your invoicing software with "Save as PDF" or "Export to PDF", instead of scanning a printout or printing to an image.',
  // --- PDF analysis and e-invoices ---
  'pdf.version-allowed.too-old':
    'The PDF is version {{version}}; the buyer accepts version {{min}} or newer.',
  'pdf.version-allowed.too-old.hint':
    'Export the invoice again from your invoicing software with a current PDF setting (PDF 1.4 or newer, or PDF/A), instead of using an old PDF printer.',
  'pdf.version-allowed.too-new':
    "The PDF is version {{version}}; the buyer's software reads PDF up to version {{max}}.",
  'pdf.version-allowed.too-new.hint':
    'In the PDF settings of your invoicing software choose a widely supported format such as "PDF 1.7" or "PDF/A-2b" instead of PDF 2.0.',
  'pdf.permissions.restricted':
    'The PDF is secured with an owner password: it opens, but it forbids {{denied}}. Capture software that respects these restrictions will not read the invoice.',
  'pdf.permissions.restricted.hint':
    'Save the invoice without document security: in your invoicing or PDF software turn off "secure PDF" or "restrict printing, copying and editing" before exporting.',
  'pdf.permissions.encrypted':
    'The PDF is encrypted ({{algorithm}}), although it opens without a password. Some capture software refuses every encrypted PDF.',
  'pdf.permissions.encrypted.hint':
    'Save the invoice without document security (no password and no restrictions) and send that PDF.',
  'pdf.permissions.term.print': 'printing',
  'pdf.permissions.term.copy': 'copying or extracting the text',
  'pdf.permissions.term.modify': 'changing it',
  'pdf.permissions.term.annotate': 'adding comments',
  'pdf.permissions.term.fillForms': 'filling in forms',
  'pdf.permissions.term.extractForAccessibility': 'reading the text for accessibility',
  'pdf.permissions.term.assemble': 'combining or splitting pages',
  'pdf.permissions.term.printHighQuality': 'printing in full quality',
  'pdf.pdfa-required.missing':
    'The buyer requires PDF/A (the archivable form of PDF), but this PDF does not declare itself PDF/A.',
  'pdf.pdfa-required.missing.hint':
    'Choose PDF/A (for example PDF/A-2b or PDF/A-3b) as the export format in your invoicing software or PDF printer, and send that file.',
  'fonts.embedded.missing':
    "Page {{page}} uses fonts that are not included in the PDF: {{fonts}}. Another computer shows the text in a substitute font, which can shift or garble it for the buyer's software.",
  'fonts.embedded.missing.hint':
    'Turn on "embed all fonts" (or choose PDF/A) in the PDF export settings of your invoicing software and export the invoice again.',
  'fonts.unicode-mapping.missing':
    'On page {{page}}, text in {{fonts}} cannot be turned back into characters: the PDF holds no character table for that font. Software that reads the text layer gets meaningless characters instead of your invoice data.',
  'fonts.unicode-mapping.missing.hint':
    'Export the invoice again with "embed fonts" or PDF/A turned on, or use a common font such as Arial. Avoid PDF printers that store text as glyph numbers.',
  'images.min-dpi.low':
    "Page {{page}} holds an image (a scan or photo) of only {{dpi}} DPI; the buyer's software needs at least {{minDpi}} DPI to read it reliably.",
  'images.min-dpi.low.hint':
    'Best: export the invoice from your invoicing software as PDF instead of scanning a printout. If you must scan, scan at 300 DPI in black and white or greyscale.',
  'pages.size-allowed.not-allowed':
    'Page {{page}} is {{widthMm}} × {{heightMm}} mm; the buyer accepts only {{sizes}}.',
  'pages.size-allowed.not-allowed.hint':
    'Set the paper size to {{sizes}} in the page or print settings of your invoicing software and export the invoice again.',
  'pages.size-allowed.unusual':
    'Page {{page}} has an unusual size ({{widthMm}} × {{heightMm}} mm). Capture software scales such pages, which can make the text too small to read or cut it off.',
  'pages.size-allowed.unusual.hint':
    'Set the paper size to A4 in the page or print settings of your invoicing software and export the invoice again.',
  'pages.first-not-blank.blank':
    "The first page is empty. The buyer's software expects the invoice on page 1 and may skip or reject the file.",
  'pages.first-not-blank.blank.hint':
    'Remove the empty first page (or cover sheet) so the invoice starts on page 1, then export it again.',
  'text.garbled.characters':
    "{{percent}}% of the text on page {{page}} consists of characters that are not real text (such as �). The buyer's software reads the text layer and gets these characters instead of your invoice data.",
  'text.garbled.characters.hint':
    'Export the invoice again with "embed fonts" or PDF/A turned on, or use a common font such as Arial. Avoid PDF printers or converters that mangle the text.',
  'text.garbled.no-language':
    'The text on page {{page}} reads as gibberish ("{{sample}}"): the page looks right, but its text layer holds other characters, so the buyer\'s software reads nonsense.',
  'text.garbled.no-language.hint':
    'The font is included without a proper character table. Export the invoice again with a common font such as Arial, or choose PDF/A in the export settings.',
  'content.single-invoice.several-numbers':
    "This PDF seems to hold {{count}} invoices (invoice numbers {{numbers}}). The buyer's software treats one PDF as one invoice.",
  'content.single-invoice.numbering-restarts':
    'The page numbering starts again on page {{page}} ("{{label}}"), so this PDF seems to hold several invoices. The buyer\'s software treats one PDF as one invoice.',
  'content.single-invoice.seller-changes':
    "Page {{page}} shows another supplier ({{after}}) than the pages before it ({{before}}), so this PDF seems to hold invoices of different suppliers. The buyer's software treats one PDF as one invoice.",
  'content.single-invoice.hint':
    'Send each invoice as its own PDF file. Most invoicing software has a setting for one PDF per invoice when you send several at once.',
  'content.no-javascript.present':
    'The PDF contains JavaScript ({{where}}). Mail and capture systems often block or quarantine PDFs with scripts, so the invoice may never arrive.',
  'content.no-javascript.present.hint':
    'Export the invoice as a plain PDF or as PDF/A (which does not allow scripts), without interactive features.',
  'content.no-javascript.term.open-action': 'run when the file is opened',
  'content.no-javascript.term.document': 'document scripts',
  'content.no-javascript.term.page': 'on a page',
  'content.no-javascript.term.annotation': 'in a link or annotation',
  'content.no-javascript.term.form-field': 'in a form field',
  'content.no-forms.filled-field':
    'Page {{page}} has a filled-in form field ("{{name}}"). Its value is not part of the page text, so software that reads the text layer may miss it.',
  'content.no-forms.filled-field.hint':
    'Flatten the form before sending (for example with "print to PDF" or "flatten form fields"), so the values become part of the page.',
  'content.no-forms.xfa':
    'The PDF is an XFA form. Most PDF readers and capture software show such a form as an empty page or a "please wait" message.',
  'content.no-forms.xfa.hint':
    'Save the invoice as an ordinary PDF, for example by printing the form to PDF, and send that file.',
  'einvoice.embedded.found':
    'Good news: this PDF carries a real e-invoice ({{profileName}}, attached as {{fileName}}): {{summary}}. Your invoicing software already makes structured e-invoices.',
  'einvoice.embedded.found.hint':
    'Ask the buyer whether you may send your invoices as e-invoices (UBL through Peppol) instead of as PDF: the data then arrives exactly, without any scanning.',
  'einvoice.embedded.unreadable':
    'This PDF carries an e-invoice ({{fileName}}), but it cannot be read: {{reason}}. E-invoicing software that uses the attachment will reject it.',
  'einvoice.embedded.unreadable.hint':
    'Ask the supplier of your invoicing software to correct the attached e-invoice XML, or turn off the Factur-X / ZUGFeRD attachment.',
  'einvoice.xml-uploaded.ubl':
    'This file is an e-invoice in UBL format (XML), not a PDF: {{summary}}. A real e-invoice does not belong in a PDF test: it can go straight to the buyer through the e-invoicing network (Peppol).',
  'einvoice.xml-uploaded.cii':
    'This file is a structured e-invoice in CII format (XML, as used by Factur-X, ZUGFeRD and XRechnung), not a PDF: {{summary}}. It belongs in the e-invoicing channel, not in a PDF test.',
  'einvoice.xml-uploaded.unreadable':
    'This file is an e-invoice (XML), not a PDF, and its content cannot be read: {{reason}}.',
  'einvoice.xml-uploaded.hint':
    'Your software already makes real e-invoices: ask the buyer whether you may send them through the e-invoicing network (Peppol) instead of PDF. For this PDF test, upload the PDF version of the invoice.',
  'einvoice.term.invoice': 'invoice {{value}}',
  'einvoice.term.dated': 'dated {{value}}',
  'einvoice.term.total': 'total {{value}}',
  'einvoice.term.seller-vat': 'seller VAT id {{value}}',
  'einvoice.term.no-data': 'no invoice data found',
  'einvoice.term.invalid-xml': 'it is not valid XML (for example a wrong character-encoding declaration)',
  'einvoice.term.too-large': 'it is too large',
  'einvoice.term.undecodable': 'it cannot be unpacked from the PDF',
  'einvoice.term.not-an-invoice': 'it is XML, but not a CII or UBL invoice',
  'software.can-send-einvoice.peppol':
    'This PDF was made with {{software}}, which can send invoices as e-invoices through Peppol.',
  'software.can-send-einvoice.peppol.hint': '{{howTo}}',
  'software.can-send-einvoice.ubl':
    'This PDF was made with {{software}}, which can make your invoices as UBL e-invoice files.',
  'software.can-send-einvoice.ubl.hint': '{{howTo}}',
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
  'fields.valid-iban.national-key':
    "The IBAN {{value}} on the invoice has matching IBAN check digits, but the account number inside it fails its country's own check (the bank's key, such as France's clé RIB), so a payment to it would fail.",
  'fields.valid-iban.national-key.hint':
    "Copy the IBAN again from a bank statement or your bank's website: a digit in the account number (not in the first four characters) is probably wrong.",
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
  'fields.seller-matches.iban':
    'The IBAN {{found}} on the invoice is not the bank account the buyer has on file for you ({{onFile}}). The buyer will not pay into an account it does not know.',
  'fields.seller-matches.iban.hint':
    'Put the IBAN the buyer knows on the invoice. Has your bank account changed? Tell the buyer through its own procedure for changed bank details (ask your contact there), never through a sample invoice: a sample does not change the account the buyer pays into.',
  'fields.seller-matches.vat-id':
    'The VAT number {{found}} on the invoice is not the VAT number the buyer has on file for you ({{expected}}).',
  'fields.seller-matches.vat-id.hint':
    'Check the VAT number in your invoicing software. If {{expected}} is wrong, ask the buyer to correct it in its records.',
  'fields.seller-matches.kvk':
    'The KvK number {{found}} on the invoice is not the KvK number the buyer has on file for you ({{expected}}).',
  'fields.seller-matches.kvk.hint':
    'Check the KvK number in your invoicing software. If {{expected}} is wrong, ask the buyer to correct it in its records.',
  'fields.seller-matches.name':
    'Your company name on the invoice, "{{found}}", differs from the name the buyer has on file for you ({{expected}}).',
  'fields.seller-matches.name.hint':
    'Use the same company name as in your registration with the buyer, so its software finds you among its suppliers.',
  'fields.currency-allowed.not-allowed':
    'The invoice is in {{currency}}; the buyer accepts invoices in {{allowed}} only.',
  'fields.currency-allowed.not-allowed.hint':
    'Make the invoice out in {{allowed}}; ask the buyer first if you cannot.',
  'fields.currency-allowed.unknown':
    'The currency "{{currency}}" on the invoice is not a valid currency code (ISO 4217).',
  'fields.currency-allowed.withdrawn':
    'The invoice is in {{currency}}, a currency that is no longer in use since {{since}}; use {{replacement}}.',
  'fields.currency-allowed.withdrawn.hint':
    'Set the currency of the invoice to {{replacement}} in your invoicing software, and state the amounts in {{replacement}}.',
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
  'fields.channels-agree.ocr-misread':
    '{{Field}} is "{{text}}" in the text of the PDF, and the page shows the same, but OCR software reads it as "{{ocr}}". That is a reading slip of OCR software, not a fault in your PDF; a buyer whose software reads the page image may still capture the wrong value.',
  'fields.channels-agree.ocr-misread.hint':
    'Nothing needs to change in your PDF. To help OCR software, print {{field}} in a plain font of at least 10 points.',
  'fields.channels-agree.unconfirmed':
    '{{Field}} is "{{text}}" in the text of the PDF; OCR software read "{{ocr}}" on the page image, but that image ({{dpi}} DPI) is too coarse to confirm either: the value is only {{textPx}} pixels high, and at that size OCR often misreads a digit. The text of the PDF is probably right; software that reads the page image may capture the wrong value.',
  'fields.channels-agree.unconfirmed.hint':
    'Nothing needs to change if your PDF comes straight from your invoicing software. To let software that reads the page image read {{field}} reliably, print it at least {{minPt}} points high.',
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
  // --- OCR channel (issue 5) ---
  'file.is-pdf.image-no-text':
    'This file is an image ({{format}}). The buyer accepts images, but its software reads only the text inside PDF files, and an image has none.',
  'file.is-pdf.image-no-text.hint':
    'Export the invoice from your invoicing software as a PDF (not as an image or a scan), so its text can be read.',
  'ocr.readable-page.not-drawable':
    'Page {{page}} cannot be drawn as an image, so software that reads the page image sees nothing there.',
  'ocr.readable-page.not-drawable.hint':
    'Create the PDF again from your invoicing software with "Save as PDF" or "Export to PDF"; do not edit or repair it with other tools.',
  'ocr.readable-page.image-unreadable':
    'The image cannot be read: the file is damaged or in a form that image software cannot open.',
  'ocr.readable-page.image-unreadable.hint':
    'Scan or export the invoice again, preferably as a PDF, and check that the file opens before you upload it.',
  'ocr.readable-page.text-not-visible':
    "Page {{page}} contains text ({{chars}} characters) that you can select or copy, but it is not visible on the page itself: the buyer's software, which reads the page as an image, finds nothing readable there. This happens with white or invisible text, or text hidden behind an image.",
  'ocr.readable-page.text-not-visible.hint':
    'Make sure the invoice text is printed in a dark colour and not covered by a background image. Export the PDF straight from your invoicing software instead of adding text with a PDF editor.',
  'ocr.readable-page.illegible':
    "Page {{page}} shows something, but text recognition (OCR) cannot read a single word on it. The buyer's software will not be able to read this page.",
  'ocr.readable-page.illegible.hint':
    'Send a sharper version: export the invoice from your invoicing software as a PDF, or scan it again at 300 DPI in black and white or greyscale, straight and clean.',
  'ocr.min-confidence.low':
    "Page {{page}} is hard to read for text recognition (OCR): it is read with only {{confidence}}% certainty, while the buyer's software needs at least {{limit}}%. Amounts and numbers may be read wrongly.",
  'ocr.min-confidence.low.hint':
    'Export the invoice directly from your invoicing software as a PDF instead of scanning or photographing it. If you must scan: 300 DPI, greyscale or black and white, the page straight and clean, no strong compression.',
  'ocr.text-height.too-small':
    'The text on page {{page}} is too small to read reliably: most of the invoice text has letters only {{xHeightPx}} pixels high at {{dpi}} DPI ("{{text}}"), and the buyer\'s software needs at least {{limit}} pixels.',
  'ocr.text-height.too-small.hint':
    'Use a larger font for the invoice details (at least 8 to 9 points), or scan at a higher resolution (300 DPI).',
  'ocr.text-height.field-too-small':
    "{{Field}} ({{value}}) on page {{page}} is printed too small to read reliably: its letters are {{xHeightPx}} pixels high at {{dpi}} DPI, and the buyer's software needs at least {{limit}} pixels.",
  'ocr.text-height.field-too-small.hint':
    'Print the invoice details (numbers, dates, amounts) in a font of at least 8 to 9 points, or scan at a higher resolution (300 DPI).',
  'ocr.text-height.fine-print':
    'Some text on page {{page}} is small: its letters are {{xHeightPx}} pixels high at {{dpi}} DPI ("{{text}}"), below the {{limit}} pixels the buyer\'s software reads reliably. The invoice details are large enough; this text may not be read.',
  'ocr.text-height.fine-print.hint':
    'Keep the invoice details (numbers, dates, amounts) out of the small print.',
  'ocr.skew.tilted':
    "Page {{page}} is tilted by {{degrees}} degrees; the buyer's software accepts at most {{limit}} degrees.",
  'ocr.skew.tilted.hint':
    'Put the paper straight in the scanner (or switch on its "straighten" or "deskew" setting). Better still: export the invoice from your invoicing software as a PDF.',
  'ocr.page-orientation.turned':
    "Page {{page}} is {{how}}: the buyer's software reads it as it lies, so it cannot read the invoice.",
  'ocr.page-orientation.turned.hint':
    'Turn the page upright in your scanning or PDF software (or put the sheet in the scanner with its top edge first) and save the PDF again. Better still: export the invoice from your invoicing software as a PDF.',
  'channels.agree.number-differs':
    "On page {{page}}, the text inside the PDF says {{textValue}} but the page shows {{ocrValue}}. The buyer's software may book the wrong amount or number.",
  'channels.agree.number-differs.hint':
    'The PDF contains hidden text that does not match what is printed. This happens when a PDF is edited afterwards or when its text recognition went wrong. Create the PDF again straight from your invoicing software, and never change amounts in a PDF editor.',
  'channels.agree.number-unconfirmed':
    'On page {{page}}, the text inside the PDF says {{textValue}}; OCR software read {{ocrValue}} there, but the page image it read ({{dpi}} DPI) is too coarse to confirm either: the text is only {{textPx}} pixels high, and at that size OCR often misreads a digit. The text inside the PDF is probably right; software that reads the page image may capture the wrong number.',
  'channels.agree.number-unconfirmed.hint':
    'Nothing needs to change if your PDF comes straight from your invoicing software. To let software that reads the page image read amounts and numbers reliably, print them at least {{minPt}} points high.',
  'channels.agree.text-garbled':
    'The text inside page {{page}} does not match what the page shows: the text reads "{{textSample}}", the page shows "{{ocrSample}}" (only {{agreementPercent}}% of the words agree). The buyer\'s software reads the wrong text.',
  'channels.agree.text-garbled.hint':
    'This is usually caused by fonts that are not embedded properly. Export the PDF again from your invoicing software with "embed fonts" switched on, or use a standard font such as Arial.',
  'run.ocr-failed':
    'Text recognition (OCR) failed on page {{pages}}, so the invoice could not be checked completely. This is a problem on our side, not necessarily in your invoice.',
  'run.ocr-timed-out':
    'Text recognition (OCR) took too long on page {{pages}} and was stopped, so the invoice could not be checked completely.',
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
  'run.out-of-memory':
    'The check needed too much memory and was stopped. This is often caused by a file with an extremely large compressed part; save the invoice again as a plain PDF and try once more.',
  'verdict.accepted': "{{buyer}}'s software can read and process this invoice.",
  'verdict.rejected': "{{buyer}}'s software cannot process this invoice as it is.",
  'verdict.rejected.unreadable': "{{buyer}}'s software cannot read this invoice properly.",
  'verdict.rejected.data':
    "{{buyer}}'s software can read this invoice, but some details are missing or incorrect.",
  'verdict.rejected.delivery': 'This invoice will not reach {{buyer}} as it is.',
  'verdict.also.data': 'Also, some details are missing or incorrect.',
  'verdict.also.delivery': 'Also, the invoice will not arrive as it is.',
  'verdict.undetermined':
    "The check could not be finished, so it is not yet known whether {{buyer}}'s software can read this invoice.",
  'verdict.the-buyer': 'the buyer',
  'verdict.checks-passed': '{{passed}} of {{run}} checks passed',
  'mail.size.too-large':
    "The e-mail is {{size}}; the buyer's invoice mailbox accepts at most {{limit}} per message (attachments count about 37% larger in an e-mail than on disk). The message would be bounced or lost.",
  'mail.size.too-large.hint':
    'Send one invoice per e-mail and leave out other attachments (terms and conditions, brochures). Make the PDF smaller: export it straight from your invoicing software instead of scanning it.',
  'mail.pdf-count.too-many':
    "This e-mail holds {{count}} PDF files ({{names}}). The buyer's software reads every PDF as a separate invoice, so it would book {{count}} invoices or refuse the message.",
  'mail.pdf-count.too-many.hint':
    'Send exactly one invoice PDF per e-mail. Put terms and conditions or other documents on your website or send them once, separately, not with every invoice.',
  'mail.other-attachments.not-allowed':
    "The attachment {{name}} ({{kind}}) may not ride along with the invoice: the buyer's mailbox accepts {{allowed}} besides the invoice PDF.",
  'mail.other-attachments.not-allowed.hint':
    "Send only the invoice PDF in the e-mail. Remove other files from the invoice e-mail in your invoicing software's e-mail settings.",
  'mail.other-attachments.forwarded':
    "The attachment {{name}} is a whole e-mail (a forwarded message). The buyer's software does not open e-mails inside e-mails, so an invoice in it is not found.",
  'mail.other-attachments.forwarded.hint':
    'Do not forward the invoice e-mail as an attachment: send a new e-mail with the invoice PDF attached directly.',
  'mail.other-attachments.too-many':
    'This e-mail has {{count}} attachments; only the first {{max}} were read. A mailbox refuses or mishandles a message with that many parts.',
  'mail.other-attachments.too-many.hint': 'Send one invoice PDF per e-mail, without other attachments.',
  'mail.attachment-name.missing':
    'The PDF attachment has no file name. Some capture software skips attachments without a name.',
  'mail.attachment-name.missing.hint':
    'Attach the invoice as a file with a name ending in .pdf, for example factuur-2024-001.pdf.',
  'mail.attachment-name.characters':
    "The file name {{name}} contains characters the buyer's software does not accept: {{characters}}.",
  'mail.attachment-name.characters.hint':
    "Name the file with letters, digits, dashes and dots only, for example factuur-2024-001.pdf. Set the file name in your invoicing software's export or e-mail settings.",
  'mail.attachment-name.too-long':
    "The file name {{name}} is {{length}} characters long; the buyer's software accepts at most {{max}}.",
  'mail.attachment-name.too-long.hint':
    "Use a shorter file name, for example only the word 'factuur' and the invoice number.",
  'mail.attachment-name.pattern':
    'The file name {{name}} does not have the form the buyer asks for ({{pattern}}).',
  'mail.attachment-name.pattern.hint':
    "Name the file the way the buyer asks (often the invoice number in the name); set this in your invoicing software's export settings.",
  'mail.attachment-name.not-pdf-name':
    'The attachment {{name}} is a PDF, but its name does not end in .pdf (declared as {{contentType}}). Capture software that goes by the name skips it.',
  'mail.attachment-name.not-pdf-name.hint': "Make sure the attached invoice's name ends in .pdf.",
  'mail.attachment-name.not-a-pdf':
    "The attachment {{name}} is named or declared as a PDF, but its content is {{kind}}, not a PDF. The buyer's software cannot read it as an invoice.",
  'mail.attachment-name.not-a-pdf.hint':
    'Attach the real PDF exported from your invoicing software; do not rename other files to .pdf.',
  'mail.no-attachment.body-invoice':
    "This e-mail has no PDF attachment: the invoice appears to be in the text of the e-mail. The buyer's software only reads PDF attachments, so it finds no invoice.",
  'mail.no-attachment.body-invoice.hint':
    "Attach the invoice as a PDF to the e-mail instead of typing it or pasting it into the message. Most invoicing software has a setting 'send invoice as PDF attachment'.",
  'mail.no-attachment.none':
    "This e-mail has no PDF attachment, so the buyer's software finds no invoice in it.",
  'mail.no-attachment.none.hint':
    'Attach the invoice as a PDF file to the e-mail, exactly as you will send live invoices.',
  'mail.no-attachment.unreadable':
    'This message could not be read as an e-mail ({{reason}}), so no invoice was found in it.',
  'mail.no-attachment.unreadable.hint':
    'Send the invoice again from your usual e-mail program or invoicing software, with the PDF attached. When you upload a saved e-mail, save it as .eml.',
  'mail.archive-attachment.found':
    "The attachment {{name}} is a compressed archive ({{kind}}). The buyer's software does not unpack archives, so an invoice inside it is not found.",
  'mail.archive-attachment.found.hint':
    'Attach the invoice PDF itself, not packed in a ZIP or RAR file. If the e-mail is too large, make the PDF smaller instead.',
  'mail.tnef.found':
    "The e-mail contains winmail.dat ({{name}}): Outlook sent it in its own 'Rich Text' format. Other mail software, including the buyer's, cannot open it and does not see the invoice.",
  'mail.tnef.found.hint':
    "In Outlook, choose File > Options > Mail > 'Compose messages in this format' and pick HTML or Plain text. For one contact: open the contact, double-click the e-mail address and set 'Internet format' to 'Send plain text only'. Then send the invoice again.",
  'mail.inline-image.ignored':
    "{{count}} image(s) in the body of the e-mail ({{names}}), such as a logo or signature, are ignored by the buyer's software: they are not taken for invoices.",
  'mail.inline-image.attached':
    "The image {{name}} is attached as a separate file, not shown in the body. The buyer's software may take it for an invoice (or a second invoice).",
  'mail.inline-image.attached.hint':
    'Put your logo in the e-mail signature as an image in the text (HTML e-mail), not as an attachment; or leave it out of invoice e-mails.',
} as const;

/** Every message id; the Dutch catalogue must have exactly these. */
export type MessageId = keyof typeof en;
