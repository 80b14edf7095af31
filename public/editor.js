// The acceptance-profile editor: a buyer signs in (API key or e-mail and password; the session is shared
// with the other buyer pages, see session.js), starts from a preset or one of its profiles, edits it in
// a form (or as JSON), sees every problem next to its field while typing (the server validates:
// POST /api/profiles/validate), and saves through the API. No build step, no CDN.
import {
  signOut as endSession,
  loadSession,
  renderSignIn,
  SIGNIN_TEXT,
  api as sessionApi,
} from './session.js';

const T = {
  nl: {
    ...SIGNIN_TEXT.nl,
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
    problemsTitle: '{{count}} probleem/problemen in het profiel:',
    valid: 'Het profiel is in orde.',
    version: 'versie',
    yes: 'Ja',
    no: 'Nee',
    unset: '— standaard —',
    none: '— geen —',
    equalsBuyer: 'Of: gelijk aan dit gegeven van de afnemer',
  },
  en: {
    ...SIGNIN_TEXT.en,
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
    problemsTitle: '{{count}} problem(s) in the profile:',
    valid: 'The profile is in order.',
    version: 'version',
    yes: 'Yes',
    no: 'No',
    unset: '— default —',
    none: '— none —',
    equalsBuyer: 'Or: equal to this detail of the buyer',
  },
};

const L = (nl, en) => ({ nl, en });

