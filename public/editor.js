// The acceptance-profile editor, for accounts-payable staff: a buyer signs in (API key or e-mail and
// password; the session is shared with the other buyer pages, see session.js), starts from a preset or
// one of its profiles and edits it in four folded sections, in the order the work is thought about:
// where invoices arrive, what the software can read, which data must be on the invoice, and advanced
// (checks by id). Every setting's name, help, unit and default come from the schema's `x-labels`
// annotations (GET /api/schema/profile, from profiles/setting-texts.json). Problems are checked by the
// server while typing (POST /api/profiles/validate) and named by their setting's label. No build step.
import { initialLang, inLang, LOCALES, renderLangSwitch } from './lang.js';
import { fillPresetSelect } from './preset-groups.js';
import {
  currentSession,
  signOut as endSession,
  loadSession,
  renderSignIn,
  SIGNIN_TEXT,
  api as sessionApi,
} from './session.js';

const T = {
  nl: {
    ...SIGNIN_TEXT.nl,
    docTitle: 'Proeffactuur – acceptatieprofielen',
    titleSuffix: '– profielen',
    signinIntro:
      'Log in met uw e-mailadres en wachtwoord, of met de API-sleutel die u van de beheerder kreeg. Daarna legt u vast welke PDF-facturen de software van uw organisatie accepteert.',
    workspaceTitle: 'Uw acceptatieprofielen',
    presetLabel: 'Nieuw profiel, beginnend bij',
    start: 'Begin',
    noProfiles: 'U heeft nog geen profielen. Begin hieronder bij een standaardprofiel.',
    tabForm: 'Formulier',
    tabJson: 'JSON',
    jsonLabel: 'Het profiel als JSON',
    jsonBroken: 'Dit is geen geldige JSON: {{error}}',
    jsonFirst: 'Herstel eerst de JSON; daarna kunt u terug naar het formulier.',
    save: 'Opslaan',
    saved: 'Opgeslagen als versie {{version}}.',
    unchanged: 'Niets veranderd: dit is nog steeds versie {{version}}.',
    saveFailed: 'Opslaan lukte niet: {{error}}',
    fixFirst: 'Het profiel heeft nog problemen; zie hierboven.',
    newTitle: 'Nieuw profiel',
    editTitle: '{{name}} (versie {{version}})',
    problemsTitleOne: '1 probleem in het profiel:',
    problemsTitleMany: '{{count}} problemen in het profiel:',
    wholeProfile: 'Het profiel',
    valid: 'Het profiel is in orde.',
    version: 'versie',
    yes: 'Ja',
    no: 'Nee',
    defaultIs: 'standaard: {{value}}',
    unsetIs: '— standaard: {{value}} —',
    onlyTheseKinds: 'alleen deze soorten:',
    unset: '— standaard —',
    none: '— geen —',
    noLimit: 'geen grens',
    noneList: 'geen',
    equalsBuyer: 'Of: gelijk aan dit gegeven van de afnemer',
    fieldRequired: 'verplicht',
    checkOff: 'uit',
    previewTitle: 'Proberen met een voorbeeld-PDF',
    previewHelp:
      'Kies een PDF-factuur: u ziet meteen of die door dit profiel komt, zoals het nu in het formulier staat (nog niet opgeslagen). Het bestand wordt na de controle niet bewaard.',
    previewFile: 'Voorbeeld-PDF',
    previewRun: 'Controleer met dit profiel',
    previewBusy: 'Bezig met controleren…',
    previewFixFirst: 'Herstel eerst de problemen in het profiel.',
    previewChoose: 'Kies eerst een PDF-bestand.',
    previewFailed: 'De controle lukte niet: {{error}}',
    verdict_accepted: 'Goedgekeurd: deze factuur komt door dit profiel.',
    verdict_rejected: 'Afgekeurd: deze factuur komt niet door dit profiel.',
    verdict_undetermined: 'Onbeslist: de controle kon niet alles nagaan.',
    previewErrors: 'Fouten',
    previewWarnings: 'Waarschuwingen',
  },
  en: {
    ...SIGNIN_TEXT.en,
    docTitle: 'Proeffactuur – acceptance profiles',
    titleSuffix: '– profiles',
    signinIntro:
      "Sign in with your e-mail address and password, or with the API key you were given. Then record which PDF invoices your organisation's software accepts.",
    workspaceTitle: 'Your acceptance profiles',
    presetLabel: 'New profile, starting from',
    start: 'Start',
    noProfiles: 'You have no profiles yet. Start from a preset below.',
    tabForm: 'Form',
    tabJson: 'JSON',
    jsonLabel: 'The profile as JSON',
    jsonBroken: 'This is not valid JSON: {{error}}',
    jsonFirst: 'Repair the JSON first; then you can go back to the form.',
    save: 'Save',
    saved: 'Saved as version {{version}}.',
    unchanged: 'Nothing changed: this is still version {{version}}.',
    saveFailed: 'Saving failed: {{error}}',
    fixFirst: 'The profile still has problems; see above.',
    newTitle: 'New profile',
    editTitle: '{{name}} (version {{version}})',
    problemsTitleOne: '1 problem in the profile:',
    problemsTitleMany: '{{count}} problems in the profile:',
    wholeProfile: 'The profile',
    valid: 'The profile is in order.',
    version: 'version',
    yes: 'Yes',
    no: 'No',
    defaultIs: 'default: {{value}}',
    unsetIs: '— default: {{value}} —',
    onlyTheseKinds: 'only these kinds:',
    unset: '— default —',
    none: '— none —',
    noLimit: 'no limit',
    noneList: 'none',
    equalsBuyer: 'Or: equal to this detail of the buyer',
    fieldRequired: 'required',
    checkOff: 'off',
    previewTitle: 'Try it with a sample PDF',
    previewHelp:
      'Choose a PDF invoice: you see at once whether it passes this profile as it stands in the form (not yet saved). The file is not kept after the check.',
    previewFile: 'Sample PDF',
    previewRun: 'Check with this profile',
    previewBusy: 'Checking…',
    previewFixFirst: 'Fix the problems in the profile first.',
    previewChoose: 'Choose a PDF file first.',
    previewFailed: 'The check failed: {{error}}',
    verdict_accepted: 'Accepted: this invoice passes this profile.',
    verdict_rejected: 'Rejected: this invoice does not pass this profile.',
    verdict_undetermined: 'Undetermined: the check could not verify everything.',
    previewErrors: 'Errors',
    previewWarnings: 'Warnings',
  },
  de: {
    ...SIGNIN_TEXT.de,
    docTitle: 'Proeffactuur – Annahmeprofile',
    titleSuffix: '– Profile',
    signinIntro:
      'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an oder mit dem API-Schlüssel, den Sie erhalten haben. Danach legen Sie fest, welche PDF-Rechnungen die Software Ihrer Organisation annimmt.',
    workspaceTitle: 'Ihre Annahmeprofile',
    presetLabel: 'Neues Profil, ausgehend von',
    start: 'Beginnen',
    noProfiles: 'Sie haben noch keine Profile. Beginnen Sie unten mit einem Standardprofil.',
    tabForm: 'Formular',
    tabJson: 'JSON',
    jsonLabel: 'Das Profil als JSON',
    jsonBroken: 'Das ist kein gültiges JSON: {{error}}',
    jsonFirst: 'Korrigieren Sie zuerst das JSON; danach können Sie zum Formular zurückkehren.',
    save: 'Speichern',
    saved: 'Als Version {{version}} gespeichert.',
    unchanged: 'Nichts geändert: Dies ist noch immer Version {{version}}.',
    saveFailed: 'Speichern fehlgeschlagen: {{error}}',
    fixFirst: 'Das Profil hat noch Probleme; siehe oben.',
    newTitle: 'Neues Profil',
    editTitle: '{{name}} (Version {{version}})',
    problemsTitleOne: '1 Problem im Profil:',
    problemsTitleMany: '{{count}} Probleme im Profil:',
    wholeProfile: 'Das Profil',
    valid: 'Das Profil ist in Ordnung.',
    version: 'Version',
    yes: 'Ja',
    no: 'Nein',
    defaultIs: 'Standard: {{value}}',
    unsetIs: '— Standard: {{value}} —',
    onlyTheseKinds: 'nur diese Arten:',
    unset: '— Standard —',
    none: '— keine —',
    noLimit: 'keine Grenze',
    noneList: 'keine',
    equalsBuyer: 'Oder: gleich dieser Angabe des Rechnungsempfängers',
    fieldRequired: 'Pflicht',
    checkOff: 'aus',
    previewTitle: 'Mit einer Beispiel-PDF ausprobieren',
    previewHelp:
      'Wählen Sie eine PDF-Rechnung: Sie sehen sofort, ob sie dieses Profil besteht, so wie es jetzt im Formular steht (noch nicht gespeichert). Die Datei wird nach der Prüfung nicht aufbewahrt.',
    previewFile: 'Beispiel-PDF',
    previewRun: 'Mit diesem Profil prüfen',
    previewBusy: 'Wird geprüft…',
    previewFixFirst: 'Beheben Sie zuerst die Probleme im Profil.',
    previewChoose: 'Wählen Sie zuerst eine PDF-Datei.',
    previewFailed: 'Die Prüfung ist fehlgeschlagen: {{error}}',
    verdict_accepted: 'Angenommen: Diese Rechnung besteht dieses Profil.',
    verdict_rejected: 'Abgelehnt: Diese Rechnung besteht dieses Profil nicht.',
    verdict_undetermined: 'Unentschieden: Die Prüfung konnte nicht alles kontrollieren.',
    previewErrors: 'Fehler',
    previewWarnings: 'Warnungen',
  },
  fr: {
    ...SIGNIN_TEXT.fr,
    docTitle: "Proeffactuur – profils d'acceptation",
    titleSuffix: '– profils',
    signinIntro:
      "Connectez-vous avec votre adresse e-mail et votre mot de passe, ou avec la clé d'API qui vous a été remise. Indiquez ensuite quelles factures PDF le logiciel de votre organisation accepte.",
    workspaceTitle: "Vos profils d'acceptation",
    presetLabel: 'Nouveau profil, à partir de',
    start: 'Commencer',
    noProfiles: "Vous n'avez pas encore de profils. Commencez ci-dessous à partir d'un profil standard.",
    tabForm: 'Formulaire',
    tabJson: 'JSON',
    jsonLabel: 'Le profil en JSON',
    jsonBroken: "Ce n'est pas du JSON valide : {{error}}",
    jsonFirst: "Corrigez d'abord le JSON ; vous pourrez ensuite revenir au formulaire.",
    save: 'Enregistrer',
    saved: 'Enregistré comme version {{version}}.',
    unchanged: "Rien n'a changé : c'est toujours la version {{version}}.",
    saveFailed: "L'enregistrement a échoué : {{error}}",
    fixFirst: 'Le profil a encore des problèmes ; voir ci-dessus.',
    newTitle: 'Nouveau profil',
    editTitle: '{{name}} (version {{version}})',
    problemsTitleOne: '1 problème dans le profil :',
    problemsTitleMany: '{{count}} problèmes dans le profil :',
    wholeProfile: 'Le profil',
    valid: 'Le profil est en ordre.',
    version: 'version',
    yes: 'Oui',
    no: 'Non',
    defaultIs: 'par défaut : {{value}}',
    unsetIs: '— par défaut : {{value}} —',
    onlyTheseKinds: 'seulement ces types :',
    unset: '— par défaut —',
    none: '— aucun —',
    noLimit: 'pas de limite',
    noneList: 'aucun',
    equalsBuyer: 'Ou : égal à cette donnée du client',
    fieldRequired: 'obligatoire',
    checkOff: 'désactivé',
    previewTitle: "Essayer avec un PDF d'exemple",
    previewHelp:
      "Choisissez une facture PDF : vous voyez tout de suite si elle passe ce profil tel qu'il figure dans le formulaire (pas encore enregistré). Le fichier n'est pas conservé après la vérification.",
    previewFile: "PDF d'exemple",
    previewRun: 'Vérifier avec ce profil',
    previewBusy: 'Vérification en cours…',
    previewFixFirst: "Corrigez d'abord les problèmes du profil.",
    previewChoose: "Choisissez d'abord un fichier PDF.",
    previewFailed: 'La vérification a échoué : {{error}}',
    verdict_accepted: 'Acceptée : cette facture passe ce profil.',
    verdict_rejected: 'Refusée : cette facture ne passe pas ce profil.',
    verdict_undetermined: "Indéterminé : la vérification n'a pas pu tout contrôler.",
    previewErrors: 'Erreurs',
    previewWarnings: 'Avertissements',
  },
};

