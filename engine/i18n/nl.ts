import type { MessageId } from './en.js';

/** Dutch message catalogue (the main language of the product). Same ids and placeholders as `en.ts`. */
export const nl: Readonly<Record<MessageId, string>> = {
  'file.is-pdf.empty': 'Het bestand is leeg (0 bytes): er staat geen factuur in.',
  'file.is-pdf.empty.hint':
    'Exporteer de factuur opnieuw vanuit uw factuurprogramma en upload het PDF-bestand dat het opslaat.',
  'file.is-pdf.image':
    'Dit bestand is een afbeelding ({{format}}), geen PDF. De afnemer accepteert facturen alleen als PDF-bestand.',
  'file.is-pdf.image.hint':
    'Exporteer de factuur vanuit uw factuurprogramma als PDF. Hebt u alleen een papieren factuur, scan die dan naar PDF (niet naar JPG of PNG).',
  'file.is-pdf.ubl-xml':
    'Dit bestand is een UBL e-factuur (XML), geen PDF. Een echte e-factuur hoort niet in een PDF-test: die kunt u via het e-factureringsnetwerk (Peppol) versturen.',
  'file.is-pdf.ubl-xml.hint':
    'Vraag de afnemer of u uw facturen als e-factuur (UBL / Peppol) mag sturen in plaats van als PDF. Upload voor deze test de PDF-versie van de factuur.',
  'file.is-pdf.cii-xml':
    'Dit bestand is een gestructureerde e-factuur (UN/CEFACT CII XML, zoals gebruikt door Factur-X, ZUGFeRD en XRechnung), geen PDF.',
  'file.is-pdf.cii-xml.hint':
    'Uw programma maakt al echte e-facturen: vraag de afnemer of u die via het e-factureringsnetwerk mag versturen. Upload voor deze test de PDF-versie van de factuur.',
  'file.is-pdf.office': 'Dit bestand is een kantoordocument of ZIP-archief, geen PDF.',
  'file.is-pdf.office.hint':
    'Open de factuur in uw tekstverwerker of spreadsheet en kies "Opslaan als" of "Exporteren" → PDF. Upload dan die PDF.',
  'file.is-pdf.not-pdf':
    'Dit bestand is geen PDF: de inhoud begint niet zoals elke PDF begint ("%PDF-"), wat de naam ook zegt.',
  'file.is-pdf.not-pdf.hint':
    'Exporteer de factuur vanuit uw factuurprogramma als PDF en upload dat bestand. Een bestand hernoemen naar .pdf maakt er geen PDF van.',
  'file.max-size.too-large':
    'Het bestand is {{size}}; de afnemer accepteert maximaal {{limit}} per factuur. Per e-mail verstuurd is het ongeveer {{emailSize}}.',
  'file.max-size.too-large.hint':
    'Maak de PDF kleiner: exporteer hem rechtstreeks vanuit uw factuurprogramma in plaats van hem te scannen, of scan in zwart-wit of grijstinten op 300 DPI in plaats van in kleur op een hogere resolutie. Laat bijlagen weg die niet bij de factuur horen.',
  'file.max-size.email-too-large':
    'Het bestand is {{size}}, maar per e-mail verstuurd is het ongeveer {{emailSize}}: e-mail codeert bijlagen, waardoor ze ongeveer een derde groter worden. De mailbox van de afnemer accepteert e-mails van maximaal {{limit}}, dus deze factuur komt terug.',
  'file.max-size.email-too-large.hint':
    'Maak de PDF kleiner: exporteer hem rechtstreeks vanuit uw factuurprogramma in plaats van hem te scannen, scan in zwart-wit of grijstinten op 300 DPI, en stuur één factuur per e-mail zonder andere bijlagen.',
  'file.max-page-side.too-large':
    "Pagina {{page}} is {{widthMm}} × {{heightMm}} mm; het programma van de afnemer accepteert pagina's van hoogstens {{limitMm}} mm ({{limitIn}} inch) aan de langste kant, dus het leest deze pagina niet.",
  'file.max-page-side.too-large.hint':
    'Stel in uw factuurprogramma het paginaformaat in op A4 (of kies "Passend op A4" bij het opslaan als PDF) en exporteer de factuur opnieuw.',
  'pdf.readable.damaged':
    'De PDF is beschadigd en kan niet worden geopend, dus de software van de afnemer kan hem ook niet lezen.',
  'pdf.readable.damaged.hint':
    'Maak de PDF opnieuw aan vanuit uw factuurprogramma. Stuur geen bestand dat is gerepareerd, met de hand bewerkt of door een online hulpmiddel is omgezet.',
  'pdf.readable.truncated':
    'De PDF is onvolledig: het bestand houdt op voor het einde, waarschijnlijk afgebroken tijdens opslaan, downloaden of uploaden.',
  'pdf.readable.truncated.hint':
    'Sla de factuur opnieuw op of download hem opnieuw, en controleer dat het bestand helemaal opent voordat u het uploadt.',
  'pdf.readable.truncated-recovered':
    "De PDF is onvolledig (het bestand heeft geen goed einde), maar de pagina's konden nog worden gelezen. Sommige software weigert zo'n bestand.",
  'pdf.readable.truncated-recovered.hint':
    'Sla de factuur opnieuw op of exporteer hem opnieuw, zodat het bestand compleet is.',
  'pdf.readable.structure-damaged':
    "De binnenkant van de PDF is beschadigd: delen van het bestand verwijzen naar plekken die niet bestaan of niet te lezen zijn. Op uw scherm zien de pagina's er misschien goed uit, maar de software van de afnemer stopt met lezen bij zo'n bestand.",
  'pdf.readable.structure-damaged.hint':
    'Exporteer of print de factuur opnieuw naar PDF vanuit uw factuurprogramma en upload het nieuwe bestand. Stuur geen bestand dat is gerepareerd, met de hand bewerkt of door een online hulpmiddel is omgezet.',
  'pdf.readable.page-damaged': 'Pagina {{page}} is beschadigd: de inhoud kon niet worden gelezen.',
  'pdf.readable.page-damaged.hint':
    'Maak de PDF opnieuw aan vanuit uw factuurprogramma; bewerk of combineer hem niet met andere hulpmiddelen.',
  'pdf.encrypted.user-password':
    'De PDF is beveiligd met een wachtwoord. De software van de afnemer kan hem niet openen, dus de factuur wordt niet verwerkt.',
  'pdf.encrypted.user-password.hint':
    'Sla de factuur op zonder wachtwoord: zet in uw factuur- of PDF-programma "beveiligen met wachtwoord" / documentbeveiliging uit voordat u exporteert.',
  'pdf.resource-limits.exceeded':
    'Delen van de PDF ({{count}} in totaal) zijn zo groot dat lezen te lang zou duren of te veel geheugen zou kosten: bijvoorbeeld een ingepakt deel dat uitpakt tot gigabytes, of een pagina met honderdduizenden tekenopdrachten. Die delen zijn overgeslagen, dus de software van de afnemer leest deze factuur waarschijnlijk ook niet.',
  'pdf.resource-limits.exceeded.hint':
    'Maak de PDF opnieuw aan, rechtstreeks vanuit uw factuurprogramma met "Opslaan als PDF" of "Exporteren naar PDF", zonder hem met andere hulpmiddelen te bewerken. Staat er een grote afbeelding of een groot logo op de factuur, gebruik dan een kleinere.',
  'pdf.max-pages.too-many':
    "De PDF heeft {{pages}} pagina's; de afnemer accepteert maximaal {{limit}} pagina's per factuur.",
  'pdf.max-pages.too-many.hint':
    "Stuur één factuur per PDF, en laat pagina's weg die niet bij de factuur horen (algemene voorwaarden, prijslijsten, bijlagen).",
  'text.layer-present.missing':
    'Pagina {{page}} bevat geen tekst: het is alleen een afbeelding (een scan, of een PDF die als plaatje is "afgedrukt"), dus de tekst kan niet worden geselecteerd of gekopieerd.',
  'text.layer-present.too-little':
    'Pagina {{page}} heeft maar {{chars}} tekens tekst; het programma van de afnemer heeft er op elke pagina minstens {{minChars}} nodig om hem als tekst te lezen.',
  'text.layer-present.too-little.hint':
    'Controleer of de hele factuurtekst echte tekst in de PDF is (u kunt hem selecteren) en geen deel van een afbeelding, zoals een logo of een gescand briefhoofd met de gegevens.',
  'text.min-height.field-too-small':
    '{{Field}} ({{value}}) op pagina {{page}} staat in tekst van {{smallestPt}} punt; het programma van de afnemer leest tekst pas betrouwbaar vanaf {{minPt}} punt, dus het kan dit verkeerd lezen of overslaan.',
  'text.min-height.field-too-small.hint':
    'Zet de factuurgegevens (nummers, datums, bedragen) in een lettergrootte van minstens {{minPt}} punt; 9 tot 11 punt is gebruikelijk.',
  'text.min-height.page-too-small':
    'Het grootste deel van de tekst op pagina {{page}} ({{share}}%) is kleiner dan {{minPt}} punt (de kleinste is {{smallestPt}} punt); zo kleine tekst leest het programma van de afnemer niet betrouwbaar.',
  'text.min-height.page-too-small.hint':
    'Gebruik een lettergrootte van minstens {{minPt}} punt; verklein de factuur niet om hem op één pagina te krijgen.',
  'text.min-height.fine-print':
    'Een deel van de tekst op pagina {{page}} ({{share}}%) is kleiner dan {{minPt}} punt (de kleinste is {{smallestPt}} punt); het programma van de afnemer leest dat misschien niet.',
  'text.min-height.fine-print.hint':
    'Zet geen factuurgegevens in de kleine lettertjes, of zet die in minstens {{minPt}} punt.',
  'ocr.image-side.too-small':
    'De afbeelding op pagina {{page}} is {{widthPx}} × {{heightPx}} pixels; het programma van de afnemer heeft minstens {{minPx}} pixels per zijde nodig, dus het kan hem niet lezen.',
  'ocr.image-side.too-small.hint':
    'Scan de factuur opnieuw op 300 DPI (een A4-pagina is dan ongeveer 2480 × 3508 pixels), of beter: exporteer hem vanuit uw factuurprogramma als PDF.',
  'ocr.image-side.too-large':
    'De afbeelding op pagina {{page}} is {{widthPx}} × {{heightPx}} pixels; het programma van de afnemer accepteert hoogstens {{maxPx}} pixels per zijde, dus het weigert hem.',
  'ocr.image-side.too-large.hint':
    'Scan de factuur op 300 DPI in plaats van een hogere resolutie, of exporteer hem vanuit uw factuurprogramma als PDF.',
  'text.layer-present.missing.hint':
    'Maak de PDF rechtstreeks vanuit uw factuurprogramma met "Opslaan als PDF" of "Exporteren naar PDF", in plaats van een afdruk te scannen of naar een afbeelding af te drukken.',
  // --- PDF analysis and e-invoices ---
  'pdf.version-allowed.too-old':
    'De PDF is versie {{version}}; de afnemer accepteert versie {{min}} of nieuwer.',
  'pdf.version-allowed.too-old.hint':
    'Exporteer de factuur opnieuw vanuit uw factuurprogramma met een actuele PDF-instelling (PDF 1.4 of nieuwer, of PDF/A) in plaats van met een oude PDF-printer.',
  'pdf.version-allowed.too-new':
    'De PDF is versie {{version}}; de software van de afnemer leest PDF tot en met versie {{max}}.',
  'pdf.version-allowed.too-new.hint':
    'Kies in de PDF-instellingen van uw factuurprogramma een breed ondersteund formaat zoals "PDF 1.7" of "PDF/A-2b" in plaats van PDF 2.0.',
  'pdf.permissions.restricted':
    'De PDF is beveiligd met een eigenaarswachtwoord: hij gaat open, maar verbiedt {{denied}}. Verwerkingssoftware die zich aan deze beperkingen houdt, leest de factuur niet.',
  'pdf.permissions.restricted.hint':
    'Sla de factuur op zonder documentbeveiliging: zet in uw factuur- of PDF-programma "PDF beveiligen" of "afdrukken, kopiëren en wijzigen beperken" uit voordat u exporteert.',
  'pdf.permissions.encrypted':
    'De PDF is versleuteld ({{algorithm}}), al gaat hij zonder wachtwoord open. Sommige verwerkingssoftware weigert elke versleutelde PDF.',
  'pdf.permissions.encrypted.hint':
    'Sla de factuur op zonder documentbeveiliging (geen wachtwoord en geen beperkingen) en stuur die PDF.',
  'pdf.permissions.term.print': 'afdrukken',
  'pdf.permissions.term.copy': 'de tekst kopiëren of uitlezen',
  'pdf.permissions.term.modify': 'wijzigen',
  'pdf.permissions.term.annotate': 'opmerkingen toevoegen',
  'pdf.permissions.term.fillForms': 'formulieren invullen',
  'pdf.permissions.term.extractForAccessibility': 'de tekst voorlezen (toegankelijkheid)',
  'pdf.permissions.term.assemble': "pagina's samenvoegen of splitsen",
  'pdf.permissions.term.printHighQuality': 'afdrukken in volle kwaliteit',
  'pdf.pdfa-required.missing':
    'De afnemer eist PDF/A (de archiveerbare vorm van PDF), maar deze PDF geeft niet aan dat hij PDF/A is.',
  'pdf.pdfa-required.missing.hint':
    'Kies PDF/A (bijvoorbeeld PDF/A-2b of PDF/A-3b) als exportformaat in uw factuurprogramma of PDF-printer en stuur dat bestand.',
  'fonts.embedded.missing':
    'Pagina {{page}} gebruikt lettertypen die niet in de PDF zijn opgenomen: {{fonts}}. Een andere computer toont de tekst dan in een vervangend lettertype, waardoor die voor de software van de afnemer kan verschuiven of onleesbaar worden.',
  'fonts.embedded.missing.hint':
    'Zet "alle lettertypen insluiten" (of PDF/A) aan in de PDF-exportinstellingen van uw factuurprogramma en exporteer de factuur opnieuw.',
  'fonts.unicode-mapping.missing':
    'Op pagina {{page}} is tekst in {{fonts}} niet terug te zetten naar tekens: de PDF bevat voor dat lettertype geen tekentabel. Software die de tekstlaag leest, krijgt betekenisloze tekens in plaats van uw factuurgegevens.',
  'fonts.unicode-mapping.missing.hint':
    'Exporteer de factuur opnieuw met "lettertypen insluiten" of PDF/A aan, of gebruik een gangbaar lettertype zoals Arial. Vermijd PDF-printers die tekst als glyphnummers opslaan.',
  'images.min-dpi.low':
    'Pagina {{page}} bevat een afbeelding (een scan of foto) van maar {{dpi}} DPI; de software van de afnemer heeft minstens {{minDpi}} DPI nodig om die betrouwbaar te lezen.',
  'images.min-dpi.low.hint':
    'Het beste: exporteer de factuur vanuit uw factuurprogramma als PDF in plaats van een afdruk te scannen. Moet u scannen, scan dan op 300 DPI in zwart-wit of grijstinten.',
  'pages.size-allowed.not-allowed':
    'Pagina {{page}} is {{widthMm}} × {{heightMm}} mm; de afnemer accepteert alleen {{sizes}}.',
  'pages.size-allowed.not-allowed.hint':
    'Stel het papierformaat in op {{sizes}} in de pagina- of afdrukinstellingen van uw factuurprogramma en exporteer de factuur opnieuw.',
  'pages.size-allowed.unusual':
    "Pagina {{page}} heeft een ongebruikelijk formaat ({{widthMm}} × {{heightMm}} mm). Verwerkingssoftware schaalt zulke pagina's, waardoor de tekst te klein wordt om te lezen of wegvalt.",
  'pages.size-allowed.unusual.hint':
    'Stel het papierformaat in op A4 in de pagina- of afdrukinstellingen van uw factuurprogramma en exporteer de factuur opnieuw.',
  'pages.first-not-blank.blank':
    'De eerste pagina is leeg. De software van de afnemer verwacht de factuur op pagina 1 en kan het bestand overslaan of afwijzen.',
  'pages.first-not-blank.blank.hint':
    'Haal de lege eerste pagina (of het voorblad) weg, zodat de factuur op pagina 1 begint, en exporteer opnieuw.',
  'text.garbled.characters':
    '{{percent}}% van de tekst op pagina {{page}} bestaat uit tekens die geen echte tekst zijn (zoals �). De software van de afnemer leest de tekstlaag en krijgt deze tekens in plaats van uw factuurgegevens.',
  'text.garbled.characters.hint':
    'Exporteer de factuur opnieuw met "lettertypen insluiten" of PDF/A aan, of gebruik een gangbaar lettertype zoals Arial. Vermijd PDF-printers of omzetprogramma\'s die de tekst verminken.',
  'text.garbled.no-language':
    'De tekst op pagina {{page}} is onleesbaar ("{{sample}}"): de pagina ziet er goed uit, maar de tekstlaag bevat andere tekens, dus de software van de afnemer leest onzin.',
  'text.garbled.no-language.hint':
    'Het lettertype is opgenomen zonder goede tekentabel. Exporteer de factuur opnieuw met een gangbaar lettertype zoals Arial, of kies PDF/A in de exportinstellingen.',
  'content.single-invoice.several-numbers':
    'Deze PDF lijkt {{count}} facturen te bevatten (factuurnummers {{numbers}}). De software van de afnemer ziet één PDF als één factuur.',
  'content.single-invoice.numbering-restarts':
    'De paginanummering begint opnieuw op pagina {{page}} ("{{label}}"), dus deze PDF lijkt meerdere facturen te bevatten. De software van de afnemer ziet één PDF als één factuur.',
  'content.single-invoice.seller-changes':
    "Op pagina {{page}} staat een andere leverancier ({{after}}) dan op de pagina's ervoor ({{before}}), dus deze PDF lijkt facturen van verschillende leveranciers te bevatten. De software van de afnemer ziet één PDF als één factuur.",
  'content.single-invoice.hint':
    "Stuur elke factuur als een eigen PDF-bestand. De meeste factuurprogramma's hebben een instelling voor één PDF per factuur als u er meerdere tegelijk verstuurt.",
  'content.no-javascript.present':
    "De PDF bevat JavaScript ({{where}}). Mail- en verwerkingssystemen blokkeren PDF's met scripts vaak of zetten ze in quarantaine, zodat de factuur misschien nooit aankomt.",
  'content.no-javascript.present.hint':
    'Exporteer de factuur als gewone PDF of als PDF/A (dat geen scripts toestaat), zonder interactieve functies.',
  'content.no-javascript.term.open-action': 'wordt uitgevoerd bij het openen',
  'content.no-javascript.term.document': 'documentscripts',
  'content.no-javascript.term.page': 'op een pagina',
  'content.no-javascript.term.annotation': 'in een link of opmerking',
  'content.no-javascript.term.form-field': 'in een formulierveld',
  'content.no-forms.filled-field':
    'Pagina {{page}} heeft een ingevuld formulierveld ("{{name}}"). De waarde hoort niet bij de paginatekst, dus software die de tekstlaag leest, kan die missen.',
  'content.no-forms.filled-field.hint':
    'Maak het formulier plat voordat u het verstuurt (bijvoorbeeld met "afdrukken naar PDF" of "formuliervelden samenvoegen"), zodat de waarden deel van de pagina worden.',
  'content.no-forms.xfa':
    'De PDF is een XFA-formulier. De meeste PDF-lezers en verwerkingssoftware tonen zo\'n formulier als lege pagina of als de melding "even geduld".',
  'content.no-forms.xfa.hint':
    'Sla de factuur op als gewone PDF, bijvoorbeeld door het formulier af te drukken naar PDF, en stuur dat bestand.',
  'einvoice.embedded.found':
    'Goed nieuws: deze PDF bevat een echte e-factuur ({{profileName}}, bijgevoegd als {{fileName}}): {{summary}}. Uw factuurprogramma maakt dus al gestructureerde e-facturen.',
  'einvoice.embedded.found.hint':
    'Vraag de afnemer of u uw facturen als e-factuur (UBL via Peppol) mag sturen in plaats van als PDF: de gegevens komen dan precies goed aan, zonder scannen.',
  'einvoice.embedded.unreadable':
    'Deze PDF bevat een e-factuur ({{fileName}}), maar die is niet te lezen: {{reason}}. E-factuursoftware die de bijlage gebruikt, zal hem afwijzen.',
  'einvoice.embedded.unreadable.hint':
    'Vraag de leverancier van uw factuurprogramma de bijgevoegde e-factuur-XML te herstellen, of zet de Factur-X/ZUGFeRD-bijlage uit.',
  'einvoice.xml-uploaded.ubl':
    'Dit bestand is een e-factuur in UBL-formaat (XML), geen PDF: {{summary}}. Een echte e-factuur hoort niet in een PDF-test: die kan rechtstreeks naar de afnemer via het e-factureringsnetwerk (Peppol).',
  'einvoice.xml-uploaded.cii':
    'Dit bestand is een gestructureerde e-factuur in CII-formaat (XML, zoals gebruikt door Factur-X, ZUGFeRD en XRechnung), geen PDF: {{summary}}. Die hoort in het e-factureringskanaal, niet in een PDF-test.',
  'einvoice.xml-uploaded.unreadable':
    'Dit bestand is een e-factuur (XML), geen PDF, en de inhoud is niet te lezen: {{reason}}.',
  'einvoice.xml-uploaded.hint':
    'Uw programma maakt al echte e-facturen: vraag de afnemer of u die via het e-factureringsnetwerk (Peppol) mag sturen in plaats van als PDF. Upload voor deze PDF-test de PDF-versie van de factuur.',
  'einvoice.term.invoice': 'factuur {{value}}',
  'einvoice.term.dated': 'gedateerd {{value}}',
  'einvoice.term.total': 'totaal {{value}}',
  'einvoice.term.seller-vat': 'btw-nummer leverancier {{value}}',
  'einvoice.term.no-data': 'geen factuurgegevens gevonden',
  'einvoice.term.invalid-xml': 'het is geen geldige XML (bijvoorbeeld een verkeerde tekencodering)',
  'einvoice.term.too-large': 'het is te groot',
  'einvoice.term.undecodable': 'het kan niet uit de PDF worden uitgepakt',
  'einvoice.term.not-an-invoice': 'het is XML, maar geen CII- of UBL-factuur',
  'software.can-send-einvoice.peppol':
    'Deze PDF is gemaakt met {{software}}, dat facturen als e-factuur via Peppol kan versturen.',
  'software.can-send-einvoice.peppol.hint': '{{howTo}}',
  'software.can-send-einvoice.ubl':
    'Deze PDF is gemaakt met {{software}}, dat uw facturen als UBL-e-factuurbestand kan maken.',
  'software.can-send-einvoice.ubl.hint': '{{howTo}}',
  // --- invoice fields ---
  'field.invoiceNumber': 'het factuurnummer',
  'field.issueDate': 'de factuurdatum',
  'field.dueDate': 'de vervaldatum',
  'field.currency': 'de valuta',
  'field.totalAmount': 'het factuurtotaal',
  'field.payableAmount': 'het te betalen bedrag',
  'field.taxAmount': 'het btw-bedrag',
  'field.netAmount': 'het bedrag exclusief btw',
  'field.sellerName': 'uw bedrijfsnaam',
  'field.sellerVatId': 'uw btw-nummer',
  'field.sellerKvk': 'uw KvK-nummer',
  'field.iban': 'het IBAN',
  'field.buyerName': 'de naam van de afnemer',
  'field.buyerVatId': 'het btw-nummer van de afnemer',
  'field.buyerReference': 'de referentie van de afnemer',
  'field.orderReference': 'het inkoopordernummer',
  'field.label.invoiceNumber': 'Factuurnummer',
  'field.label.issueDate': 'Factuurdatum',
  'field.label.dueDate': 'Vervaldatum',
  'field.label.currency': 'Valuta',
  'field.label.totalAmount': 'Totaal incl. btw',
  'field.label.payableAmount': 'Te betalen',
  'field.label.taxAmount': 'Btw',
  'field.label.netAmount': 'Totaal excl. btw',
  'field.label.sellerName': 'uw bedrijfsnaam bovenaan',
  'field.label.sellerVatId': 'Btw-nummer',
  'field.label.sellerKvk': 'KvK',
  'field.label.iban': 'IBAN',
  'field.label.buyerName': 'de afnemer in het adresblok',
  'field.label.buyerVatId': 'Btw-nummer afnemer',
  'field.label.buyerReference': 'Uw referentie',
  'field.label.orderReference': 'Inkoopordernummer',
  'channel.text': 'in de tekst van de PDF',
  'channel.ocr': 'op het beeld van de pagina (met tekstherkenning)',
  'fields.required.missing':
    '{{Field}} is niet gevonden {{channel}}. Het programma van de afnemer heeft het nodig om de factuur te verwerken.',
  'fields.required.missing.hint':
    'Zet {{field}} op de factuur naast een duidelijk label, bijvoorbeeld "{{label}}: …". In de meeste factuurprogramma\'s is dit een standaardveld van de factuuropmaak.',
  'fields.required.missing-labelled':
    '{{Field}} is niet gevonden {{channel}}. Het programma van de afnemer zoekt het naast een label als {{labels}}.',
  'fields.required.missing-labelled.hint':
    'Zet {{field}} op de factuur naast een van deze labels: {{labels}}. Labels kunt u meestal aanpassen in de factuuropmaak van uw factuurprogramma.',
  'fields.pattern.mismatch':
    '{{Field}} op de factuur is "{{value}}"; dat heeft niet de vorm die de afnemer eist.',
  'fields.pattern.mismatch.hint':
    'Bekijk de instructies van de afnemer voor {{field}} en pas het aan in uw factuurprogramma.',
  'fields.pattern.too-long':
    '{{Field}} "{{value}}" is {{length}} tekens lang; het programma van de afnemer accepteert er hoogstens {{maxLength}}.',
  'fields.pattern.too-long.hint': 'Maak {{field}} korter (hoogstens {{maxLength}} tekens).',
  'fields.pattern.not-allowed':
    '{{Field}} op de factuur is "{{value}}"; de afnemer accepteert alleen: {{allowed}}.',
  'fields.pattern.not-allowed.hint':
    'Gebruik een van de waarden die de afnemer accepteert voor {{field}}: {{allowed}}.',
  'fields.pattern.not-equal': '{{Field}} op de factuur is "{{value}}", maar de afnemer eist "{{expected}}".',
  'fields.pattern.not-equal.hint': 'Zet "{{expected}}" op de factuur als {{field}}.',
  'fields.valid-iban.invalid':
    'Het IBAN {{value}} op de factuur is geen geldig rekeningnummer (de controlecijfers kloppen niet), dus een betaling ernaar zou mislukken.',
  'fields.valid-iban.national-key':
    'Bij het IBAN {{value}} op de factuur kloppen de IBAN-controlecijfers, maar het rekeningnummer erin voldoet niet aan de eigen controle van het land (de bankcontrolesleutel, zoals de Franse clé RIB), dus een betaling ernaar zou mislukken.',
  'fields.valid-iban.national-key.hint':
    'Neem het IBAN opnieuw over van een bankafschrift of de website van uw bank: waarschijnlijk is een cijfer in het rekeningnummer fout (niet in de eerste vier tekens).',
  'fields.valid-iban.incomplete':
    'Het IBAN {{value}} op de factuur is onvolledig of te lang: een IBAN uit {{country}} heeft {{length}} tekens. Misschien staat het over twee regels verdeeld of is het afgebroken.',
  'fields.valid-iban.incomplete.hint':
    'Zet het IBAN volledig op één regel, in groepjes van vier tekens (NL91 ABNA 0417 1643 00), naast het label "IBAN".',
  'fields.valid-iban.invalid.hint':
    'Controleer het IBAN teken voor teken in de bedrijfsgegevens van uw factuurprogramma; neem het over van een bankafschrift.',
  'fields.valid-vat-id.checksum':
    '{{Field}} {{value}} is geen geldig btw-identificatienummer: de controlecijfers kloppen niet.',
  'fields.valid-vat-id.checksum.hint':
    'Controleer het btw-nummer teken voor teken in uw factuurprogramma. U kunt een btw-nummer controleren met de VIES-dienst van de EU.',
  'fields.valid-vat-id.format':
    '{{Field}} {{value}} heeft niet de vorm van een btw-identificatienummer uit {{country}}.',
  'fields.valid-vat-id.format.hint':
    'Een btw-nummer begint met de landcode, gevolgd door het nationale nummer (in Nederland: NL, negen cijfers, B en twee cijfers, bijvoorbeeld NL123456789B01). Pas het aan in uw factuurprogramma.',
  'fields.valid-kvk.invalid':
    'Het KvK-nummer {{value}} op de factuur is geen geldig KvK-nummer: het moet precies 8 cijfers hebben.',
  'fields.valid-kvk.invalid.hint':
    'Controleer het KvK-nummer in uw factuurprogramma met uw inschrijving bij de Kamer van Koophandel.',
  'fields.buyer-matches.not-found':
    'De factuur noemt de afnemer ({{expected}}) niet: de naam, het btw-nummer en het KvK-nummer zijn niet gevonden {{channel}}.',
  'fields.buyer-matches.not-found.hint':
    'Richt de factuur aan {{expected}}: zet de naam (en het btw-nummer) in het adresblok van de factuur.',
  'fields.buyer-matches.vat-id':
    'De factuur is gericht aan btw-nummer {{found}}, maar het btw-nummer van de afnemer is {{expected}}.',
  'fields.buyer-matches.vat-id.hint':
    'Verbeter het btw-nummer van de klant in uw factuurprogramma naar {{expected}}.',
  'fields.buyer-matches.name': 'De factuur is gericht aan "{{found}}", niet aan {{expected}}.',
  'fields.buyer-matches.name.hint':
    'Richt de factuur aan {{expected}}: verbeter de klantnaam in uw factuurprogramma.',
  'fields.buyer-matches.field':
    '{{Field}} op de factuur is "{{found}}", maar dat moet "{{expected}}" zijn (het gegeven van de afnemer).',
  'fields.buyer-matches.field.hint': 'Zet "{{expected}}" op de factuur als {{field}}.',
  'fields.seller-matches.iban':
    'Het IBAN {{found}} op de factuur is niet het rekeningnummer dat de afnemer van u kent ({{onFile}}). De afnemer betaalt niet op een rekening die hij niet kent.',
  'fields.seller-matches.iban.hint':
    'Zet het IBAN op de factuur dat de afnemer van u kent. Is uw rekeningnummer veranderd? Geef dat door via de eigen procedure van de afnemer voor gewijzigde bankgegevens (vraag uw contactpersoon daar), nooit via een voorbeeldfactuur: een voorbeeldfactuur verandert niet het rekeningnummer waarop de afnemer betaalt.',
  'fields.seller-matches.vat-id':
    'Het btw-nummer {{found}} op de factuur is niet het btw-nummer dat de afnemer van u kent ({{expected}}).',
  'fields.seller-matches.vat-id.hint':
    'Controleer het btw-nummer in uw factuurprogramma. Klopt {{expected}} niet, vraag de afnemer dan om het in zijn administratie te verbeteren.',
  'fields.seller-matches.kvk':
    'Het KvK-nummer {{found}} op de factuur is niet het KvK-nummer dat de afnemer van u kent ({{expected}}).',
  'fields.seller-matches.kvk.hint':
    'Controleer het KvK-nummer in uw factuurprogramma. Klopt {{expected}} niet, vraag de afnemer dan om het in zijn administratie te verbeteren.',
  'fields.seller-matches.name':
    'Uw bedrijfsnaam op de factuur, "{{found}}", wijkt af van de naam die de afnemer van u kent ({{expected}}).',
  'fields.seller-matches.name.hint':
    'Gebruik dezelfde bedrijfsnaam als in uw registratie bij de afnemer, zodat zijn software u tussen zijn leveranciers vindt.',
  'fields.currency-allowed.not-allowed':
    'De factuur is in {{currency}}; de afnemer accepteert alleen facturen in {{allowed}}.',
  'fields.currency-allowed.not-allowed.hint':
    'Maak de factuur op in {{allowed}}; overleg eerst met de afnemer als dat niet kan.',
  'fields.currency-allowed.unknown':
    'De valuta "{{currency}}" op de factuur is geen geldige valutacode (ISO 4217).',
  'fields.currency-allowed.withdrawn':
    'De factuur is in {{currency}}, een valuta die sinds {{since}} niet meer bestaat; gebruik {{replacement}}.',
  'fields.currency-allowed.withdrawn.hint':
    'Stel in uw factuurprogramma de valuta van de factuur in op {{replacement}} en vermeld de bedragen in {{replacement}}.',
  'fields.currency-allowed.unknown.hint': 'Gebruik de officiële valutacode van drie letters, zoals EUR.',
  'fields.date-not-in-future.future':
    '{{Field}} is {{date}}; die ligt in de toekomst (de controle liep op {{today}}).',
  'fields.date-not-in-future.future.hint':
    'Dateer de factuur op de dag dat u hem verstuurt, of eerder. Controleer de datuminstelling van uw factuurprogramma.',
  'fields.date-max-age.too-old':
    '{{Field}} is {{date}}, {{days}} dagen geleden; de afnemer accepteert facturen tot {{maxAgeDays}} dagen oud.',
  'fields.date-max-age.too-old.hint':
    'Verstuur facturen direct, of vraag de afnemer hoe u een oudere factuur kunt indienen.',
  'fields.ambiguous.close-candidates':
    'De factuur toont meerdere waarden voor {{field}} ({{values}}). Het programma van de afnemer moet raden welke bedoeld is.',
  'fields.ambiguous.close-candidates.hint':
    'Toon {{field}} één keer, naast een duidelijk label; zet dat label niet bij andere nummers of datums.',
  'fields.ambiguous.unlabelled-dates':
    'De factuur heeft meerdere datums ({{values}}) en geen ervan heeft het label factuurdatum, dus het programma van de afnemer kan de verkeerde nemen.',
  'fields.ambiguous.unlabelled-dates.hint': 'Zet het label "Factuurdatum" voor de factuurdatum.',
  'fields.ambiguous.totals-disagree':
    'De factuur toont verschillende totalen ({{values}}) die niet kloppen met de btw, dus het programma van de afnemer kan het verkeerde bedrag nemen.',
  'fields.ambiguous.totals-disagree.hint':
    'Toon één totaal inclusief btw, met het label "Totaal incl. btw", en daarboven het bedrag exclusief btw en de btw.',
  'fields.channels-agree.mismatch':
    '{{Field}} is "{{text}}" in de tekst van de PDF, maar "{{ocr}}" op het beeld van de pagina. Software die beide leest kan elk van de twee nemen.',
  'fields.channels-agree.mismatch.hint':
    'Maak de PDF rechtstreeks vanuit uw factuurprogramma. Een PDF waarvan de tekstlaag afwijkt van wat er staat, is slecht bewerkt of omgezet.',
  'fields.channels-agree.ocr-misread':
    '{{Field}} is "{{text}}" in de tekst van de PDF, en op de pagina staat hetzelfde, maar software voor tekstherkenning (OCR) leest "{{ocr}}". Dat is een leesfout van de OCR-software, geen fout in uw PDF; een afnemer wiens software het beeld van de pagina leest, kan toch de verkeerde waarde overnemen.',
  'fields.channels-agree.ocr-misread.hint':
    'Aan uw PDF hoeft niets te veranderen. OCR-software leest {{field}} beter in een eenvoudig lettertype van minstens 10 punt.',
  'fields.channels-agree.unconfirmed':
    '{{Field}} is "{{text}}" in de tekst van de PDF; software voor tekstherkenning (OCR) las "{{ocr}}" op het beeld van de pagina, maar dat beeld ({{dpi}} DPI) is te grof om een van beide te bevestigen: de waarde is maar {{textPx}} pixels hoog, en zo klein leest OCR vaak een cijfer verkeerd. De tekst van de PDF klopt waarschijnlijk; software die het beeld van de pagina leest, kan een verkeerde waarde overnemen.',
  'fields.channels-agree.unconfirmed.hint':
    'Komt uw PDF rechtstreeks uit uw factuurprogramma, dan hoeft er niets te veranderen. Wilt u dat software die het beeld leest {{field}} betrouwbaar leest, druk het dan minstens {{minPt}} punt groot af.',
  'totals.sum-matches.mismatch':
    'De bedragen kloppen niet: {{net}} exclusief btw + {{tax}} btw = {{sum}}, maar het factuurtotaal is {{total}}.',
  'totals.sum-matches.mismatch.hint':
    'Verbeter de bedragen in uw factuurprogramma, zodat het bedrag exclusief btw plus de btw gelijk is aan het totaal.',
  'totals.sum-matches.vat-lines':
    'De btw-regels tellen op tot {{sum}}, maar het btw-totaal op de factuur is {{tax}}.',
  'totals.sum-matches.vat-lines.hint': 'Maak het btw-totaal gelijk aan de som van de btw per tarief.',
  'totals.sum-matches.vat-rate':
    'De btw van {{rate}}% over {{base}} is {{expected}}, maar op de factuur staat {{amount}}.',
  'totals.sum-matches.vat-rate.hint':
    'Controleer het btw-tarief en het btw-bedrag van deze regel in uw factuurprogramma.',
  'vat.reverse-charge.missing-buyer-vat':
    'Op de factuur staat dat de btw verlegd is ("{{text}}"), maar het btw-nummer van de afnemer ontbreekt; dat is dan verplicht.',
  'vat.reverse-charge.missing-buyer-vat.hint':
    'Zet het btw-nummer van de afnemer op de factuur, met een label als "Btw-nummer afnemer".',
  'nl.legal-fields.missing':
    'Een Nederlandse factuur moet {{field}} vermelden (artikel 35a Wet op de omzetbelasting), maar het is niet gevonden {{channel}}.',
  'nl.legal-fields.missing.hint': 'Zet {{field}} op de factuur, naast een duidelijk label als "{{label}}".',
  'einvoice.matches-printed.mismatch':
    '{{Field}} op de factuur ({{printed}}) verschilt van de waarde in de bijgevoegde e-factuur ({{embedded}}). Het programma van de afnemer kan elk van de twee lezen.',
  'einvoice.matches-printed.mismatch.hint':
    'Maak de PDF en de bijgevoegde e-factuur (Factur-X / ZUGFeRD / UBL) in één stap uit dezelfde gegevens in uw factuurprogramma.',
  // --- OCR channel (issue 5) ---
  'file.is-pdf.image-no-text':
    'Dit bestand is een afbeelding ({{format}}). De afnemer accepteert afbeeldingen, maar zijn software leest alleen de tekst in PDF-bestanden, en een afbeelding bevat geen tekst.',
  'file.is-pdf.image-no-text.hint':
    'Exporteer de factuur vanuit uw factuurprogramma als PDF (niet als afbeelding of scan), zodat de tekst gelezen kan worden.',
  'ocr.readable-page.not-drawable':
    'Pagina {{page}} kan niet als afbeelding worden weergegeven, dus software die de pagina als afbeelding leest, ziet daar niets.',
  'ocr.readable-page.not-drawable.hint':
    'Maak de PDF opnieuw aan vanuit uw factuurprogramma met "Opslaan als PDF" of "Exporteren naar PDF"; bewerk of herstel hem niet met andere hulpmiddelen.',
  'ocr.readable-page.image-unreadable':
    'De afbeelding kan niet worden gelezen: het bestand is beschadigd of heeft een vorm die afbeeldingssoftware niet kan openen.',
  'ocr.readable-page.image-unreadable.hint':
    'Scan of exporteer de factuur opnieuw, liefst als PDF, en controleer of het bestand opent voordat u het uploadt.',
  'ocr.readable-page.text-not-visible':
    'Pagina {{page}} bevat tekst ({{chars}} tekens) die u kunt selecteren of kopiëren, maar die niet zichtbaar is op de pagina zelf: de software van de afnemer, die de pagina als afbeelding leest, vindt daar niets leesbaars. Dit gebeurt bij witte of onzichtbare tekst, of tekst die achter een afbeelding verstopt zit.',
  'ocr.readable-page.text-not-visible.hint':
    'Zorg dat de tekst van de factuur in een donkere kleur op de pagina staat en niet wordt bedekt door een achtergrondafbeelding. Exporteer de PDF rechtstreeks vanuit uw factuurprogramma in plaats van tekst toe te voegen met een PDF-bewerker.',
  'ocr.readable-page.illegible':
    'Op pagina {{page}} staat wel iets, maar tekstherkenning (OCR) kan er geen enkel woord op lezen. De software van de afnemer kan deze pagina niet lezen.',
  'ocr.readable-page.illegible.hint':
    'Stuur een scherpere versie: exporteer de factuur vanuit uw factuurprogramma als PDF, of scan hem opnieuw op 300 DPI in zwart-wit of grijstinten, recht en schoon.',
  'ocr.min-confidence.low':
    'Pagina {{page}} is moeilijk leesbaar voor tekstherkenning (OCR): hij wordt met maar {{confidence}}% zekerheid gelezen, terwijl de software van de afnemer minstens {{limit}}% nodig heeft. Bedragen en nummers kunnen verkeerd worden gelezen.',
  'ocr.min-confidence.low.hint':
    'Exporteer de factuur rechtstreeks vanuit uw factuurprogramma als PDF in plaats van hem te scannen of te fotograferen. Moet u toch scannen: 300 DPI, grijstinten of zwart-wit, de pagina recht en schoon, geen sterke compressie.',
  'ocr.text-height.too-small':
    'De tekst op pagina {{page}} is te klein om betrouwbaar te lezen: de meeste factuurtekst heeft letters van maar {{xHeightPx}} pixels hoog bij {{dpi}} DPI ("{{text}}"), en de software van de afnemer heeft minstens {{limit}} pixels nodig.',
  'ocr.text-height.too-small.hint':
    'Gebruik een grotere letter voor de factuurgegevens (minstens 8 à 9 punten), of scan met een hogere resolutie (300 DPI).',
  'ocr.text-height.field-too-small':
    '{{Field}} ({{value}}) op pagina {{page}} is te klein gedrukt om betrouwbaar te lezen: de letters zijn {{xHeightPx}} pixels hoog bij {{dpi}} DPI, en de software van de afnemer heeft minstens {{limit}} pixels nodig.',
  'ocr.text-height.field-too-small.hint':
    'Druk de factuurgegevens (nummers, datums, bedragen) in een letter van minstens 8 à 9 punten, of scan met een hogere resolutie (300 DPI).',
  'ocr.text-height.fine-print':
    'Een deel van de tekst op pagina {{page}} is klein: de letters zijn {{xHeightPx}} pixels hoog bij {{dpi}} DPI ("{{text}}"), minder dan de {{limit}} pixels die de software van de afnemer betrouwbaar leest. De factuurgegevens zijn groot genoeg; deze tekst wordt misschien niet gelezen.',
  'ocr.text-height.fine-print.hint':
    'Zet de factuurgegevens (nummers, datums, bedragen) niet in de kleine letters.',
  'ocr.skew.tilted':
    'Pagina {{page}} staat {{degrees}} graden scheef; de software van de afnemer accepteert maximaal {{limit}} graden.',
  'ocr.skew.tilted.hint':
    'Leg het papier recht in de scanner (of zet de instelling "rechtzetten" van de scanner aan). Beter nog: exporteer de factuur vanuit uw factuurprogramma als PDF.',
  'ocr.page-orientation.turned':
    'Pagina {{page}} ligt {{how}}: de software van de afnemer leest de pagina zoals die ligt en kan de factuur dan niet lezen.',
  'ocr.page-orientation.turned.hint':
    'Draai de pagina rechtop in uw scan- of PDF-programma (of leg het vel met de bovenkant eerst in de scanner) en sla de PDF opnieuw op. Beter nog: exporteer de factuur vanuit uw factuurprogramma als PDF.',
  'channels.agree.number-differs':
    'Op pagina {{page}} zegt de tekst in de PDF {{textValue}}, maar op de pagina staat {{ocrValue}}. De software van de afnemer kan het verkeerde bedrag of nummer boeken.',
  'channels.agree.number-differs.hint':
    'De PDF bevat verborgen tekst die niet overeenkomt met wat er gedrukt staat. Dat gebeurt als een PDF achteraf is bewerkt of als de tekstherkenning ervan fout ging. Maak de PDF opnieuw aan vanuit uw factuurprogramma en pas nooit bedragen aan in een PDF-bewerker.',
  'channels.agree.number-unconfirmed':
    'Op pagina {{page}} zegt de tekst in de PDF {{textValue}}; software voor tekstherkenning (OCR) las daar {{ocrValue}}, maar het beeld van de pagina dat zij las ({{dpi}} DPI) is te grof om een van beide te bevestigen: de tekst is maar {{textPx}} pixels hoog, en zo klein leest OCR vaak een cijfer verkeerd. De tekst in de PDF klopt waarschijnlijk; software die het beeld van de pagina leest, kan een verkeerd getal overnemen.',
  'channels.agree.number-unconfirmed.hint':
    'Komt uw PDF rechtstreeks uit uw factuurprogramma, dan hoeft er niets te veranderen. Wilt u dat software die het beeld leest bedragen en nummers betrouwbaar leest, druk ze dan minstens {{minPt}} punt groot af.',
  'channels.agree.text-garbled':
    'De tekst in pagina {{page}} komt niet overeen met wat er op de pagina staat: de tekst luidt "{{textSample}}", op de pagina staat "{{ocrSample}}" (maar {{agreementPercent}}% van de woorden komt overeen). De software van de afnemer leest de verkeerde tekst.',
  'channels.agree.text-garbled.hint':
    'Dit komt meestal door lettertypen die niet goed zijn ingesloten. Exporteer de PDF opnieuw vanuit uw factuurprogramma met "lettertypen insluiten" aan, of gebruik een standaardlettertype zoals Arial.',
  'run.ocr-failed':
    'Tekstherkenning (OCR) is mislukt op pagina {{pages}}, dus de factuur kon niet volledig worden gecontroleerd. Dit is een probleem aan onze kant, niet per se in uw factuur.',
  'run.ocr-timed-out':
    'Tekstherkenning (OCR) duurde te lang op pagina {{pages}} en is gestopt, dus de factuur kon niet volledig worden gecontroleerd.',
  'run.check-failed':
    'Niet alle controles konden worden uitgevoerd ({{checks}}), dus de factuur kon niet volledig worden gecontroleerd.',
  'run.stage-failed':
    'Een stap van de controle ({{stage}}) is mislukt, dus de factuur kon niet volledig worden gecontroleerd.',
  'run.timed-out':
    'De controle duurde langer dan {{seconds}} seconden en is gestopt, dus deze factuur kon niet volledig worden gecontroleerd.',
  'run.failed':
    'De controle kon niet worden afgerond door een interne fout. De factuur zelf kan in orde zijn.',
  'run.interrupted':
    'De controle is meerdere keren onderbroken (bijvoorbeeld door een herstart) en is opgegeven.',
  'run.out-of-memory':
    'De controle had te veel geheugen nodig en is gestopt. Vaak komt dat door een bestand met een extreem groot ingepakt onderdeel; sla de factuur opnieuw op als gewone PDF en probeer het nog eens.',
  'verdict.accepted': 'De software van {{buyer}} kan deze factuur lezen en verwerken.',
  'verdict.rejected': 'De software van {{buyer}} kan deze factuur zo niet verwerken.',
  'verdict.rejected.unreadable': 'De software van {{buyer}} kan deze factuur niet goed lezen.',
  'verdict.rejected.data':
    'De software van {{buyer}} kan deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet.',
  'verdict.rejected.delivery': 'Deze factuur komt zo niet aan bij {{buyer}}.',
  'verdict.also.data': 'Ook ontbreken er gegevens of kloppen er gegevens niet.',
  'verdict.also.delivery': 'Ook komt de factuur zo niet aan.',
  'verdict.undetermined':
    'De controle kon niet worden afgemaakt, dus het is nog niet bekend of de software van {{buyer}} deze factuur kan lezen.',
  'verdict.the-buyer': 'de afnemer',
  'verdict.checks-passed': '{{passed}} van {{run}} controles geslaagd',
  'mail.size.too-large':
    'De e-mail is {{size}}; de factuurmailbox van de afnemer neemt hoogstens {{limit}} per bericht aan (bijlagen tellen in een e-mail ongeveer 37% zwaarder dan op schijf). Het bericht zou terugkomen of zoekraken.',
  'mail.size.too-large.hint':
    'Stuur één factuur per e-mail en laat andere bijlagen weg (algemene voorwaarden, brochures). Maak de PDF kleiner: exporteer hem rechtstreeks vanuit uw factuurprogramma in plaats van hem te scannen.',
  'mail.pdf-count.too-many':
    'Deze e-mail bevat {{count}} PDF-bestanden ({{names}}). De software van de afnemer leest elke PDF als een aparte factuur, dus boekt {{count}} facturen of weigert het bericht.',
  'mail.pdf-count.too-many.hint':
    'Stuur precies één factuur-PDF per e-mail. Zet algemene voorwaarden of andere documenten op uw website of stuur ze één keer apart, niet bij elke factuur.',
  'mail.other-attachments.not-allowed':
    'De bijlage {{name}} ({{kind}}) mag niet met de factuur mee: de mailbox van de afnemer neemt naast de factuur-PDF alleen {{allowed}} aan.',
  'mail.other-attachments.not-allowed.hint':
    'Stuur alleen de factuur-PDF in de e-mail. Haal andere bestanden uit de factuurmail via de e-mailinstellingen van uw factuurprogramma.',
  'mail.other-attachments.forwarded':
    'De bijlage {{name}} is een hele e-mail (een doorgestuurd bericht). De software van de afnemer opent geen e-mails in e-mails, dus een factuur daarin wordt niet gevonden.',
  'mail.other-attachments.forwarded.hint':
    'Stuur de factuurmail niet door als bijlage: maak een nieuwe e-mail en voeg de factuur-PDF daar direct aan toe.',
  'mail.other-attachments.too-many':
    'Deze e-mail heeft {{count}} bijlagen; alleen de eerste {{max}} zijn gelezen. Een mailbox weigert of verwerkt een bericht met zoveel delen verkeerd.',
  'mail.other-attachments.too-many.hint': 'Stuur één factuur-PDF per e-mail, zonder andere bijlagen.',
  'mail.attachment-name.missing':
    'De PDF-bijlage heeft geen bestandsnaam. Sommige herkensoftware slaat bijlagen zonder naam over.',
  'mail.attachment-name.missing.hint':
    'Voeg de factuur toe als bestand met een naam die eindigt op .pdf, bijvoorbeeld factuur-2024-001.pdf.',
  'mail.attachment-name.characters':
    'De bestandsnaam {{name}} bevat tekens die de software van de afnemer niet accepteert: {{characters}}.',
  'mail.attachment-name.characters.hint':
    'Geef het bestand een naam met alleen letters, cijfers, streepjes en punten, bijvoorbeeld factuur-2024-001.pdf. Stel de bestandsnaam in bij de export- of e-mailinstellingen van uw factuurprogramma.',
  'mail.attachment-name.too-long':
    'De bestandsnaam {{name}} is {{length}} tekens lang; de software van de afnemer accepteert hoogstens {{max}}.',
  'mail.attachment-name.too-long.hint':
    "Gebruik een kortere bestandsnaam, bijvoorbeeld alleen het woord 'factuur' en het factuurnummer.",
  'mail.attachment-name.pattern':
    'De bestandsnaam {{name}} heeft niet de vorm die de afnemer vraagt ({{pattern}}).',
  'mail.attachment-name.pattern.hint':
    'Geef het bestand de naam die de afnemer vraagt (vaak met het factuurnummer erin); stel dat in bij de exportinstellingen van uw factuurprogramma.',
  'mail.attachment-name.not-pdf-name':
    'De bijlage {{name}} is een PDF, maar de naam eindigt niet op .pdf (opgegeven als {{contentType}}). Herkensoftware die op de naam afgaat slaat hem over.',
  'mail.attachment-name.not-pdf-name.hint': 'Zorg dat de naam van de bijgevoegde factuur eindigt op .pdf.',
  'mail.attachment-name.not-a-pdf':
    'De bijlage {{name}} heet of heet te zijn een PDF, maar de inhoud is {{kind}}, geen PDF. De software van de afnemer kan hem niet als factuur lezen.',
  'mail.attachment-name.not-a-pdf.hint':
    'Voeg de echte PDF toe die uw factuurprogramma maakt; geef andere bestanden niet de naam .pdf.',
  'mail.no-attachment.body-invoice':
    'Deze e-mail heeft geen PDF-bijlage: de factuur lijkt in de tekst van de e-mail te staan. De software van de afnemer leest alleen PDF-bijlagen en vindt dus geen factuur.',
  'mail.no-attachment.body-invoice.hint':
    "Voeg de factuur als PDF toe aan de e-mail in plaats van hem in het bericht te typen of te plakken. De meeste factuurprogramma's hebben een instelling 'factuur als PDF-bijlage versturen'.",
  'mail.no-attachment.none':
    'Deze e-mail heeft geen PDF-bijlage, dus de software van de afnemer vindt er geen factuur in.',
  'mail.no-attachment.none.hint':
    'Voeg de factuur als PDF-bestand toe aan de e-mail, precies zoals u straks echte facturen stuurt.',
  'mail.no-attachment.unreadable':
    'Dit bericht kon niet als e-mail gelezen worden ({{reason}}), dus er is geen factuur in gevonden.',
  'mail.no-attachment.unreadable.hint':
    'Stuur de factuur opnieuw vanuit uw gewone e-mailprogramma of factuurprogramma, met de PDF als bijlage. Uploadt u een opgeslagen e-mail, sla hem dan op als .eml.',
  'mail.archive-attachment.found':
    'De bijlage {{name}} is een ingepakt archief ({{kind}}). De software van de afnemer pakt geen archieven uit, dus een factuur daarin wordt niet gevonden.',
  'mail.archive-attachment.found.hint':
    'Voeg de factuur-PDF zelf toe, niet ingepakt in een ZIP- of RAR-bestand. Is de e-mail te groot, maak dan de PDF kleiner.',
  'mail.tnef.found':
    "De e-mail bevat winmail.dat ({{name}}): Outlook heeft hem in zijn eigen 'Rich Text'-opmaak verstuurd. Andere mailsoftware, ook die van de afnemer, kan dat niet openen en ziet de factuur niet.",
  'mail.tnef.found.hint':
    "Kies in Outlook Bestand > Opties > E-mail > 'Berichten opstellen in deze indeling' en kies HTML of Tekst zonder opmaak. Voor één contactpersoon: open het contact, dubbelklik op het e-mailadres en zet 'Internetindeling' op 'Alleen tekst zonder opmaak verzenden'. Stuur de factuur daarna opnieuw.",
  'mail.inline-image.ignored':
    '{{count}} afbeelding(en) in de tekst van de e-mail ({{names}}), zoals een logo of handtekening, worden door de software van de afnemer genegeerd: ze worden niet voor facturen aangezien.',
  'mail.inline-image.attached':
    'De afbeelding {{name}} is als los bestand bijgevoegd, niet in de tekst getoond. De software van de afnemer kan hem voor een factuur (of een tweede factuur) aanzien.',
  'mail.inline-image.attached.hint':
    'Zet uw logo als afbeelding in de handtekening van de e-mail (HTML-mail), niet als bijlage; of laat het weg uit factuurmails.',
};
