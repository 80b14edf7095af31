/**
 * `{{placeholder}}` templates, shared by every message catalogue (findings here, API errors in
 * `server/core/error-catalogue.ts`, profile problems in `profiles/problem-catalogue.ts`).
 */
import type { Lang, LocalizedText } from '../model/finding.js';

/**
 * The names of the `{{placeholders}}` of a literal template type, e.g.
 * `Placeholders<'Try again in {{seconds}} s'>` is `'seconds'`.
 */
export type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * A value a placeholder is filled with. A {@link LocalizedText} fills each language with its own text
 * (a localized reason, a list of localized problems).
 */
export type TemplateValue = string | number | boolean | null | undefined | LocalizedText;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** A placeholder with the full stop that may follow it. */
const PLACEHOLDER_AND_STOP = /\{\{(\w+)\}\}(\.?)/g;

/**
 * Fills a template's placeholders for one language; a placeholder without a value stays as it is.
 * A value that ends a sentence itself ("ACME B.V.", an ellipsis) takes the place of the template's
 * full stop after it, so no sentence ends in "B.V..".
 */
export function fillTemplate(
  template: string,
  vars: Readonly<Record<string, TemplateValue>>,
  lang: Lang,
): string {
  return template.replace(PLACEHOLDER_AND_STOP, (whole, name: string, stop: string) => {
    const value = vars[name];
    if (value === undefined || value === null) return whole;
    const text = typeof value === 'object' ? value[lang] : String(value);
    return stop && /[.…]$/.test(text) ? text : text + stop;
  });
}

/** Fills a text in every language. */
export function fillLocalized(
  text: LocalizedText,
  vars: Readonly<Record<string, TemplateValue>> = {},
): LocalizedText {
  return {
    nl: fillTemplate(text.nl, vars, 'nl'),
    en: fillTemplate(text.en, vars, 'en'),
    de: fillTemplate(text.de, vars, 'de'),
    fr: fillTemplate(text.fr, vars, 'fr'),
  };
}

/** The placeholder names a template uses, sorted and without repeats (for catalogue tests). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}