/** A text in the four page languages (a code or number that reads the same in all: `L(s, s, s, s)`). */
const L = (nl, en, de, fr) => ({ nl, en, de, fr });
const same = (s) => L(s, s, s, s);

// The form's layout: which setting sits in which section, and how it is edited. The words (names,
// help, units, defaults) are not here: they come from the schema's `x-labels`.
const SECTIONS = [
  {
    id: 'delivery',
    title: L(
      '1. Uw organisatie en waar facturen binnenkomen',
      '1. Your organisation and where invoices arrive',
      '1. Ihre Organisation und wo Rechnungen eingehen',
      '1. Votre organisation et où arrivent les factures',
    ),
    help: L(
      'Aan wie facturen gericht moeten zijn, waarheen en vanaf wanneer leveranciers echte facturen sturen.',
      'Who invoices must be addressed to, where and from when suppliers send real invoices.',
      'An wen Rechnungen gerichtet sein müssen, wohin und ab wann Lieferanten echte Rechnungen senden.',
      'À qui les factures doivent être adressées, où et à partir de quand les fournisseurs envoient de vraies factures.',
    ),
    groups: [
      {
        fields: [
          { path: '/name', type: 'text' },
          { path: '/buyer/name', type: 'text' },
          { path: '/buyer/vatId', type: 'text' },
          { path: '/buyer/kvk', type: 'text' },
        ],
      },
      {
        title: L(
          'Waar en vanaf wanneer',
          'Where and from when',
          'Wohin und ab wann',
          'Où et à partir de quand',
        ),
        fields: [
          { path: '/delivery/invoiceAddress', type: 'email' },
          { path: '/delivery/contactAddress', type: 'email' },
          { path: '/delivery/startDate', type: 'date' },
          { path: '/delivery/maxEmailBytes', type: 'megabytes' },
          { path: '/delivery/testInvoiceRequired', type: 'tristate' },
          { path: '/delivery/samplesRequired', type: 'integer' },
          { path: '/delivery/manualApproval', type: 'tristate' },
        ],
      },
      {
        title: L(
          'E-mail: wat uw factuurmailbox aanneemt',
          'E-mail: what your invoice mailbox takes',
          'E-Mail: was Ihr Rechnungspostfach annimmt',
          'E-mail : ce que votre boîte aux lettres de factures accepte',
        ),
        folded: 'mail',
        fields: [
          { path: '/mail/maxMessageBytes', type: 'megabytes' },
          { path: '/mail/pdfsPerMessage', type: 'enum' },
          { path: '/mail/otherAttachments', type: 'attachments' },
          { path: '/mail/fileName/allowedCharacters', type: 'text' },
          { path: '/mail/fileName/maxLength', type: 'integer' },
          { path: '/mail/fileName/pattern', type: 'text' },
        ],
      },
      {
        title: L(
          'Postadres en omschrijving voor leveranciers',
          'Postal address and description for suppliers',
          'Postanschrift und Beschreibung für Lieferanten',
          'Adresse postale et description pour les fournisseurs',
        ),
        folded: 'address',
        fields: [
          { path: '/buyer/address/street', type: 'text' },
          { path: '/buyer/address/postalCode', type: 'text' },
          { path: '/buyer/address/city', type: 'text' },
          { path: '/buyer/address/country', type: 'text' },
          { path: '/description/nl', type: 'textarea' },
          { path: '/description/en', type: 'textarea' },
          { path: '/description/de', type: 'textarea' },
          { path: '/description/fr', type: 'textarea' },
          { path: '/source', type: 'textarea' },
        ],
      },
    ],
  },
  {
    id: 'reading',
    title: L(
      '2. Wat uw software kan lezen',
      '2. What your software can read',
      '2. Was Ihre Software lesen kann',
      '2. Ce que votre logiciel peut lire',
    ),
    help: L(
      'Hoe uw software een PDF leest, en welke bestanden, tekst en scans het aankan.',
      'How your software reads a PDF, and which files, text and scans it can handle.',
      'Wie Ihre Software eine PDF liest und welche Dateien, Texte und Scans sie verarbeiten kann.',
      'Comment votre logiciel lit un PDF, et quels fichiers, textes et scans il peut traiter.',
    ),
    groups: [
      { fields: [{ path: '/channels', type: 'enum', required: true }] },
      {
        title: L('Het bestand', 'The file', 'Die Datei', 'Le fichier'),
        fields: [
          { path: '/file/maxBytes', type: 'megabytes' },
          { path: '/file/maxPages', type: 'integer' },
          { path: '/file/pdfVersions/min', type: 'enum', options: pdfVersions() },
          { path: '/file/pdfVersions/max', type: 'enum', options: pdfVersions() },
          { path: '/file/restrictionsAllowed', type: 'tristate' },
          { path: '/file/pdfaRequired', type: 'tristate' },
          { path: '/file/singleInvoice', type: 'tristate' },
          {
            path: '/file/pageSizes',
            type: 'multi',
            options: ['A4', 'A5', 'A3', 'Letter', 'Legal'].map((s) => [s, same(s)]),
          },
          { path: '/file/maxPageSidePt', type: 'integer' },
          { path: '/file/firstPageNotBlank', type: 'tristate' },
          { path: '/file/imagesAllowed', type: 'tristate' },
        ],
      },
      {
        title: L('De tekstlaag', 'The text layer', 'Die Textebene', 'La couche de texte'),
        fields: [
          { path: '/text/required', type: 'tristate' },
          { path: '/text/maxGarbledRatio', type: 'number', step: '0.01' },
          { path: '/text/minTextHeightPt', type: 'number', step: '0.5' },
        ],
      },
      {
        title: L(
          'Het beeld (OCR)',
          'The image (OCR)',
          'Das Bild (Texterkennung, OCR)',
          "L'image (reconnaissance de texte, OCR)",
        ),
        fields: [
          { path: '/ocr/dpi', type: 'integer' },
          { path: '/ocr/minConfidence', type: 'number' },
          { path: '/ocr/minImageDpi', type: 'integer' },
          { path: '/ocr/minTextHeightPx', type: 'number' },
          { path: '/ocr/maxSkewDegrees', type: 'number' },
          { path: '/ocr/minImageSidePx', type: 'integer' },
          { path: '/ocr/maxImageSidePx', type: 'integer' },
        ],
      },
    ],
  },
];

