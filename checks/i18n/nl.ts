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
