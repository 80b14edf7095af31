// Buyer sign-in, shared by the buyer pages (dashboard, run page, profile editor): a session cookie
// (HttpOnly, set by POST /api/session) and the CSRF token the pages send back on every change.

let session = null;

/** The signed-in session ({ buyer, user, csrfToken }) or null; asks the server once per page load. */
export async function loadSession() {
  try {
    const res = await fetch('/api/session', { headers: { Accept: 'application/json' } });
    const body = await res.json();
    session = body.signedIn ? body : null;
  } catch {
    session = null;
  }
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

/**
 * Wires the two sign-in forms of a buyer page: `#signin-user` (e-mail and password) and `#signin`
 * (API key). `t(key)` gives the page's texts; `onSignedIn()` runs once signed in.
 */
export function wireSignIn({ t, lang, onSignedIn }) {
  const $ = (id) => document.getElementById(id);
  const fail = (errorId, res) => {
    $(errorId).textContent =
      res.status === 429
        ? (res.body?.detail ?? t('tooMany'))
        : res.status === 401
          ? t(errorId === 'signin-error' ? 'badKey' : 'badPassword')
          : t('network');
  };
  $('signin-user')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = $('email').value.trim();
    const password = $('password').value;
    if (!email || !password) {
      $('signin-user-error').textContent = t('noPassword');
      return;
    }
    const res = await signIn({ email, password }, lang()).catch(() => ({ ok: false, status: 0 }));
    if (!res.ok) return fail('signin-user-error', res);
    $('password').value = '';
    $('signin-user-error').textContent = '';
    await onSignedIn();
  });
  $('signin')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const apiKey = $('api-key').value.trim();
    if (!apiKey) {
      $('signin-error').textContent = t('noKey');
      return;
    }
    const res = await signIn({ apiKey }, lang()).catch(() => ({ ok: false, status: 0 }));
    if (!res.ok) return fail('signin-error', res);
    $('api-key').value = '';
    $('signin-error').textContent = '';
    await onSignedIn();
  });
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
    switchTo: 'English',
    switchLabel: 'Switch to English',
    navDashboard: 'Leveranciers',
    navProfiles: 'Profielen',
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
    switchTo: 'Nederlands',
    switchLabel: 'Schakel naar Nederlands',
    navDashboard: 'Suppliers',
    navProfiles: 'Profiles',
  },
};
