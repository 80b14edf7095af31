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
