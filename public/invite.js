// The supplier's page, reached through the buyer's private invitation link /i/<token> (no account):
// what is asked and why, a short inventory of how the supplier invoices, drag-and-drop upload with
// upload percentage and the run's stages as they happen (Server-Sent Events), the report, and, once
// the sample is cleared, where to send live invoices and from when. Dutch first, English on request.

import { initialLang, inLang, renderLangSwitch } from './lang.js';
import { renderMailRun } from './mail-report.js';
import {
  el,
  fill,
  followRun,
  formatBytes,
  formatDay,
  formatMoment,
  renderReport,
  stageList,
} from './report.js';

const T = {
  nl: {
    skip: 'Direct naar uploaden',
    loading: 'Even laden…',
    title: 'Proeffactuur voor {{buyer}}',
    greeting: 'Beste {{supplier}},',
    why: '{{buyer}} wil uw facturen voortaan als PDF per e-mail ontvangen. Hun software leest die PDF automatisch. Voordat u uw eerste echte factuur stuurt, kijken we hier of die software uw PDF goed kan lezen. Dat duurt een paar seconden; u hoeft niets te installeren.',
    step1: 'Vertel kort hoe u uw facturen maakt.',
    step2: 'Upload een proeffactuur: een gewone factuur uit uw software, als PDF.',
    step3: 'Lees de uitslag. Is er iets mis? Dan staat erbij wat u kunt doen, en probeert u het opnieuw.',
    step4:
      'Is de proeffactuur goedgekeurd? Dan ziet u hier waar u uw facturen naartoe stuurt, en vanaf wanneer.',
    step4Approval:
      'Is de proeffactuur door de controle gekomen? Dan keurt {{buyer}} hem nog goed. Daarna ziet u hier waar u uw facturen naartoe stuurt, en vanaf wanneer.',
    requirementsTitle: 'Wat de afnemer vraagt',
    reqText:
      'De software leest de tekst in uw PDF. Maak de PDF dus met uw factuursoftware, niet met een scanner.',
    reqOcr:
      'De software leest uw factuur als plaatje (zoals een scanner). Letters moeten scherp en groot genoeg zijn.',
    reqBoth: 'De software leest zowel de tekst in uw PDF als de pagina als plaatje.',
    reqMaxBytes: 'Eén PDF is hoogstens {{size}}.',
    reqMaxPages: "Eén PDF heeft hoogstens {{pages}} pagina's.",
    reqSingle: 'Eén factuur per PDF: zet geen meerdere facturen in één bestand.',
    reqPassword: 'Geen wachtwoord op de PDF.',
    reqAddressed: 'De factuur is gericht aan {{name}}{{ids}}.',
    reqFields: 'Op de factuur staan: {{fields}}.',
    vat: 'btw-nummer {{id}}',
    kvk: 'KvK {{id}}',
    notProcessed:
      'Een proeffactuur die u hier uploadt, wordt niet verwerkt of betaald. Het is alleen een test.',
    inventoryTitle: '1. Hoe maakt u uw facturen?',
    softwareLabel: 'Met welk programma maakt u uw facturen?',
    choose: '— kies —',
    other: 'Anders, namelijk…',
    otherLabel: 'Naam van het programma',
    handmadeLegend: 'Maakt u factuur-PDF’s (soms) met de hand, bijvoorbeeld in Word of Excel?',
    yes: 'Ja',
    no: 'Nee',
    save: 'Opslaan',
    saved: 'Opgeslagen. Dank u wel!',
    saveFailed: 'Opslaan lukte niet: {{error}}',
    hintPeppol:
      '{{howTo}} Vraag {{buyer}} of zij e-facturen via Peppol ontvangen: dan hoeft u geen PDF te mailen. Gaat u toch met PDF verder? Test dan hieronder uw PDF.',
    hintUbl: '{{howTo}} Voor deze test uploadt u alleen de PDF.',
    hintPdf:
      'Maak de PDF met de knop ‘PDF maken’, ‘Opslaan als PDF’ of ‘Exporteren’ van uw programma. Print de factuur niet om hem daarna te scannen.',
    hintHandmade:
      'Tip voor facturen uit Word of Excel: kies ‘Opslaan als’ en dan PDF (niet printen en scannen). Gebruik altijd hetzelfde sjabloon met de woorden ‘Factuurnummer’, ‘Factuurdatum’ en ‘Totaal’, en geef elke factuur een eigen, oplopend nummer.',
    uploadTitle: '2. Upload uw proeffactuur',
    uploadHelp:
      'Maak in uw factuursoftware een gewone factuur en sla die op als PDF, zoals u hem ook naar klanten stuurt. Sleep de PDF in het vak hieronder, of kies het bestand.',
    dropTitle: 'Sleep uw PDF hierheen',
    dropOr: 'of kies een bestand:',
    check: 'Controleren',
    retry: 'Opnieuw proberen',
    uploading: 'Uploaden',
    uploadPercent: 'Uploaden: {{percent}}%',
    uploaded: 'Geüpload',
    stagesLabel: 'Stappen',
    noFile: 'Kies eerst het PDF-bestand van uw factuur.',
    oneFile: 'Sleep één bestand tegelijk: één factuur per controle.',
    notPdf:
      'Dit bestand ({{name}}) is geen PDF. Maak in uw factuursoftware een PDF van de factuur en kies die.',
    isImage:
      'Dit bestand ({{name}}) is een afbeelding (bijvoorbeeld een foto of scan), geen PDF. Maak in uw factuursoftware een PDF van de factuur en kies die.',
    isXml:
      'Dit bestand ({{name}}) is een e-factuur (XML), geen PDF. Hier test u de PDF die u per e-mail zou sturen. Wilt u e-facturen sturen? Vraag {{buyer}} of zij die via Peppol ontvangen.',
    isOffice:
      'Dit bestand ({{name}}) is een Word-, Excel- of ander Office-bestand. Kies in dat programma ‘Opslaan als’ en dan PDF, en upload die PDF.',
    isEmpty: 'Dit bestand ({{name}}) is leeg.',
    tooLarge:
      'Dit bestand is {{size}}; de grens voor een upload is {{limit}}. Maak de PDF kleiner en probeer het opnieuw.',
    uploadFailed:
      'De upload is mislukt (de verbinding viel weg). Uw uitnodiging blijft gewoon geldig: probeer het opnieuw.',
    refused: 'De upload werd geweigerd: {{error}}',
    followFailed: 'De uitslag kon niet worden opgehaald. Herlaad de pagina om hem te zien.',
    historyTitle: 'Uw proeffacturen',
    compareWithPrevious: 'Vergelijk met de vorige poging',
    certificatePdf: 'Testcertificaat (PDF)',
    certificateJson: '(JSON)',
    show: 'Bekijk',
    shown: 'wordt getoond',
    verdict_accepted: 'voldoet aan de eisen',
    verdict_rejected: 'afgekeurd',
    verdict_undetermined: 'kon niet worden gecontroleerd',
    verdict_pending: 'wordt gecontroleerd',
    reviewApproved: 'goedgekeurd door {{buyer}}',
    reviewRejected: 'afgewezen door {{buyer}}',
    samplesPassed: '{{passed}} van {{required}} voorbeeldfacturen geslaagd',
    awaiting:
      'Uw proeffactuur is door de controle gekomen. {{buyer}} bekijkt hem nog en keurt hem goed; daarna ziet u hier waar en vanaf wanneer u uw facturen stuurt. U hoeft nu niets te doen.',
    rejectedByBuyer:
      '{{buyer}} heeft uw proeffactuur afgewezen. Pas uw factuur aan en upload een nieuwe proeffactuur.',
    rejectedComment: 'Toelichting van {{buyer}}: “{{comment}}”',
    statusNone: 'U heeft nog geen proeffactuur getest',
    statusChecking: 'Uw proeffactuur wordt gecontroleerd',
    statusTested: 'Getest: uw proeffactuur voldoet nog niet',
    testedLine:
      'Uw laatste proeffactuur voldoet nog niet aan de eisen van {{buyer}}. Hieronder staat wat u kunt doen; upload daarna een nieuwe proeffactuur.',
    statusAwaiting: 'Voldoet aan de eisen; wacht op goedkeuring van {{buyer}}',
    statusRejected: 'Afgewezen door {{buyer}}',
    statusApproved: 'Goedgekeurd door {{buyer}}',
    statusCleared: 'Voldoet aan de eisen van {{buyer}}',
    bannerAwaitingBody:
      'De software van {{buyer}} kan deze factuur lezen. {{buyer}} moet hem nog goedkeuren; u hoeft nu niets te doen.',
    bannerApprovedBody:
      'De software van {{buyer}} kan deze factuur lezen, en {{buyer}} heeft hem goedgekeurd.',
    bannerRejectedBody:
      'De software van {{buyer}} kan deze factuur lezen, maar {{buyer}} heeft hem afgewezen. De toelichting staat bovenaan deze pagina.',
    bannerClearedBody: 'De software van {{buyer}} kan deze factuur lezen.',
    contact: 'Vragen? Mail {{buyer}}: ',
    contactGeneric: 'Vragen? Neem contact op met {{buyer}}, via het adres uit de uitnodiging.',
    progressTitle: 'Uw proeffactuur wordt gecontroleerd',
    beforePass:
      'Het adres waar u uw facturen naartoe stuurt, ziet u hier zodra uw proeffactuur is goedgekeurd.',
    goliveReady: 'Zo stuurt u uw facturen',
    goliveTitle: 'Zo stuurt u uw facturen naar {{buyer}}',
    goliveWhen: 'Vanaf {{date}} stuurt u uw facturen als PDF per e-mail naar:',
    goliveNoAddress:
      '{{buyer}} heeft nog geen factuuradres ingesteld. Vraag hen waar u uw facturen vanaf {{date}} naartoe stuurt.',
    dontsTitle: 'Let op',
    dontOnePdf:
      'Eén factuur per PDF en één PDF per factuur. Zet nooit meerdere facturen in één bestand, en stuur geen losse bijlagen die bij de factuur horen als aparte factuur.',
    dontLimit: 'Een e-mail met bijlagen is samen hoogstens {{size}}.',
    dontFileLimit:
      'Eén PDF is hoogstens {{size}}; in een e-mail wordt een bijlage ongeveer een derde groter.',
    dontHelpdesk:
      'Stuur uw facturen niet naar een helpdesk- of no-reply-adres, zoals het adres waarvan u de uitnodiging kreeg: daar worden facturen niet verwerkt.',
    dontContact: 'Stuur uw facturen niet naar het contactadres {{address}}: dat is alleen voor vragen.',
    dontContactGeneric:
      'Stuur uw facturen niet naar het contactadres uit de uitnodiging: dat is alleen voor vragen.',
    dontUploadMenu:
      'Gebruik niet het uploadmenu voor e-facturen: dat is alleen voor echte e-facturen (XML), niet voor PDF’s.',
    dontSame:
      'Maak uw facturen op dezelfde manier als de goedgekeurde proeffactuur. Geen wachtwoord, niet printen en scannen.',
    dontBefore: 'Stuur vóór {{date}} nog geen facturen naar dit adres.',
    loadFailed: 'Deze pagina kon niet worden geladen. Controleer uw verbinding en herlaad de pagina.',
    mailboxTitle: 'Of stuur uw voorbeeld per e-mail',
    mailboxText:
      'Stuur uw voorbeeld precies zoals u straks echte facturen stuurt naar dit testadres. Dan controleren we ook de e-mail eromheen: de grootte, de bijlagen en de bestandsnaam.',
    mailboxLimit: 'De mailbox van de afnemer neemt hoogstens {{size}} per e-mail aan.',
    mailboxEml: 'Heeft u de e-mail opgeslagen (.eml)? Dan kunt u die hierboven ook uploaden.',
    theBuyer: 'de afnemer',
  },
  en: {
    skip: 'Skip to upload',
    loading: 'Loading…',
    title: 'Sample invoice for {{buyer}}',
    greeting: 'Dear {{supplier}},',
    why: "{{buyer}} wants to receive your invoices as PDF by e-mail from now on. Their software reads the PDF automatically. Before you send your first real invoice, we check here whether that software can read your PDF. It takes a few seconds; you don't need to install anything.",
    step1: 'Tell us briefly how you make your invoices.',
    step2: 'Upload a sample invoice: an ordinary invoice from your software, as a PDF.',
    step3: 'Read the result. Is something wrong? It says what you can do; then try again.',
    step4: 'Is the sample accepted? Then this page shows where to send your invoices, and from when.',
    step4Approval:
      'Has the sample passed the check? Then {{buyer}} approves it. After that, this page shows where to send your invoices, and from when.',
    requirementsTitle: 'What the buyer asks',
    reqText:
      'The software reads the text inside your PDF. So make the PDF with your invoicing software, not with a scanner.',
    reqOcr:
      'The software reads your invoice as a picture (like a scanner). Letters must be sharp and large enough.',
    reqBoth: 'The software reads both the text inside your PDF and the page as a picture.',
    reqMaxBytes: 'One PDF is at most {{size}}.',
    reqMaxPages: 'One PDF has at most {{pages}} pages.',
    reqSingle: 'One invoice per PDF: never put several invoices in one file.',
    reqPassword: 'No password on the PDF.',
    reqAddressed: 'The invoice is addressed to {{name}}{{ids}}.',
    reqFields: 'The invoice shows: {{fields}}.',
    vat: 'VAT id {{id}}',
    kvk: 'KvK {{id}}',
    notProcessed: 'A sample invoice you upload here is not processed or paid. It is only a test.',
    inventoryTitle: '1. How do you make your invoices?',
    softwareLabel: 'Which program do you make your invoices with?',
    choose: '— choose —',
    other: 'Other, namely…',
    otherLabel: 'Name of the program',
    handmadeLegend: 'Do you (sometimes) make invoice PDFs by hand, for example in Word or Excel?',
    yes: 'Yes',
    no: 'No',
    save: 'Save',
    saved: 'Saved. Thank you!',
    saveFailed: 'Saving failed: {{error}}',
    hintPeppol:
      "{{howTo}} Ask {{buyer}} whether they receive e-invoices over Peppol: then you don't need to e-mail PDFs. Going on with PDF anyway? Then test your PDF below.",
    hintUbl: '{{howTo}} For this test, upload only the PDF.',
    hintPdf:
      "Make the PDF with your program's ‘Create PDF’, ‘Save as PDF’ or ‘Export’ button. Don't print the invoice to scan it afterwards.",
    hintHandmade:
      'Tip for invoices from Word or Excel: choose ‘Save as’ and then PDF (don’t print and scan). Always use the same template with the words ‘Invoice number’, ‘Invoice date’ and ‘Total’, and give every invoice its own, increasing number.',
    uploadTitle: '2. Upload your sample invoice',
    uploadHelp:
      'Make an ordinary invoice in your invoicing software and save it as a PDF, as you would send it to customers. Drag the PDF into the box below, or choose the file.',
    dropTitle: 'Drag your PDF here',
    dropOr: 'or choose a file:',
    check: 'Check',
    retry: 'Try again',
    uploading: 'Uploading',
    uploadPercent: 'Uploading: {{percent}}%',
    uploaded: 'Uploaded',
    stagesLabel: 'Steps',
    noFile: 'First choose the PDF file of your invoice.',
    oneFile: 'Drop one file at a time: one invoice per check.',
    notPdf:
      'This file ({{name}}) is not a PDF. Make a PDF of the invoice in your invoicing software and choose that.',
    isImage:
      'This file ({{name}}) is an image (e.g. a photo or scan), not a PDF. Make a PDF of the invoice in your invoicing software and choose that.',
    isXml:
      'This file ({{name}}) is an e-invoice (XML), not a PDF. Here you test the PDF you would e-mail. Want to send e-invoices? Ask {{buyer}} whether they receive them over Peppol.',
    isOffice:
      'This file ({{name}}) is a Word, Excel or other Office file. In that program choose ‘Save as’ and then PDF, and upload that PDF.',
    isEmpty: 'This file ({{name}}) is empty.',
    tooLarge: 'This file is {{size}}; the upload limit is {{limit}}. Make the PDF smaller and try again.',
    uploadFailed:
      'The upload failed (the connection dropped). Your invitation is still valid: please try again.',
    refused: 'The upload was refused: {{error}}',
    followFailed: 'The result could not be fetched. Reload the page to see it.',
    historyTitle: 'Your sample invoices',
    compareWithPrevious: 'Compare with the previous try',
    certificatePdf: 'Test certificate (PDF)',
    certificateJson: '(JSON)',
    show: 'Show',
    shown: 'shown',
    verdict_accepted: 'meets the requirements',
    verdict_rejected: 'rejected',
    verdict_undetermined: 'could not be checked',
    verdict_pending: 'being checked',
    reviewApproved: 'approved by {{buyer}}',
    reviewRejected: 'rejected by {{buyer}}',
    samplesPassed: '{{passed}} of {{required}} sample invoices passed',
    awaiting:
      'Your sample passed the check. {{buyer}} still reviews and approves it; after that, this page shows where and from when to send your invoices. There is nothing you need to do now.',
    rejectedByBuyer: '{{buyer}} has rejected your sample. Change your invoice and upload a new sample.',
    rejectedComment: 'Comment from {{buyer}}: “{{comment}}”',
    statusNone: 'You have not tested a sample invoice yet',
    statusChecking: 'Your sample invoice is being checked',
    statusTested: 'Tested: your sample does not meet the requirements yet',
    testedLine:
      "Your latest sample does not meet {{buyer}}'s requirements yet. Below it says what you can do; then upload a new sample.",
    statusAwaiting: "Meets the requirements; waiting for {{buyer}}'s approval",
    statusRejected: 'Rejected by {{buyer}}',
    statusApproved: 'Approved by {{buyer}}',
    statusCleared: "Meets {{buyer}}'s requirements",
    bannerAwaitingBody:
      "{{buyer}}'s software can read this invoice. {{buyer}} still has to approve it; there is nothing you need to do now.",
    bannerApprovedBody: "{{buyer}}'s software can read this invoice, and {{buyer}} has approved it.",
    bannerRejectedBody:
      "{{buyer}}'s software can read this invoice, but {{buyer}} has rejected it. The comment is at the top of this page.",
    bannerClearedBody: "{{buyer}}'s software can read this invoice.",
    contact: 'Questions? E-mail {{buyer}}: ',
    contactGeneric: 'Questions? Contact {{buyer}} at the address in the invitation.',
    progressTitle: 'Your sample invoice is being checked',
    beforePass: 'The address to send your invoices to appears here once your sample has been accepted.',
    goliveReady: 'How to send your invoices',
    goliveTitle: 'How to send your invoices to {{buyer}}',
    goliveWhen: 'From {{date}}, send your invoices as PDF by e-mail to:',
    goliveNoAddress:
      '{{buyer}} has not set an invoice address yet. Ask them where to send your invoices from {{date}}.',
    dontsTitle: 'Please note',
    dontOnePdf:
      'One invoice per PDF and one PDF per invoice. Never put several invoices in one file, and do not send attachments that belong to an invoice as a separate invoice.',
    dontLimit: 'An e-mail with its attachments is at most {{size}} in total.',
    dontFileLimit: 'One PDF is at most {{size}}; in an e-mail an attachment grows by about a third.',
    dontHelpdesk:
      'Do not send your invoices to a helpdesk or no-reply address, such as the address the invitation came from: invoices are not processed there.',
    dontContact: 'Do not send your invoices to the contact address {{address}}: it is for questions only.',
    dontContactGeneric:
      'Do not send your invoices to the contact address from the invitation: it is for questions only.',
    dontUploadMenu:
      'Do not use the upload menu for e-invoices: it is for real e-invoices (XML) only, not for PDFs.',
    dontSame:
      'Make your invoices the same way as the accepted sample. No password, no printing and scanning.',
    dontBefore: 'Do not send invoices to this address before {{date}}.',
    loadFailed: 'This page could not be loaded. Check your connection and reload the page.',
    mailboxTitle: 'Or send your sample by e-mail',
    mailboxText:
      'Send your sample exactly as you will send live invoices, to this test address. We then also check the e-mail around it: its size, its attachments and the file name.',
    mailboxLimit: "The buyer's mailbox accepts at most {{size}} per e-mail.",
    mailboxEml: 'Saved the e-mail (.eml)? You can upload that above as well.',
    theBuyer: 'the buyer',
  },
  de: {
    skip: 'Direkt zum Hochladen',
    loading: 'Wird geladen…',
    title: 'Testrechnung für {{buyer}}',
    greeting: 'Guten Tag {{supplier}},',
    why: '{{buyer}} möchte Ihre Rechnungen künftig als PDF per E-Mail erhalten. Die Software von {{buyer}} liest die PDF automatisch. Bevor Sie Ihre erste echte Rechnung senden, prüfen wir hier, ob diese Software Ihre PDF lesen kann. Das dauert einige Sekunden; Sie müssen nichts installieren.',
    step1: 'Sagen Sie uns kurz, wie Sie Ihre Rechnungen erstellen.',
    step2: 'Laden Sie eine Testrechnung hoch: eine normale Rechnung aus Ihrer Software, als PDF.',
    step3:
      'Lesen Sie das Ergebnis. Stimmt etwas nicht? Dort steht, was Sie tun können; versuchen Sie es dann erneut.',
    step4:
      'Wird die Testrechnung angenommen? Dann zeigt diese Seite, wohin und ab wann Sie Ihre Rechnungen senden.',
    step4Approval:
      'Hat die Testrechnung die Prüfung bestanden? Dann gibt {{buyer}} sie frei. Danach zeigt diese Seite, wohin und ab wann Sie Ihre Rechnungen senden.',
    requirementsTitle: 'Was der Kunde verlangt',
    reqText:
      'Die Software liest den Text in Ihrer PDF. Erstellen Sie die PDF daher mit Ihrer Rechnungssoftware, nicht mit einem Scanner.',
    reqOcr:
      'Die Software liest Ihre Rechnung als Bild (wie ein Scanner). Die Buchstaben müssen scharf und groß genug sein.',
    reqBoth: 'Die Software liest sowohl den Text in Ihrer PDF als auch die Seite als Bild.',
    reqMaxBytes: 'Eine PDF ist höchstens {{size}} groß.',
    reqMaxPages: 'Eine PDF hat höchstens {{pages}} Seiten.',
    reqSingle: 'Eine Rechnung pro PDF: Legen Sie nie mehrere Rechnungen in eine Datei.',
    reqPassword: 'Kein Passwort auf der PDF.',
    reqAddressed: 'Die Rechnung ist an {{name}}{{ids}} gerichtet.',
    reqFields: 'Auf der Rechnung steht: {{fields}}.',
    vat: 'USt-IdNr. {{id}}',
    kvk: 'KvK-Nr. (niederländisches Handelsregister) {{id}}',
    notProcessed:
      'Eine Testrechnung, die Sie hier hochladen, wird nicht verarbeitet oder bezahlt. Sie dient nur als Test.',
    inventoryTitle: '1. Wie erstellen Sie Ihre Rechnungen?',
    softwareLabel: 'Mit welchem Programm erstellen Sie Ihre Rechnungen?',
    choose: '— bitte wählen —',
    other: 'Anderes, und zwar…',
    otherLabel: 'Name des Programms',
    handmadeLegend: 'Erstellen Sie Rechnungs-PDFs (manchmal) von Hand, zum Beispiel in Word oder Excel?',
    yes: 'Ja',
    no: 'Nein',
    save: 'Speichern',
    saved: 'Gespeichert. Vielen Dank!',
    saveFailed: 'Speichern fehlgeschlagen: {{error}}',
    hintPeppol:
      '{{howTo}} Fragen Sie {{buyer}}, ob dort E-Rechnungen über Peppol empfangen werden: Dann müssen Sie keine PDFs per E-Mail senden. Bleiben Sie trotzdem bei PDF? Dann testen Sie unten Ihre PDF.',
    hintUbl: '{{howTo}} Laden Sie für diesen Test nur die PDF hoch.',
    hintPdf:
      'Erstellen Sie die PDF mit der Schaltfläche „PDF erstellen“, „Als PDF speichern“ oder „Exportieren“ Ihres Programms. Drucken Sie die Rechnung nicht aus, um sie danach zu scannen.',
    hintHandmade:
      'Tipp für Rechnungen aus Word oder Excel: Wählen Sie „Speichern unter“ und dann PDF (nicht drucken und scannen). Verwenden Sie immer dieselbe Vorlage mit den Wörtern „Rechnungsnummer“, „Rechnungsdatum“ und „Gesamtbetrag“, und geben Sie jeder Rechnung eine eigene, fortlaufende Nummer.',
    uploadTitle: '2. Laden Sie Ihre Testrechnung hoch',
    uploadHelp:
      'Erstellen Sie in Ihrer Rechnungssoftware eine normale Rechnung und speichern Sie sie als PDF, so wie Sie sie an Kunden senden würden. Ziehen Sie die PDF in das Feld unten oder wählen Sie die Datei aus.',
    dropTitle: 'Ziehen Sie Ihre PDF hierher',
    dropOr: 'oder wählen Sie eine Datei:',
    check: 'Prüfen',
    retry: 'Erneut versuchen',
    uploading: 'Wird hochgeladen',
    uploadPercent: 'Hochladen: {{percent}} %',
    uploaded: 'Hochgeladen',
    stagesLabel: 'Schritte',
    noFile: 'Wählen Sie zuerst die PDF-Datei Ihrer Rechnung.',
    oneFile: 'Legen Sie jeweils nur eine Datei ab: eine Rechnung pro Prüfung.',
    notPdf:
      'Diese Datei ({{name}}) ist keine PDF. Erstellen Sie in Ihrer Rechnungssoftware eine PDF der Rechnung und wählen Sie diese.',
    isImage:
      'Diese Datei ({{name}}) ist ein Bild (z. B. ein Foto oder Scan), keine PDF. Erstellen Sie in Ihrer Rechnungssoftware eine PDF der Rechnung und wählen Sie diese.',
    isXml:
      'Diese Datei ({{name}}) ist eine E-Rechnung (XML), keine PDF. Hier testen Sie die PDF, die Sie per E-Mail senden würden. Möchten Sie E-Rechnungen senden? Fragen Sie {{buyer}}, ob dort E-Rechnungen über Peppol empfangen werden.',
    isOffice:
      'Diese Datei ({{name}}) ist eine Word-, Excel- oder andere Office-Datei. Wählen Sie in diesem Programm „Speichern unter“ und dann PDF, und laden Sie diese PDF hoch.',
    isEmpty: 'Diese Datei ({{name}}) ist leer.',
    tooLarge:
      'Diese Datei ist {{size}} groß; die Grenze für das Hochladen ist {{limit}}. Machen Sie die PDF kleiner und versuchen Sie es erneut.',
    uploadFailed:
      'Das Hochladen ist fehlgeschlagen (die Verbindung wurde unterbrochen). Ihre Einladung ist noch gültig: Bitte versuchen Sie es erneut.',
    refused: 'Das Hochladen wurde abgelehnt: {{error}}',
    followFailed: 'Das Ergebnis konnte nicht abgerufen werden. Laden Sie die Seite neu, um es zu sehen.',
    historyTitle: 'Ihre Testrechnungen',
    compareWithPrevious: 'Mit dem vorigen Versuch vergleichen',
    certificatePdf: 'Testzertifikat (PDF)',
    certificateJson: '(JSON)',
    show: 'Anzeigen',
    shown: 'angezeigt',
    verdict_accepted: 'erfüllt die Anforderungen',
    verdict_rejected: 'abgelehnt',
    verdict_undetermined: 'konnte nicht geprüft werden',
    verdict_pending: 'wird geprüft',
    reviewApproved: 'freigegeben von {{buyer}}',
    reviewRejected: 'abgelehnt von {{buyer}}',
    samplesPassed: '{{passed}} von {{required}} Testrechnungen bestanden',
    awaiting:
      'Ihre Testrechnung hat die Prüfung bestanden. {{buyer}} prüft und gibt sie noch frei; danach zeigt diese Seite, wohin und ab wann Sie Ihre Rechnungen senden. Sie müssen jetzt nichts tun.',
    rejectedByBuyer:
      '{{buyer}} hat Ihre Testrechnung abgelehnt. Ändern Sie Ihre Rechnung und laden Sie eine neue Testrechnung hoch.',
    rejectedComment: 'Erläuterung von {{buyer}}: „{{comment}}“',
    statusNone: 'Sie haben noch keine Testrechnung geprüft',
    statusChecking: 'Ihre Testrechnung wird geprüft',
    statusTested: 'Getestet: Ihre Testrechnung erfüllt die Anforderungen noch nicht',
    testedLine:
      'Ihre letzte Testrechnung erfüllt die Anforderungen von {{buyer}} noch nicht. Unten steht, was Sie tun können; laden Sie danach eine neue Testrechnung hoch.',
    statusAwaiting: 'Erfüllt die Anforderungen; wartet auf die Freigabe durch {{buyer}}',
    statusRejected: 'Abgelehnt von {{buyer}}',
    statusApproved: 'Freigegeben von {{buyer}}',
    statusCleared: 'Erfüllt die Anforderungen von {{buyer}}',
    bannerAwaitingBody:
      'Die Software von {{buyer}} kann diese Rechnung lesen. {{buyer}} muss sie noch freigeben; Sie müssen jetzt nichts tun.',
    bannerApprovedBody:
      'Die Software von {{buyer}} kann diese Rechnung lesen, und {{buyer}} hat sie freigegeben.',
    bannerRejectedBody:
      'Die Software von {{buyer}} kann diese Rechnung lesen, aber {{buyer}} hat sie abgelehnt. Die Erläuterung steht oben auf dieser Seite.',
    bannerClearedBody: 'Die Software von {{buyer}} kann diese Rechnung lesen.',
    contact: 'Fragen? Schreiben Sie an {{buyer}}: ',
    contactGeneric: 'Fragen? Wenden Sie sich an {{buyer}} unter der Adresse aus der Einladung.',
    progressTitle: 'Ihre Testrechnung wird geprüft',
    beforePass: 'Die Adresse für Ihre Rechnungen erscheint hier, sobald Ihre Testrechnung angenommen wurde.',
    goliveReady: 'So senden Sie Ihre Rechnungen',
    goliveTitle: 'So senden Sie Ihre Rechnungen an {{buyer}}',
    goliveWhen: 'Ab dem {{date}} senden Sie Ihre Rechnungen als PDF per E-Mail an:',
    goliveNoAddress:
      '{{buyer}} hat noch keine Rechnungsadresse angegeben. Fragen Sie dort nach, wohin Sie Ihre Rechnungen ab dem {{date}} senden sollen.',
    dontsTitle: 'Bitte beachten Sie',
    dontOnePdf:
      'Eine Rechnung pro PDF und eine PDF pro Rechnung. Legen Sie nie mehrere Rechnungen in eine Datei, und senden Sie Anlagen zu einer Rechnung nicht als eigene Rechnung.',
    dontLimit: 'Eine E-Mail mit ihren Anhängen ist insgesamt höchstens {{size}} groß.',
    dontFileLimit:
      'Eine PDF ist höchstens {{size}} groß; in einer E-Mail wird ein Anhang etwa ein Drittel größer.',
    dontHelpdesk:
      'Senden Sie Ihre Rechnungen nicht an einen Helpdesk oder eine No-Reply-Adresse, etwa die Adresse, von der die Einladung kam: Dort werden Rechnungen nicht verarbeitet.',
    dontContact:
      'Senden Sie Ihre Rechnungen nicht an die Kontaktadresse {{address}}: Sie ist nur für Fragen gedacht.',
    dontContactGeneric:
      'Senden Sie Ihre Rechnungen nicht an die Kontaktadresse aus der Einladung: Sie ist nur für Fragen gedacht.',
    dontUploadMenu:
      'Verwenden Sie für E-Rechnungen nicht das Upload-Menü: Es ist nur für echte E-Rechnungen (XML) gedacht, nicht für PDFs.',
    dontSame:
      'Erstellen Sie Ihre Rechnungen genauso wie die angenommene Testrechnung. Kein Passwort, nicht drucken und scannen.',
    dontBefore: 'Senden Sie vor dem {{date}} keine Rechnungen an diese Adresse.',
    loadFailed:
      'Diese Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
    mailboxTitle: 'Oder senden Sie Ihre Testrechnung per E-Mail',
    mailboxText:
      'Senden Sie Ihre Testrechnung genau so, wie Sie später echte Rechnungen senden, an diese Testadresse. Dann prüfen wir auch die E-Mail drumherum: die Größe, die Anhänge und den Dateinamen.',
    mailboxLimit: 'Das Postfach des Kunden nimmt höchstens {{size}} pro E-Mail an.',
    mailboxEml: 'Haben Sie die E-Mail gespeichert (.eml)? Sie können sie auch oben hochladen.',
    theBuyer: 'Ihr Kunde',
  },
  fr: {
    skip: "Aller directement à l'envoi",
    loading: 'Chargement…',
    title: 'Facture test pour {{buyer}}',
    greeting: 'Bonjour {{supplier}},',
    why: "{{buyer}} souhaite désormais recevoir vos factures au format PDF par e-mail. Son logiciel lit le PDF automatiquement. Avant que vous n'envoyiez votre première vraie facture, nous vérifions ici si ce logiciel peut lire votre PDF. Cela prend quelques secondes ; vous n'avez rien à installer.",
    step1: 'Dites-nous brièvement comment vous faites vos factures.',
    step2: 'Envoyez une facture test : une facture ordinaire de votre logiciel, au format PDF.',
    step3:
      'Lisez le résultat. Quelque chose ne va pas ? Il indique ce que vous pouvez faire ; puis réessayez.',
    step4:
      'La facture test est acceptée ? Cette page indique alors où et à partir de quand envoyer vos factures.',
    step4Approval:
      'La facture test a réussi la vérification ? {{buyer}} l’approuve alors. Ensuite, cette page indique où et à partir de quand envoyer vos factures.',
    requirementsTitle: 'Ce que demande le client',
    reqText:
      'Le logiciel lit le texte contenu dans votre PDF. Créez donc le PDF avec votre logiciel de facturation, pas avec un scanner.',
    reqOcr:
      'Le logiciel lit votre facture comme une image (comme un scanner). Les lettres doivent être nettes et assez grandes.',
    reqBoth: 'Le logiciel lit à la fois le texte contenu dans votre PDF et la page comme une image.',
    reqMaxBytes: 'Un PDF fait au maximum {{size}}.',
    reqMaxPages: 'Un PDF a au maximum {{pages}} pages.',
    reqSingle: 'Une facture par PDF : ne mettez jamais plusieurs factures dans un même fichier.',
    reqPassword: 'Pas de mot de passe sur le PDF.',
    reqAddressed: 'La facture est adressée à {{name}}{{ids}}.',
    reqFields: 'La facture mentionne : {{fields}}.',
    vat: 'n° de TVA {{id}}',
    kvk: 'n° KvK (registre du commerce néerlandais) {{id}}',
    notProcessed: "Une facture test envoyée ici n'est ni traitée ni payée. C'est uniquement un test.",
    inventoryTitle: '1. Comment faites-vous vos factures ?',
    softwareLabel: 'Avec quel programme faites-vous vos factures ?',
    choose: '— choisir —',
    other: 'Autre, à savoir…',
    otherLabel: 'Nom du programme',
    handmadeLegend: 'Faites-vous (parfois) des factures PDF à la main, par exemple dans Word ou Excel ?',
    yes: 'Oui',
    no: 'Non',
    save: 'Enregistrer',
    saved: 'Enregistré. Merci !',
    saveFailed: "L'enregistrement a échoué : {{error}}",
    hintPeppol:
      "{{howTo}} Demandez à {{buyer}} s'il reçoit les factures électroniques via Peppol : vous n'aurez alors pas besoin d'envoyer des PDF par e-mail. Vous continuez quand même avec un PDF ? Testez alors votre PDF ci-dessous.",
    hintUbl: '{{howTo}} Pour ce test, envoyez uniquement le PDF.',
    hintPdf:
      "Créez le PDF avec le bouton « Créer un PDF », « Enregistrer en PDF » ou « Exporter » de votre programme. N'imprimez pas la facture pour la scanner ensuite.",
    hintHandmade:
      "Conseil pour les factures faites dans Word ou Excel : choisissez « Enregistrer sous » puis PDF (n'imprimez pas et ne scannez pas). Utilisez toujours le même modèle avec les mots « Numéro de facture », « Date de facture » et « Total », et donnez à chaque facture son propre numéro, croissant.",
    uploadTitle: '2. Envoyez votre facture test',
    uploadHelp:
      'Faites une facture ordinaire dans votre logiciel de facturation et enregistrez-la en PDF, comme vous l’enverriez à vos clients. Faites glisser le PDF dans la zone ci-dessous, ou choisissez le fichier.',
    dropTitle: 'Faites glisser votre PDF ici',
    dropOr: 'ou choisissez un fichier :',
    check: 'Vérifier',
    retry: 'Réessayer',
    uploading: 'Envoi en cours',
    uploadPercent: 'Envoi : {{percent}} %',
    uploaded: 'Envoyé',
    stagesLabel: 'Étapes',
    noFile: "Choisissez d'abord le fichier PDF de votre facture.",
    oneFile: 'Déposez un seul fichier à la fois : une facture par vérification.',
    notPdf:
      "Ce fichier ({{name}}) n'est pas un PDF. Créez un PDF de la facture dans votre logiciel de facturation et choisissez-le.",
    isImage:
      'Ce fichier ({{name}}) est une image (par ex. une photo ou un scan), pas un PDF. Créez un PDF de la facture dans votre logiciel de facturation et choisissez-le.',
    isXml:
      "Ce fichier ({{name}}) est une facture électronique (XML), pas un PDF. Ici, vous testez le PDF que vous enverriez par e-mail. Vous voulez envoyer des factures électroniques ? Demandez à {{buyer}} s'il les reçoit via Peppol.",
    isOffice:
      'Ce fichier ({{name}}) est un fichier Word, Excel ou autre fichier Office. Dans ce programme, choisissez « Enregistrer sous » puis PDF, et envoyez ce PDF.',
    isEmpty: 'Ce fichier ({{name}}) est vide.',
    tooLarge:
      "Ce fichier fait {{size}} ; la limite d'envoi est de {{limit}}. Réduisez la taille du PDF et réessayez.",
    uploadFailed:
      "L'envoi a échoué (la connexion a été interrompue). Votre invitation est toujours valable : veuillez réessayer.",
    refused: "L'envoi a été refusé : {{error}}",
    followFailed: "Le résultat n'a pas pu être récupéré. Rechargez la page pour le voir.",
    historyTitle: 'Vos factures test',
    compareWithPrevious: "Comparer avec l'essai précédent",
    certificatePdf: 'Certificat de test (PDF)',
    certificateJson: '(JSON)',
    show: 'Afficher',
    shown: 'affiché',
    verdict_accepted: 'répond aux exigences',
    verdict_rejected: 'refusée',
    verdict_undetermined: "n'a pas pu être vérifiée",
    verdict_pending: 'en cours de vérification',
    reviewApproved: 'approuvée par {{buyer}}',
    reviewRejected: 'refusée par {{buyer}}',
    samplesPassed: '{{passed}} factures test réussies sur {{required}}',
    awaiting:
      "Votre facture test a réussi la vérification. {{buyer}} doit encore l'examiner et l'approuver ; ensuite, cette page indique où et à partir de quand envoyer vos factures. Vous n'avez rien à faire pour l'instant.",
    rejectedByBuyer:
      '{{buyer}} a refusé votre facture test. Modifiez votre facture et envoyez une nouvelle facture test.',
    rejectedComment: 'Commentaire de {{buyer}} : « {{comment}} »',
    statusNone: "Vous n'avez pas encore testé de facture test",
    statusChecking: 'Votre facture test est en cours de vérification',
    statusTested: 'Testée : votre facture test ne répond pas encore aux exigences',
    testedLine:
      'Votre dernière facture test ne répond pas encore aux exigences de {{buyer}}. Ci-dessous, vous voyez ce que vous pouvez faire ; envoyez ensuite une nouvelle facture test.',
    statusAwaiting: "Répond aux exigences ; en attente de l'approbation de {{buyer}}",
    statusRejected: 'Refusée par {{buyer}}',
    statusApproved: 'Approuvée par {{buyer}}',
    statusCleared: 'Répond aux exigences de {{buyer}}',
    bannerAwaitingBody:
      "Le logiciel de {{buyer}} peut lire cette facture. {{buyer}} doit encore l'approuver ; vous n'avez rien à faire pour l'instant.",
    bannerApprovedBody: "Le logiciel de {{buyer}} peut lire cette facture, et {{buyer}} l'a approuvée.",
    bannerRejectedBody:
      "Le logiciel de {{buyer}} peut lire cette facture, mais {{buyer}} l'a refusée. Le commentaire se trouve en haut de cette page.",
    bannerClearedBody: 'Le logiciel de {{buyer}} peut lire cette facture.',
    contact: 'Des questions ? Écrivez à {{buyer}} : ',
    contactGeneric: "Des questions ? Contactez {{buyer}} à l'adresse figurant dans l'invitation.",
    progressTitle: 'Votre facture test est en cours de vérification',
    beforePass:
      "L'adresse à laquelle envoyer vos factures apparaît ici dès que votre facture test est acceptée.",
    goliveReady: 'Comment envoyer vos factures',
    goliveTitle: 'Comment envoyer vos factures à {{buyer}}',
    goliveWhen: 'À partir du {{date}}, envoyez vos factures au format PDF par e-mail à :',
    goliveNoAddress:
      "{{buyer}} n'a pas encore indiqué d'adresse de facturation. Demandez-lui où envoyer vos factures à partir du {{date}}.",
    dontsTitle: 'Attention',
    dontOnePdf:
      "Une facture par PDF et un PDF par facture. Ne mettez jamais plusieurs factures dans un même fichier, et n'envoyez pas les annexes d'une facture comme une facture séparée.",
    dontLimit: 'Un e-mail avec ses pièces jointes fait au maximum {{size}} au total.',
    dontFileLimit:
      "Un PDF fait au maximum {{size}} ; dans un e-mail, une pièce jointe grossit d'environ un tiers.",
    dontHelpdesk:
      "N'envoyez pas vos factures à un service d'assistance ou à une adresse « no-reply », comme l'adresse d'où vient l'invitation : les factures n'y sont pas traitées.",
    dontContact:
      "N'envoyez pas vos factures à l'adresse de contact {{address}} : elle sert uniquement aux questions.",
    dontContactGeneric:
      "N'envoyez pas vos factures à l'adresse de contact de l'invitation : elle sert uniquement aux questions.",
    dontUploadMenu:
      "N'utilisez pas le menu d'envoi pour les factures électroniques : il est réservé aux vraies factures électroniques (XML), pas aux PDF.",
    dontSame:
      'Faites vos factures de la même manière que la facture test acceptée. Pas de mot de passe, pas d’impression suivie d’un scan.',
    dontBefore: "N'envoyez pas de factures à cette adresse avant le {{date}}.",
    loadFailed: "Cette page n'a pas pu être chargée. Vérifiez votre connexion et rechargez la page.",
    mailboxTitle: 'Ou envoyez votre facture test par e-mail',
    mailboxText:
      "Envoyez votre facture test exactement comme vous enverrez plus tard les vraies factures, à cette adresse de test. Nous vérifions alors aussi l'e-mail qui l'accompagne : sa taille, ses pièces jointes et le nom du fichier.",
    mailboxLimit: 'La boîte aux lettres du client accepte au maximum {{size}} par e-mail.',
    mailboxEml: "Vous avez enregistré l'e-mail (.eml) ? Vous pouvez aussi l'envoyer ci-dessus.",
    theBuyer: 'votre client',
  },
};

