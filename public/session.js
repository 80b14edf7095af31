// Buyer sign-in, shared by the buyer pages (dashboard, run page, profile editor): a session cookie
// (HttpOnly, set by POST /api/session) and the CSRF token the pages send back on every change.

let session = null;
/** On an empty installation (no buyer yet): 'no-buyer'. */
let setup = null;
/** Shows the first-use help when `setup` says so (set by the sign-in form). */
let showSetup = () => undefined;

/** The signed-in session ({ buyer, user, csrfToken }) or null; asks the server once per page load. */
export async function loadSession() {
  try {
    const res = await fetch('/api/session', { headers: { Accept: 'application/json' } });
    const body = await res.json();
    session = body.signedIn ? body : null;
    setup = body.signedIn ? null : (body.setup ?? null);
  } catch {
    session = null;
  }
  showSetup();
  return session;
}

/** The session loaded or opened last. */
export const currentSession = () => session;

/** Calls the API as the signed-in buyer; resolves with { status, body } (body parsed when JSON). */
export async function api(method, path, body, lang = 'nl') {
  const headers = { 'Accept-Language': lang, Accept: 'application/json' };
  if (session && method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = session.csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed };
}

/** Opens a session with { apiKey } or { email, password }; resolves with { ok, status, body }. */
export async function signIn(credentials, lang = 'nl') {
  const res = await api('POST', '/api/session', credentials, lang);
  if (res.status === 201) session = res.body;
  return { ok: res.status === 201, ...res };
}

/** Ends the session. */
export async function signOut() {
  await api('DELETE', '/api/session').catch(() => undefined);
  session = null;
}

/** An element with attributes (`text` sets its text) and children. */
function node(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') n.textContent = v;
    else n.setAttribute(k, v);
  }
  n.append(...children);
  return n;
}

/** A text node the page's language switch translates (`data-i18n`). */
const said = (tag, key, t, attrs = {}) => node(tag, { ...attrs, 'data-i18n': key, text: t(key) });

/** The message of a failed sign-in: the page's text for `key`, or the server's words (429). */
function say(target, t, key, text) {
  target.textContent = text ?? (key ? t(key) : '');
  if (key && text === undefined) target.dataset.i18n = key;
  else delete target.dataset.i18n;
}

/**
 * Renders the buyer's sign-in into `section` (the page keeps `<section id="signin-section">`) and
 * wires it: a form with e-mail and password (`#signin-user`) and one with an API key (`#signin`). Every
 * text carries `data-i18n`, so the page's language switch translates it (`t(key)` gives the page's
 * texts, which include {@link SIGNIN_TEXT}); a message is read out (`role="alert"`) and focus goes to
 * the field to correct. `onSignedIn()` runs once signed in; afterwards focus moves to the first
 * visible heading of the page. `headingLevel` is the level of the section's title (its forms' one lower).
 * Returns `showError(key)`, to say something (e.g. `network`) under the API-key form.
 */
