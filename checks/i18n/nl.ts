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
    'Het bestand is {{sizeMb}} MB; de afnemer accepteert maximaal {{limitMb}} MB per factuur.',
  'file.max-size.too-large.hint':
    'Maak de PDF kleiner: exporteer hem rechtstreeks vanuit uw factuurprogramma in plaats van hem te scannen, of scan in zwart-wit of grijstinten op 300 DPI in plaats van in kleur op een hogere resolutie. Laat bijlagen weg die niet bij de factuur horen.',
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
  'pdf.readable.page-damaged': 'Pagina {{page}} is beschadigd: de inhoud kon niet worden gelezen.',
  'pdf.readable.page-damaged.hint':
    'Maak de PDF opnieuw aan vanuit uw factuurprogramma; bewerk of combineer hem niet met andere hulpmiddelen.',
  'pdf.encrypted.user-password':
    'De PDF is beveiligd met een wachtwoord. De software van de afnemer kan hem niet openen, dus de factuur wordt niet verwerkt.',
  'pdf.encrypted.user-password.hint':
    'Sla de factuur op zonder wachtwoord: zet in uw factuur- of PDF-programma "beveiligen met wachtwoord" / documentbeveiliging uit voordat u exporteert.',
  'pdf.max-pages.too-many':
    "De PDF heeft {{pages}} pagina's; de afnemer accepteert maximaal {{limit}} pagina's per factuur.",
  'pdf.max-pages.too-many.hint':
    "Stuur één factuur per PDF, en laat pagina's weg die niet bij de factuur horen (algemene voorwaarden, prijslijsten, bijlagen).",
  'text.layer-present.missing':
    'Pagina {{page}} bevat geen tekst: het is alleen een afbeelding (een scan, of een PDF die als plaatje is "afgedrukt"), dus de tekst kan niet worden geselecteerd of gekopieerd.',
  'text.layer-present.missing.hint':
    'Maak de PDF rechtstreeks vanuit uw factuurprogramma met "Opslaan als PDF" of "Exporteren naar PDF", in plaats van een afdruk te scannen of naar een afbeelding af te drukken.',
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
    'De tekst op pagina {{page}} is te klein om betrouwbaar te lezen: de kleinste letters zijn {{xHeightPx}} pixels hoog bij {{dpi}} DPI ("{{text}}"), en de software van de afnemer heeft minstens {{limit}} pixels nodig.',
  'ocr.text-height.too-small.hint':
    'Gebruik een grotere letter voor de factuurgegevens (minstens 8 à 9 punten), of scan met een hogere resolutie (300 DPI).',
  'ocr.skew.tilted':
    'Pagina {{page}} staat {{degrees}} graden scheef; de software van de afnemer accepteert maximaal {{limit}} graden.',
  'ocr.skew.tilted.hint':
    'Leg het papier recht in de scanner (of zet de instelling "rechtzetten" van de scanner aan). Beter nog: exporteer de factuur vanuit uw factuurprogramma als PDF.',
  'channels.agree.number-differs':
    'Op pagina {{page}} zegt de tekst in de PDF {{textValue}}, maar op de pagina staat {{ocrValue}}. De software van de afnemer kan het verkeerde bedrag of nummer boeken.',
  'channels.agree.number-differs.hint':
    'De PDF bevat verborgen tekst die niet overeenkomt met wat er gedrukt staat. Dat gebeurt als een PDF achteraf is bewerkt of als de tekstherkenning ervan fout ging. Maak de PDF opnieuw aan vanuit uw factuurprogramma en pas nooit bedragen aan in een PDF-bewerker.',
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
};