const OTHER = 'other';
const token = location.pathname.split('/')[2] ?? '';
const base = `/api/i/${encodeURIComponent(token)}`;
let lang = initialLang();
let view = null;
let software = [];
let shownRun = null;
/** The runs of the PDFs of the shown run, when it is an e-mail run. */
let shownChildren = [];
let selected = null;
/** The advice about the last wrongly chosen file ({ key, vars }): it stays until another file is chosen. */
let advice = null;
/** Where the run being checked is remembered, so a reload resumes following it. */
const RUN_KEY = `proeffactuur:run:${token}`;
let uploadLimit = 50 * 1024 * 1024;

const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => fill(T[lang][key], vars);
const buyerName = () => view?.buyer?.name || t('theBuyer');
const stages = stageList($('stages'), $('stage-status'), () => lang);

async function getJson(path, init = {}) {
  const res = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', 'Accept-Language': lang, ...(init.headers ?? {}) },
  });
  const text = await res.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return { status: res.status, ok: res.ok, body };
}

// --- rendering -------------------------------------------------------------------------------------------
function renderIntro() {
  const buyer = buyerName();
  $('title').textContent = t('title', { buyer });
  document.title = `${t('title', { buyer })} – Proeffactuur`;
  $('greeting').textContent = t('greeting', { supplier: view.supplier.name });
  $('why').textContent = t('why', { buyer });
  $('steps').replaceChildren(
    el('li', { text: t('step1') }),
    el('li', { text: t('step2') }),
    el('li', { text: t('step3') }),
    el('li', { text: view.approvalRequired ? t('step4Approval', { buyer }) : t('step4') }),
  );
  const req = view.requirements;
  const items = [];
  if (req) {
    items.push(t(req.channels === 'ocr' ? 'reqOcr' : req.channels === 'both' ? 'reqBoth' : 'reqText'));
    if (req.maxBytes) items.push(t('reqMaxBytes', { size: formatBytes(req.maxBytes, lang) }));
    if (req.maxPages) items.push(t('reqMaxPages', { pages: req.maxPages }));
    if (req.singleInvoice) items.push(t('reqSingle'));
    items.push(t('reqPassword'));
    if (req.buyer?.name) {
      const ids = [
        req.buyer.vatId && t('vat', { id: req.buyer.vatId }),
        req.buyer.kvk && t('kvk', { id: req.buyer.kvk }),
      ]
        .filter(Boolean)
        .join(', ');
      items.push(t('reqAddressed', { name: req.buyer.name, ids: ids ? ` (${ids})` : '' }));
    }
    if (req.requiredFields.length)
      items.push(t('reqFields', { fields: req.requiredFields.map((f) => fieldName(f)).join(', ') }));
  }
  if (inLang(view.profile?.description, lang)) items.unshift(inLang(view.profile.description, lang));
  $('requirements').replaceChildren(...items.map((text) => el('li', { text })));
}