const FIELD_IDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'payableAmount',
  'taxAmount',
  'netAmount',
  'sellerName',
  'sellerVatId',
  'sellerKvk',
  'iban',
  'buyerName',
  'buyerVatId',
  'buyerReference',
  'orderReference',
];
const DATE_FIELDS = new Set(['issueDate', 'dueDate']);

function fieldRuleControls(id) {
  const at = `/fields/${id}`;
  const controls = [
    { path: `${at}/required`, type: 'tristate' },
    { path: `${at}/labels`, type: 'list' },
    { path: `${at}/equals`, type: 'equals' },
    { path: `${at}/oneOf`, type: 'list' },
    { path: `${at}/maxLength`, type: 'integer' },
    { path: `${at}/pattern`, type: 'text' },
  ];
  if (DATE_FIELDS.has(id))
    controls.push(
      { path: `${at}/notInFuture`, type: 'tristate' },
      { path: `${at}/maxAgeDays`, type: 'integer' },
    );
  return controls;
}

function pdfVersions() {
  return ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '2.0'].map((v) => [v, same(v)]);
}

// --- the schema's words ------------------------------------------------------------------------------
let schemaDoc = {};
/** The schema node a pointer names, with the `x-labels` of its own node or the one it refers to. */
function schemaNode(pointer) {
  let node = schemaDoc;
  let labels;
  for (const part of segments(pointer)) {
    const next = node?.properties?.[part];
    if (!next) return {};
    const target =
      typeof next.$ref === 'string' ? (schemaDoc.$defs?.[next.$ref.replace('#/$defs/', '')] ?? {}) : {};
    node = { ...target, ...next, properties: next.properties ?? target.properties };
    labels = next['x-labels'] ?? target['x-labels'];
  }
  return { node, labels };
}
/** A setting's label, help, unit and default as the schema annotates them. */
function words(pointer) {
  const { node, labels } = schemaNode(pointer);
  return { node: node ?? {}, labels: labels ?? {} };
}
/** The name of an invoice field or check (by the x-labels title of its group). */
const groupTitle = (pointer) => words(pointer).labels.title;

