import { LANGS, type Lang, type LocalizedText } from '../model/finding.js';
import { de } from './de.js';
import { en, type MessageId } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { fillTemplate } from './template.js';

export type { MessageId } from './en.js';

/**
 * Values a message's `{{placeholders}}` are filled with. A {@link LocalizedText} value fills each
 * language with its own text (a how-to from a data file, a list of localized terms).
 */
export type MessageVars = Readonly<
  Record<string, string | number | boolean | null | undefined | LocalizedText>
>;

const fill = (template: string, vars: MessageVars, lang: Lang): string => fillTemplate(template, vars, lang);

/** True when the catalogue has this id (used to find optional `.hint` entries). */
export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

/** Every language's catalogue (the other three have exactly the English ids). */
const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageId, string>>>> = { nl, en, de, fr };

/** The catalogue of one language, for tests and tooling. */
export function catalogueOf(lang: Lang): Readonly<Record<MessageId, string>> {
  return CATALOGUES[lang];
}

/**
 * A localized text in one language, English when that language is missing: reports stored before
 * German and French existed carry only `nl` and `en`.
 */
export function textIn(text: LocalizedText, lang: Lang): string {
  return (text as Partial<LocalizedText>)[lang] ?? text.en;
}

/** Builds a localized text from one function of the language. */
export function perLang(text: (lang: Lang) => string): LocalizedText {
  return { nl: text('nl'), en: text('en'), de: text('de'), fr: text('fr') };
}

/** The message in every language with its placeholders filled. */
export function localize(id: MessageId, vars: MessageVars = {}): LocalizedText {
  return perLang((lang) => fill(CATALOGUES[lang][id], vars, lang));
}

/** Joins localized texts per language, e.g. a list of terms. */
export function joinLocalized(parts: readonly LocalizedText[], separator = ', '): LocalizedText {
  return perLang((lang) => parts.map((p) => p[lang]).join(separator));
}

export { LANGS };

/** The ids of the catalogue, for tests and tooling. */
export function messageIds(): MessageId[] {
  return Object.keys(en) as MessageId[];
}