/** The invoice fields as the requirements name them, in the supplier's words. */
const FIELD_WORDS = {
  invoiceNumber: {
    nl: 'factuurnummer',
    en: 'invoice number',
    de: 'Rechnungsnummer',
    fr: 'numéro de facture',
  },
  issueDate: { nl: 'factuurdatum', en: 'invoice date', de: 'Rechnungsdatum', fr: 'date de facture' },
  dueDate: { nl: 'vervaldatum', en: 'due date', de: 'Fälligkeitsdatum', fr: "date d'échéance" },
  currency: { nl: 'valuta', en: 'currency', de: 'Währung', fr: 'devise' },
  totalAmount: { nl: 'totaalbedrag', en: 'total amount', de: 'Gesamtbetrag', fr: 'montant total' },
  payableAmount: {
    nl: 'te betalen bedrag',
    en: 'amount payable',
    de: 'zu zahlender Betrag',
    fr: 'montant à payer',
  },
  taxAmount: { nl: 'btw-bedrag', en: 'VAT amount', de: 'Mehrwertsteuerbetrag', fr: 'montant de la TVA' },
  netAmount: {
    nl: 'bedrag zonder btw',
    en: 'amount without VAT',
    de: 'Betrag ohne Mehrwertsteuer',
    fr: 'montant hors TVA',
  },
  sellerName: {
    nl: 'uw bedrijfsnaam',
    en: 'your company name',
    de: 'Ihr Firmenname',
    fr: 'le nom de votre entreprise',
  },
  sellerVatId: { nl: 'uw btw-nummer', en: 'your VAT id', de: 'Ihre USt-IdNr.', fr: 'votre numéro de TVA' },
  sellerKvk: {
    nl: 'uw KvK-nummer',
    en: 'your KvK number',
    de: 'Ihre KvK-Nummer (niederländisches Handelsregister)',
    fr: 'votre numéro KvK (registre du commerce néerlandais)',
  },
  iban: { nl: 'uw IBAN', en: 'your IBAN', de: 'Ihre IBAN', fr: 'votre IBAN' },
  buyerName: {
    nl: 'naam van de afnemer',
    en: "the buyer's name",
    de: 'Name des Kunden',
    fr: 'nom du client',
  },
  buyerVatId: {
    nl: 'btw-nummer van de afnemer',
    en: "the buyer's VAT id",
    de: 'USt-IdNr. des Kunden',
    fr: 'numéro de TVA du client',
  },
  buyerReference: {
    nl: 'referentie van de afnemer',
    en: "the buyer's reference",
    de: 'Referenz des Kunden',
    fr: 'référence du client',
  },
  orderReference: { nl: 'ordernummer', en: 'order number', de: 'Bestellnummer', fr: 'numéro de commande' },
};