// --- state -----------------------------------------------------------------------------------------
let lang = initialLang();
let doc = null; // the profile being edited (the form and the JSON view both edit this)
let current = null; // { id, version } when editing a stored profile
let problems = [];
let checksSchema = {};
let presetList = [];
/** The presets by vendor (GET /api/presets `groups`), for the picker's <optgroup>s. */
let presetGroupList = [];
let presetDefault;
let validateSeq = 0;
let validateTimer = 0;
let view = 'form';
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => T[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k] ?? ''));
const txt = (l) => inLang(l, lang);

// --- JSON Pointer helpers ---------------------------------------------------------------------------
const segments = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
function getAt(obj, pointer) {
  let node = obj;
  for (const s of segments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[s];
  }
  return node;
}
function setAt(obj, pointer, value) {
  const parts = segments(pointer);
  const trail = [obj];
  let node = obj;
  for (const s of parts.slice(0, -1)) {
    if (node[s] === null || typeof node[s] !== 'object' || Array.isArray(node[s])) node[s] = {};
    node = node[s];
    trail.push(node);
  }
  const last = parts[parts.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  // Drop groups left empty, so an untouched section does not appear in the profile.
  for (let i = parts.length - 1; i > 0; i--) {
    if (Object.keys(trail[i]).length === 0) delete trail[i - 1][parts[i - 1]];
    else break;
  }
}

// --- API ----------------------------------------------------------------------------------------------
function api(method, path, body) {
  return sessionApi(method, path, body, lang);
}

// --- rendering ---------------------------------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

let controlCount = 0;
const controls = new Map(); // pointer → { spec, wrapper, input, error, extra }

const numberFormat = () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
/** A unit such as "DPI" follows a value; a range such as "(0 tot 1)" only explains a label. */
const isRange = (unit) => unit.startsWith('(');

/** A setting's label: its schema title, with its unit when the title does not say it already. */
function labelText(path) {
  const { labels } = words(path);
  const title = labels.title ? txt(labels.title) : (path.split('/').pop() ?? path);
  const unit = labels.unit ? txt(labels.unit) : '';
  if (!unit || title.toLowerCase().includes(unit.replace(/[()]/g, '').toLowerCase())) return title;
  return isRange(unit) ? `${title} ${unit}` : `${title} (${unit})`;
}

/** What the engine does when a setting is left out, in words ('' when there is nothing to say). */
function defaultText(spec) {
  const { node, labels } = words(spec.path);
  if (labels.defaultText) return txt(labels.defaultText);
  const value = node.default;
  if (value === undefined) return '';
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (Array.isArray(value)) return value.length ? value.join(', ') : t('noneList');
  if (typeof value === 'number') {
    if (spec.type === 'megabytes') return `${numberFormat().format(value / (1024 * 1024))} MB`;
    const unit = labels.unit ? txt(labels.unit) : '';
    const shown = numberFormat().format(value);
    return unit && !isRange(unit) ? `${shown} ${unit}` : shown;
  }
  if (labels.options?.[value]) return txt(labels.options[value]);
  return String(value);
}

/** The choices of an enumerated setting, named as the schema names them. */
function optionsOf(spec) {
  if (spec.options) return spec.options;
  const { node, labels } = words(spec.path);
  return (node.enum ?? []).map((value) => [value, labels.options?.[value] ?? same(value)]);
}

function controlFor(spec) {
  const id = `c${++controlCount}`;
  const { labels } = words(spec.path);
  const helpText = labels.description ? txt(labels.description) : '';
  const fallback = defaultText(spec);
  const wrapper = el('div', { className: 'field', 'data-pointer': spec.path });
  const error = el('p', { className: 'error-text', id: `${id}-error` });
  const help = helpText ? el('p', { className: 'help', id: `${id}-help`, text: helpText }) : null;
  const shownDefault = fallback
    ? el('span', { className: 'default', id: `${id}-default`, text: t('defaultIs', { value: fallback }) })
    : null;
  const describedBy = [shownDefault ? `${id}-default` : '', help ? `${id}-help` : '', `${id}-error`]
    .filter(Boolean)
    .join(' ');
  let input;
  let extra = null;
  switch (spec.type) {
    case 'enum':
    case 'tristate': {
      const options =
        spec.type === 'tristate'
          ? [
              ['true', L(T.nl.yes, T.en.yes, T.de.yes, T.fr.yes)],
              ['false', L(T.nl.no, T.en.no, T.de.no, T.fr.no)],
            ]
          : optionsOf(spec);
      input = el('select', { id, 'aria-describedby': describedBy });
      if (!spec.required) {
        const empty = fallback
          ? t('unsetIs', { value: fallback })
          : t(spec.type === 'tristate' ? 'unset' : 'none');
        input.append(el('option', { value: '', text: empty }));
      }
      for (const [value, label] of options) input.append(el('option', { value, text: txt(label) }));
      break;
    }
    case 'multi': {
      input = el('div', {
        className: 'choices',
        role: 'group',
        id,
        'aria-labelledby': `${id}-label`,
        'aria-describedby': describedBy,
      });
      for (const [value, label] of spec.options) {
        const box = el('input', { type: 'checkbox', id: `${id}-${value}`, value });
        input.append(el('label', { for: `${id}-${value}` }, box, document.createTextNode(` ${txt(label)}`)));
      }
      break;
    }
    case 'textarea':
      input = el('textarea', { id, rows: '2', 'aria-describedby': describedBy });
      break;
    case 'attachments': {
      // `none`, or a list of kinds (oneOf in the schema): a choice, then the kinds when it is a list.
      input = el('select', { id, 'aria-describedby': describedBy });
      input.append(
        el('option', { value: '', text: t('unsetIs', { value: fallback }) }),
        el('option', {
          value: 'none',
          text: txt(
            labels.options?.none ?? L('niets anders', 'nothing else', 'nichts anderes', 'rien d’autre'),
          ),
        }),
        el('option', { value: 'list', text: t('onlyTheseKinds') }),
      );
      extra = el('div', { className: 'choices', role: 'group', 'aria-label': t('onlyTheseKinds') });
      for (const [value, label] of Object.entries(labels.options ?? {})) {
        if (value === 'none') continue;
        const box = el('input', { type: 'checkbox', id: `${id}-${value}`, value });
        extra.append(el('label', { for: `${id}-${value}` }, box, document.createTextNode(` ${txt(label)}`)));
      }
      break;
    }
    case 'equals': {
      input = el('input', { type: 'text', id, 'aria-describedby': describedBy });
      const selectId = `${id}-buyer`;
      const select = el('select', { id: selectId, 'aria-describedby': describedBy });
      select.append(el('option', { value: '', text: t('none') }));
      for (const [value, label] of Object.entries(labels.options ?? {}))
        select.append(el('option', { value, text: txt(label) }));
      extra = el(
        'div',
        { className: 'field' },
        el('label', { for: selectId, text: t('equalsBuyer') }),
        select,
      );
      break;
    }
    default: {
      const type =
        { email: 'email', date: 'date', integer: 'number', number: 'number', megabytes: 'number' }[
          spec.type
        ] ?? 'text';
      input = el('input', {
        type,
        id,
        'aria-describedby': describedBy,
        inputmode:
          spec.type === 'integer'
            ? 'numeric'
            : spec.type === 'number' || spec.type === 'megabytes'
              ? 'decimal'
              : undefined,
        step:
          spec.step ??
          (spec.type === 'integer'
            ? '1'
            : spec.type === 'megabytes'
              ? '0.1'
              : spec.type === 'number'
                ? 'any'
                : undefined),
        autocomplete: 'off',
      });
    }
  }
  const label = el(spec.type === 'multi' ? 'span' : 'label', {
    id: `${id}-label`,
    ...(spec.type === 'multi' ? { className: 'label' } : { for: id }),
    text: labelText(spec.path),
  });
  wrapper.append(el('div', { className: 'label-row' }, label, shownDefault), input);
  if (extra) wrapper.append(extra);
  if (help) wrapper.append(help);
  wrapper.append(error);
  const entry = { spec, wrapper, input, error, extra };
  controls.set(spec.path, entry);
  const onChange = () => {
    setAt(doc, spec.path, readControl(entry));
    scheduleValidate();
    refreshSummaries();
  };
  wrapper.addEventListener('input', onChange);
  wrapper.addEventListener('change', onChange);
  return wrapper;
}

function readControl({ spec, input, extra }) {
  switch (spec.type) {
    case 'tristate':
      return input.value === '' ? undefined : input.value === 'true';
    case 'enum':
      return input.value === '' ? undefined : input.value;
    case 'multi': {
      const chosen = [...input.querySelectorAll('input:checked')].map((b) => b.value);
      return chosen.length ? chosen : undefined;
    }
    case 'attachments': {
      const boxes = [...extra.querySelectorAll('input')];
      for (const box of boxes) box.disabled = input.value !== 'list';
      if (input.value !== 'list') return input.value === '' ? undefined : input.value;
      return boxes.filter((b) => b.checked).map((b) => b.value);
    }
    case 'integer':
    case 'number':
      return input.value.trim() === '' ? undefined : Number(input.value);
    case 'megabytes':
      return input.value.trim() === '' ? undefined : Math.round(Number(input.value) * 1024 * 1024);
    case 'list': {
      const items = input.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length ? items : undefined;
    }
    case 'equals': {
      const buyerField = extra.querySelector('select').value;
      if (buyerField) return { buyerField };
      return input.value === '' ? undefined : input.value;
    }
    default:
      return input.value === '' ? undefined : input.value;
  }
}

function writeControl({ spec, input, extra }, value) {
  switch (spec.type) {
    case 'tristate':
      input.value = value === true ? 'true' : value === false ? 'false' : '';
      break;
    case 'multi':
      for (const box of input.querySelectorAll('input'))
        box.checked = Array.isArray(value) && value.includes(box.value);
      break;
    case 'megabytes':
      input.value = typeof value === 'number' ? String(Math.round((value / (1024 * 1024)) * 100) / 100) : '';
      break;
    case 'attachments':
      input.value = Array.isArray(value) ? 'list' : value === 'none' ? 'none' : '';
      for (const box of extra.querySelectorAll('input')) {
        box.checked = Array.isArray(value) && value.includes(box.value);
        box.disabled = !Array.isArray(value);
      }
      break;
    case 'list':
      input.value = Array.isArray(value) ? value.join(', ') : '';
      break;
    case 'equals': {
      const select = extra.querySelector('select');
      const isRef = value && typeof value === 'object';
      select.value = isRef ? (value.buyerField ?? '') : '';
      input.value = typeof value === 'string' ? value : '';
      input.disabled = Boolean(isRef);
      break;
    }
    default:
      input.value =
        value === undefined || value === null
          ? ''
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
  }
}

/** One folded section: a <details> whose summary is its heading; only the first starts open. */
function foldedSection(id, title, help, open) {
  const box = el(
    'details',
    { className: 'section', 'data-section': id, open },
    el('summary', {}, el('h3', { text: txt(title) })),
  );
  if (help) box.append(el('p', { className: 'section-help', text: txt(help) }));
  return box;
}

function section(spec, open) {
  const box = foldedSection(spec.id, spec.title, spec.help, open);
  for (const group of spec.groups) {
    const holder = group.folded
      ? el(
          'details',
          { className: 'field-rule', 'data-group': group.folded },
          el('summary', { text: txt(group.title) }),
        )
      : group.title
        ? el('fieldset', {}, el('legend', { text: txt(group.title) }))
        : el('div', { className: 'group' });
    for (const f of group.fields) holder.append(controlFor(f));
    box.append(holder);
  }
  return box;
}

/** What a folded field rule or check says about itself while closed ("verplicht", "uit"). */
function ruleSummary(kind, id) {
  if (kind === 'field') return getAt(doc, `/fields/${id}/required`) === true ? t('fieldRequired') : '';
  return getAt(doc, `/checks/${id}/enabled`) === false ? t('checkOff') : '';
}

function refreshSummaries() {
  for (const node of document.querySelectorAll('#form-view [data-rule-state]')) {
    const [kind, id] = node.dataset.ruleState.split(':');
    const state = ruleSummary(kind, id);
    node.textContent = state ? ` (${state})` : '';
  }
}

function renderForm() {
  controls.clear();
  const root = $('form-view');
  const openIds = openSections();
  root.replaceChildren();
  SECTIONS.forEach((s, i) => {
    root.append(section(s, openIds ? openIds.has(s.id) : i === 0));
  });

  const fields = foldedSection(
    'fields',
    L(
      '3. Welke gegevens op de factuur moeten staan',
      '3. Which data must be on the invoice',
      '3. Welche Angaben auf der Rechnung stehen müssen',
      '3. Quelles données doivent figurer sur la facture',
    ),
    L(
      'Welke gegevens uw software op de factuur moet vinden, en waaraan ze moeten voldoen. Open een gegeven om het in te stellen.',
      'Which details your software must find on the invoice, and what they must be like. Open a field to set it.',
      'Welche Angaben Ihre Software auf der Rechnung finden muss und wie sie beschaffen sein müssen. Öffnen Sie eine Angabe, um sie einzustellen.',
      'Quelles données votre logiciel doit trouver sur la facture, et à quoi elles doivent ressembler. Ouvrez une donnée pour la régler.',
    ),
    openIds?.has('fields') ?? false,
  );
  for (const id of FIELD_IDS) {
    const name = groupTitle(`/fields/${id}`);
    const details = el(
      'details',
      { className: 'field-rule', 'data-field': id },
      el(
        'summary',
        {},
        document.createTextNode(name ? txt(name) : id),
        el('span', { className: 'rule-state', 'data-rule-state': `field:${id}` }),
      ),
    );
    for (const c of fieldRuleControls(id)) details.append(controlFor(c));
    fields.append(details);
  }
  root.append(fields);

  const checks = foldedSection(
    'advanced',
    L('4. Geavanceerd: controles', '4. Advanced: checks', '4. Erweitert: Prüfungen', '4. Avancé : contrôles'),
    L(
      'Voor specialisten. Zet een controle aan of uit, of verander hoe zwaar een bevinding weegt: "fout" keurt de factuur af, "waarschuwing" en "informatie" niet. Elke controle staat hier met haar id, zoals in de rapporten.',
      'For specialists. Switch a check on or off, or change how much a finding weighs: "error" rejects the invoice, "warning" and "info" do not. Each check is shown with its id, as in the reports.',
      'Für Fachleute. Schalten Sie eine Prüfung ein oder aus oder ändern Sie, wie schwer ein Befund wiegt: „Fehler“ lehnt die Rechnung ab, „Warnung“ und „Information“ nicht. Jede Prüfung steht hier mit ihrer ID, wie in den Berichten.',
      'Pour les spécialistes. Activez ou désactivez un contrôle, ou changez le poids d’une remarque : « erreur » refuse la facture, « avertissement » et « information » non. Chaque contrôle figure ici avec son identifiant, comme dans les rapports.',
    ),
    openIds?.has('advanced') ?? false,
  );
  for (const [id, check] of Object.entries(checksSchema)) {
    const title = check['x-labels']?.title;
    const details = el(
      'details',
      { className: 'field-rule', 'data-check': id },
      el(
        'summary',
        {},
        document.createTextNode(title ? txt(title) : id),
        el('span', { className: 'rule-state', 'data-rule-state': `check:${id}` }),
        el('code', { className: 'check-id', text: id }),
      ),
    );
    const at = `/checks/${id}`;
    details.append(
      controlFor({ path: `${at}/enabled`, type: 'tristate' }),
      controlFor({ path: `${at}/severity`, type: 'enum' }),
    );
    for (const [name, param] of Object.entries(check.properties?.params?.properties ?? {})) {
      details.append(
        controlFor({
          path: `${at}/params/${name}`,
          type:
            param.type === 'integer'
              ? 'integer'
              : param.type === 'number'
                ? 'number'
                : param.type === 'boolean'
                  ? 'tristate'
                  : param.type === 'array'
                    ? 'list'
                    : 'text',
        }),
      );
    }
    checks.append(details);
  }
  root.append(checks);
  fillForm();
  refreshSummaries();
}

/** Which sections are open now (undefined before the first render: then only the first opens). */
function openSections() {
  const sections = document.querySelectorAll('#form-view details.section');
  if (sections.length === 0) return undefined;
  return new Set([...sections].filter((d) => d.open).map((d) => d.dataset.section));
}

function fillForm() {
  for (const entry of controls.values()) writeControl(entry, getAt(doc, entry.spec.path));
  showProblems();
}

// --- validation --------------------------------------------------------------------------------------
function scheduleValidate() {
  clearTimeout(validateTimer);
  $('save-status').textContent = '';
  validateTimer = setTimeout(validate, 250);
}

async function validate() {
  const seq = ++validateSeq;
  try {
    const query = current ? `?profile=${encodeURIComponent(current.id)}` : '';
    const res = await api('POST', `/api/profiles/validate${query}`, doc);
    if (seq !== validateSeq) return; // a newer edit is being checked
    problems =
      res.status === 200
        ? []
        : (res.body?.errors ?? [
            { pointer: '', message: res.body?.detail ?? '', messageNl: res.body?.detail ?? '' },
          ]);
  } catch {
    if (seq !== validateSeq) return;
    problems = [{ pointer: '', message: t('network'), messageNl: T.nl.network }];
  }
  showProblems();
}

/** The control a problem belongs to: the same pointer, the closest parent, or the first child. */
function controlOf(pointer) {
  if (controls.has(pointer)) return controls.get(pointer);
  for (const [path, entry] of controls) if (path.startsWith(`${pointer}/`)) return entry;
  let parent = pointer;
  while (parent.includes('/')) {
    parent = parent.slice(0, parent.lastIndexOf('/'));
    if (controls.has(parent)) return controls.get(parent);
  }
  return undefined;
}

/** How a problem's setting is named in the list: its label, under its field or check where it has one. */
function problemName(entry) {
  const path = entry.spec.path;
  const label = labelText(path);
  const group = /^\/(fields|checks)\/([^/]+)\//.exec(path);
  if (!group) return label;
  const title = groupTitle(`/${group[1]}/${group[2]}`);
  return `${title ? txt(title) : group[2]} – ${label}`;
}

/** Shows a control: the view, every folded section around it, then the focus. */
function reveal(entry) {
  if (view === 'json') switchView('form');
  for (let node = entry.wrapper.parentElement; node; node = node.parentElement)
    if (node.tagName === 'DETAILS') node.open = true;
  (entry.input.matches('input, select, textarea')
    ? entry.input
    : entry.input.querySelector('input')
  )?.focus();
}

function showProblems() {
  for (const entry of controls.values()) {
    entry.error.textContent = '';
    entry.input.removeAttribute('aria-invalid');
  }
  const box = $('problems');
  box.replaceChildren();
  if (problems.length === 0) return;
  const list = el('ul');
  for (const p of problems) {
    const message = lang === 'nl' ? (p.messageNl ?? p.message) : p.message;
    const entry = p.pointer ? controlOf(p.pointer) : undefined;
    if (entry) {
      entry.error.textContent = entry.error.textContent ? `${entry.error.textContent} ${message}` : message;
      entry.input.setAttribute('aria-invalid', 'true');
    }
    const item = el('li');
    let where;
    if (entry) {
      where = el('a', { href: `#${entry.input.id}`, text: problemName(entry) });
      where.addEventListener('click', (e) => {
        e.preventDefault();
        reveal(entry);
      });
    } else if (p.pointer) {
      where = el('code', { text: p.pointer }); // a setting the form has no place for (JSON view)
    } else {
      where = el('strong', { text: t('wholeProfile') });
    }
    item.append(where, document.createTextNode(`: ${message}`));
    list.append(item);
  }
  const title =
    problems.length === 1 ? t('problemsTitleOne') : t('problemsTitleMany', { count: problems.length });
  box.append(el('p', { text: title }), list);
}

// --- views -------------------------------------------------------------------------------------------
function switchView(next) {
  if (next === view) return;
  if (next === 'form') {
    try {
      doc = JSON.parse($('json').value);
    } catch {
      $('json-error').textContent = t('jsonFirst');
      return;
    }
    fillForm();
  } else {
    $('json').value = JSON.stringify(doc, null, 2);
    $('json-error').textContent = '';
  }
  view = next;
  $('form-view').hidden = next !== 'form';
  $('json-view').hidden = next !== 'json';
  for (const [tab, name] of [
    ['tab-form', 'form'],
    ['tab-json', 'json'],
  ]) {
    $(tab).setAttribute('aria-selected', String(name === next));
    $(tab).tabIndex = name === next ? 0 : -1;
  }
}

$('tab-form').addEventListener('click', () => switchView('form'));
$('tab-json').addEventListener('click', () => switchView('json'));
for (const tab of ['tab-form', 'tab-json']) {
  $(tab).addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = view === 'form' ? 'json' : 'form';
    switchView(next);
    $(`tab-${view}`).focus();
  });
}

