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
    'The text on page {{page}} is too small to read reliably: its smallest letters are {{xHeightPx}} pixels high at {{dpi}} DPI ("{{text}}"), and the buyer\'s software needs at least {{limit}} pixels.',
  'ocr.text-height.too-small.hint':
    'Use a larger font for the invoice details (at least 8 to 9 points), or scan at a higher resolution (300 DPI).',
  'ocr.skew.tilted':
    "Page {{page}} is tilted by {{degrees}} degrees; the buyer's software accepts at most {{limit}} degrees.",
  'ocr.skew.tilted.hint':
    'Put the paper straight in the scanner (or switch on its "straighten" or "deskew" setting). Better still: export the invoice from your invoicing software as a PDF.',
  'channels.agree.number-differs':
    "On page {{page}}, the text inside the PDF says {{textValue}} but the page shows {{ocrValue}}. The buyer's software may book the wrong amount or number.",
  'channels.agree.number-differs.hint':
    'The PDF contains hidden text that does not match what is printed. This happens when a PDF is edited afterwards or when its text recognition went wrong. Create the PDF again straight from your invoicing software, and never change amounts in a PDF editor.',
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
} as const;

/** Every message id; the Dutch catalogue must have exactly these. */
export type MessageId = keyof typeof en;
