// The public verify page (/verify): upload a test certificate (JSON or PDF) and, optionally, the sample
// invoice. The sample is hashed here (crypto.subtle) and only its sha256 is sent; the certificate goes
// to POST /api/certificates/verify, which checks the signature, the key and the file. A link with the
// certificate in its fragment (/verify#<jws>, what the PDF's QR code holds) is checked on opening.

import { initialLang, inLang, renderLangSwitch } from './lang.js';

const T = {
  nl: {
    title: 'Testcertificaat controleren',
    intro:
      'Controleer of een testcertificaat echt is en bij een voorbeeldfactuur hoort. Uw voorbeeldfactuur wordt niet verstuurd: alleen de vingerafdruk (sha256) ervan, berekend in uw browser.',
    certificateLabel: 'Het certificaat (JSON of PDF)',
    sampleLabel: 'De voorbeeldfactuur (optioneel; blijft op uw computer)',
    submit: 'Controleren',
    noCertificate: 'Kies eerst het certificaat.',
    checking: 'Bezig met controleren…',
    noHash:
      'Deze browser kan de vingerafdruk niet berekenen (alleen via https). Controleer zonder voorbeeldfactuur, of gebruik de opdrachtregel.',
    valid: 'Echt',
    invalid: 'Niet geldig',
    failed: 'Controleren lukte niet: {{error}}',
    file: 'Bestand',
    sha: 'Vingerafdruk (sha256)',
    buyer: 'Ontvanger',
    profile: 'Profiel',
    verdict: 'Uitslag',
    approval: 'Goedkeuring',
    checked: 'Gecontroleerd op',
    run: 'Controle-id',
    key: 'Sleutel',
    accepted: 'goedgekeurd door de controle',
    approved: 'goedgekeurd door de ontvanger',
    pending: 'wacht op de ontvanger',
    not_required: 'niet nodig',
  },
  en: {
    title: 'Verify a test certificate',
    intro:
      'Check that a test certificate is genuine and belongs to a sample invoice. Your sample invoice is not sent: only its fingerprint (sha256), computed in your browser.',
    certificateLabel: 'The certificate (JSON or PDF)',
    sampleLabel: 'The sample invoice (optional; stays on your computer)',
    submit: 'Verify',
    noCertificate: 'Choose the certificate first.',
    checking: 'Verifying…',
    noHash:
      'This browser cannot compute the fingerprint (only over https). Verify without the sample, or use the command line.',
    valid: 'Genuine',
    invalid: 'Not valid',
    failed: 'Verifying did not work: {{error}}',
    file: 'File',
    sha: 'Fingerprint (sha256)',
    buyer: 'Recipient',
    profile: 'Profile',
    verdict: 'Verdict',
    approval: 'Approval',
    checked: 'Checked on',
    run: 'Run id',
    key: 'Key',
    accepted: 'passed the check',
    approved: 'approved by the recipient',
    pending: 'awaiting the recipient',
    not_required: 'not required',
  },
  de: {
    title: 'Testzertifikat prüfen',
    intro:
      'Prüfen Sie, ob ein Testzertifikat echt ist und zu einer Beispielrechnung gehört. Ihre Beispielrechnung wird nicht gesendet: nur ihr Fingerabdruck (sha256), berechnet in Ihrem Browser.',
    certificateLabel: 'Das Zertifikat (JSON oder PDF)',
    sampleLabel: 'Die Beispielrechnung (optional; bleibt auf Ihrem Computer)',
    submit: 'Prüfen',
    noCertificate: 'Wählen Sie zuerst das Zertifikat.',
    checking: 'Wird geprüft…',
    noHash:
      'Dieser Browser kann den Fingerabdruck nicht berechnen (nur über https). Prüfen Sie ohne Beispielrechnung oder verwenden Sie die Befehlszeile.',
    valid: 'Echt',
    invalid: 'Nicht gültig',
    failed: 'Die Prüfung hat nicht geklappt: {{error}}',
    file: 'Datei',
    sha: 'Fingerabdruck (sha256)',
    buyer: 'Empfänger',
    profile: 'Profil',
    verdict: 'Ergebnis',
    approval: 'Freigabe',
    checked: 'Geprüft am',
    run: 'Prüfungs-ID',
    key: 'Schlüssel',
    accepted: 'von der Prüfung bestanden',
    approved: 'vom Empfänger freigegeben',
    pending: 'wartet auf den Empfänger',
    not_required: 'nicht nötig',
  },
  fr: {
    title: 'Vérifier un certificat de test',
    intro:
      "Vérifiez qu'un certificat de test est authentique et correspond à une facture d'exemple. Votre facture d'exemple n'est pas envoyée : seule son empreinte (sha256), calculée dans votre navigateur, l'est.",
    certificateLabel: 'Le certificat (JSON ou PDF)',
    sampleLabel: "La facture d'exemple (facultatif ; reste sur votre ordinateur)",
    submit: 'Vérifier',
    noCertificate: "Choisissez d'abord le certificat.",
    checking: 'Vérification en cours…',
    noHash:
      "Ce navigateur ne peut pas calculer l'empreinte (uniquement via https). Vérifiez sans facture d'exemple, ou utilisez la ligne de commande.",
    valid: 'Authentique',
    invalid: 'Non valide',
    failed: "La vérification n'a pas fonctionné : {{error}}",
    file: 'Fichier',
    sha: 'Empreinte (sha256)',
    buyer: 'Destinataire',
    profile: 'Profil',
    verdict: 'Résultat',
    approval: 'Approbation',
    checked: 'Vérifié le',
    run: 'Identifiant de vérification',
    key: 'Clé',
    accepted: 'réussi la vérification',
    approved: 'approuvé par le destinataire',
    pending: 'en attente du destinataire',
    not_required: 'pas nécessaire',
  },
};