$('json').addEventListener('input', () => {
  try {
    doc = JSON.parse($('json').value);
    $('json-error').textContent = '';
    $('json').removeAttribute('aria-invalid');
    scheduleValidate();
  } catch (error) {
    $('json-error').textContent = t('jsonBroken', { error: error.message });
    $('json').setAttribute('aria-invalid', 'true');
  }
});

// --- live preview: a sample PDF checked against the profile as it stands in the form ------------------
async function runPreview() {
  const file = $('preview-file').files?.[0];
  if (!file) return showPreviewText(t('previewChoose'));
  if (problems.length > 0) return showPreviewText(t('previewFixFirst'));
  showPreviewText(t('previewBusy'));
  $('preview-run').disabled = true;
  const form = new FormData();
  form.append('profile', JSON.stringify(doc));
  form.append('file', file, file.name);
  const headers = { 'Accept-Language': lang, Accept: 'application/json' };
  const session = currentSession();
  if (session) headers['X-CSRF-Token'] = session.csrfToken;
  try {
    const res = await fetch('/api/profiles/preview', { method: 'POST', headers, body: form });
    const body = await res.json().catch(() => null);
    if (res.status === 401) return showSignIn();
    if (res.status !== 200 || !body?.report) {
      const detail = body?.errors?.[0]
        ? lang === 'nl'
          ? (body.errors[0].messageNl ?? body.errors[0].message)
          : body.errors[0].message
        : (body?.detail ?? res.status);
      return showPreviewText(t('previewFailed', { error: detail }));
    }
    showPreviewReport(body.report);
  } catch {
    showPreviewText(t('previewFailed', { error: t('network') }));
  } finally {
    $('preview-run').disabled = false;
  }
}