// The form, section by section. `path` is the JSON Pointer the control edits; `type` says how.
const SECTIONS = [
  {
    id: 'general',
    title: L('Algemeen', 'General'),
    help: L(
      'Hoe het profiel heet en hoe de software van uw organisatie een PDF leest.',
      "The profile's name and how your organisation's software reads a PDF.",
    ),
    fields: [
      {
        path: '/name',
        type: 'text',
        label: L('Naam van het profiel', 'Profile name'),
        help: L('Bijvoorbeeld "Crediteurenadministratie 2026".', 'For example "Accounts payable 2026".'),
      },
      {
        path: '/channels',
        type: 'enum',
        required: true,
        options: [
          [
            'text',
            L(
              'Tekstlaag: de software leest de tekst in de PDF',
              'Text layer: the software reads the text inside the PDF',
            ),
          ],
          [
            'ocr',
            L(
              'Beeld (OCR): de software leest de pagina als plaatje',
              'Image (OCR): the software reads the page as a picture',
            ),
          ],
          ['both', L('Beide', 'Both')],
        ],
        label: L('Hoe leest uw software de PDF?', 'How does your software read the PDF?'),
        help: L(
          'Weet u het niet? Kies "Beide": dan wordt op beide manieren gecontroleerd.',
          'Not sure? Choose "Both": the sample is then checked both ways.',
        ),
      },
      {
        path: '/description/nl',
        type: 'textarea',
        label: L('Omschrijving (Nederlands)', 'Description (Dutch)'),
        help: L(
          'Wat leveranciers over dit profiel te zien krijgen.',
          'What suppliers are shown about this profile.',
        ),
      },
      {
        path: '/description/en',
        type: 'textarea',
        label: L('Omschrijving (Engels)', 'Description (English)'),
        help: L('Dezelfde tekst in het Engels.', 'The same text in English.'),
      },
      {
        path: '/source',
        type: 'textarea',
        label: L('Bron van de eisen', 'Source of the requirements'),
        help: L(
          'Waar de eisen van dit profiel vandaan komen, bijvoorbeeld de handleiding van uw scanservice of software.',
          'Where the requirements of this profile come from, for example the manual of your scanning service or software.',
        ),
      },
    ],
  },
  {
    id: 'buyer',
    title: L('Uw organisatie (de afnemer)', 'Your organisation (the buyer)'),
    help: L(
      'Aan wie facturen gericht moeten zijn. Wordt gebruikt om te controleren dat een factuur echt aan u is gericht.',
      'Who invoices must be addressed to. Used to check that an invoice is really addressed to you.',
    ),
    fields: [
      {
        path: '/buyer/name',
        type: 'text',
        label: L('Officiële naam', 'Legal name'),
        help: L(
          'Zoals in het Handelsregister, bijvoorbeeld "Gemeente Voorbeeld".',
          'As in the trade register, e.g. "Gemeente Voorbeeld".',
        ),
      },
      {
        path: '/buyer/vatId',
        type: 'text',
        label: L('Btw-nummer', 'VAT id'),
        help: L(
          'In hoofdletters zonder spaties, bijvoorbeeld NL123456782B01.',
          'In capitals without spaces, e.g. NL123456782B01.',
        ),
      },
      {
        path: '/buyer/kvk',
        type: 'text',
        label: L('KvK-nummer', 'KvK number'),
        help: L('8 cijfers.', '8 digits.'),
      },
      {
        path: '/buyer/address/street',
        type: 'text',
        label: L('Straat en huisnummer', 'Street and number'),
        help: L('', ''),
      },
      {
        path: '/buyer/address/postalCode',
        type: 'text',
        label: L('Postcode', 'Postal code'),
        help: L('', ''),
      },
      { path: '/buyer/address/city', type: 'text', label: L('Plaats', 'City'), help: L('', '') },
      {
        path: '/buyer/address/country',
        type: 'text',
        label: L('Land (code)', 'Country (code)'),
        help: L('Twee letters, bijvoorbeeld NL.', 'Two letters, e.g. NL.'),
      },
    ],
  },
  {
    id: 'file',
    title: L('Het bestand', 'The file'),
    help: L(
      'Grenzen van uw factuurmailbox en uw software.',
      'Limits of your invoice mailbox and your software.',
    ),
    fields: [
      {
        path: '/file/maxBytes',
        type: 'megabytes',
        label: L('Grootste bestand (MB)', 'Largest file (MB)'),
        help: L(
          'De grens van uw factuursoftware of uploadportaal per bestand. De grens van een mailbox op een hele e-mail staat bij Aanlevering.',
          'The file limit of your capture software or upload portal. A mailbox limit on a whole e-mail is under Delivery.',
        ),
      },
      {
        path: '/file/maxPages',
        type: 'integer',
        label: L("Meeste pagina's per PDF", 'Most pages per PDF'),
        help: L('', ''),
      },
      {
        path: '/file/pdfVersions/min',
        type: 'enum',
        options: pdfVersions(),
        label: L('Oudste PDF-versie', 'Oldest PDF version'),
        help: L('Veel scanservices vragen 1.4 of nieuwer.', 'Many scanning services ask for 1.4 or later.'),
      },
      {
        path: '/file/pdfVersions/max',
        type: 'enum',
        options: pdfVersions(),
        label: L('Nieuwste PDF-versie', 'Newest PDF version'),
        help: L('Laat leeg als elke nieuwere versie goed is.', 'Leave empty if every newer version is fine.'),
      },
      {
        path: '/file/restrictionsAllowed',
        type: 'tristate',
        label: L('Beveiligde PDF (beperkingen) toegestaan?', 'Secured PDF (restrictions) allowed?'),
        help: L(
          'Een PDF met beperkingen (bijvoorbeeld "kopiëren niet toegestaan") kan de software blokkeren.',
          'A PDF with restrictions (e.g. "copying not allowed") can block the software.',
        ),
      },
      {
        path: '/file/pdfaRequired',
        type: 'tristate',
        label: L('PDF/A verplicht?', 'PDF/A required?'),
        help: L('PDF/A is de archiefvorm van PDF.', 'PDF/A is the archival form of PDF.'),
      },
      {
        path: '/file/singleInvoice',
        type: 'tristate',
        label: L('Eén factuur per PDF?', 'One invoice per PDF?'),
        help: L(
          'De meeste software verwerkt één PDF als één factuur.',
          'Most software treats one PDF as one invoice.',
        ),
      },
      {
        path: '/file/pageSizes',
        type: 'multi',
        options: ['A4', 'A5', 'A3', 'Letter', 'Legal'].map((s) => [s, L(s, s)]),
        label: L('Toegestane paginaformaten', 'Accepted page sizes'),
        help: L('Niets aangevinkt: elk formaat.', 'Nothing ticked: any size.'),
      },
      {
        path: '/file/maxPageSidePt',
        type: 'integer',
        label: L('Langste paginazijde (punten)', 'Longest page side (points)'),
        help: L('72 punten is 1 inch; A4 is 842 punten hoog.', '72 points is 1 inch; A4 is 842 points high.'),
      },
      {
        path: '/file/firstPageNotBlank',
        type: 'tristate',
        label: L('Eerste pagina mag niet leeg zijn?', 'First page must not be blank?'),
        help: L(
          'De eerste pagina moet de factuur zijn, geen voorblad.',
          'The first page must be the invoice, not a cover sheet.',
        ),
      },
      {
        path: '/file/imagesAllowed',
        type: 'tristate',
        label: L(
          'Afbeeldingen (PNG, JPEG, TIFF) in plaats van PDF?',
          'Images (PNG, JPEG, TIFF) instead of a PDF?',
        ),
        help: L(
          'Alleen als uw software afbeeldingen leest (OCR).',
          'Only if your software reads images (OCR).',
        ),
      },
    ],
  },
  {
    id: 'text',
    title: L('De tekstlaag', 'The text layer'),
    help: L(
      'Voor software die de tekst in de PDF leest.',
      'For software that reads the text inside the PDF.',
    ),
    fields: [
      {
        path: '/text/required',
        type: 'tristate',
        label: L('Tekstlaag verplicht?', 'Text layer required?'),
        help: L('Een gescande PDF heeft geen tekstlaag.', 'A scanned PDF has no text layer.'),
      },
      {
        path: '/text/maxGarbledRatio',
        type: 'number',
        step: '0.01',
        label: L('Hoogste deel onleesbare tekens (0 tot 1)', 'Largest share of garbled characters (0 to 1)'),
        help: L(
          '0,05 betekent: hoogstens 5% onleesbare tekens per pagina.',
          '0.05 means: at most 5% garbled characters per page.',
        ),
      },
      {
        path: '/text/minTextHeightPt',
        type: 'number',
        step: '0.5',
        label: L('Kleinste teksthoogte (punten)', 'Smallest text height (points)'),
        help: L('Kleinere tekst leest de software niet betrouwbaar.', 'Smaller text is not read reliably.'),
      },
    ],
  },
  {
    id: 'ocr',
    title: L('Het beeld (OCR)', 'The image (OCR)'),
    help: L(
      'Voor software die de pagina als plaatje leest.',
      'For software that reads the page as a picture.',
    ),
    fields: [
      {
        path: '/ocr/dpi',
        type: 'integer',
        label: L('Resolutie waarmee uw software leest (DPI)', 'Resolution your software reads at (DPI)'),
        help: L('Meestal 300.', 'Usually 300.'),
      },
      {
        path: '/ocr/minConfidence',
        type: 'number',
        label: L('Laagste herkenzekerheid (0 tot 100)', 'Lowest recognition confidence (0 to 100)'),
        help: L('', ''),
      },
      {
        path: '/ocr/minImageDpi',
        type: 'integer',
        label: L('Laagste resolutie van scans (DPI)', 'Lowest resolution of scans (DPI)'),
        help: L('Scanservices vragen vaak 300 DPI.', 'Scanning services often ask for 300 DPI.'),
      },
      {
        path: '/ocr/minTextHeightPx',
        type: 'number',
        label: L('Kleinste teksthoogte (pixels)', 'Smallest text height (pixels)'),
        help: L('Bij de resolutie hierboven.', 'At the resolution above.'),
      },
      {
        path: '/ocr/maxSkewDegrees',
        type: 'number',
        label: L('Grootste scheefstand (graden)', 'Largest skew (degrees)'),
        help: L('', ''),
      },
      {
        path: '/ocr/minImageSidePx',
        type: 'integer',
        label: L('Kleinste afbeeldingszijde (pixels)', 'Smallest image side (pixels)'),
        help: L('', ''),
      },
      {
        path: '/ocr/maxImageSidePx',
        type: 'integer',
        label: L('Grootste afbeeldingszijde (pixels)', 'Largest image side (pixels)'),
        help: L('', ''),
      },
    ],
  },
];