export function renderSignIn(section, { t, lang, onSignedIn, headingLevel = 1 }) {
  const title = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  /** A form: its heading, labelled fields (described by the form's message), a button, the message. */
  const form = ({ id, headingId, headingKey, messageId, fields, buttonKey }) =>
    node(
      'form',
      { id, class: 'panel', novalidate: '' },
      said(sub, headingKey, t, { id: headingId }),
      ...fields.flatMap(({ labelKey, ...input }) => [
        said('label', labelKey, t, { for: input.id }),
        node('input', { ...input, spellcheck: 'false', 'aria-describedby': messageId }),
      ]),
      said('button', buttonKey, t, { type: 'submit' }),
      node('p', { id: messageId, class: 'error-text', role: 'alert', 'aria-live': 'assertive' }),
    );
  const userForm = form({
    id: 'signin-user',
    headingId: 'with-password',
    headingKey: 'withPassword',
    messageId: 'signin-user-error',
    fields: [
      { id: 'email', name: 'email', type: 'email', autocomplete: 'username', labelKey: 'emailLabel' },
      {
        id: 'password',
        name: 'password',
        type: 'password',
        autocomplete: 'current-password',
        labelKey: 'passwordLabel',
      },
    ],
    buttonKey: 'signin',
  });
  const keyForm = form({
    id: 'signin',
    headingId: 'with-key',
    headingKey: 'withKey',
    messageId: 'signin-error',
    fields: [{ id: 'api-key', name: 'apiKey', type: 'password', autocomplete: 'off', labelKey: 'keyLabel' }],
    buttonKey: 'signinKey',
  });
  const [userError, keyError] = [userForm, keyForm].map((f) => f.querySelector('.error-text'));
  section.setAttribute('aria-labelledby', 'signin-title');
  // A new installation: the exact commands that create the first buyer and user (server side).
  const command = (text) => node('pre', { class: 'command' }, node('code', { text }));
  const firstUse = node('section', { id: 'first-use', class: 'panel', 'aria-labelledby': 'first-use-title' });
  firstUse.hidden = true;
  showSetup = () => {
    firstUse.hidden = !setup;
    if (!setup) return firstUse.replaceChildren();
    firstUse.dataset.setup = setup;
    firstUse.replaceChildren(
      said(sub, 'firstUseTitle', t, { id: 'first-use-title' }),
      said('p', 'firstUseNoBuyer', t),
      command('npx proeffactuur buyer create --name "Gemeente Voorbeeld" --user-email jan@voorbeeld.nl'),
      said('p', 'firstUsePassword', t),
    );
  };
  section.replaceChildren(
    said(title, 'signinTitle', t, { id: 'signin-title' }),
    said('p', 'signinIntro', t),
    firstUse,
    userForm,
    keyForm,
  );
  showSetup();
  const field = (name) => section.querySelector(`#${name}`);

  /** Marks the fields to correct (the first gets focus), or clears the marks. */
  const mark = (form, invalid) => {
    for (const input of form.querySelectorAll('input'))
      if (invalid.includes(input)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    invalid[0]?.focus();
    invalid[0]?.select?.();
  };

  /** Submits `credentials` from `form`: shows what went wrong, or signs in. */
  const submit = async (form, error, credentials, wrongFields, wrongKey) => {
    if (form.getAttribute('aria-busy') === 'true') return; // one attempt at a time
    form.setAttribute('aria-busy', 'true');
    say(error, t, null); // cleared first, so the same message is read out again
    const res = await signIn(credentials, lang()).catch(() => ({ ok: false, status: 0 }));
    form.removeAttribute('aria-busy');
    if (!res.ok) {
      if (res.status === 429) say(error, t, 'tooMany', res.body?.detail);
      else say(error, t, res.status === 401 ? wrongKey : 'network');
      mark(form, res.status === 401 ? wrongFields : []);
      return;
    }
    // Signed in: no secret or old message is left in the (now hidden) forms.
    for (const other of [userForm, keyForm]) mark(other, []);
    for (const other of [userError, keyError]) say(other, t, null);
    for (const input of section.querySelectorAll('input[type="password"]')) input.value = '';
    await onSignedIn();
    // The field that had focus is hidden now (the browser drops focus to <body>): go to the page's title.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (section.hidden && (lost || section.contains(document.activeElement))) {
      const heading = [...document.querySelectorAll('main h1, main h2')].find(
        (h) => h.checkVisibility?.() ?? h.offsetParent !== null,
      );
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  };

  userForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const email = field('email');
    const password = field('password');
    const missing = [email.value.trim() ? null : email, password.value ? null : password].filter(Boolean);
    if (missing.length) {
      say(userError, t, 'noPassword');
      return mark(userForm, missing);
    }
    return submit(
      userForm,
      userError,
      { email: email.value.trim(), password: password.value },
      [password],
      'badPassword',
    );
  });
  keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = field('api-key');
    if (!key.value.trim()) {
      say(keyError, t, 'noKey');
      return mark(keyForm, [key]);
    }
    return submit(keyForm, keyError, { apiKey: key.value.trim() }, [key], 'badKey');
  });
  for (const input of section.querySelectorAll('input'))
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));

  return { showError: (key) => say(keyError, t, key) };
}