function showPreviewText(message) {
  $('preview-result').replaceChildren(el('p', { text: message }));
}

/** The verdict in words, then the errors and warnings, each once, in the page's language. */
function showPreviewReport(report) {
  const verdict = report.verdict ?? 'undetermined';
  const parts = [el('p', { className: `verdict ${verdict}`, text: t(`verdict_${verdict}`) })];
  for (const [severity, key] of [
    ['error', 'previewErrors'],
    ['warning', 'previewWarnings'],
  ]) {
    const seen = new Set();
    const items = [];
    for (const f of report.findings ?? []) {
      const message = inLang(f.message, lang) ?? f.messageId;
      if (f.severity !== severity || seen.has(message)) continue;
      seen.add(message);
      items.push(el('li', { text: message }));
    }
    if (items.length) parts.push(el('p', { text: t(key) }), el('ul', {}, ...items));
  }
  $('preview-result').replaceChildren(...parts);
}
$('preview-run').addEventListener('click', runPreview);

// --- sign in, list, start, save ----------------------------------------------------------------------
async function enterWorkspace() {
  let res;
  try {
    res = await api('GET', '/api/profiles');
  } catch {
    signInForm.showError('network');
    return false;
  }
  if (res.status !== 200) {
    showSignIn();
    return false;
  }
  $('signin-section').hidden = true;
  $('workspace').hidden = false;
  $('buyer-nav').hidden = false;
  const schema = await api('GET', '/api/schema/profile');
  schemaDoc = schema.body ?? {};
  checksSchema = schemaDoc.properties?.checks?.properties ?? {};
  showList(res.body.profiles);
  await loadPresets();
  return true;
}