const FIELD_IDS = [
  ['invoiceNumber', L('Factuurnummer', 'Invoice number')],
  ['issueDate', L('Factuurdatum', 'Invoice date')],
  ['dueDate', L('Vervaldatum', 'Due date')],
  ['currency', L('Valuta', 'Currency')],
  ['totalAmount', L('Totaalbedrag', 'Total amount')],
  ['payableAmount', L('Te betalen bedrag', 'Amount payable')],
  ['taxAmount', L('Btw-bedrag', 'VAT amount')],
  ['netAmount', L('Bedrag exclusief btw', 'Amount excluding VAT')],
  ['sellerName', L('Naam leverancier', 'Supplier name')],
  ['sellerVatId', L('Btw-nummer leverancier', 'Supplier VAT id')],
  ['sellerKvk', L('KvK-nummer leverancier', 'Supplier KvK number')],
  ['iban', L('IBAN', 'IBAN')],
  ['buyerName', L('Naam afnemer (uw naam)', 'Buyer name (your name)')],
  ['buyerVatId', L('Btw-nummer afnemer', 'Buyer VAT id')],
  ['buyerReference', L('Uw referentie', 'Buyer reference')],
  ['orderReference', L('Inkoopordernummer', 'Purchase order number')],
];
const DATE_FIELDS = new Set(['issueDate', 'dueDate']);

