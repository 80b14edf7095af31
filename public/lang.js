// The page languages shared by every page: Dutch, English, German and French. Which one a page starts in
// (?lang=, then the choice remembered on this device, then the browser's languages, else Dutch), the
// locale that formats its dates and amounts, and the switcher (NL / EN / DE / FR) in the page header.

/** The page languages, in the switcher's order. */
export const LANGS = ['nl', 'en', 'de', 'fr'];

/** The locale that formats dates and amounts per page language. */
export const LOCALES = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

/** Each language's own name for itself (the buttons' tooltips). */
const NAMES = { nl: 'Nederlands', en: 'English', de: 'Deutsch', fr: 'Français' };
/** What each button says to a screen reader, in its own language (after the visible "NL", "EN", …). */
const SWITCH_TO = {
  nl: 'Schakel naar Nederlands',
  en: 'Switch to English',
  de: 'Auf Deutsch umschalten',
  fr: 'Passer au français',
};

/** True for one of the four page languages. */
export const isLang = (value) => LANGS.includes(value);

/** The language the browser prefers, when it is one of the four ("de-AT" → de); else undefined. */
export function browserLang() {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
  return preferred.map((l) => String(l).toLowerCase().split('-')[0]).find(isLang);
}

/** ?lang= first (when `query`), then the choice remembered on this device, then the browser's languages, else Dutch. */
export function initialLang({ query = true } = {}) {
  const asked = query ? new URLSearchParams(location.search).get('lang') : null;
  if (isLang(asked)) return asked;
  const saved = localStorage.getItem('lang');
  if (isLang(saved)) return saved;
  return browserLang() ?? 'nl';
}

/** Remembers the language chosen on this device (every page starts in it next time). */
export function rememberLang(lang) {
  localStorage.setItem('lang', lang);
}

/** A text the server gives per language ({ nl, en, de, fr }): the page's language, else English, else Dutch. */
export const inLang = (text, lang) => text?.[lang] ?? text?.en ?? text?.nl;

/**
 * Fills the switcher `container` (#lang-switch in the header) with one button per language, the current one
 * pressed; `onChoose(lang)` runs when another language is chosen (after it is remembered). Called again on
 * every change of language: the buttons stay (so the one just pressed keeps the focus), only the pressed one moves.
 */
export function renderLangSwitch(container, lang, onChoose) {
  container.dataset.current = lang;
  switchHandlers.set(container, onChoose);
  if (container.querySelectorAll('button[data-lang]').length !== LANGS.length) {
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', 'Taal · Language · Sprache · Langue');
    container.classList.add('lang-switch');
    container.replaceChildren(...LANGS.map((code) => switchButton(container, code)));
  }
  for (const button of container.querySelectorAll('button[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

/** The page's handler per switcher. */
const switchHandlers = new WeakMap();

/** One button of the switcher: "NL" on screen, "NL – Schakel naar Nederlands" to a screen reader. */
function switchButton(container, code) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.lang = code;
  button.dataset.lang = code;
  button.title = NAMES[code];
  const short = document.createElement('span');
  short.textContent = code.toUpperCase();
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = ` – ${SWITCH_TO[code]}`;
  button.append(short, name);
  button.addEventListener('click', () => {
    if (code === container.dataset.current) return;
    rememberLang(code);
    switchHandlers.get(container)?.(code);
  });
  return button;
}