function showList(profiles) {
  const list = $('profile-list');
  list.replaceChildren();
  if (profiles.length === 0) list.append(el('li', { text: t('noProfiles') }));
  for (const p of profiles) {
    const button = el('button', { type: 'button', text: `${p.name} — ${t('version')} ${p.version}` });
    button.addEventListener('click', () => openProfile(p.id));
    list.append(el('li', {}, button));
  }
}

async function refreshList() {
  const res = await api('GET', '/api/profiles');
  if (res.status === 200) showList(res.body.profiles);
}

async function loadPresets() {
  const res = await api('GET', '/api/presets');
  presetList = res.body?.presets ?? [];
  presetGroupList = res.body?.groups ?? [];
  presetDefault = res.body?.default;
  fillPresets();
}

/** The presets in the page's language ("Soepel (standaard)"), grouped by vendor, keeping the choice. */
function fillPresets() {
  const select = $('preset');
  const chosen = select.value || presetDefault;
  fillPresetSelect(select, { presets: presetList, groups: presetGroupList }, lang, chosen);
  showPresetHelp();
}

function showPresetHelp() {
  const p = presetList.find((x) => x.id === $('preset').value);
  $('preset-help').textContent = inLang(p?.description, lang) ?? '';
}
$('preset').addEventListener('change', showPresetHelp);

