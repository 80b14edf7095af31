// Minimal upload page: choose a PDF and a preset, send it to POST /api/runs and show the verdict.
const TEXT = {
  nl: {
    intro:
      'Controleer vóór uw eerste echte factuur of de software van uw klant uw PDF-factuur kan lezen. U krijgt direct een uitslag, met per probleem wat u kunt doen.',
    fileLabel: 'Uw factuur (PDF)',
    profileLabel: 'Eisen van de afnemer',
    submit: 'Controleren',
    choose: 'Kies eerst het PDF-bestand van uw factuur.',
    checking: 'Bezig met controleren…',
    accepted: 'Goedgekeurd: de software van de afnemer kan deze factuur lezen.',
    rejected: 'Afgekeurd: los de punten hieronder op en probeer het opnieuw.',
    undetermined: 'Kon niet worden beoordeeld.',
    none: 'Geen opmerkingen.',
    errorId: 'Foutcode',
    page: 'pagina',
    fix: 'Oplossing',
    switchTo: 'English',
    switchLabel: 'Switch to English',
    failed: 'Versturen mislukt. Probeer het opnieuw.',
    buyerLink: 'Voor afnemers: leveranciers uitnodigen en vastleggen wat uw software accepteert',
    fieldsTitle: 'Wat de software van de afnemer leest',
    channel: { text: 'tekst', ocr: 'beeld (OCR)' },
  },
  en: {
    intro:
      "Check before your first real invoice whether your customer's software can read your PDF invoice. You get a verdict straight away, with what to do about each problem.",
    fileLabel: 'Your invoice (PDF)',
    profileLabel: "The buyer's requirements",
    submit: 'Check',
    choose: 'First choose the PDF file of your invoice.',
    checking: 'Checking…',
    accepted: "Accepted: the buyer's software can read this invoice.",
    rejected: 'Rejected: fix the points below and try again.',
    undetermined: 'Could not be checked.',
    none: 'No remarks.',
    errorId: 'Error id',
    page: 'page',
    fix: 'Fix',
    switchTo: 'Nederlands',
    switchLabel: 'Schakel naar Nederlands',
    failed: 'Sending failed. Please try again.',
    buyerLink: 'For buyers: invite suppliers and record what your software accepts',
    fieldsTitle: "What the buyer's software reads",
    channel: { text: 'text', ocr: 'image (OCR)' },
  },
};
// Field names for the table of fields read (report.fields), in report order.
const FIELD_NAMES = {
  invoiceNumber: ['Factuurnummer', 'Invoice number'],
  issueDate: ['Factuurdatum', 'Invoice date'],
  dueDate: ['Vervaldatum', 'Due date'],
  currency: ['Valuta', 'Currency'],
  netAmount: ['Totaal excl. btw', 'Total excl. VAT'],
  taxAmount: ['Btw', 'VAT'],
  totalAmount: ['Totaal incl. btw', 'Total incl. VAT'],
  payableAmount: ['Te betalen', 'Amount due'],
  sellerName: ['Leverancier', 'Seller'],
  sellerVatId: ['Btw-nummer leverancier', 'Seller VAT number'],
  sellerKvk: ['KvK-nummer', 'KvK number'],
  iban: ['IBAN', 'IBAN'],
  buyerName: ['Afnemer', 'Buyer'],
  buyerVatId: ['Btw-nummer afnemer', 'Buyer VAT number'],
  buyerReference: ['Referentie afnemer', 'Buyer reference'],
  orderReference: ['Inkoopordernummer', 'Purchase order'],
};
let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'nl';
let lastRun = null;
const $ = (id) => document.getElementById(id);

function applyLang() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = TEXT[lang][el.dataset.i18n];
  $('lang-switch').textContent = TEXT[lang].switchTo;
  $('lang-switch').setAttribute('aria-label', TEXT[lang].switchLabel);
  if (lastRun) showRun(lastRun);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showRun(run) {
  lastRun = run;
  const verdict = run.verdict ?? 'undetermined';
  $('result').hidden = false;
  $('verdict').className = `verdict-${verdict}`;
  $('verdict').textContent = TEXT[lang][verdict];
  const list = $('findings');
  list.replaceChildren();
  const report = run.report;
  if (report?.incomplete) {
    const { message, errorId } = report.incomplete;
    list.append(
      el('li', 'warning', errorId ? `${message[lang]} (${TEXT[lang].errorId}: ${errorId})` : message[lang]),
    );
  }
  if (report && report.findings.length === 0 && !report.incomplete)
    list.append(el('li', 'info', TEXT[lang].none));
  for (const f of report?.findings ?? []) {
    const item = el('li', f.severity);
    const page = f.location?.page ? ` (${TEXT[lang].page} ${f.location.page})` : '';
    item.append(el('div', '', f.message[lang] + page));
    if (f.hint) item.append(el('p', 'hint', `${TEXT[lang].fix}: ${f.hint[lang]}`));
    list.append(item);
  }
  showFields(report);
}

/** The fields the buyer's software would read: value as printed, where, and through which channel. */
function showFields(report) {
  const fields = report?.fields ?? {};
  const rows = Object.keys(FIELD_NAMES).filter((id) => fields[id]);
  $('fields-title').hidden = rows.length === 0;
  $('fields').hidden = rows.length === 0;
  const body = $('fields').querySelector('tbody');
  body.replaceChildren();
  for (const id of rows) {
    const field = fields[id];
    const row = el('tr');
    row.append(el('th', '', FIELD_NAMES[id][lang === 'nl' ? 0 : 1]));
    // Amounts and dates as printed; names as read (without the punctuation around them).
    row.append(el('td', '', id.endsWith('Name') ? field.value : field.raw));
    row.append(el('td', 'where', `${TEXT[lang].page} ${field.page}, ${TEXT[lang].channel[field.channel]}`));
    body.append(row);
  }
}

async function loadPresets() {
  const res = await fetch('/api/presets');
  const body = await res.json();
  for (const p of body.presets) {
    const option = el('option', '', p.name);
    option.value = p.id;
    option.selected = p.id === body.default;
    $('profile').append(option);
  }
}

$('lang-switch').addEventListener('click', () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  localStorage.setItem('lang', lang);
  applyLang();
});

$('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = $('file').files[0];
  if (!file) {
    $('status').textContent = TEXT[lang].choose;
    return;
  }
  const form = new FormData();
  form.append('profile', $('profile').value);
  form.append('file', file);
  $('status').textContent = TEXT[lang].checking;
  try {
    let res = await fetch('/api/runs?wait=30', {
      method: 'POST',
      body: form,
      headers: { 'Accept-Language': lang },
    });
    let body = await res.json();
    if (!res.ok) throw new Error(body.detail ?? TEXT[lang].failed);
    while (body.status === 'queued' || body.status === 'running') {
      res = await fetch(`${body.links.self}?wait=30`);
      body = await res.json();
    }
    $('status').textContent = '';
    showRun(body);
  } catch (error) {
    $('status').textContent = error instanceof Error ? error.message : TEXT[lang].failed;
  }
});

applyLang();
loadPresets();