const fieldName = (id) => inLang(FIELD_WORDS[id], lang) ?? id;

/** The last review of a run (from the invitation view), if any. */
const reviewOf = (runId) => view?.runs?.find((r) => r.id === runId)?.review ?? null;

/** The status panel at the top: where the invitation stands, what the buyer said, whom to ask. */
function renderState() {
  const buyer = buyerName();
  const golive = view.goLive;
  const latest = view.runs[0];
  const checking = latest && (latest.status === 'queued' || latest.status === 'running');
  const approvedReview = golive ? view.runs.find((r) => r.review?.decision === 'approved')?.review : null;
  const titles = {
    invited: 'statusNone',
    opened: 'statusNone',
    tested: 'statusTested',
    awaiting_approval: 'statusAwaiting',
    rejected_by_buyer: 'statusRejected',
    approved: approvedReview ? 'statusApproved' : 'statusCleared',
    live: approvedReview ? 'statusApproved' : 'statusCleared',
  };
  const stage = view.stage;
  $('status-title').textContent = t(checking && !golive ? 'statusChecking' : titles[stage], { buyer });
  $('status-panel').dataset.stage = stage;
  $('status-panel').hidden = false;

  const lines = [];
  if (stage === 'tested') lines.push(t('testedLine', { buyer }));
  if (stage === 'awaiting_approval') lines.push(t('awaiting', { buyer }));
  if (stage === 'rejected_by_buyer') lines.push(t('rejectedByBuyer', { buyer }));
  if (!golive && stage !== 'awaiting_approval') lines.push(t('beforePass'));
  // With N samples asked (delivery.samplesRequired): "2 van 3 voorbeeldfacturen geslaagd".
  if (view.samples && view.samples.required > 1) lines.unshift(t('samplesPassed', view.samples));
  $('state').replaceChildren(...lines.map((text) => el('p', { text })));

  // The buyer's comment on its decision (approval or rejection): the supplier sees it first.
  const review =
    stage === 'rejected_by_buyer'
      ? view.runs.find((r) => r.review?.decision === 'rejected')?.review
      : approvedReview;
  $('review-comment').hidden = !review?.comment;
  $('review-comment').textContent = review?.comment
    ? t('rejectedComment', { buyer, comment: review.comment })
    : '';

  $('golive').hidden = !golive;
  $('golive-donts').hidden = !golive;
  if (golive) {
    $('golive-title').textContent = t('goliveTitle', { buyer });
    const date = formatDay(golive.startDate, lang);
    if (golive.invoiceAddress) {
      $('golive-when').textContent = t('goliveWhen', { date });
      $('golive-address').replaceChildren(el('strong', { text: golive.invoiceAddress }));
      $('golive-address').hidden = false;
    } else {
      $('golive-when').textContent = t('goliveNoAddress', { buyer, date });
      $('golive-address').hidden = true;
    }
    const donts = [t('dontOnePdf')];
    // The mailbox limit counts the whole e-mail (attachments encoded); the file limit is a file's own.
    if (golive.maxEmailBytes) donts.push(t('dontLimit', { size: formatBytes(golive.maxEmailBytes, lang) }));
    if (golive.maxBytes) donts.push(t('dontFileLimit', { size: formatBytes(golive.maxBytes, lang) }));
    donts.push(t('dontHelpdesk'));
    donts.push(
      golive.contactAddress ? t('dontContact', { address: golive.contactAddress }) : t('dontContactGeneric'),
    );
    donts.push(t('dontUploadMenu'));
    donts.push(t('dontSame'));
    if (golive.startDate > new Date().toISOString().slice(0, 10)) donts.push(t('dontBefore', { date }));
    $('donts').replaceChildren(...donts.map((text) => el('li', { text })));
  }

  // Whom to ask, at every stage (a rejected supplier needs it most).
  const address = view.contactAddress;
  $('contact').replaceChildren(
    ...(address
      ? [t('contact', { buyer }), el('a', { href: `mailto:${address}`, text: address })]
      : [t('contactGeneric', { buyer })]),
  );
}

