/**
 * What a profile editor reads about a problem with a profile: one text per kind of problem in Dutch
 * and English, with `{{placeholders}}`. The schema's errors (`schema.ts`) and the semantic rules
 * (`semantics.ts`) both word their problems from here.
 */
import { fillLocalized, type Placeholders, type TemplateValue } from '../engine/i18n/template.js';
import type { LocalizedText } from '../engine/model/finding.js';

/** Problem id → text. */
export const PROFILE_PROBLEMS = {
  // --- the schema (ajv keywords) ---
  'schema.required': {
    en: 'This setting is required.',
    de: 'Diese Einstellung ist erforderlich.',
    fr: 'Ce réglage est obligatoire.',
    nl: 'Deze instelling is verplicht.',
  },
  'schema.unknown-check': {
    en: 'There is no check called "{{name}}".',
    de: 'Es gibt keine Prüfung "{{name}}".',
    fr: 'Il n’y a pas de contrôle "{{name}}".',
    nl: 'Er is geen controle "{{name}}".',
  },
  'schema.unknown-setting': {
    en: 'Unknown setting "{{name}}": check the spelling.',
    de: 'Unbekannte Einstellung "{{name}}": Prüfen Sie die Schreibweise.',
    fr: 'Réglage inconnu "{{name}}" : vérifiez l’orthographe.',
    nl: 'Onbekende instelling "{{name}}": controleer de spelling.',
  },
  'schema.type': {
    en: 'Must be {{type}}.',
    de: 'Muss {{type}} sein.',
    fr: 'Doit être {{type}}.',
    nl: 'Moet {{type}} zijn.',
  },
  'schema.enum': {
    en: 'Must be one of: {{values}}.',
    de: 'Muss einer dieser Werte sein: {{values}}.',
    fr: 'Doit être l’une de ces valeurs : {{values}}.',
    nl: 'Moet een van deze zijn: {{values}}.',
  },
  'schema.minimum': {
    en: 'Must be at least {{limit}}.',
    de: 'Muss mindestens {{limit}} sein.',
    fr: 'Doit valoir au moins {{limit}}.',
    nl: 'Moet minstens {{limit}} zijn.',
  },
  'schema.maximum': {
    en: 'Must be at most {{limit}}.',
    de: 'Darf höchstens {{limit}} sein.',
    fr: 'Doit valoir au plus {{limit}}.',
    nl: 'Mag hoogstens {{limit}} zijn.',
  },
  'schema.empty': {
    en: 'Must not be empty.',
    de: 'Darf nicht leer sein.',
    fr: 'Ne doit pas être vide.',
    nl: 'Mag niet leeg zijn.',
  },
  'schema.min-length': {
    en: 'Must be at least {{limit}} characters.',
    de: 'Muss mindestens {{limit}} Zeichen haben.',
    fr: 'Doit compter au moins {{limit}} caractères.',
    nl: 'Moet minstens {{limit}} tekens hebben.',
  },
  'schema.max-length': {
    en: 'Must be at most {{limit}} characters.',
    de: 'Darf höchstens {{limit}} Zeichen haben.',
    fr: 'Doit compter au plus {{limit}} caractères.',
    nl: 'Mag hoogstens {{limit}} tekens hebben.',
  },
  'schema.choose-one': {
    en: 'Choose at least one.',
    de: 'Wählen Sie mindestens einen Wert.',
    fr: 'Choisissez-en au moins un.',
    nl: 'Kies er minstens één.',
  },
  'schema.min-items': {
    en: 'Needs at least {{limit}} entries.',
    de: 'Braucht mindestens {{limit}} Werte.',
    fr: 'Il faut au moins {{limit}} valeurs.',
    nl: 'Heeft minstens {{limit}} waarden nodig.',
  },
  'schema.max-items': {
    en: 'Has more than {{limit}} entries.',
    de: 'Hat mehr als {{limit}} Werte.',
    fr: 'Contient plus de {{limit}} valeurs.',
    nl: 'Heeft meer dan {{limit}} waarden.',
  },
  'schema.unique-items': {
    en: 'Contains the same value twice.',
    de: 'Enthält denselben Wert zweimal.',
    fr: 'Contient deux fois la même valeur.',
    nl: 'Bevat dezelfde waarde twee keer.',
  },
  'schema.pattern': {
    en: 'Has the wrong form.',
    de: 'Hat nicht die richtige Form.',
    fr: 'N’a pas la bonne forme.',
    nl: 'Heeft niet de goede vorm.',
  },
  'schema.pattern-with-form': {
    en: 'Has the wrong form. {{form}}',
    de: 'Hat nicht die richtige Form. {{form}}',
    fr: 'N’a pas la bonne forme. {{form}}',
    nl: 'Heeft niet de goede vorm. {{form}}',
  },
  'schema.format': {
    en: 'Must be a valid {{format}}.',
    de: 'Muss eine gültige {{format}} sein.',
    fr: 'Doit être un(e) {{format}} valide.',
    nl: 'Moet een geldige {{format}} zijn.',
  },
  'schema.text-or-buyer-field': {
    en: 'Must be text, or a buyer field such as {"buyerField": "vatId"}.',
    de: 'Muss Text sein, oder ein Feld des Rechnungsempfängers wie {"buyerField": "vatId"}.',
    fr: 'Doit être du texte, ou un champ du client comme {"buyerField": "vatId"}.',
    nl: 'Moet tekst zijn, of een veld van de afnemer zoals {"buyerField": "vatId"}.',
  },
  'schema.invalid': {
    en: 'Is not valid.',
    de: 'Ist nicht gültig.',
    fr: 'N’est pas valide.',
    nl: 'Is niet geldig.',
  },
  // ajv's own (English) message; Dutch has no translation of it.
  'schema.invalid-ajv': {
    en: '{{message}}',
    de: 'Ist nicht gültig.',
    fr: 'N’est pas valide.',
    nl: 'Is niet geldig.',
  },

  // --- names of JSON types (for `schema.type`) ---
  'type.integer': {
    en: 'a whole number',
    de: 'eine ganze Zahl',
    fr: 'un nombre entier',
    nl: 'een geheel getal',
  },
  'type.number': { en: 'a number', de: 'eine Zahl', fr: 'un nombre', nl: 'een getal' },
  'type.string': { en: 'text', de: 'Text', fr: 'du texte', nl: 'tekst' },
  'type.boolean': {
    en: 'true or false',
    de: 'wahr oder falsch (true/false)',
    fr: 'vrai ou faux (true/false)',
    nl: 'waar of onwaar (true/false)',
  },
  'type.object': {
    en: 'a group of settings (an object)',
    de: 'eine Gruppe von Einstellungen (ein Objekt)',
    fr: 'un groupe de réglages (un objet)',
    nl: 'een groep instellingen (object)',
  },
  'type.array': { en: 'a list', de: 'eine Liste', fr: 'une liste', nl: 'een lijst' },
  'type.null': { en: 'null', de: 'null', fr: 'null', nl: 'null' },

  // --- what a value with a `pattern` must look like, by the name of its setting ---
  'form.vatId': {
    en: 'Write the VAT id in capitals without spaces or dots, e.g. NL123456782B01.',
    de: 'Schreiben Sie die USt-IdNr. in Großbuchstaben ohne Leerzeichen oder Punkte, z. B. NL123456782B01.',
    fr: 'Écrivez le numéro de TVA en majuscules sans espaces ni points, par ex. NL123456782B01.',
    nl: 'Schrijf het btw-nummer in hoofdletters zonder spaties of punten, bijvoorbeeld NL123456782B01.',
  },
  'form.kvk': {
    en: 'A KvK number has 8 digits, e.g. 12345678.',
    de: 'Eine KvK-Nummer (niederländische Handelskammer) hat 8 Ziffern, z. B. 12345678.',
    fr: 'Un numéro KvK (Chambre de commerce néerlandaise) compte 8 chiffres, par ex. 12345678.',
    nl: 'Een KvK-nummer heeft 8 cijfers, bijvoorbeeld 12345678.',
  },
  'form.country': {
    en: 'Use a two-letter country code, e.g. NL.',
    de: 'Verwenden Sie einen Ländercode aus zwei Buchstaben, z. B. NL.',
    fr: 'Utilisez un code pays de deux lettres, par ex. NL.',
    nl: 'Gebruik een landcode van twee letters, bijvoorbeeld NL.',
  },
  'form.min': {
    en: 'Use a PDF version from 1.0 to 2.0, e.g. 1.4.',
    de: 'Verwenden Sie eine PDF-Version von 1.0 bis 2.0, z. B. 1.4.',
    fr: 'Utilisez une version de PDF de 1.0 à 2.0, par ex. 1.4.',
    nl: 'Gebruik een PDF-versie van 1.0 tot 2.0, bijvoorbeeld 1.4.',
  },
  'form.max': {
    en: 'Use a PDF version from 1.0 to 2.0, e.g. 1.7.',
    de: 'Verwenden Sie eine PDF-Version von 1.0 bis 2.0, z. B. 1.7.',
    fr: 'Utilisez une version de PDF de 1.0 à 2.0, par ex. 1.7.',
    nl: 'Gebruik een PDF-versie van 1.0 tot 2.0, bijvoorbeeld 1.7.',
  },
  'form.id': {
    en: 'Use lower-case letters, digits and dashes (at most 64).',
    de: 'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (höchstens 64).',
    fr: 'Utilisez des lettres minuscules, des chiffres et des tirets (64 au plus).',
    nl: 'Gebruik kleine letters, cijfers en streepjes (hoogstens 64).',
  },

  // --- formats (ajv-formats) ---
  'format.email': {
    en: 'Must be an e-mail address, e.g. facturen@voorbeeld.nl.',
    de: 'Muss eine E-Mail-Adresse sein, z. B. facturen@voorbeeld.nl.',
    fr: 'Doit être une adresse e-mail, par ex. facturen@voorbeeld.nl.',
    nl: 'Moet een e-mailadres zijn, bijvoorbeeld facturen@voorbeeld.nl.',
  },
  'format.date': {
    en: 'Must be a date written as YYYY-MM-DD, e.g. 2026-03-01.',
    de: 'Muss ein Datum in der Form JJJJ-MM-TT sein, z. B. 2026-03-01.',
    fr: 'Doit être une date écrite AAAA-MM-JJ, par ex. 2026-03-01.',
    nl: 'Moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
  },
  'format.regex': {
    en: 'Must be a valid regular expression.',
    de: 'Muss ein gültiger regulärer Ausdruck sein.',
    fr: 'Doit être une expression régulière valide.',
    nl: 'Moet een geldige reguliere expressie zijn.',
  },

  // --- the semantic rules ---
  'pdf-versions.empty-range': {
    en: 'No PDF can pass: the lowest accepted version ({{min}}) is higher than the highest ({{max}}).',
    de: 'Keine PDF kann bestehen: Die niedrigste zulässige Version ({{min}}) ist höher als die höchste ({{max}}).',
    fr: 'Aucun PDF ne peut réussir : la version acceptée la plus basse ({{min}}) est plus élevée que la plus haute ({{max}}).',
    nl: 'Geen enkele PDF komt erdoor: de laagste toegestane versie ({{min}}) is hoger dan de hoogste ({{max}}).',
  },
  'image-sides.empty-range': {
    en: 'No image can pass: the smallest side ({{min}} px) is larger than the largest ({{max}} px).',
    de: 'Kein Bild kann bestehen: Die kleinste Seite ({{min}} px) ist größer als die größte ({{max}} px).',
    fr: 'Aucune image ne peut réussir : le plus petit côté ({{min}} px) est plus grand que le plus grand ({{max}} px).',
    nl: 'Geen enkele afbeelding komt erdoor: de kleinste zijde ({{min}} px) is groter dan de grootste ({{max}} px).',
  },
  'page-sizes.too-long': {
    en: '{{sizes}} pages are longer than {{max}} pt, so they can never pass: raise the limit or remove those page sizes.',
    de: 'Seiten im Format {{sizes}} sind länger als {{max}} pt und können daher nie bestehen: Heben Sie die Grenze an oder entfernen Sie diese Seitenformate.',
    fr: 'Les pages {{sizes}} sont plus longues que {{max}} pt et ne peuvent donc jamais réussir : relevez la limite ou retirez ces formats de page.',
    nl: "Pagina's van {{sizes}} zijn langer dan {{max}} pt en komen er dus nooit door: verhoog de grens of haal die paginaformaten weg.",
  },
  'images.text-only': {
    en: 'An image file has no text layer, so software that reads only the text layer cannot read it. Set the channel to "ocr" or "both", or do not accept images.',
    de: 'Eine Bilddatei hat keine Textebene, Programme, die nur die Textebene lesen, können sie also nicht lesen. Stellen Sie den Kanal auf "ocr" oder "both" oder nehmen Sie keine Bilder an.',
    fr: 'Un fichier image n’a pas de couche texte, un logiciel qui ne lit que la couche texte ne peut donc pas le lire. Réglez le canal sur "ocr" ou "both", ou n’acceptez pas d’images.',
    nl: 'Een afbeelding heeft geen tekstlaag, dus software die alleen de tekstlaag leest kan die niet lezen. Kies als kanaal "ocr" of "both", of accepteer geen afbeeldingen.',
  },
  'text-layer.check-off': {
    en: 'The text layer is required (text → required), but the check for it is switched off.',
    de: 'Die Textebene ist erforderlich (text → required), aber die Prüfung dafür ist ausgeschaltet.',
    fr: 'La couche texte est obligatoire (text → required), mais le contrôle correspondant est désactivé.',
    nl: 'De tekstlaag is verplicht (text → required), maar de controle daarop staat uit.',
  },
  'buyer.vat-id-form': {
    en: 'A Dutch btw-nummer is NL, 9 digits, B and 2 digits, e.g. NL123456782B01.',
    de: 'Eine niederländische btw-nummer (USt-IdNr.) besteht aus NL, 9 Ziffern, B und 2 Ziffern, z. B. NL123456782B01.',
    fr: 'Un btw-nummer néerlandais (numéro de TVA) se compose de NL, 9 chiffres, B et 2 chiffres, par ex. NL123456782B01.',
    nl: 'Een Nederlands btw-nummer is NL, 9 cijfers, B en 2 cijfers, bijvoorbeeld NL123456782B01.',
  },
  'buyer.vat-id-check-digits': {
    en: 'The VAT id {{value}} does not exist: its check digits do not add up. Copy it exactly from your letters from the tax authority (Belastingdienst).',
    de: 'Die USt-IdNr. {{value}} gibt es nicht: Ihre Prüfziffern gehen nicht auf. Übernehmen Sie sie genau aus den Schreiben der Steuerverwaltung (Belastingdienst).',
    fr: 'Le numéro de TVA {{value}} n’existe pas : ses chiffres de contrôle ne concordent pas. Recopiez-le exactement depuis les courriers de l’administration fiscale (Belastingdienst).',
    nl: 'Het btw-nummer {{value}} bestaat niet: de controlecijfers kloppen niet. Neem het precies over uit de brieven van de Belastingdienst.',
  },
  'buyer.vat-id-unknown-country': {
    en: 'The VAT id {{value}} does not start with a known country code (e.g. NL, BE, DE).',
    de: 'Die USt-IdNr. {{value}} beginnt nicht mit einem bekannten Ländercode (z. B. NL, BE, DE).',
    fr: 'Le numéro de TVA {{value}} ne commence pas par un code pays connu (par ex. NL, BE, DE).',
    nl: 'Het btw-nummer {{value}} begint niet met een bekende landcode (bijvoorbeeld NL, BE, DE).',
  },
  'buyer.kvk-invalid': {
    en: 'The KvK number {{value}} cannot exist: a KvK number has 8 digits and is not all zeros.',
    de: 'Die KvK-Nummer {{value}} kann es nicht geben: Eine KvK-Nummer hat 8 Ziffern und besteht nicht nur aus Nullen.',
    fr: 'Le numéro KvK {{value}} ne peut pas exister : un numéro KvK compte 8 chiffres et n’est pas composé uniquement de zéros.',
    nl: 'Het KvK-nummer {{value}} kan niet bestaan: een KvK-nummer heeft 8 cijfers en is niet alleen nullen.',
  },
  'field.date-only': {
    en: 'Only a date field (issueDate, dueDate) can have "{{op}}".',
    de: 'Nur ein Datumsfeld (issueDate, dueDate) kann "{{op}}" haben.',
    fr: 'Seul un champ de date (issueDate, dueDate) peut avoir "{{op}}".',
    nl: 'Alleen een datumveld (issueDate, dueDate) kan "{{op}}" hebben.',
  },
  'field.buyer-field-empty': {
    en: "Must equal the buyer's {{field}}, but the buyer section does not fill it in.",
    de: 'Muss dem Feld {{field}} des Rechnungsempfängers entsprechen, aber der Abschnitt zum Rechnungsempfänger füllt es nicht aus.',
    fr: 'Doit être égal au champ {{field}} du client, mais la section du client ne le remplit pas.',
    nl: 'Moet gelijk zijn aan {{field}} van de afnemer, maar dat is bij de afnemer niet ingevuld.',
  },
  'field.equals-not-in-one-of': {
    en: 'No invoice can pass: the value must be "{{value}}", which is not one of the values in "oneOf".',
    de: 'Keine Rechnung kann bestehen: Der Wert muss "{{value}}" sein, und der ist keiner der Werte in "oneOf".',
    fr: 'Aucune facture ne peut réussir : la valeur doit être "{{value}}", qui ne fait pas partie des valeurs de "oneOf".',
    nl: 'Geen enkele factuur komt erdoor: de waarde moet "{{value}}" zijn, en dat staat niet in "oneOf".',
  },
  'field.equals-too-long': {
    en: 'No invoice can pass: the value must be "{{value}}", which is longer than {{max}} characters.',
    de: 'Keine Rechnung kann bestehen: Der Wert muss "{{value}}" sein, und der ist länger als {{max}} Zeichen.',
    fr: 'Aucune facture ne peut réussir : la valeur doit être "{{value}}", qui dépasse {{max}} caractères.',
    nl: 'Geen enkele factuur komt erdoor: de waarde moet "{{value}}" zijn, en dat is langer dan {{max}} tekens.',
  },
  'delivery.helpdesk-address': {
    en: '{{address}} is a helpdesk or no-reply address, not an invoice mailbox: invoices sent there are lost. Fill in the address where your software receives invoices.',
    de: '{{address}} ist eine Helpdesk- oder No-Reply-Adresse, kein Rechnungspostfach: Dorthin gesendete Rechnungen gehen verloren. Geben Sie die Adresse ein, unter der Ihr Programm Rechnungen empfängt.',
    fr: '{{address}} est une adresse de service d’assistance ou de non-réponse, pas une boîte aux lettres de factures : les factures envoyées là sont perdues. Saisissez l’adresse où votre logiciel reçoit les factures.',
    nl: '{{address}} is een helpdesk- of no-reply-adres, geen factuurmailbox: facturen die daarheen gaan raken zoek. Vul het adres in waar uw software facturen ontvangt.',
  },
  'delivery.same-addresses': {
    en: 'The invoice address is the same as the contact address. Invoices go to the invoice mailbox and questions to a person: fill in two different addresses.',
    de: 'Die Rechnungsadresse ist dieselbe wie die Kontaktadresse. Rechnungen gehen an das Rechnungspostfach, Fragen an eine Person: Geben Sie zwei verschiedene Adressen ein.',
    fr: 'L’adresse de facturation est la même que l’adresse de contact. Les factures vont à la boîte aux lettres de factures et les questions à une personne : saisissez deux adresses différentes.',
    nl: 'Het factuuradres is hetzelfde als het contactadres. Facturen gaan naar de factuurmailbox en vragen naar een persoon: vul twee verschillende adressen in.',
  },
  'delivery.start-in-past': {
    en: 'The start date {{start}} lies in the past. Choose today ({{today}}) or a later day.',
    de: 'Das Startdatum {{start}} liegt in der Vergangenheit. Wählen Sie heute ({{today}}) oder einen späteren Tag.',
    fr: 'La date de début {{start}} est passée. Choisissez aujourd’hui ({{today}}) ou un jour plus tard.',
    nl: 'De startdatum {{start}} ligt in het verleden. Kies vandaag ({{today}}) of een latere dag.',
  },
  'mail.allowed-characters': {
    en: 'The allowed characters "{{value}}" do not form a character list (as inside [ ] of a regular expression), e.g. A-Za-z0-9._-',
    de: 'Die zulässigen Zeichen "{{value}}" bilden keine Zeichenliste (wie innerhalb von [ ] in einem regulären Ausdruck), z. B. A-Za-z0-9._-',
    fr: 'Les caractères autorisés "{{value}}" ne forment pas une liste de caractères (comme entre [ ] dans une expression régulière), par ex. A-Za-z0-9._-',
    nl: 'De toegestane tekens "{{value}}" vormen geen tekenlijst (zoals binnen [ ] van een reguliere expressie), bijvoorbeeld A-Za-z0-9._-',
  },
} as const satisfies Record<string, LocalizedText>;

/** The id of a profile problem's text. */
export type ProfileProblemId = keyof typeof PROFILE_PROBLEMS;

type VarsOf<I extends ProfileProblemId> = {
  readonly [K in
    | Placeholders<(typeof PROFILE_PROBLEMS)[I]['en']>
    | Placeholders<(typeof PROFILE_PROBLEMS)[I]['nl']>]: TemplateValue;
};

/** A problem text with its placeholders filled (each one required by the compiler). */
export function problemText<I extends ProfileProblemId>(
  id: I,
  ...[vars]: [keyof VarsOf<I>] extends [never] ? [vars?: undefined] : [vars: VarsOf<I>]
): LocalizedText {
  return fillLocalized(PROFILE_PROBLEMS[id], (vars ?? {}) as Readonly<Record<string, TemplateValue>>);
}
