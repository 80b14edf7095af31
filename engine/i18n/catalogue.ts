import type { Lang, LocalizedText } from '../model/finding.js';
import { en, type MessageId } from './en.js';
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

/** The message in both languages with its placeholders filled. */
export function localize(id: MessageId, vars: MessageVars = {}): LocalizedText {
  return { nl: fill(nl[id], vars, 'nl'), en: fill(en[id], vars, 'en') };
}

/** Joins localized texts per language, e.g. a list of terms. */
export function joinLocalized(parts: readonly LocalizedText[], separator = ', '): LocalizedText {
  return { nl: parts.map((p) => p.nl).join(separator), en: parts.map((p) => p.en).join(separator) };
}

/** The ids of the catalogue, for tests and tooling. */
export function messageIds(): MessageId[] {
  return Object.keys(en) as MessageId[];
}