/** The banner's wording for a sample that passed the checks: the buyer's decision decides it. */
function verdictText(run) {
  const verdict = run.verdict ?? run.report?.verdict;
  if (verdict !== 'accepted') return undefined;
  const buyer = buyerName();
  const review = reviewOf(run.id);
  if (review?.decision === 'approved')
    return { title: t('statusApproved', { buyer }), body: t('bannerApprovedBody', { buyer }) };
  if (review?.decision === 'rejected')
    return { title: t('statusRejected', { buyer }), body: t('bannerRejectedBody', { buyer }) };
  if (view?.approvalRequired)
    return { title: t('statusAwaiting', { buyer }), body: t('bannerAwaitingBody', { buyer }) };
  return { title: t('statusCleared', { buyer }), body: t('bannerClearedBody', { buyer }) };
}

function renderInventory() {
  const select = $('software');
  const current = view.inventory?.software ?? select.value;
  select.replaceChildren(
    el('option', { value: '', text: t('choose') }),
    ...software.map((s) => el('option', { value: s.id, text: inLang(s.name, lang) })),
    el('option', { value: OTHER, text: t('other') }),
  );
  select.value = current ?? '';
  if (view.inventory?.softwareOther && !$('software-other').value)
    $('software-other').value = view.inventory.softwareOther;
  const handmade = view.inventory?.handmade;
  if (handmade && !document.querySelector('input[name="handmade"]:checked'))
    document.querySelector(`input[name="handmade"][value="${handmade}"]`).checked = true;
  renderHints();
}