function fieldRuleControls(id) {
  const at = `/fields/${id}`;
  const controls = [
    {
      path: `${at}/required`,
      type: 'tristate',
      label: L('Verplicht?', 'Required?'),
      help: L(
        'De software moet dit gegeven op de factuur vinden.',
        'The software must find this on the invoice.',
      ),
    },
    {
      path: `${at}/labels`,
      type: 'list',
      label: L('Labels waar uw software naar zoekt', 'Labels your software looks for'),
      help: L(
        "Gescheiden door komma's, bijvoorbeeld: Factuurnummer, Factuurnr.",
        'Separated by commas, e.g.: Invoice number, Invoice no.',
      ),
    },
    {
      path: `${at}/pattern`,
      type: 'text',
      label: L('Vorm (reguliere expressie)', 'Form (regular expression)'),
      help: L(
        'Voor gevorderden, bijvoorbeeld ^[0-9]{10}$ voor tien cijfers.',
        'For advanced users, e.g. ^[0-9]{10}$ for ten digits.',
      ),
    },
    {
      path: `${at}/equals`,
      type: 'equals',
      label: L('Moet precies gelijk zijn aan', 'Must be exactly'),
      help: L('Een vaste waarde, bijvoorbeeld EUR.', 'A fixed value, e.g. EUR.'),
    },
    {
      path: `${at}/oneOf`,
      type: 'list',
      label: L('Moet een van deze zijn', 'Must be one of'),
      help: L("Gescheiden door komma's.", 'Separated by commas.'),
    },
    {
      path: `${at}/maxLength`,
      type: 'integer',
      label: L('Hoogstens zoveel tekens', 'At most this many characters'),
      help: L('', ''),
    },
  ];
  if (DATE_FIELDS.has(id)) {
    controls.push(
      {
        path: `${at}/notInFuture`,
        type: 'tristate',
        label: L('Niet in de toekomst?', 'Not in the future?'),
        help: L('', ''),
      },
      {
        path: `${at}/maxAgeDays`,
        type: 'integer',
        label: L('Hoogstens zoveel dagen oud', 'At most this many days old'),
        help: L('', ''),
      },
    );
  }
  return controls;
}

const DELIVERY = {
  id: 'delivery',
  title: L('Aanlevering', 'Delivery'),
  help: L(
    'Waarheen en vanaf wanneer leveranciers echte facturen sturen, als hun proeffactuur goed is.',
    'Where and from when suppliers send real invoices once their sample passes.',
  ),
  fields: [
    {
      path: '/delivery/invoiceAddress',
      type: 'email',
      label: L('Factuuradres (e-mail)', 'Invoice address (e-mail)'),
      help: L(
        'De mailbox waar uw software facturen ontvangt. Geen helpdesk- of contactadres.',
        'The mailbox where your software receives invoices. Not a helpdesk or contact address.',
      ),
    },
    {
      path: '/delivery/contactAddress',
      type: 'email',
      label: L('Contactadres voor vragen (e-mail)', 'Contact address for questions (e-mail)'),
      help: L(
        'Voor vragen van leveranciers; hier komen geen facturen.',
        "For suppliers' questions; invoices never go here.",
      ),
    },
    {
      path: '/delivery/startDate',
      type: 'date',
      label: L('Startdatum', 'Start date'),
      help: L('Vanaf deze dag mogen echte facturen komen.', 'From this day real invoices may be sent.'),
    },
    {
      path: '/delivery/maxEmailBytes',
      type: 'megabytes',
      label: L('Grootste e-mail (MB)', 'Largest e-mail (MB)'),
      help: L(
        'De grens van uw factuurmailbox op een hele e-mail, vaak 10 of 25 MB. Een bijlage wordt in een e-mail ongeveer 37% groter; daar rekenen we mee.',
        "Your invoice mailbox's limit on a whole e-mail, often 10 or 25 MB. An attachment grows by about 37% in an e-mail; the check counts that.",
      ),
    },
    {
      path: '/delivery/testInvoiceRequired',
      type: 'tristate',
      label: L('Eerst een goedgekeurde proeffactuur?', 'A passing sample first?'),
      help: L('', ''),
    },
    {
      path: '/delivery/manualApproval',
      type: 'tristate',
      label: L('Keurt u de proeffactuur zelf goed?', 'Do you approve the sample by hand?'),
      help: L('', ''),
    },
  ],
};

