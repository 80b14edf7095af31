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
