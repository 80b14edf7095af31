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
  'schema.required': { en: 'This setting is required.', nl: 'Deze instelling is verplicht.' },
  'schema.unknown-check': {
    en: 'There is no check called "{{name}}".',
    nl: 'Er is geen controle "{{name}}".',
  },
  'schema.unknown-setting': {
    en: 'Unknown setting "{{name}}": check the spelling.',
    nl: 'Onbekende instelling "{{name}}": controleer de spelling.',
  },
  'schema.type': { en: 'Must be {{type}}.', nl: 'Moet {{type}} zijn.' },
  'schema.enum': { en: 'Must be one of: {{values}}.', nl: 'Moet een van deze zijn: {{values}}.' },
  'schema.minimum': { en: 'Must be at least {{limit}}.', nl: 'Moet minstens {{limit}} zijn.' },
  'schema.maximum': { en: 'Must be at most {{limit}}.', nl: 'Mag hoogstens {{limit}} zijn.' },
  'schema.empty': { en: 'Must not be empty.', nl: 'Mag niet leeg zijn.' },
  'schema.min-length': {
    en: 'Must be at least {{limit}} characters.',
    nl: 'Moet minstens {{limit}} tekens hebben.',
  },
  'schema.max-length': {
    en: 'Must be at most {{limit}} characters.',
    nl: 'Mag hoogstens {{limit}} tekens hebben.',
  },
  'schema.choose-one': { en: 'Choose at least one.', nl: 'Kies er minstens één.' },
  'schema.min-items': {
    en: 'Needs at least {{limit}} entries.',
    nl: 'Heeft minstens {{limit}} waarden nodig.',
  },
  'schema.max-items': { en: 'Has more than {{limit}} entries.', nl: 'Heeft meer dan {{limit}} waarden.' },
  'schema.unique-items': { en: 'Contains the same value twice.', nl: 'Bevat dezelfde waarde twee keer.' },
  'schema.pattern': { en: 'Has the wrong form.', nl: 'Heeft niet de goede vorm.' },
  'schema.pattern-with-form': {
    en: 'Has the wrong form. {{form}}',
    nl: 'Heeft niet de goede vorm. {{form}}',
  },
  'schema.format': { en: 'Must be a valid {{format}}.', nl: 'Moet een geldige {{format}} zijn.' },
  'schema.text-or-buyer-field': {
    en: 'Must be text, or a buyer field such as {"buyerField": "vatId"}.',
    nl: 'Moet tekst zijn, of een veld van de afnemer zoals {"buyerField": "vatId"}.',
  },
  'schema.invalid': { en: 'Is not valid.', nl: 'Is niet geldig.' },
  // ajv's own (English) message; Dutch has no translation of it.
  'schema.invalid-ajv': { en: '{{message}}', nl: 'Is niet geldig.' },

  // --- names of JSON types (for `schema.type`) ---
  'type.integer': { en: 'a whole number', nl: 'een geheel getal' },
  'type.number': { en: 'a number', nl: 'een getal' },
  'type.string': { en: 'text', nl: 'tekst' },
  'type.boolean': { en: 'true or false', nl: 'waar of onwaar (true/false)' },
  'type.object': { en: 'a group of settings (an object)', nl: 'een groep instellingen (object)' },
  'type.array': { en: 'a list', nl: 'een lijst' },
  'type.null': { en: 'null', nl: 'null' },

  // --- what a value with a `pattern` must look like, by the name of its setting ---
  'form.vatId': {
    en: 'Write the VAT id in capitals without spaces or dots, e.g. NL123456782B01.',
    nl: 'Schrijf het btw-nummer in hoofdletters zonder spaties of punten, bijvoorbeeld NL123456782B01.',
  },
  'form.kvk': {
    en: 'A KvK number has 8 digits, e.g. 12345678.',
    nl: 'Een KvK-nummer heeft 8 cijfers, bijvoorbeeld 12345678.',
  },
  'form.country': {
    en: 'Use a two-letter country code, e.g. NL.',
    nl: 'Gebruik een landcode van twee letters, bijvoorbeeld NL.',
  },
  'form.min': {
    en: 'Use a PDF version from 1.0 to 2.0, e.g. 1.4.',
    nl: 'Gebruik een PDF-versie van 1.0 tot 2.0, bijvoorbeeld 1.4.',
  },
  'form.max': {
    en: 'Use a PDF version from 1.0 to 2.0, e.g. 1.7.',
    nl: 'Gebruik een PDF-versie van 1.0 tot 2.0, bijvoorbeeld 1.7.',
  },
  'form.id': {
    en: 'Use lower-case letters, digits and dashes (at most 64).',
    nl: 'Gebruik kleine letters, cijfers en streepjes (hoogstens 64).',
  },

  // --- formats (ajv-formats) ---
  'format.email': {
    en: 'Must be an e-mail address, e.g. facturen@voorbeeld.nl.',
    nl: 'Moet een e-mailadres zijn, bijvoorbeeld facturen@voorbeeld.nl.',
  },
  'format.date': {
    en: 'Must be a date written as YYYY-MM-DD, e.g. 2026-03-01.',
    nl: 'Moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
  },
  'format.regex': {
    en: 'Must be a valid regular expression.',
    nl: 'Moet een geldige reguliere expressie zijn.',
  },

  // --- the semantic rules ---
  'pdf-versions.empty-range': {
    en: 'No PDF can pass: the lowest accepted version ({{min}}) is higher than the highest ({{max}}).',
    nl: 'Geen enkele PDF komt erdoor: de laagste toegestane versie ({{min}}) is hoger dan de hoogste ({{max}}).',
  },
  'image-sides.empty-range': {
    en: 'No image can pass: the smallest side ({{min}} px) is larger than the largest ({{max}} px).',
    nl: 'Geen enkele afbeelding komt erdoor: de kleinste zijde ({{min}} px) is groter dan de grootste ({{max}} px).',
  },
  'page-sizes.too-long': {
    en: '{{sizes}} pages are longer than {{max}} pt, so they can never pass: raise the limit or remove those page sizes.',
    nl: "Pagina's van {{sizes}} zijn langer dan {{max}} pt en komen er dus nooit door: verhoog de grens of haal die paginaformaten weg.",
  },
  'images.text-only': {
    en: 'An image file has no text layer, so software that reads only the text layer cannot read it. Set the channel to "ocr" or "both", or do not accept images.',
    nl: 'Een afbeelding heeft geen tekstlaag, dus software die alleen de tekstlaag leest kan die niet lezen. Kies als kanaal "ocr" of "both", of accepteer geen afbeeldingen.',
  },
  'text-layer.check-off': {
    en: 'The text layer is required (text → required), but the check for it is switched off.',
    nl: 'De tekstlaag is verplicht (text → required), maar de controle daarop staat uit.',
  },
  'buyer.vat-id-form': {
    en: 'A Dutch btw-nummer is NL, 9 digits, B and 2 digits, e.g. NL123456782B01.',
    nl: 'Een Nederlands btw-nummer is NL, 9 cijfers, B en 2 cijfers, bijvoorbeeld NL123456782B01.',
  },
  'buyer.vat-id-check-digits': {
    en: 'The VAT id {{value}} does not exist: its check digits do not add up. Copy it exactly from your letters from the tax authority (Belastingdienst).',
    nl: 'Het btw-nummer {{value}} bestaat niet: de controlecijfers kloppen niet. Neem het precies over uit de brieven van de Belastingdienst.',
  },
  'buyer.vat-id-unknown-country': {
    en: 'The VAT id {{value}} does not start with a known country code (e.g. NL, BE, DE).',
    nl: 'Het btw-nummer {{value}} begint niet met een bekende landcode (bijvoorbeeld NL, BE, DE).',
  },
  'buyer.kvk-invalid': {
    en: 'The KvK number {{value}} cannot exist: a KvK number has 8 digits and is not all zeros.',
    nl: 'Het KvK-nummer {{value}} kan niet bestaan: een KvK-nummer heeft 8 cijfers en is niet alleen nullen.',
  },
  'field.date-only': {
    en: 'Only a date field (issueDate, dueDate) can have "{{op}}".',
    nl: 'Alleen een datumveld (issueDate, dueDate) kan "{{op}}" hebben.',
  },
  'field.buyer-field-empty': {
    en: "Must equal the buyer's {{field}}, but the buyer section does not fill it in.",
    nl: 'Moet gelijk zijn aan {{field}} van de afnemer, maar dat is bij de afnemer niet ingevuld.',
  },
  'field.equals-not-in-one-of': {
    en: 'No invoice can pass: the value must be "{{value}}", which is not one of the values in "oneOf".',
    nl: 'Geen enkele factuur komt erdoor: de waarde moet "{{value}}" zijn, en dat staat niet in "oneOf".',
  },
  'field.equals-too-long': {
    en: 'No invoice can pass: the value must be "{{value}}", which is longer than {{max}} characters.',
    nl: 'Geen enkele factuur komt erdoor: de waarde moet "{{value}}" zijn, en dat is langer dan {{max}} tekens.',
  },
  'delivery.helpdesk-address': {
    en: '{{address}} is a helpdesk or no-reply address, not an invoice mailbox: invoices sent there are lost. Fill in the address where your software receives invoices.',
    nl: '{{address}} is een helpdesk- of no-reply-adres, geen factuurmailbox: facturen die daarheen gaan raken zoek. Vul het adres in waar uw software facturen ontvangt.',
  },
  'delivery.same-addresses': {
    en: 'The invoice address is the same as the contact address. Invoices go to the invoice mailbox and questions to a person: fill in two different addresses.',
    nl: 'Het factuuradres is hetzelfde als het contactadres. Facturen gaan naar de factuurmailbox en vragen naar een persoon: vul twee verschillende adressen in.',
  },
  'delivery.start-in-past': {
    en: 'The start date {{start}} lies in the past. Choose today ({{today}}) or a later day.',
    nl: 'De startdatum {{start}} ligt in het verleden. Kies vandaag ({{today}}) of een latere dag.',
  },
  'mail.allowed-characters': {
    en: 'The allowed characters "{{value}}" do not form a character list (as inside [ ] of a regular expression), e.g. A-Za-z0-9._-',
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