function renderHints() {
  const id = $('software').value;
  $('other-field').hidden = id !== OTHER;
  const entry = software.find((s) => s.id === id);
  const vars = { howTo: inLang(entry?.howTo, lang) ?? '', buyer: buyerName() };
  let hint = '';
  if (entry?.einvoice === 'peppol') hint = t('hintPeppol', vars);
  else if (entry?.einvoice === 'ubl') hint = t('hintUbl', vars);
  else if (entry) hint = vars.howTo;
  else if (id) hint = t('hintPdf');
  $('software-hint').textContent = hint;
  const handmade =
    document.querySelector('input[name="handmade"]:checked')?.value === 'yes' || entry?.handmade;
  $('handmade-hint').textContent = handmade ? t('hintHandmade') : '';
}

function renderHistory() {
  const runs = view.runs ?? [];
  $('history-section').hidden = runs.length === 0;
  $('history').replaceChildren(
    ...runs.map((run, index) => {
      const verdict = run.verdict ? t(`verdict_${run.verdict}`) : t('verdict_pending');
      const review = run.review
        ? ` · ${t(run.review.decision === 'approved' ? 'reviewApproved' : 'reviewRejected', { buyer: buyerName() })}`
        : '';
      const label = `${formatMoment(run.createdAt, lang)} — ${verdict}${review}`;
      const item = el('li', { 'data-run': run.id }, el('span', { text: label }));
      if (shownRun?.id === run.id) item.append(el('span', { className: 'muted', text: ` (${t('shown')})` }));
      else if (run.status === 'completed' || run.status === 'failed' || run.status === 'timed_out') {
        const button = el('button', { type: 'button', className: 'link', text: t('show') });
        button.addEventListener('click', () => showRun(run.id));
        item.append(' ', button);
      }
      // The try before this one (the list is newest first): what changed between them.
      const done = (r) => r.status === 'completed';
      const previous = runs.slice(index + 1).find(done);
      if (done(run) && previous)
        item.append(
          ' · ',
          el('a', {
            href: `/compare#token=${encodeURIComponent(token)}&a=${encodeURIComponent(previous.id)}&b=${encodeURIComponent(run.id)}`,
            className: 'compare-link',
            text: t('compareWithPrevious'),
          }),
        );
      // A passing sample the buyer did not reject has a signed test certificate.
      if (run.verdict === 'accepted' && run.review?.decision !== 'rejected') {
        const certificate = `/api/i/${encodeURIComponent(token)}/runs/${encodeURIComponent(run.id)}/certificate`;
        item.append(
          ' · ',
          el('a', {
            href: `${certificate}?format=pdf`,
            className: 'certificate-link',
            download: '',
            text: t('certificatePdf'),
          }),
          ' ',
          el('a', { href: `${certificate}?format=json`, download: '', text: t('certificateJson') }),
        );
      }
      return item;
    }),
  );
}