function edit(profile, stored) {
  const { id: _id, version: _version, $schema: _schema, source: _source, ...rest } = profile;
  doc = stored ? { ...rest, ...(profile.source ? { source: profile.source } : {}) } : rest;
  current = stored;
  problems = [];
  $('editor').hidden = false;
  $('editor-title').textContent = stored
    ? t('editTitle', { name: profile.name, version: stored.version })
    : t('newTitle');
  $('save-status').textContent = '';
  if (view === 'json') switchView('form');
  renderForm();
  validate();
  $('editor-title').scrollIntoView?.({ block: 'start' });
}

$('start').addEventListener('submit', async (e) => {
  e.preventDefault();
  const res = await api('GET', `/api/presets/${encodeURIComponent($('preset').value)}`);
  if (res.status === 200) edit(res.body, null);
});

async function openProfile(id) {
  const res = await api('GET', `/api/profiles/${encodeURIComponent(id)}`);
  if (res.status === 200) edit(res.body.profile, { id: res.body.id, version: res.body.version });
}

$('editor').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (view === 'json') {
    try {
      doc = JSON.parse($('json').value);
    } catch {
      $('json-error').textContent = t('jsonFirst');
      return;
    }
  }
  const res = current
    ? await api('PUT', `/api/profiles/${encodeURIComponent(current.id)}`, doc)
    : await api('POST', '/api/profiles', doc);
  if (res.status === 401) return showSignIn();
  if (res.status === 200 || res.status === 201) {
    const before = current?.version;
    current = { id: res.body.id, version: res.body.version };
    problems = [];
    showProblems();
    $('editor-title').textContent = t('editTitle', {
      name: res.body.profile.name,
      version: res.body.version,
    });
    $('save-status').textContent = t(before === res.body.version ? 'unchanged' : 'saved', {
      version: res.body.version,
    });
    refreshList();
    return;
  }
  if (res.body?.errors) {
    problems = res.body.errors;
    showProblems();
    $('save-status').textContent = t('fixFirst');
  } else {
    $('save-status').textContent = t('saveFailed', { error: res.body?.detail ?? res.status });
  }
});

function showSignIn() {
  doc = null;
  current = null;
  $('workspace').hidden = true;
  $('editor').hidden = true;
  $('buyer-nav').hidden = true;
  $('signin-section').hidden = false;
}

async function signOut() {
  await endSession();
  showSignIn();
  $('email').focus();
}
$('signout').addEventListener('click', signOut);
const signInForm = renderSignIn($('signin-section'), {
  t,
  lang: () => lang,
  onSignedIn: enterWorkspace,
  headingLevel: 2,
});

// --- language ----------------------------------------------------------------------------------------
function applyLang() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  if (presetList.length) fillPresets();
  if (doc) {
    if (view === 'json') switchView('form');
    renderForm();
    $('editor-title').textContent = current
      ? t('editTitle', { name: doc.name ?? '', version: current.version })
      : t('newTitle');
  }
}
function chooseLang(chosen) {
  lang = chosen;
  applyLang();
}

applyLang();
loadSession().then((session) => (session ? enterWorkspace() : showSignIn()));
