import type { LocalizedText } from '../model/finding.js';
import { en, type MessageId } from './en.js';
import { nl } from './nl.js';

export type { MessageId } from './en.js';

/** Values a message's `{{placeholders}}` are filled with. */
export type MessageVars = Readonly<Record<string, string | number | boolean | null | undefined>>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

function fill(template: string, vars: MessageVars): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** True when the catalogue has this id (used to find optional `.hint` entries). */
export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

/** Placeholder values that differ per language (a field's name: `factuurnummer` / `invoice number`). */
export type LocalizedVars = Readonly<Record<string, LocalizedText>>;

/** The message in both languages with its placeholders filled. */
export function localize(
  id: MessageId,
  vars: MessageVars = {},
  localVars: LocalizedVars = {},
): LocalizedText {
  const per = (lang: 'nl' | 'en'): MessageVars => ({
    ...vars,
    ...Object.fromEntries(Object.entries(localVars).map(([name, text]) => [name, text[lang]])),
  });
  return { nl: fill(nl[id], per('nl')), en: fill(en[id], per('en')) };
}

/** The ids of the catalogue, for tests and tooling. */
export function messageIds(): MessageId[] {
  return Object.keys(en) as MessageId[];
}