function renderResult() {
  if (!shownRun) {
    $('result').hidden = true;
    return;
  }
  $('result').hidden = false;
  if (shownRun.file?.kind === 'email' || shownRun.childRunIds) {
    renderMailRun($('result'), shownRun, shownChildren, {
      lang,
      buyerName: view?.buyer?.name,
      profileName: view?.profile?.name,
      limitBytes: view?.testMailbox?.maxMessageBytes,
      pageImageUrl: (n) => `${base}/runs/${encodeURIComponent(shownRun.id)}/pages/${n}.png`,
      pageImageUrlOf: (id, n) => `${base}/runs/${encodeURIComponent(id)}/pages/${n}.png`,
      downloadName: `proeffactuur-${shownRun.id}.json`,
    });
    return;
  }
  renderReport($('result'), shownRun, {
    lang,
    buyerName: view?.buyer?.name,
    profileName: view?.profile?.name,
    verdictText: verdictText(shownRun),
    pageImageUrl: (n) => `${base}/runs/${encodeURIComponent(shownRun.id)}/pages/${n}.png`,
    downloadName: `proeffactuur-${shownRun.id}.json`,
  });
}

function renderAll() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  $('stages').setAttribute('aria-label', t('stagesLabel'));
  if (advice) $('file-error').textContent = t(advice.key, advice.vars);
  if (!view) return;
  renderIntro();
  renderState();
  renderInventory();
  renderHistory();
  renderResult();
  renderTestMailbox();
}

/** The test mailbox: send the sample by e-mail, exactly as live invoices will go (when the server runs one). */
function renderTestMailbox() {
  const mailbox = view?.testMailbox;
  let block = $('test-mailbox');
  if (!mailbox) {
    block?.remove();
    return;
  }
  if (!block) {
    block = el('div', { id: 'test-mailbox', className: 'hint-box test-mailbox' });
    $('upload-section').append(block);
  }
  block.replaceChildren(
    el('h3', { text: t('mailboxTitle') }),
    el('p', { text: t('mailboxText') }),
    el('p', {}, el('code', { id: 'test-mailbox-address', text: mailbox.address })),
    mailbox.maxMessageBytes
      ? el('p', { text: t('mailboxLimit', { size: formatBytes(mailbox.maxMessageBytes, lang) }) })
      : '',
    el('p', { className: 'muted', text: t('mailboxEml') }),
  );
}

/** The runs of an e-mail run's PDFs, as the supplier may see them. */
async function childrenOf(run) {
  const ids = run.childRunIds ?? [];
  const found = await Promise.all(ids.map((id) => getJson(`${base}/runs/${encodeURIComponent(id)}`)));
  return found.filter((res) => res.ok).map((res) => res.body);
}

async function refresh() {
  const res = await getJson(base);
  if (res.status === 404) {
    location.reload(); // the link stopped working: the server shows the friendly page
    return;
  }
  if (!res.ok) throw new Error(String(res.status));
  view = res.body;
  uploadLimit = view.uploadLimitBytes ?? uploadLimit;
  renderAll();
}

async function showRun(id, { scroll = true } = {}) {
  const res = await getJson(`${base}/runs/${encodeURIComponent(id)}`);
  if (!res.ok) return;
  shownRun = res.body;
  shownChildren = await childrenOf(shownRun);
  renderHistory();
  renderResult();
  if (scroll) $('result').scrollIntoView?.({ block: 'start' });
}