function pdfVersions() {
  return ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '2.0'].map((v) => [v, L(v, v)]);
}

// --- state -----------------------------------------------------------------------------------------
let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'nl';
let doc = null; // the profile being edited (the form and the JSON view both edit this)
let current = null; // { id, version } when editing a stored profile
let problems = [];
let checksSchema = {};
let checkTitles = {};
let presetList = [];
let validateSeq = 0;
let validateTimer = 0;
let view = 'form';
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => T[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k] ?? ''));
const txt = (l) => l[lang];

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
const controls = new Map(); // pointer → { field, input(s), error }

function controlFor(spec) {
  const id = `c${++controlCount}`;
  const helpText = txt(spec.help ?? L('', ''));
  const wrapper = el('div', { className: 'field', 'data-pointer': spec.path });
  const error = el('p', { className: 'error-text', id: `${id}-error` });
  const help = helpText ? el('p', { className: 'help', id: `${id}-help`, text: helpText }) : null;
  const describedBy = [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ');
  let input;
  let extra = null;
  switch (spec.type) {
    case 'enum':
    case 'tristate': {
      const options =
        spec.type === 'tristate'
          ? [
              ['true', L(T.nl.yes, T.en.yes)],
              ['false', L(T.nl.no, T.en.no)],
            ]
          : spec.options;
      input = el('select', { id, 'aria-describedby': describedBy });
      if (!spec.required)
        input.append(el('option', { value: '', text: t(spec.type === 'tristate' ? 'unset' : 'none') }));
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
    case 'equals': {
      input = el('input', { type: 'text', id, 'aria-describedby': describedBy });
      const selectId = `${id}-buyer`;
      const select = el('select', { id: selectId, 'aria-describedby': describedBy });
      select.append(el('option', { value: '', text: t('none') }));
      for (const [value, label] of [
        ['name', L('Naam', 'Name')],
        ['vatId', L('Btw-nummer', 'VAT id')],
        ['kvk', L('KvK-nummer', 'KvK number')],
      ])
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
    text: txt(spec.label),
  });
  wrapper.append(label, input);
  if (extra) wrapper.append(extra);
  if (help) wrapper.append(help);
  wrapper.append(error);
  const entry = { spec, wrapper, input, error, extra };
  controls.set(spec.path, entry);
  const onChange = () => {
    setAt(doc, spec.path, readControl(entry));
    scheduleValidate();
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

function section(spec) {
  const box = el('fieldset', { 'data-section': spec.id }, el('legend', { text: txt(spec.title) }));
  if (spec.help) box.append(el('p', { className: 'section-help', text: txt(spec.help) }));
  for (const f of spec.fields) box.append(controlFor(f));
  return box;
}

function renderForm() {
  controls.clear();
  const root = $('form-view');
  root.replaceChildren();
  for (const s of SECTIONS) root.append(section(s));

  const fields = el(
    'fieldset',
    { 'data-section': 'fields' },
    el('legend', { text: txt(L('Factuurgegevens', 'Invoice fields')) }),
  );
  fields.append(
    el('p', {
      className: 'section-help',
      text: txt(
        L(
          'Welke gegevens uw software op de factuur moet vinden, en waaraan ze moeten voldoen. Open een gegeven om het in te stellen.',
          'Which details your software must find on the invoice, and what they must be like. Open a field to set it.',
        ),
      ),
    }),
  );
  for (const [id, name] of FIELD_IDS) {
    const details = el(
      'details',
      { className: 'field-rule', 'data-field': id },
      el('summary', { text: txt(name) }),
    );
    for (const c of fieldRuleControls(id)) details.append(controlFor(c));
    fields.append(details);
  }
  $('form-view').append(fields);

  const checks = el(
    'fieldset',
    { 'data-section': 'checks' },
    el('legend', { text: txt(L('Controles', 'Checks')) }),
  );
  checks.append(
    el('p', {
      className: 'section-help',
      text: txt(
        L(
          'Zet een controle aan of uit, of verander hoe zwaar een bevinding weegt: "fout" keurt de factuur af, "waarschuwing" en "informatie" niet.',
          'Switch a check on or off, or change how much a finding weighs: "error" rejects the invoice, "warning" and "info" do not.',
        ),
      ),
    }),
  );
  for (const [id, check] of Object.entries(checksSchema)) {
    const details = el(
      'details',
      { className: 'field-rule', 'data-check': id },
      el('summary', { text: `${checkTitles[id]?.[lang] ?? check.description ?? id} (${id})` }),
    );
    const at = `/checks/${id}`;
    details.append(
      controlFor({ path: `${at}/enabled`, type: 'tristate', label: L('Aan?', 'On?'), help: L('', '') }),
      controlFor({
        path: `${at}/severity`,
        type: 'enum',
        options: [
          ['error', L('fout (afkeuren)', 'error (reject)')],
          ['warning', L('waarschuwing', 'warning')],
          ['info', L('informatie', 'info')],
        ],
        label: L('Gewicht', 'Weight'),
        help: L('', ''),
      }),
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
                  : 'text',
          label: L(name, name),
          help: L(param.description ?? '', param.description ?? ''),
        }),
      );
    }
    checks.append(details);
  }
  $('form-view').append(checks, section(DELIVERY));
  fillForm();
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
    problems = [{ pointer: '', message: T.en.network, messageNl: T.nl.network }];
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
    const entry = controlOf(p.pointer);
    if (entry) {
      entry.error.textContent = entry.error.textContent ? `${entry.error.textContent} ${message}` : message;
      entry.input.setAttribute('aria-invalid', 'true');
      const details = entry.wrapper.closest('details');
      if (details) details.open = true;
    }
    const item = el('li');
    const where = el(entry ? 'a' : 'code', {
      href: entry ? `#${entry.input.id}` : undefined,
      text: p.pointer || '/',
    });
    if (entry)
      where.addEventListener('click', (e) => {
        e.preventDefault();
        if (view === 'json') switchView('form');
        entry.input.focus();
      });
    item.append(where, document.createTextNode(`: ${message}`));
    list.append(item);
  }
  box.append(el('p', { text: t('problemsTitle', { count: problems.length }) }), list);
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
  const [schema, checks] = await Promise.all([api('GET', '/api/schema/profile'), api('GET', '/api/checks')]);
  checksSchema = schema.body?.properties?.checks?.properties ?? {};
  checkTitles = Object.fromEntries((checks.body?.checks ?? []).map((c) => [c.id, c.title]));
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
  const select = $('preset');
  select.replaceChildren();
  for (const p of presetList)
    select.append(el('option', { value: p.id, text: p.name, selected: p.id === res.body.default }));
  showPresetHelp();
}

function showPresetHelp() {
  const p = presetList.find((x) => x.id === $('preset').value);
  $('preset-help').textContent = p?.description?.[lang] ?? '';
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
  $('lang-switch').textContent = t('switchTo');
  $('lang-switch').setAttribute('aria-label', t('switchLabel'));
  if (presetList.length) showPresetHelp();
  if (doc) {
    if (view === 'json') switchView('form');
    renderForm();
    $('editor-title').textContent = current
      ? t('editTitle', { name: doc.name ?? '', version: current.version })
      : t('newTitle');
  }
}
$('lang-switch').addEventListener('click', () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  localStorage.setItem('lang', lang);
  applyLang();
});

applyLang();
loadSession().then((session) => (session ? enterWorkspace() : showSignIn()));