/** Sign-in texts every buyer page shares. */
export const SIGNIN_TEXT = {
  nl: {
    signinTitle: 'Inloggen als afnemer',
    signinIntro:
      'Log in met uw e-mailadres en wachtwoord, of met de API-sleutel die u van de beheerder kreeg.',
    withPassword: 'Met e-mailadres en wachtwoord',
    withKey: 'Of met een API-sleutel',
    emailLabel: 'E-mailadres',
    passwordLabel: 'Wachtwoord',
    keyLabel: 'API-sleutel',
    signin: 'Inloggen',
    signinKey: 'Inloggen met sleutel',
    badKey: 'Deze sleutel werkt niet: hij is onbekend of ingetrokken.',
    badPassword: 'Het e-mailadres of het wachtwoord klopt niet.',
    noKey: 'Vul eerst uw API-sleutel in.',
    noPassword: 'Vul uw e-mailadres en wachtwoord in.',
    tooMany: 'Te veel mislukte pogingen. Probeer het later opnieuw.',
    network: 'Geen verbinding met de server.',
    signout: 'Uitloggen',
    navDashboard: 'Leveranciers',
    navProfiles: 'Profielen',
    firstUseTitle: 'Eerste keer: er is nog geen account',
    firstUseNoBuyer:
      'Op deze installatie kan nog niemand inloggen. Maak de eerste afnemer met een gebruiker aan op de computer waar de server draait, in de map van Proeffactuur (met dezelfde DATA_DIR als de server). Vervang de naam en het e-mailadres door de uwe:',
    firstUsePassword:
      'Het programma vraagt twee keer om een wachtwoord (minstens 12 tekens). Log daarna hier in met dat e-mailadres en wachtwoord. Een API-sleutel die het toont, ziet u maar één keer: bewaar die veilig.',
  },
  en: {
    signinTitle: 'Sign in as a buyer',
    signinIntro: 'Sign in with your e-mail address and password, or with the API key you were given.',
    withPassword: 'With e-mail address and password',
    withKey: 'Or with an API key',
    emailLabel: 'E-mail address',
    passwordLabel: 'Password',
    keyLabel: 'API key',
    signin: 'Sign in',
    signinKey: 'Sign in with key',
    badKey: 'This key does not work: it is unknown or revoked.',
    badPassword: 'The e-mail address or the password is not right.',
    noKey: 'Fill in your API key first.',
    noPassword: 'Fill in your e-mail address and password.',
    tooMany: 'Too many failed attempts. Try again later.',
    network: 'No connection to the server.',
    signout: 'Sign out',
    navDashboard: 'Suppliers',
    navProfiles: 'Profiles',
    firstUseTitle: 'First time: there is no account yet',
    firstUseNoBuyer:
      'Nobody can sign in to this installation yet. Create the first buyer with a user on the computer the server runs on, in the Proeffactuur folder (with the same DATA_DIR as the server). Replace the name and e-mail address with yours:',
    firstUsePassword:
      'The program asks for a password twice (at least 12 characters). Then sign in here with that e-mail address and password. An API key it shows is shown only once: keep it safe.',
  },
  de: {
    signinTitle: 'Als Rechnungsempfänger anmelden',
    signinIntro:
      'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an oder mit dem API-Schlüssel, den Sie vom Administrator erhalten haben.',
    withPassword: 'Mit E-Mail-Adresse und Passwort',
    withKey: 'Oder mit einem API-Schlüssel',
    emailLabel: 'E-Mail-Adresse',
    passwordLabel: 'Passwort',
    keyLabel: 'API-Schlüssel',
    signin: 'Anmelden',
    signinKey: 'Mit Schlüssel anmelden',
    badKey: 'Dieser Schlüssel funktioniert nicht: Er ist unbekannt oder wurde widerrufen.',
    badPassword: 'Die E-Mail-Adresse oder das Passwort stimmt nicht.',
    noKey: 'Geben Sie zuerst Ihren API-Schlüssel ein.',
    noPassword: 'Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.',
    tooMany: 'Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es später erneut.',
    network: 'Keine Verbindung zum Server.',
    signout: 'Abmelden',
    navDashboard: 'Lieferanten',
    navProfiles: 'Profile',
    firstUseTitle: 'Erster Start: Es gibt noch kein Konto',
    firstUseNoBuyer:
      'Bei dieser Installation kann sich noch niemand anmelden. Legen Sie den ersten Rechnungsempfänger mit einem Benutzer auf dem Computer an, auf dem der Server läuft, im Ordner von Proeffactuur (mit demselben DATA_DIR wie der Server). Ersetzen Sie den Namen und die E-Mail-Adresse durch Ihre eigenen:',
    firstUsePassword:
      'Das Programm fragt zweimal nach einem Passwort (mindestens 12 Zeichen). Melden Sie sich danach hier mit dieser E-Mail-Adresse und diesem Passwort an. Einen API-Schlüssel, den es anzeigt, sehen Sie nur einmal: Bewahren Sie ihn sicher auf.',
  },
  fr: {
    signinTitle: 'Se connecter en tant que client',
    signinIntro:
      "Connectez-vous avec votre adresse e-mail et votre mot de passe, ou avec la clé d'API que l'administrateur vous a remise.",
    withPassword: 'Avec adresse e-mail et mot de passe',
    withKey: "Ou avec une clé d'API",
    emailLabel: 'Adresse e-mail',
    passwordLabel: 'Mot de passe',
    keyLabel: "Clé d'API",
    signin: 'Se connecter',
    signinKey: 'Se connecter avec la clé',
    badKey: 'Cette clé ne fonctionne pas : elle est inconnue ou révoquée.',
    badPassword: "L'adresse e-mail ou le mot de passe n'est pas correct.",
    noKey: "Saisissez d'abord votre clé d'API.",
    noPassword: 'Saisissez votre adresse e-mail et votre mot de passe.',
    tooMany: 'Trop de tentatives échouées. Veuillez réessayer plus tard.',
    network: 'Pas de connexion au serveur.',
    signout: 'Se déconnecter',
    navDashboard: 'Fournisseurs',
    navProfiles: 'Profils',
    firstUseTitle: "Première utilisation : il n'y a pas encore de compte",
    firstUseNoBuyer:
      "Personne ne peut encore se connecter à cette installation. Créez le premier client avec un utilisateur sur l'ordinateur où tourne le serveur, dans le dossier de Proeffactuur (avec le même DATA_DIR que le serveur). Remplacez le nom et l'adresse e-mail par les vôtres :",
    firstUsePassword:
      "Le programme demande deux fois un mot de passe (au moins 12 caractères). Connectez-vous ensuite ici avec cette adresse e-mail et ce mot de passe. Une clé d'API qu'il affiche n'est visible qu'une seule fois : conservez-la en lieu sûr.",
  },
};