// --- inventory ------------------------------------------------------------------------------------------
$('software').addEventListener('change', renderHints);
for (const radio of document.querySelectorAll('input[name="handmade"]'))
  radio.addEventListener('change', renderHints);
$('inventory').addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = {
    software: $('software').value,
    softwareOther: $('software-other').value,
    handmade: document.querySelector('input[name="handmade"]:checked')?.value,
  };
  const res = await getJson(`${base}/inventory`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => ({ ok: false, body: null }));
  $('inventory-status').textContent = res.ok
    ? t('saved')
    : t('saveFailed', { error: res.body?.detail ?? t('loadFailed') });
  if (res.ok) view.inventory = res.body;
});

// --- choosing a file: a wrong type is told before anything is uploaded ----------------------------------------
async function sniff(file) {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const ascii = String.fromCharCode(...head);
  if (head.length === 0) return 'isEmpty';
  if (ascii.includes('%PDF-')) return null;
  // A saved e-mail (.eml): the same mail run as a message sent to the test mailbox.
  if (
    /^[!-9;-~]+:/.test(ascii) &&
    /^(from|received|mime-version|return-path|message-id|subject|date):/im.test(ascii)
  )
    return null;
  if (head[0] === 0x89 && ascii.slice(1, 4) === 'PNG') return 'isImage';
  if (head[0] === 0xff && head[1] === 0xd8) return 'isImage';
  if (ascii.startsWith('II*') || ascii.startsWith('MM\u0000*') || ascii.startsWith('GIF8')) return 'isImage';
  if (ascii.startsWith('PK') || (head[0] === 0xd0 && head[1] === 0xcf)) return 'isOffice';
  if (/^(\uFEFF|\u00EF\u00BB\u00BF)?\s*<(\?xml|Invoice|CreditNote|rsm:|ubl:)/.test(ascii)) return 'isXml';
  return 'notPdf';
}

/** Shows advice about a wrongly chosen file and keeps it (Controleren repeats it, not "choose a file"). */
function advise(key, vars = {}) {
  advice = { key, vars };
  $('file-error').textContent = t(key, vars);
}

async function choose(files) {
  $('file-error').textContent = '';
  $('retry').hidden = true;
  selected = null;
  advice = null;
  if (!files || files.length === 0) return false;
  if (files.length > 1) {
    advise('oneFile');
    return false;
  }
  const file = files[0];
  if (file.size > uploadLimit) {
    advise('tooLarge', { size: formatBytes(file.size, lang), limit: formatBytes(uploadLimit, lang) });
    return false;
  }
  const problem = await sniff(file);
  const imagesAllowed = view?.requirements?.imagesAllowed === true;
  if (problem && !(problem === 'isImage' && imagesAllowed)) {
    advise(problem, { name: file.name, buyer: buyerName() });
    $('file').value = '';
    return false;
  }
  selected = file;
  return true;
}

$('file').addEventListener('change', () => choose($('file').files));

const zone = $('dropzone');
for (const type of ['dragenter', 'dragover'])
  zone.addEventListener(type, (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
for (const type of ['dragleave', 'drop'])
  zone.addEventListener(type, () => zone.classList.remove('dragging'));
zone.addEventListener('drop', async (event) => {
  event.preventDefault();
  $('file').value = '';
  const files = event.dataTransfer?.files;
  if (await choose(files)) upload();
});
// A file dropped next to the zone should not make the browser leave the page.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

// --- uploading and following the run ---------------------------------------------------------------------------
function setPercent(percent) {
  $('upload-progress').value = percent;
  $('upload-percent').textContent = `${percent}%`;
  $('upload-label').textContent = percent >= 100 ? t('uploaded') : t('uploadPercent', { percent });
}

function send(file) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base}/runs`);
    xhr.setRequestHeader('Accept-Language', lang);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) setPercent(Math.floor((event.loaded / event.total) * 100));
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    });
    for (const type of ['error', 'abort', 'timeout'])
      xhr.addEventListener(type, () => resolve({ status: 0, body: null }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Shows the progress panel in view and gives it the focus (the Controleren button is disabled meanwhile). */
function showProgress() {
  $('progress').hidden = false;
  $('progress').scrollIntoView?.({ block: 'center' });
  $('progress').focus({ preventScroll: true });
}

/**
 * An e-mail run's PDFs get runs of their own once the message is read: waits until they are started
 * (as many as the message has PDF attachments) and finished, then shows them under the message.
 */
async function followChildren() {
  const expected = Math.min(
    10,
    (shownRun.report?.document?.mail?.attachments ?? []).filter((a) => a.role === 'invoice').length,
  );
  const runUrl = `${base}/runs/${encodeURIComponent(shownRun.id)}`;
  for (let tries = 0; tries < 20 && (shownRun.childRunIds ?? []).length < expected; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const res = await getJson(runUrl);
    if (res.ok) shownRun = res.body;
  }
  const done = await Promise.all(
    (shownRun.childRunIds ?? []).map((id) => getJson(`${base}/runs/${encodeURIComponent(id)}?wait=30`)),
  );
  shownChildren = done.filter((res) => res.ok).map((res) => res.body);
}

/** Shows a run's stages as they happen, then its report. */
async function follow(runId, first) {
  sessionStorage.setItem(RUN_KEY, runId);
  $('progress').hidden = false;
  stages.show(first);
  try {
    shownRun = await followRun({
      eventsUrl: `${base}/runs/${encodeURIComponent(runId)}/events`,
      runUrl: `${base}/runs/${encodeURIComponent(runId)}`,
      onProgress: (event) => stages.show(event),
    });
  } catch {
    $('file-error').textContent = t('followFailed');
    return;
  }
  sessionStorage.removeItem(RUN_KEY);
  stages.finish(shownRun?.report);
  if (shownRun?.file?.kind === 'email') await followChildren();
  await refresh();
  $('result').scrollIntoView?.({ block: 'start' });
  $('verdict')?.focus?.();
}

let busy = false;
async function upload() {
  if (busy) return;
  if (!selected) {
    if (advice) advise(advice.key, advice.vars);
    else $('file-error').textContent = t('noFile');
    $('file').focus();
    return;
  }
  busy = true;
  // The focus moves to the progress before the button is disabled (else it drops to the body).
  stages.clear();
  setPercent(0);
  showProgress();
  $('upload-button').disabled = true;
  $('retry').hidden = true;
  $('file-error').textContent = '';
  advice = null;
  // The previous report belongs to another file: hidden while this one is checked.
  shownRun = null;
  renderResult();
  try {
    const res = await send(selected);
    if (res.status === 0) {
      $('file-error').textContent = t('uploadFailed');
      $('retry').hidden = false;
      return;
    }
    if (res.status !== 202) {
      $('file-error').textContent = t('refused', { error: res.body?.detail ?? res.status });
      // Worth another try: busy (429), stalled (408), or a problem on our side (5xx, e.g. a full disk).
      $('retry').hidden = res.status < 500 && res.status !== 429 && res.status !== 408;
      return;
    }
    setPercent(100);
    await follow(res.body.id, { stage: res.body.status });
  } finally {
    busy = false;
    $('upload-button').disabled = false;
  }
}

$('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!selected && $('file').files.length) await choose($('file').files);
  upload();
});
$('retry').addEventListener('click', () => upload());

// --- language and start ---------------------------------------------------------------------------------------
function chooseLang(chosen) {
  lang = chosen;
  renderAll();
}

/** Follows a run that was already uploaded before the page was (re)loaded. */
async function resume(run) {
  busy = true;
  shownRun = null;
  renderResult();
  stages.clear();
  setPercent(100);
  showProgress();
  $('upload-button').disabled = true;
  try {
    await follow(run.id, { stage: run.status });
  } finally {
    busy = false;
    $('upload-button').disabled = false;
  }
}

async function start() {
  renderAll();
  try {
    const [list] = await Promise.all([getJson('/api/invoicing-software'), refresh()]);
    software = list.body?.software ?? [];
    renderInventory();
    // A sample still being checked (the page was reloaded meanwhile): follow it, as if never left.
    const isPending = (r) => r.status === 'queued' || r.status === 'running';
    const remembered = sessionStorage.getItem(RUN_KEY);
    const pending = view.runs.find((r) => r.id === remembered && isPending(r)) ?? view.runs.find(isPending);
    if (pending) {
      await resume(pending);
      return;
    }
    sessionStorage.removeItem(RUN_KEY);
    const latest = view.runs.find(
      (r) => r.status === 'completed' || r.status === 'failed' || r.status === 'timed_out',
    );
    // The report follows below the status panel; the page opens on the status, not scrolled down.
    if (latest) await showRun(latest.id, { scroll: false });
    if (view.runs.length > 0) $('status-panel').focus();
  } catch {
    $('load-error').textContent = t('loadFailed');
  }
}
start();