let lang = initialLang();
let last = null;
const $ = (id) => document.getElementById(id);
const t = (key, vars = {}) => T[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));

function applyLang() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = `Proeffactuur – ${t('title')}`;
  renderLangSwitch($('lang-switch'), lang, chooseLang);
  if (last) show(last);
}

function show(result) {
  last = result;
  $('result').hidden = false;
  $('result').className = result.valid ? 'verdict-accepted' : 'verdict-rejected';
  $('outcome').textContent = result.valid ? t('valid') : t('invalid');
  $('message').textContent = inLang(result.message, lang);
  const body = $('details').querySelector('tbody');
  body.replaceChildren();
  const c = result.certificate;
  $('details').hidden = !c;
  if (!c) return;
  const rows = [
    ['file', `${c.sample.name ?? '-'} (${c.sample.bytes} bytes)`],
    ['sha', c.sample.sha256],
    ['buyer', c.buyer.name],
    ['profile', `${c.profile.name ?? c.profile.id} (v${c.profile.version})`],
    ['verdict', t('accepted')],
    ['approval', t(c.approval)],
    ['checked', c.checkedAt],
    ['run', c.runId],
    ['key', c.kid],
  ];
  for (const [key, value] of rows) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = t(key);
    const td = document.createElement('td');
    td.textContent = value;
    tr.append(th, td);
    body.append(tr);
  }
}

async function sha256Hex(file) {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function verify(body, sha) {
  $('status').textContent = t('checking');
  try {
    const res = await fetch(`/api/certificates/verify${sha ? `?sha256=${sha}` : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'accept-language': lang },
      body,
    });
    const answer = await res.json();
    if (!res.ok) {
      last = null;
      $('result').hidden = true;
      $('status').textContent = t('failed', { error: answer.detail ?? res.status });
      return;
    }
    $('status').textContent = '';
    show(answer);
  } catch (error) {
    $('status').textContent = t('failed', { error: String(error) });
  }
}

function chooseLang(chosen) {
  lang = chosen;
  applyLang();
}

$('verify').addEventListener('submit', async (event) => {
  event.preventDefault();
  const certificate = $('certificate').files[0];
  const sample = $('sample').files[0];
  if (!certificate) {
    $('status').textContent = t('noCertificate');
    $('certificate').focus();
    return;
  }
  let sha;
  if (sample) {
    if (!globalThis.crypto?.subtle) {
      $('status').textContent = t('noHash');
      return;
    }
    sha = await sha256Hex(sample);
  }
  await verify(await certificate.arrayBuffer(), sha);
});

applyLang();
const fromLink = decodeURIComponent(location.hash.slice(1));
if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(fromLink)) verify(fromLink);
