import type { MessageId } from './en.js';

/**
 * German message catalogue (formal "Sie", plain words for small suppliers). Same ids and placeholders as
 * `en.ts`. Dutch terms that are the thing itself (KvK-Nummer, btw-Nummer) stay, with a short explanation.
 */
export const de: Readonly<Record<MessageId, string>> = {
  'file.is-pdf.empty': 'Die Datei ist leer (0 Bytes): Sie enthält keine Rechnung.',
  'file.is-pdf.empty.hint':
    'Exportieren Sie die Rechnung erneut aus Ihrem Rechnungsprogramm und laden Sie die PDF-Datei hoch, die es speichert.',
  'file.is-pdf.image':
    'Diese Datei ist ein Bild ({{format}}), keine PDF. Der Rechnungsempfänger nimmt Rechnungen nur als PDF-Datei an.',
  'file.is-pdf.image.hint':
    'Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF. Wenn Sie nur eine Papierrechnung haben, scannen Sie sie als PDF (nicht als JPG oder PNG).',
  'file.is-pdf.ubl-xml':
    'Diese Datei ist eine UBL-E-Rechnung (XML), keine PDF. Eine echte E-Rechnung gehört nicht in einen PDF-Test: Sie kann stattdessen über das E-Rechnungsnetz (Peppol) gesendet werden.',
  'file.is-pdf.ubl-xml.hint':
    'Fragen Sie den Rechnungsempfänger, ob Sie Ihre Rechnungen statt als PDF als E-Rechnung (UBL / Peppol) senden können. Laden Sie für diesen Test die PDF-Fassung der Rechnung hoch.',
  'file.is-pdf.cii-xml':
    'Diese Datei ist eine strukturierte E-Rechnung (UN/CEFACT CII XML, wie bei Factur-X, ZUGFeRD und XRechnung), keine PDF.',
  'file.is-pdf.cii-xml.hint':
    'Ihr Programm erstellt bereits echte E-Rechnungen: Fragen Sie den Rechnungsempfänger, ob Sie diese über das E-Rechnungsnetz senden können. Laden Sie für diesen Test die PDF-Fassung der Rechnung hoch.',
  'file.is-pdf.office': 'Diese Datei ist ein Office-Dokument oder ein ZIP-Archiv, keine PDF.',
  'file.is-pdf.office.hint':
    'Öffnen Sie die Rechnung in Ihrer Textverarbeitung oder Tabellenkalkulation, wählen Sie „Speichern unter“ oder „Exportieren“ → PDF und laden Sie diese PDF hoch.',
  'file.is-pdf.not-pdf':
    'Diese Datei ist keine PDF: Ihr Inhalt beginnt nicht so, wie jede PDF beginnt („%PDF-“), ganz gleich, wie sie heißt.',
  'file.is-pdf.not-pdf.hint':
    'Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF und laden Sie diese Datei hoch. Eine Datei wird nicht zur PDF, wenn man sie in .pdf umbenennt.',
  'file.max-size.too-large':
    'Die Datei ist {{size}} groß; der Rechnungsempfänger nimmt höchstens {{limit}} pro Rechnung an. Per E-Mail gesendet sind es etwa {{emailSize}}.',
  'file.max-size.too-large.hint':
    'Machen Sie die PDF kleiner: Exportieren Sie sie direkt aus Ihrem Rechnungsprogramm, statt sie zu scannen, oder scannen Sie in Schwarzweiß oder Graustufen mit 300 DPI statt in Farbe mit höherer Auflösung. Lassen Sie Anhänge weg, die nicht zur Rechnung gehören.',
  'file.max-size.email-too-large':
    'Die Datei ist {{size}} groß, per E-Mail gesendet aber etwa {{emailSize}}: E-Mail kodiert Anhänge, dadurch werden sie etwa ein Drittel größer. Das Postfach des Rechnungsempfängers nimmt E-Mails von höchstens {{limit}} an, diese Rechnung käme also zurück.',
  'file.max-size.email-too-large.hint':
    'Machen Sie die PDF kleiner: Exportieren Sie sie direkt aus Ihrem Rechnungsprogramm, statt sie zu scannen, scannen Sie in Schwarzweiß oder Graustufen mit 300 DPI und senden Sie eine Rechnung pro E-Mail ohne weitere Anhänge.',
  'file.max-page-side.too-large':
    'Seite {{page}} ist {{widthMm}} × {{heightMm}} mm groß; das Programm des Rechnungsempfängers nimmt Seiten von höchstens {{limitMm}} mm ({{limitIn}} Zoll) an der längsten Seite an und liest diese Seite daher nicht.',
  'file.max-page-side.too-large.hint':
    'Stellen Sie in Ihrem Rechnungsprogramm das Seitenformat A4 ein (oder „An A4 anpassen“ beim Speichern als PDF) und exportieren Sie die Rechnung erneut.',
  'pdf.readable.damaged':
    'Die PDF ist beschädigt und lässt sich nicht öffnen, daher kann auch das Programm des Rechnungsempfängers sie nicht lesen.',
  'pdf.readable.damaged.hint':
    'Erstellen Sie die PDF erneut aus Ihrem Rechnungsprogramm. Senden Sie keine Datei, die repariert, von Hand bearbeitet oder mit einem Online-Werkzeug umgewandelt wurde.',
  'pdf.readable.truncated':
    'Die PDF ist unvollständig: Die Datei bricht vor ihrem Ende ab, wurde also wahrscheinlich beim Speichern, Herunterladen oder Hochladen abgeschnitten.',
  'pdf.readable.truncated.hint':
    'Speichern oder laden Sie die Rechnung erneut herunter und prüfen Sie, ob sich die Datei vollständig öffnet, bevor Sie sie hochladen.',
  'pdf.readable.truncated-recovered':
    'Die PDF ist unvollständig (die Datei hat kein richtiges Ende), ihre Seiten konnten aber noch gelesen werden. Manche Programme lehnen sie ab.',
  'pdf.readable.truncated-recovered.hint':
    'Speichern oder exportieren Sie die Rechnung erneut, damit die Datei vollständig ist.',
  'pdf.readable.structure-damaged':
    'Der innere Aufbau der PDF ist beschädigt: Teile der Datei verweisen auf Stellen, die es nicht gibt oder die sich nicht lesen lassen. Auf Ihrem Bildschirm sehen die Seiten vielleicht gut aus, aber das Programm des Rechnungsempfängers bricht das Lesen einer solchen Datei ab.',
  'pdf.readable.structure-damaged.hint':
    'Exportieren oder drucken Sie die Rechnung erneut als PDF aus Ihrem Rechnungsprogramm und laden Sie die neue Datei hoch. Senden Sie keine Datei, die repariert, von Hand bearbeitet oder mit einem Online-Werkzeug umgewandelt wurde.',
  'pdf.readable.page-damaged': 'Seite {{page}} ist beschädigt: Ihr Inhalt konnte nicht gelesen werden.',
  'pdf.readable.page-damaged.hint':
    'Erstellen Sie die PDF erneut aus Ihrem Rechnungsprogramm; bearbeiten Sie sie nicht mit anderen Werkzeugen und fügen Sie sie nicht mit anderen Dateien zusammen.',
  'pdf.encrypted.user-password':
    'Die PDF ist mit einem Passwort geschützt. Das Programm des Rechnungsempfängers kann sie nicht öffnen, die Rechnung wird also nicht verarbeitet.',
  'pdf.encrypted.user-password.hint':
    'Speichern Sie die Rechnung ohne Passwort: Schalten Sie in Ihrem Rechnungs- oder PDF-Programm „Mit Passwort schützen“ bzw. die Dokumentsicherheit vor dem Export aus.',
  'pdf.resource-limits.exceeded':
    'Teile der PDF (insgesamt {{count}}) sind so groß, dass ihr Lesen zu lange dauern oder zu viel Speicher brauchen würde: zum Beispiel ein komprimierter Teil, der sich auf Gigabytes entpackt, oder eine Seite mit Hunderttausenden Zeichenbefehlen. Diese Teile wurden übersprungen, daher wird wahrscheinlich auch das Programm des Rechnungsempfängers diese Rechnung nicht lesen.',
  'pdf.resource-limits.exceeded.hint':
    'Erstellen Sie die PDF erneut direkt aus Ihrem Rechnungsprogramm mit „Als PDF speichern“ oder „Als PDF exportieren“, ohne sie in anderen Werkzeugen zu bearbeiten. Steht ein großes Bild oder Logo auf der Rechnung, verwenden Sie ein kleineres.',
  'pdf.max-pages.too-many':
    'Die PDF hat {{pages}} Seiten; der Rechnungsempfänger nimmt höchstens {{limit}} Seiten pro Rechnung an.',
  'pdf.max-pages.too-many.hint':
    'Senden Sie eine Rechnung pro PDF und lassen Sie Seiten weg, die nicht zur Rechnung gehören (AGB, Preislisten, Anlagen).',
  'text.layer-present.missing':
    'Seite {{page}} enthält keinen Text: Sie ist nur ein Bild (ein Scan oder eine PDF, die als Bild „gedruckt“ wurde), ihr Text lässt sich also nicht markieren oder kopieren.',
  'text.layer-present.too-little':
    'Seite {{page}} enthält nur {{chars}} Textzeichen; das Programm des Rechnungsempfängers braucht auf jeder Seite mindestens {{minChars}}, um sie als Text zu lesen.',
  'text.layer-present.too-little.hint':
    'Prüfen Sie, ob der ganze Rechnungstext echter Text in der PDF ist (Sie können ihn markieren) und nicht Teil eines Bildes, etwa eines Logos oder eines gescannten Briefkopfs mit den Angaben.',
  'text.min-height.field-too-small':
    '{{Field}} ({{value}}) auf Seite {{page}} ist in {{smallestPt}}-Punkt-Schrift gedruckt; das Programm des Rechnungsempfängers liest Text ab {{minPt}} Punkt zuverlässig, es kann diesen also falsch lesen oder überspringen.',
  'text.min-height.field-too-small.hint':
    'Drucken Sie die Rechnungsangaben (Nummern, Daten, Beträge) in einer Schriftgröße von mindestens {{minPt}} Punkt; üblich sind 9 bis 11 Punkt.',
  'text.min-height.page-too-small':
    'Der größte Teil des Textes auf Seite {{page}} ({{share}} %) ist kleiner als {{minPt}} Punkt (der kleinste ist {{smallestPt}} Punkt); so kleinen Text liest das Programm des Rechnungsempfängers nicht zuverlässig.',
  'text.min-height.page-too-small.hint':
    'Verwenden Sie eine Schriftgröße von mindestens {{minPt}} Punkt; verkleinern Sie die Rechnung nicht, damit sie auf eine Seite passt.',
  'text.min-height.fine-print':
    'Ein Teil des Textes auf Seite {{page}} ({{share}} %) ist kleiner als {{minPt}} Punkt (der kleinste ist {{smallestPt}} Punkt); das Programm des Rechnungsempfängers liest ihn möglicherweise nicht.',
  'text.min-height.fine-print.hint':
    'Halten Sie Rechnungsangaben aus dem Kleingedruckten heraus oder drucken Sie es in mindestens {{minPt}} Punkt.',
  'ocr.image-side.too-small':
    'Das Bild auf Seite {{page}} hat {{widthPx}} × {{heightPx}} Pixel; das Programm des Rechnungsempfängers braucht auf jeder Seite mindestens {{minPx}} Pixel und kann es daher nicht lesen.',
  'ocr.image-side.too-small.hint':
    'Scannen Sie die Rechnung erneut mit 300 DPI (eine A4-Seite hat dann etwa 2480 × 3508 Pixel) oder, besser noch, exportieren Sie sie aus Ihrem Rechnungsprogramm als PDF.',
  'ocr.image-side.too-large':
    'Das Bild auf Seite {{page}} hat {{widthPx}} × {{heightPx}} Pixel; das Programm des Rechnungsempfängers nimmt höchstens {{maxPx}} Pixel pro Seite an und lehnt es daher ab.',
  'ocr.image-side.too-large.hint':
    'Scannen Sie die Rechnung mit 300 DPI statt mit höherer Auflösung oder exportieren Sie sie aus Ihrem Rechnungsprogramm als PDF.',
  'text.layer-present.missing.hint':
    'Erstellen Sie die PDF direkt aus Ihrem Rechnungsprogramm mit „Als PDF speichern“ oder „Als PDF exportieren“, statt einen Ausdruck zu scannen oder als Bild zu drucken.',
  // --- PDF analysis and e-invoices ---
  'pdf.version-allowed.too-old':
    'Die PDF hat die Version {{version}}; der Rechnungsempfänger nimmt Version {{min}} oder neuer an.',
  'pdf.version-allowed.too-old.hint':
    'Exportieren Sie die Rechnung erneut aus Ihrem Rechnungsprogramm mit einer aktuellen PDF-Einstellung (PDF 1.4 oder neuer, oder PDF/A), statt einen alten PDF-Drucker zu verwenden.',
  'pdf.version-allowed.too-new':
    'Die PDF hat die Version {{version}}; das Programm des Rechnungsempfängers liest PDF bis Version {{max}}.',
  'pdf.version-allowed.too-new.hint':
    'Wählen Sie in den PDF-Einstellungen Ihres Rechnungsprogramms ein weit verbreitetes Format wie „PDF 1.7“ oder „PDF/A-2b“ statt PDF 2.0.',
  'pdf.permissions.restricted':
    'Die PDF ist mit einem Besitzerpasswort gesichert: Sie lässt sich öffnen, verbietet aber {{denied}}. Erfassungsprogramme, die diese Beschränkungen beachten, lesen die Rechnung nicht.',
  'pdf.permissions.restricted.hint':
    'Speichern Sie die Rechnung ohne Dokumentsicherheit: Schalten Sie in Ihrem Rechnungs- oder PDF-Programm „PDF sichern“ oder „Drucken, Kopieren und Bearbeiten einschränken“ vor dem Export aus.',
  'pdf.permissions.encrypted':
    'Die PDF ist verschlüsselt ({{algorithm}}), obwohl sie sich ohne Passwort öffnen lässt. Manche Erfassungsprogramme lehnen jede verschlüsselte PDF ab.',
  'pdf.permissions.encrypted.hint':
    'Speichern Sie die Rechnung ohne Dokumentsicherheit (kein Passwort und keine Beschränkungen) und senden Sie diese PDF.',
  'pdf.permissions.term.print': 'das Drucken',
  'pdf.permissions.term.copy': 'das Kopieren oder Herauslesen des Textes',
  'pdf.permissions.term.modify': 'das Ändern',
  'pdf.permissions.term.annotate': 'das Hinzufügen von Kommentaren',
  'pdf.permissions.term.fillForms': 'das Ausfüllen von Formularen',
  'pdf.permissions.term.extractForAccessibility': 'das Lesen des Textes für die Barrierefreiheit',
  'pdf.permissions.term.assemble': 'das Zusammenfügen oder Aufteilen von Seiten',
  'pdf.permissions.term.printHighQuality': 'das Drucken in voller Qualität',
  'pdf.pdfa-required.missing':
    'Der Rechnungsempfänger verlangt PDF/A (die archivierbare Form von PDF), aber diese PDF gibt sich nicht als PDF/A aus.',
  'pdf.pdfa-required.missing.hint':
    'Wählen Sie in Ihrem Rechnungsprogramm oder PDF-Drucker PDF/A (zum Beispiel PDF/A-2b oder PDF/A-3b) als Exportformat und senden Sie diese Datei.',
  'fonts.embedded.missing':
    'Seite {{page}} verwendet Schriften, die nicht in der PDF enthalten sind: {{fonts}}. Ein anderer Computer zeigt den Text in einer Ersatzschrift, wodurch er sich für das Programm des Rechnungsempfängers verschieben oder verstümmeln kann.',
  'fonts.embedded.missing.hint':
    'Schalten Sie in den PDF-Exporteinstellungen Ihres Rechnungsprogramms „Alle Schriften einbetten“ ein (oder wählen Sie PDF/A) und exportieren Sie die Rechnung erneut.',
  'fonts.unicode-mapping.missing':
    'Auf Seite {{page}} lässt sich Text in {{fonts}} nicht in Zeichen zurückverwandeln: Die PDF enthält für diese Schrift keine Zeichentabelle. Programme, die die Textebene lesen, erhalten sinnlose Zeichen statt Ihrer Rechnungsdaten.',
  'fonts.unicode-mapping.missing.hint':
    'Exportieren Sie die Rechnung erneut mit eingeschaltetem „Schriften einbetten“ oder PDF/A, oder verwenden Sie eine verbreitete Schrift wie Arial. Meiden Sie PDF-Drucker, die Text als Glyphennummern speichern.',
  'images.min-dpi.low':
    'Seite {{page}} enthält ein Bild (einen Scan oder ein Foto) mit nur {{dpi}} DPI; das Programm des Rechnungsempfängers braucht mindestens {{minDpi}} DPI, um es zuverlässig zu lesen.',
  'images.min-dpi.low.hint':
    'Am besten: Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF, statt einen Ausdruck zu scannen. Wenn Sie scannen müssen, dann mit 300 DPI in Schwarzweiß oder Graustufen.',
  'pages.size-allowed.not-allowed':
    'Seite {{page}} ist {{widthMm}} × {{heightMm}} mm groß; der Rechnungsempfänger nimmt nur {{sizes}} an.',
  'pages.size-allowed.not-allowed.hint':
    'Stellen Sie das Papierformat {{sizes}} in den Seiten- oder Druckeinstellungen Ihres Rechnungsprogramms ein und exportieren Sie die Rechnung erneut.',
  'pages.size-allowed.unusual':
    'Seite {{page}} hat ein ungewöhnliches Format ({{widthMm}} × {{heightMm}} mm). Erfassungsprogramme skalieren solche Seiten, wodurch der Text zu klein zum Lesen werden oder abgeschnitten werden kann.',
  'pages.size-allowed.unusual.hint':
    'Stellen Sie das Papierformat A4 in den Seiten- oder Druckeinstellungen Ihres Rechnungsprogramms ein und exportieren Sie die Rechnung erneut.',
  'pages.first-not-blank.blank':
    'Die erste Seite ist leer. Das Programm des Rechnungsempfängers erwartet die Rechnung auf Seite 1 und kann die Datei überspringen oder ablehnen.',
  'pages.first-not-blank.blank.hint':
    'Entfernen Sie die leere erste Seite (oder das Deckblatt), damit die Rechnung auf Seite 1 beginnt, und exportieren Sie sie erneut.',
  'text.garbled.characters':
    '{{percent}} % des Textes auf Seite {{page}} bestehen aus Zeichen, die kein echter Text sind (etwa �). Das Programm des Rechnungsempfängers liest die Textebene und erhält diese Zeichen statt Ihrer Rechnungsdaten.',
  'text.garbled.characters.hint':
    'Exportieren Sie die Rechnung erneut mit eingeschaltetem „Schriften einbetten“ oder PDF/A, oder verwenden Sie eine verbreitete Schrift wie Arial. Meiden Sie PDF-Drucker oder Konverter, die den Text verstümmeln.',
  'text.garbled.no-language':
    'Der Text auf Seite {{page}} ist Kauderwelsch („{{sample}}“): Die Seite sieht richtig aus, aber ihre Textebene enthält andere Zeichen, das Programm des Rechnungsempfängers liest also Unsinn.',
  'text.garbled.no-language.hint':
    'Die Schrift ist ohne richtige Zeichentabelle eingebettet. Exportieren Sie die Rechnung erneut mit einer verbreiteten Schrift wie Arial oder wählen Sie in den Exporteinstellungen PDF/A.',
  'content.single-invoice.several-numbers':
    'Diese PDF scheint {{count}} Rechnungen zu enthalten (Rechnungsnummern {{numbers}}). Das Programm des Rechnungsempfängers behandelt eine PDF als eine Rechnung.',
  'content.single-invoice.numbering-restarts':
    'Die Seitenzählung beginnt auf Seite {{page}} neu („{{label}}“), diese PDF scheint also mehrere Rechnungen zu enthalten. Das Programm des Rechnungsempfängers behandelt eine PDF als eine Rechnung.',
  'content.single-invoice.seller-changes':
    'Seite {{page}} zeigt einen anderen Lieferanten ({{after}}) als die Seiten davor ({{before}}), diese PDF scheint also Rechnungen verschiedener Lieferanten zu enthalten. Das Programm des Rechnungsempfängers behandelt eine PDF als eine Rechnung.',
  'content.single-invoice.hint':
    'Senden Sie jede Rechnung als eigene PDF-Datei. Die meisten Rechnungsprogramme haben eine Einstellung für eine PDF pro Rechnung, wenn Sie mehrere auf einmal senden.',
  'content.no-javascript.present':
    'Die PDF enthält JavaScript ({{where}}). Mail- und Erfassungssysteme sperren PDFs mit Skripten oft oder stellen sie unter Quarantäne, die Rechnung kommt dann vielleicht nie an.',
  'content.no-javascript.present.hint':
    'Exportieren Sie die Rechnung als einfache PDF oder als PDF/A (das keine Skripte erlaubt), ohne interaktive Funktionen.',
  'content.no-javascript.term.open-action': 'wird beim Öffnen der Datei ausgeführt',
  'content.no-javascript.term.document': 'Dokumentskripte',
  'content.no-javascript.term.page': 'auf einer Seite',
  'content.no-javascript.term.annotation': 'in einem Link oder einer Anmerkung',
  'content.no-javascript.term.form-field': 'in einem Formularfeld',
  'content.no-forms.filled-field':
    'Seite {{page}} hat ein ausgefülltes Formularfeld („{{name}}“). Sein Wert ist nicht Teil des Seitentextes, Programme, die die Textebene lesen, übersehen ihn daher möglicherweise.',
  'content.no-forms.filled-field.hint':
    'Reduzieren Sie das Formular vor dem Senden (zum Beispiel mit „Als PDF drucken“ oder „Formularfelder reduzieren“), damit die Werte Teil der Seite werden.',
  'content.no-forms.xfa':
    'Die PDF ist ein XFA-Formular. Die meisten PDF-Betrachter und Erfassungsprogramme zeigen ein solches Formular als leere Seite oder mit der Meldung „Bitte warten“.',
  'content.no-forms.xfa.hint':
    'Speichern Sie die Rechnung als gewöhnliche PDF, zum Beispiel indem Sie das Formular als PDF drucken, und senden Sie diese Datei.',
  'einvoice.embedded.found':
    'Eine gute Nachricht: Diese PDF enthält eine echte E-Rechnung ({{profileName}}, angehängt als {{fileName}}): {{summary}}. Ihr Rechnungsprogramm erstellt bereits strukturierte E-Rechnungen.',
  'einvoice.embedded.found.hint':
    'Fragen Sie den Rechnungsempfänger, ob Sie Ihre Rechnungen statt als PDF als E-Rechnung (UBL über Peppol) senden dürfen: Die Daten kommen dann genau an, ganz ohne Scannen.',
  'einvoice.embedded.unreadable':
    'Diese PDF enthält eine E-Rechnung ({{fileName}}), die sich aber nicht lesen lässt: {{reason}}. E-Rechnungsprogramme, die den Anhang verwenden, lehnen sie ab.',
  'einvoice.embedded.unreadable.hint':
    'Bitten Sie den Anbieter Ihres Rechnungsprogramms, das angehängte E-Rechnungs-XML zu korrigieren, oder schalten Sie den Factur-X- / ZUGFeRD-Anhang aus.',
  'einvoice.xml-uploaded.ubl':
    'Diese Datei ist eine E-Rechnung im UBL-Format (XML), keine PDF: {{summary}}. Eine echte E-Rechnung gehört nicht in einen PDF-Test: Sie kann über das E-Rechnungsnetz (Peppol) direkt an den Rechnungsempfänger gehen.',
  'einvoice.xml-uploaded.cii':
    'Diese Datei ist eine strukturierte E-Rechnung im CII-Format (XML, wie bei Factur-X, ZUGFeRD und XRechnung), keine PDF: {{summary}}. Sie gehört in den E-Rechnungsweg, nicht in einen PDF-Test.',
  'einvoice.xml-uploaded.unreadable':
    'Diese Datei ist eine E-Rechnung (XML), keine PDF, und ihr Inhalt lässt sich nicht lesen: {{reason}}.',
  'einvoice.xml-uploaded.hint':
    'Ihr Programm erstellt bereits echte E-Rechnungen: Fragen Sie den Rechnungsempfänger, ob Sie diese statt als PDF über das E-Rechnungsnetz (Peppol) senden dürfen. Laden Sie für diesen PDF-Test die PDF-Fassung der Rechnung hoch.',
  'einvoice.term.invoice': 'Rechnung {{value}}',
  'einvoice.term.dated': 'vom {{value}}',
  'einvoice.term.total': 'Gesamtbetrag {{value}}',
  'einvoice.term.seller-vat': 'USt-IdNr. des Lieferanten {{value}}',
  'einvoice.term.no-data': 'keine Rechnungsdaten gefunden',
  'einvoice.term.invalid-xml':
    'es ist kein gültiges XML (zum Beispiel eine falsche Angabe der Zeichenkodierung)',
  'einvoice.term.too-large': 'sie ist zu groß',
  'einvoice.term.undecodable': 'sie lässt sich nicht aus der PDF auspacken',
  'einvoice.term.not-an-invoice': 'es ist XML, aber keine CII- oder UBL-Rechnung',
  'software.can-send-einvoice.peppol':
    'Diese PDF wurde mit {{software}} erstellt, das Rechnungen als E-Rechnungen über Peppol senden kann.',
  'software.can-send-einvoice.peppol.hint': '{{howTo}}',
  'software.can-send-einvoice.ubl':
    'Diese PDF wurde mit {{software}} erstellt, das Ihre Rechnungen als UBL-E-Rechnungsdateien erstellen kann.',
  'software.can-send-einvoice.ubl.hint': '{{howTo}}',
  // --- invoice fields ---
  'field.invoiceNumber': 'die Rechnungsnummer',
  'field.issueDate': 'das Rechnungsdatum',
  'field.dueDate': 'das Fälligkeitsdatum',
  'field.currency': 'die Währung',
  'field.totalAmount': 'der Rechnungsbetrag',
  'field.payableAmount': 'der zu zahlende Betrag',
  'field.taxAmount': 'der Mehrwertsteuerbetrag',
  'field.netAmount': 'der Betrag ohne Mehrwertsteuer',
  'field.sellerName': 'Ihr Firmenname',
  'field.sellerVatId': 'Ihre USt-IdNr. (in den Niederlanden: btw-nummer)',
  'field.sellerKvk': 'Ihre KvK-Nummer (Nummer der niederländischen Handelskammer)',
  'field.iban': 'die IBAN',
  'field.buyerName': 'der Name des Rechnungsempfängers',
  'field.buyerVatId': 'die USt-IdNr. des Rechnungsempfängers',
  'field.buyerReference': 'die Referenz des Rechnungsempfängers',
  'field.orderReference': 'die Bestellnummer',
  'field.label.invoiceNumber': 'Rechnungsnummer',
  'field.label.issueDate': 'Rechnungsdatum',
  'field.label.dueDate': 'Fälligkeitsdatum',
  'field.label.currency': 'Währung',
  'field.label.totalAmount': 'Gesamtbetrag inkl. MwSt.',
  'field.label.payableAmount': 'Zu zahlender Betrag',
  'field.label.taxAmount': 'MwSt.',
  'field.label.netAmount': 'Summe ohne MwSt.',
  'field.label.sellerName': 'Ihr Firmenname oben auf der Rechnung',
  'field.label.sellerVatId': 'USt-IdNr.',
  'field.label.sellerKvk': 'KvK',
  'field.label.iban': 'IBAN',
  'field.label.buyerName': 'der Rechnungsempfänger im Adressfeld',
  'field.label.buyerVatId': 'USt-IdNr. des Kunden',
  'field.label.buyerReference': 'Ihre Referenz',
  'field.label.orderReference': 'Bestellnummer',
  'channel.text': 'im Text der PDF',
  'channel.ocr': 'im Seitenbild (durch Texterkennung)',
  'fields.required.missing':
    '{{Field}} wurde {{channel}} nicht gefunden. Das Programm des Rechnungsempfängers braucht diese Angabe, um die Rechnung zu verarbeiten.',
  'fields.required.missing.hint':
    'Setzen Sie {{field}} mit einer deutlichen Bezeichnung auf die Rechnung, zum Beispiel „{{label}}: …“. In den meisten Rechnungsprogrammen ist das ein Standardfeld der Rechnungsvorlage.',
  'fields.required.missing-labelled':
    '{{Field}} wurde {{channel}} nicht gefunden. Das Programm des Rechnungsempfängers sucht danach neben einer Bezeichnung wie {{labels}}.',
  'fields.required.missing-labelled.hint':
    'Setzen Sie {{field}} neben eine dieser Bezeichnungen auf die Rechnung: {{labels}}. Bezeichnungen lassen sich meist in der Rechnungsvorlage Ihres Rechnungsprogramms ändern.',
  'fields.pattern.mismatch':
    '{{Field}} auf der Rechnung lautet „{{value}}“ und hat nicht die Form, die der Rechnungsempfänger verlangt.',
  'fields.pattern.mismatch.hint':
    'Lesen Sie die Vorgaben des Rechnungsempfängers für {{field}} nach und korrigieren Sie die Angabe in Ihrem Rechnungsprogramm.',
  'fields.pattern.too-long':
    '{{Field}} „{{value}}“ ist {{length}} Zeichen lang; das Programm des Rechnungsempfängers nimmt höchstens {{maxLength}} an.',
  'fields.pattern.too-long.hint': 'Kürzen Sie {{field}} (höchstens {{maxLength}} Zeichen).',
  'fields.pattern.not-allowed':
    '{{Field}} auf der Rechnung lautet „{{value}}“; der Rechnungsempfänger nimmt nur an: {{allowed}}.',
  'fields.pattern.not-allowed.hint':
    'Verwenden Sie für {{field}} einen der Werte, die der Rechnungsempfänger annimmt: {{allowed}}.',
  'fields.pattern.not-equal':
    '{{Field}} auf der Rechnung lautet „{{value}}“, der Rechnungsempfänger verlangt aber „{{expected}}“.',
  'fields.pattern.not-equal.hint': 'Setzen Sie „{{expected}}“ als {{field}} auf die Rechnung.',
  'fields.valid-iban.invalid':
    'Die IBAN {{value}} auf der Rechnung ist keine gültige Kontonummer (ihre Prüfziffern stimmen nicht), eine Zahlung darauf würde also scheitern.',
  'fields.valid-iban.national-key':
    'Die Prüfziffern der IBAN {{value}} auf der Rechnung stimmen, aber die Kontonummer darin besteht die eigene Prüfung ihres Landes nicht (den Bankschlüssel, wie den französischen clé RIB), eine Zahlung darauf würde also scheitern.',
  'fields.valid-iban.national-key.hint':
    'Übernehmen Sie die IBAN erneut von einem Kontoauszug oder von der Website Ihrer Bank: Wahrscheinlich ist eine Ziffer der Kontonummer (nicht in den ersten vier Zeichen) falsch.',
  'fields.valid-iban.incomplete':
    'Die IBAN {{value}} auf der Rechnung ist unvollständig oder zu lang: Eine IBAN aus {{country}} hat {{length}} Zeichen. Vielleicht ist sie auf zwei Zeilen verteilt oder abgeschnitten.',
  'fields.valid-iban.incomplete.hint':
    'Drucken Sie die IBAN vollständig auf einer Zeile, in Vierergruppen (NL91 ABNA 0417 1643 00), neben der Bezeichnung „IBAN“.',
  'fields.valid-iban.invalid.hint':
    'Prüfen Sie die IBAN in den Firmeneinstellungen Ihres Rechnungsprogramms Zeichen für Zeichen; übernehmen Sie sie von einem Kontoauszug.',
  'fields.valid-vat-id.checksum':
    '{{Field}} {{value}} ist keine gültige Umsatzsteuer-Identifikationsnummer: Ihre Prüfziffern sind falsch.',
  'fields.valid-vat-id.checksum.hint':
    'Prüfen Sie die USt-IdNr. in Ihrem Rechnungsprogramm Zeichen für Zeichen. Eine USt-IdNr. können Sie mit dem EU-Dienst VIES prüfen.',
  'fields.valid-vat-id.format':
    '{{Field}} {{value}} hat nicht die Form einer Umsatzsteuer-Identifikationsnummer aus {{country}}.',
  'fields.valid-vat-id.format.hint':
    'Eine USt-IdNr. beginnt mit dem Ländercode, gefolgt von der nationalen Nummer (in den Niederlanden die btw-nummer: NL, neun Ziffern, B und zwei Ziffern, z. B. NL123456789B01). Korrigieren Sie sie in Ihrem Rechnungsprogramm.',
  'fields.valid-kvk.invalid':
    'Die KvK-Nummer {{value}} auf der Rechnung ist keine gültige Nummer der niederländischen Handelskammer (KvK): Sie muss genau 8 Ziffern haben.',
  'fields.valid-kvk.invalid.hint':
    'Vergleichen Sie die KvK-Nummer in Ihrem Rechnungsprogramm mit Ihrer Eintragung bei der niederländischen Handelskammer (KvK).',
  'fields.buyer-matches.not-found':
    'Die Rechnung nennt den Rechnungsempfänger ({{expected}}) nicht: Sein Name, seine USt-IdNr. und seine KvK-Nummer wurden {{channel}} nicht gefunden.',
  'fields.buyer-matches.not-found.hint':
    'Adressieren Sie die Rechnung an {{expected}}: Setzen Sie den Namen (und die USt-IdNr.) in das Adressfeld der Rechnung.',
  'fields.buyer-matches.vat-id':
    'Die Rechnung ist an die USt-IdNr. {{found}} adressiert, die USt-IdNr. des Rechnungsempfängers ist aber {{expected}}.',
  'fields.buyer-matches.vat-id.hint':
    'Korrigieren Sie die USt-IdNr. des Kunden in Ihrem Rechnungsprogramm auf {{expected}}.',
  'fields.buyer-matches.name': 'Die Rechnung ist an „{{found}}“ adressiert, nicht an {{expected}}.',
  'fields.buyer-matches.name.hint':
    'Adressieren Sie die Rechnung an {{expected}}: Korrigieren Sie den Kundennamen in Ihrem Rechnungsprogramm.',
  'fields.buyer-matches.field':
    '{{Field}} auf der Rechnung lautet „{{found}}“, muss aber „{{expected}}“ des Rechnungsempfängers sein.',
  'fields.buyer-matches.field.hint': 'Setzen Sie „{{expected}}“ als {{field}} auf die Rechnung.',
  'fields.currency-allowed.not-allowed':
    'Die Rechnung lautet auf {{currency}}; der Rechnungsempfänger nimmt nur Rechnungen in {{allowed}} an.',
  'fields.currency-allowed.not-allowed.hint':
    'Stellen Sie die Rechnung in {{allowed}} aus; fragen Sie vorher den Rechnungsempfänger, wenn das nicht geht.',
  'fields.currency-allowed.unknown':
    'Die Währung „{{currency}}“ auf der Rechnung ist kein gültiger Währungscode (ISO 4217).',
  'fields.currency-allowed.withdrawn':
    'Die Rechnung lautet auf {{currency}}, eine Währung, die seit {{since}} nicht mehr verwendet wird; verwenden Sie {{replacement}}.',
  'fields.currency-allowed.withdrawn.hint':
    'Stellen Sie die Währung der Rechnung in Ihrem Rechnungsprogramm auf {{replacement}} und geben Sie die Beträge in {{replacement}} an.',
  'fields.currency-allowed.unknown.hint':
    'Verwenden Sie den offiziellen dreibuchstabigen Währungscode, zum Beispiel EUR.',
  'fields.date-not-in-future.future':
    '{{Field}} ist der {{date}} und liegt in der Zukunft (die Prüfung lief am {{today}}).',
  'fields.date-not-in-future.future.hint':
    'Datieren Sie die Rechnung auf den Tag, an dem Sie sie senden, oder früher. Prüfen Sie die Datumseinstellung Ihres Rechnungsprogramms.',
  'fields.date-max-age.too-old':
    '{{Field}} ist der {{date}}, vor {{days}} Tagen; der Rechnungsempfänger nimmt Rechnungen an, die höchstens {{maxAgeDays}} Tage alt sind.',
  'fields.date-max-age.too-old.hint':
    'Senden Sie Rechnungen zeitnah, oder fragen Sie den Rechnungsempfänger, wie Sie eine ältere Rechnung einreichen können.',
  'fields.ambiguous.close-candidates':
    'Die Rechnung zeigt mehrere Werte für {{field}} ({{values}}). Das Programm des Rechnungsempfängers muss raten, welcher gemeint ist.',
  'fields.ambiguous.close-candidates.hint':
    'Zeigen Sie {{field}} einmal, neben einer deutlichen Bezeichnung; lassen Sie andere Nummern oder Daten ohne diese Bezeichnung.',
  'fields.ambiguous.unlabelled-dates':
    'Die Rechnung enthält mehrere Daten ({{values}}) und keines ist als Rechnungsdatum bezeichnet, das Programm des Rechnungsempfängers nimmt also vielleicht das falsche.',
  'fields.ambiguous.unlabelled-dates.hint':
    'Setzen Sie die Bezeichnung „Rechnungsdatum“ vor das Rechnungsdatum.',
  'fields.ambiguous.totals-disagree':
    'Die Rechnung zeigt verschiedene Gesamtbeträge ({{values}}), die mit der Mehrwertsteuer nicht aufgehen, das Programm des Rechnungsempfängers nimmt also vielleicht den falschen Betrag.',
  'fields.ambiguous.totals-disagree.hint':
    'Zeigen Sie einen Gesamtbetrag inklusive Mehrwertsteuer mit der Bezeichnung „Gesamtbetrag inkl. MwSt.“, darüber den Betrag ohne Mehrwertsteuer und die Mehrwertsteuer.',
  'fields.channels-agree.mismatch':
    '{{Field}} lautet im Text der PDF „{{text}}“, im Seitenbild aber „{{ocr}}“. Programme, die beides lesen, nehmen vielleicht den einen oder den anderen Wert.',
  'fields.channels-agree.mismatch.hint':
    'Erstellen Sie die PDF direkt aus Ihrem Rechnungsprogramm. Eine PDF, deren Textebene vom Angezeigten abweicht, wurde nachträglich bearbeitet oder schlecht umgewandelt.',
  'fields.channels-agree.ocr-misread':
    '{{Field}} lautet im Text der PDF „{{text}}“ und die Seite zeigt dasselbe, aber Texterkennungsprogramme (OCR) lesen „{{ocr}}“. Das ist ein Lesefehler der Texterkennung, kein Fehler Ihrer PDF; ein Rechnungsempfänger, dessen Programm das Seitenbild liest, kann dennoch den falschen Wert erfassen.',
  'fields.channels-agree.ocr-misread.hint':
    'An Ihrer PDF muss sich nichts ändern. Um der Texterkennung zu helfen, drucken Sie {{field}} in einer schlichten Schrift von mindestens 10 Punkt.',
  'fields.channels-agree.unconfirmed':
    '{{Field}} lautet im Text der PDF „{{text}}“; die Texterkennung (OCR) las im Seitenbild „{{ocr}}“, aber dieses Bild ({{dpi}} DPI) ist zu grob, um einen der beiden Werte zu bestätigen: Der Wert ist nur {{textPx}} Pixel hoch, und bei dieser Größe verliest sich die Texterkennung oft bei einer Ziffer. Der Text der PDF ist wahrscheinlich richtig; Programme, die das Seitenbild lesen, erfassen vielleicht einen falschen Wert.',
  'fields.channels-agree.unconfirmed.hint':
    'Wenn Ihre PDF direkt aus Ihrem Rechnungsprogramm kommt, muss sich nichts ändern. Damit Programme, die das Seitenbild lesen, {{field}} zuverlässig lesen, drucken Sie es mindestens {{minPt}} Punkt hoch.',
  'totals.sum-matches.mismatch':
    'Die Beträge gehen nicht auf: {{net}} ohne MwSt. + {{tax}} MwSt. = {{sum}}, der Rechnungsbetrag ist aber {{total}}.',
  'totals.sum-matches.mismatch.hint':
    'Korrigieren Sie die Beträge in Ihrem Rechnungsprogramm so, dass der Betrag ohne Mehrwertsteuer plus die Mehrwertsteuer den Gesamtbetrag ergibt.',
  'totals.sum-matches.vat-lines':
    'Die Mehrwertsteuerzeilen ergeben zusammen {{sum}}, die Mehrwertsteuersumme auf der Rechnung ist aber {{tax}}.',
  'totals.sum-matches.vat-lines.hint':
    'Die Mehrwertsteuersumme muss der Summe der Mehrwertsteuer je Steuersatz entsprechen.',
  'totals.sum-matches.vat-rate':
    'Die Mehrwertsteuer von {{rate}} % auf {{base}} beträgt {{expected}}, die Rechnung nennt aber {{amount}}.',
  'totals.sum-matches.vat-rate.hint':
    'Prüfen Sie den Steuersatz und den Mehrwertsteuerbetrag dieser Zeile in Ihrem Rechnungsprogramm.',
  'vat.reverse-charge.missing-buyer-vat':
    'Laut Rechnung schuldet der Rechnungsempfänger die Mehrwertsteuer (Reverse Charge, „{{text}}“), aber die USt-IdNr. des Rechnungsempfängers, die dann vorgeschrieben ist, fehlt.',
  'vat.reverse-charge.missing-buyer-vat.hint':
    'Setzen Sie die USt-IdNr. des Rechnungsempfängers auf die Rechnung, zum Beispiel mit der Bezeichnung „USt-IdNr. des Kunden“ (btw-nummer afnemer).',
  'nl.legal-fields.missing':
    'Eine niederländische Rechnung muss {{field}} angeben (Artikel 35a des niederländischen Umsatzsteuergesetzes), diese Angabe wurde aber {{channel}} nicht gefunden.',
  'nl.legal-fields.missing.hint':
    'Setzen Sie {{field}} auf die Rechnung, neben eine deutliche Bezeichnung wie „{{label}}“.',
  'einvoice.matches-printed.mismatch':
    '{{Field}} auf der gedruckten Rechnung ({{printed}}) weicht von der Angabe in der angehängten E-Rechnung ({{embedded}}) ab. Das Programm des Rechnungsempfängers liest vielleicht die eine oder die andere.',
  'einvoice.matches-printed.mismatch.hint':
    'Erstellen Sie die PDF und ihre angehängte E-Rechnung (Factur-X / ZUGFeRD / UBL) aus denselben Daten, in einem Schritt Ihres Rechnungsprogramms.',
  // --- OCR channel (issue 5) ---
  'file.is-pdf.image-no-text':
    'Diese Datei ist ein Bild ({{format}}). Der Rechnungsempfänger nimmt Bilder an, aber sein Programm liest nur den Text in PDF-Dateien, und ein Bild hat keinen.',
  'file.is-pdf.image-no-text.hint':
    'Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF (nicht als Bild oder Scan), damit ihr Text gelesen werden kann.',
  'ocr.readable-page.not-drawable':
    'Seite {{page}} lässt sich nicht als Bild darstellen, Programme, die das Seitenbild lesen, sehen dort also nichts.',
  'ocr.readable-page.not-drawable.hint':
    'Erstellen Sie die PDF erneut aus Ihrem Rechnungsprogramm mit „Als PDF speichern“ oder „Als PDF exportieren“; bearbeiten oder reparieren Sie sie nicht mit anderen Werkzeugen.',
  'ocr.readable-page.image-unreadable':
    'Das Bild lässt sich nicht lesen: Die Datei ist beschädigt oder in einer Form, die Bildprogramme nicht öffnen können.',
  'ocr.readable-page.image-unreadable.hint':
    'Scannen oder exportieren Sie die Rechnung erneut, am besten als PDF, und prüfen Sie, ob sich die Datei öffnet, bevor Sie sie hochladen.',
  'ocr.readable-page.text-not-visible':
    'Seite {{page}} enthält Text ({{chars}} Zeichen), den Sie markieren oder kopieren können, der aber auf der Seite selbst nicht sichtbar ist: Das Programm des Rechnungsempfängers, das die Seite als Bild liest, findet dort nichts Lesbares. Das kommt bei weißem oder unsichtbarem Text vor, oder bei Text, der hinter einem Bild versteckt ist.',
  'ocr.readable-page.text-not-visible.hint':
    'Sorgen Sie dafür, dass der Rechnungstext in einer dunklen Farbe gedruckt und nicht von einem Hintergrundbild verdeckt ist. Exportieren Sie die PDF direkt aus Ihrem Rechnungsprogramm, statt Text mit einem PDF-Editor hinzuzufügen.',
  'ocr.readable-page.illegible':
    'Seite {{page}} zeigt etwas, aber die Texterkennung (OCR) kann darauf kein einziges Wort lesen. Das Programm des Rechnungsempfängers wird diese Seite nicht lesen können.',
  'ocr.readable-page.illegible.hint':
    'Senden Sie eine schärfere Fassung: Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF oder scannen Sie sie erneut mit 300 DPI in Schwarzweiß oder Graustufen, gerade und sauber.',
  'ocr.min-confidence.low':
    'Seite {{page}} ist für die Texterkennung (OCR) schwer zu lesen: Sie wird nur mit {{confidence}} % Sicherheit gelesen, das Programm des Rechnungsempfängers braucht aber mindestens {{limit}} %. Beträge und Nummern werden vielleicht falsch gelesen.',
  'ocr.min-confidence.low.hint':
    'Exportieren Sie die Rechnung direkt aus Ihrem Rechnungsprogramm als PDF, statt sie zu scannen oder zu fotografieren. Wenn Sie scannen müssen: 300 DPI, Graustufen oder Schwarzweiß, die Seite gerade und sauber, keine starke Komprimierung.',
  'ocr.text-height.too-small':
    'Der Text auf Seite {{page}} ist zu klein, um zuverlässig gelesen zu werden: Der größte Teil des Rechnungstextes hat Buchstaben von nur {{xHeightPx}} Pixel Höhe bei {{dpi}} DPI („{{text}}“), das Programm des Rechnungsempfängers braucht aber mindestens {{limit}} Pixel.',
  'ocr.text-height.too-small.hint':
    'Verwenden Sie für die Rechnungsangaben eine größere Schrift (mindestens 8 bis 9 Punkt) oder scannen Sie mit höherer Auflösung (300 DPI).',
  'ocr.text-height.field-too-small':
    '{{Field}} ({{value}}) auf Seite {{page}} ist zu klein gedruckt, um zuverlässig gelesen zu werden: Die Buchstaben sind {{xHeightPx}} Pixel hoch bei {{dpi}} DPI, das Programm des Rechnungsempfängers braucht aber mindestens {{limit}} Pixel.',
  'ocr.text-height.field-too-small.hint':
    'Drucken Sie die Rechnungsangaben (Nummern, Daten, Beträge) in einer Schrift von mindestens 8 bis 9 Punkt oder scannen Sie mit höherer Auflösung (300 DPI).',
  'ocr.text-height.fine-print':
    'Ein Teil des Textes auf Seite {{page}} ist klein: Die Buchstaben sind {{xHeightPx}} Pixel hoch bei {{dpi}} DPI („{{text}}“), unter den {{limit}} Pixeln, die das Programm des Rechnungsempfängers zuverlässig liest. Die Rechnungsangaben sind groß genug; dieser Text wird vielleicht nicht gelesen.',
  'ocr.text-height.fine-print.hint':
    'Halten Sie die Rechnungsangaben (Nummern, Daten, Beträge) aus dem Kleingedruckten heraus.',
  'ocr.skew.tilted':
    'Seite {{page}} ist um {{degrees}} Grad schief; das Programm des Rechnungsempfängers nimmt höchstens {{limit}} Grad an.',
  'ocr.skew.tilted.hint':
    'Legen Sie das Papier gerade in den Scanner (oder schalten Sie dessen Einstellung „Geraderichten“ ein). Besser noch: Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF.',
  'ocr.page-orientation.turned':
    'Seite {{page}} ist {{how}}: Das Programm des Rechnungsempfängers liest sie so, wie sie liegt, und kann die Rechnung daher nicht lesen.',
  'ocr.page-orientation.turned.hint':
    'Drehen Sie die Seite in Ihrem Scan- oder PDF-Programm aufrecht (oder legen Sie das Blatt mit der Oberkante zuerst in den Scanner) und speichern Sie die PDF erneut. Besser noch: Exportieren Sie die Rechnung aus Ihrem Rechnungsprogramm als PDF.',
  'channels.agree.number-differs':
    'Auf Seite {{page}} steht im Text der PDF {{textValue}}, die Seite zeigt aber {{ocrValue}}. Das Programm des Rechnungsempfängers bucht vielleicht den falschen Betrag oder die falsche Nummer.',
  'channels.agree.number-differs.hint':
    'Die PDF enthält versteckten Text, der nicht zum Gedruckten passt. Das passiert, wenn eine PDF nachträglich bearbeitet wird oder ihre Texterkennung fehlgeschlagen ist. Erstellen Sie die PDF erneut direkt aus Ihrem Rechnungsprogramm und ändern Sie Beträge nie in einem PDF-Editor.',
  'channels.agree.number-unconfirmed':
    'Auf Seite {{page}} steht im Text der PDF {{textValue}}; die Texterkennung (OCR) las dort {{ocrValue}}, aber das gelesene Seitenbild ({{dpi}} DPI) ist zu grob, um einen der beiden Werte zu bestätigen: Der Text ist nur {{textPx}} Pixel hoch, und bei dieser Größe verliest sich die Texterkennung oft bei einer Ziffer. Der Text in der PDF ist wahrscheinlich richtig; Programme, die das Seitenbild lesen, erfassen vielleicht eine falsche Zahl.',
  'channels.agree.number-unconfirmed.hint':
    'Wenn Ihre PDF direkt aus Ihrem Rechnungsprogramm kommt, muss sich nichts ändern. Damit Programme, die das Seitenbild lesen, Beträge und Nummern zuverlässig lesen, drucken Sie sie mindestens {{minPt}} Punkt hoch.',
  'channels.agree.text-garbled':
    'Der Text in Seite {{page}} passt nicht zu dem, was die Seite zeigt: Der Text lautet „{{textSample}}“, die Seite zeigt „{{ocrSample}}“ (nur {{agreementPercent}} % der Wörter stimmen überein). Das Programm des Rechnungsempfängers liest den falschen Text.',
  'channels.agree.text-garbled.hint':
    'Die Ursache sind meist Schriften, die nicht richtig eingebettet sind. Exportieren Sie die PDF erneut aus Ihrem Rechnungsprogramm mit eingeschaltetem „Schriften einbetten“ oder verwenden Sie eine Standardschrift wie Arial.',
  'run.ocr-failed':
    'Die Texterkennung (OCR) ist auf Seite {{pages}} fehlgeschlagen, die Rechnung konnte also nicht vollständig geprüft werden. Das ist ein Problem auf unserer Seite, nicht unbedingt in Ihrer Rechnung.',
  'run.ocr-timed-out':
    'Die Texterkennung (OCR) dauerte auf Seite {{pages}} zu lange und wurde abgebrochen, die Rechnung konnte also nicht vollständig geprüft werden.',
  'run.check-failed':
    'Nicht jede Prüfung konnte ausgeführt werden ({{checks}}), die Rechnung konnte also nicht vollständig geprüft werden.',
  'run.stage-failed':
    'Ein Schritt der Prüfung ({{stage}}) ist fehlgeschlagen, die Rechnung konnte also nicht vollständig geprüft werden.',
  'run.timed-out':
    'Die Prüfung dauerte länger als {{seconds}} Sekunden und wurde abgebrochen, diese Rechnung konnte also nicht vollständig geprüft werden.',
  'run.failed':
    'Die Prüfung konnte wegen eines internen Fehlers nicht abgeschlossen werden. Die Rechnung selbst ist vielleicht in Ordnung.',
  'run.interrupted':
    'Die Prüfung wurde mehrmals unterbrochen (zum Beispiel durch einen Neustart) und aufgegeben.',
  'run.out-of-memory':
    'Die Prüfung brauchte zu viel Speicher und wurde abgebrochen. Die Ursache ist oft eine Datei mit einem extrem großen komprimierten Teil; speichern Sie die Rechnung erneut als einfache PDF und versuchen Sie es noch einmal.',
  'verdict.accepted': 'Das Programm von {{buyer}} kann diese Rechnung lesen und verarbeiten.',
  'verdict.rejected': 'Das Programm von {{buyer}} kann diese Rechnung so nicht verarbeiten.',
  'verdict.rejected.unreadable': 'Das Programm von {{buyer}} kann diese Rechnung nicht richtig lesen.',
  'verdict.rejected.data':
    'Das Programm von {{buyer}} kann diese Rechnung lesen, aber einige Angaben fehlen oder sind falsch.',
  'verdict.rejected.delivery': 'Diese Rechnung kommt so nicht bei {{buyer}} an.',
  'verdict.also.data': 'Außerdem fehlen Angaben oder sind falsch.',
  'verdict.also.delivery': 'Außerdem kommt die Rechnung so nicht an.',
  'verdict.undetermined':
    'Die Prüfung konnte nicht abgeschlossen werden, daher ist noch nicht bekannt, ob das Programm von {{buyer}} diese Rechnung lesen kann.',
  'verdict.the-buyer': 'dem Rechnungsempfänger',
  'verdict.checks-passed': '{{passed}} von {{run}} Prüfungen bestanden',
  'mail.size.too-large':
    'Die E-Mail ist {{size}} groß; das Rechnungspostfach des Rechnungsempfängers nimmt höchstens {{limit}} pro Nachricht an (Anhänge zählen in einer E-Mail etwa 37 % größer als auf der Festplatte). Die Nachricht würde zurückgewiesen oder ginge verloren.',
  'mail.size.too-large.hint':
    'Senden Sie eine Rechnung pro E-Mail und lassen Sie andere Anhänge (AGB, Prospekte) weg. Machen Sie die PDF kleiner: Exportieren Sie sie direkt aus Ihrem Rechnungsprogramm, statt sie zu scannen.',
  'mail.pdf-count.too-many':
    'Diese E-Mail enthält {{count}} PDF-Dateien ({{names}}). Das Programm des Rechnungsempfängers liest jede PDF als eigene Rechnung, es würde also {{count}} Rechnungen buchen oder die Nachricht ablehnen.',
  'mail.pdf-count.too-many.hint':
    'Senden Sie genau eine Rechnungs-PDF pro E-Mail. Stellen Sie AGB oder andere Dokumente auf Ihre Website oder senden Sie sie einmal separat, nicht mit jeder Rechnung.',
  'mail.other-attachments.not-allowed':
    'Der Anhang {{name}} ({{kind}}) darf nicht mit der Rechnung mitgesendet werden: Das Postfach des Rechnungsempfängers nimmt neben der Rechnungs-PDF nur {{allowed}} an.',
  'mail.other-attachments.not-allowed.hint':
    'Senden Sie nur die Rechnungs-PDF in der E-Mail. Entfernen Sie andere Dateien aus der Rechnungs-E-Mail in den E-Mail-Einstellungen Ihres Rechnungsprogramms.',
  'mail.other-attachments.forwarded':
    'Der Anhang {{name}} ist eine ganze E-Mail (eine weitergeleitete Nachricht). Das Programm des Rechnungsempfängers öffnet keine E-Mails in E-Mails, eine Rechnung darin wird also nicht gefunden.',
  'mail.other-attachments.forwarded.hint':
    'Leiten Sie die Rechnungs-E-Mail nicht als Anhang weiter: Senden Sie eine neue E-Mail mit der Rechnungs-PDF direkt im Anhang.',
  'mail.other-attachments.too-many':
    'Diese E-Mail hat {{count}} Anhänge; nur die ersten {{max}} wurden gelesen. Ein Postfach lehnt eine Nachricht mit so vielen Teilen ab oder verarbeitet sie falsch.',
  'mail.other-attachments.too-many.hint': 'Senden Sie eine Rechnungs-PDF pro E-Mail, ohne weitere Anhänge.',
  'mail.attachment-name.missing':
    'Der PDF-Anhang hat keinen Dateinamen. Manche Erfassungsprogramme überspringen Anhänge ohne Namen.',
  'mail.attachment-name.missing.hint':
    'Hängen Sie die Rechnung als Datei an, deren Name auf .pdf endet, zum Beispiel factuur-2024-001.pdf.',
  'mail.attachment-name.characters':
    'Der Dateiname {{name}} enthält Zeichen, die das Programm des Rechnungsempfängers nicht annimmt: {{characters}}.',
  'mail.attachment-name.characters.hint':
    'Verwenden Sie im Dateinamen nur Buchstaben, Ziffern, Bindestriche und Punkte, zum Beispiel factuur-2024-001.pdf. Den Dateinamen stellen Sie in den Export- oder E-Mail-Einstellungen Ihres Rechnungsprogramms ein.',
  'mail.attachment-name.too-long':
    'Der Dateiname {{name}} ist {{length}} Zeichen lang; das Programm des Rechnungsempfängers nimmt höchstens {{max}} an.',
  'mail.attachment-name.too-long.hint':
    'Verwenden Sie einen kürzeren Dateinamen, zum Beispiel nur das Wort „factuur“ (Rechnung) und die Rechnungsnummer.',
  'mail.attachment-name.pattern':
    'Der Dateiname {{name}} hat nicht die Form, die der Rechnungsempfänger verlangt ({{pattern}}).',
  'mail.attachment-name.pattern.hint':
    'Benennen Sie die Datei so, wie der Rechnungsempfänger es verlangt (oft mit der Rechnungsnummer im Namen); das stellen Sie in den Exporteinstellungen Ihres Rechnungsprogramms ein.',
  'mail.attachment-name.not-pdf-name':
    'Der Anhang {{name}} ist eine PDF, aber sein Name endet nicht auf .pdf (angegeben als {{contentType}}). Erfassungsprogramme, die nach dem Namen gehen, überspringen ihn.',
  'mail.attachment-name.not-pdf-name.hint':
    'Achten Sie darauf, dass der Name der angehängten Rechnung auf .pdf endet.',
  'mail.attachment-name.not-a-pdf':
    'Der Anhang {{name}} ist als PDF benannt oder angegeben, sein Inhalt ist aber {{kind}}, keine PDF. Das Programm des Rechnungsempfängers kann ihn nicht als Rechnung lesen.',
  'mail.attachment-name.not-a-pdf.hint':
    'Hängen Sie die echte PDF an, die Sie aus Ihrem Rechnungsprogramm exportiert haben; benennen Sie keine anderen Dateien in .pdf um.',
  'mail.no-attachment.body-invoice':
    'Diese E-Mail hat keinen PDF-Anhang: Die Rechnung steht offenbar im Text der E-Mail. Das Programm des Rechnungsempfängers liest nur PDF-Anhänge und findet daher keine Rechnung.',
  'mail.no-attachment.body-invoice.hint':
    'Hängen Sie die Rechnung als PDF an die E-Mail an, statt sie in die Nachricht zu tippen oder einzufügen. Die meisten Rechnungsprogramme haben eine Einstellung „Rechnung als PDF-Anhang senden“.',
  'mail.no-attachment.none':
    'Diese E-Mail hat keinen PDF-Anhang, das Programm des Rechnungsempfängers findet darin also keine Rechnung.',
  'mail.no-attachment.none.hint':
    'Hängen Sie die Rechnung als PDF-Datei an die E-Mail an, genau so, wie Sie künftig echte Rechnungen senden.',
  'mail.no-attachment.unreadable':
    'Diese Nachricht ließ sich nicht als E-Mail lesen ({{reason}}), daher wurde darin keine Rechnung gefunden.',
  'mail.no-attachment.unreadable.hint':
    'Senden Sie die Rechnung erneut aus Ihrem gewohnten E-Mail-Programm oder Rechnungsprogramm, mit der PDF im Anhang. Wenn Sie eine gespeicherte E-Mail hochladen, speichern Sie sie als .eml.',
  'mail.archive-attachment.found':
    'Der Anhang {{name}} ist ein komprimiertes Archiv ({{kind}}). Das Programm des Rechnungsempfängers entpackt keine Archive, eine Rechnung darin wird also nicht gefunden.',
  'mail.archive-attachment.found.hint':
    'Hängen Sie die Rechnungs-PDF selbst an, nicht in eine ZIP- oder RAR-Datei verpackt. Wenn die E-Mail zu groß ist, machen Sie stattdessen die PDF kleiner.',
  'mail.tnef.found':
    'Die E-Mail enthält winmail.dat ({{name}}): Outlook hat sie in seinem eigenen „Rich-Text“-Format gesendet. Andere Mailprogramme, auch das des Rechnungsempfängers, können sie nicht öffnen und sehen die Rechnung nicht.',
  'mail.tnef.found.hint':
    'Wählen Sie in Outlook Datei > Optionen > E-Mail > „Nachrichten in diesem Format verfassen“ und dort HTML oder Nur-Text. Für einen Kontakt: Öffnen Sie den Kontakt, doppelklicken Sie auf die E-Mail-Adresse und stellen Sie „Internetformat“ auf „Nur Text senden“. Senden Sie die Rechnung dann erneut.',
  'mail.inline-image.ignored':
    '{{count}} Bild(er) im Text der E-Mail ({{names}}), etwa ein Logo oder eine Signatur, werden vom Programm des Rechnungsempfängers nicht beachtet: Sie werden nicht für Rechnungen gehalten.',
  'mail.inline-image.attached':
    'Das Bild {{name}} ist als eigene Datei angehängt, nicht im Text angezeigt. Das Programm des Rechnungsempfängers hält es vielleicht für eine Rechnung (oder eine zweite Rechnung).',
  'mail.inline-image.attached.hint':
    'Setzen Sie Ihr Logo als Bild in den Text der E-Mail-Signatur (HTML-E-Mail), nicht als Anhang; oder lassen Sie es in Rechnungs-E-Mails weg.',
  'fields.seller-matches.iban':
    'Die IBAN {{found}} auf der Rechnung ist nicht das Bankkonto, das der Käufer für Sie hinterlegt hat ({{onFile}}). Der Käufer zahlt nicht auf ein Konto, das er nicht kennt.',
  'fields.seller-matches.iban.hint':
    'Geben Sie auf der Rechnung die IBAN an, die der Käufer kennt. Hat sich Ihr Bankkonto geändert? Teilen Sie dies über das eigene Verfahren des Käufers für geänderte Bankdaten mit (fragen Sie Ihren Ansprechpartner dort), niemals über eine Musterrechnung: Eine Musterrechnung ändert nicht das Konto, auf das der Käufer zahlt.',
  'fields.seller-matches.vat-id':
    'Die USt-IdNr. {{found}} auf der Rechnung ist nicht die USt-IdNr., die der Käufer für Sie hinterlegt hat ({{expected}}).',
  'fields.seller-matches.vat-id.hint':
    'Prüfen Sie die USt-IdNr. in Ihrem Rechnungsprogramm. Ist {{expected}} falsch, bitten Sie den Käufer, sie in seinen Unterlagen zu berichtigen.',
  'fields.seller-matches.kvk':
    'Die KvK-Nummer {{found}} auf der Rechnung ist nicht die KvK-Nummer, die der Käufer für Sie hinterlegt hat ({{expected}}).',
  'fields.seller-matches.kvk.hint':
    'Prüfen Sie die KvK-Nummer in Ihrem Rechnungsprogramm. Ist {{expected}} falsch, bitten Sie den Käufer, sie in seinen Unterlagen zu berichtigen.',
  'fields.seller-matches.name':
    'Ihr Firmenname auf der Rechnung, „{{found}}“, weicht von dem Namen ab, den der Käufer für Sie hinterlegt hat ({{expected}}).',
  'fields.seller-matches.name.hint':
    'Verwenden Sie denselben Firmennamen wie bei Ihrer Registrierung beim Käufer, damit seine Software Sie unter seinen Lieferanten findet.',
};
