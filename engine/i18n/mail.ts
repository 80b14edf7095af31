/** The e-mail texts (`mail-nl.ts`, `mail-en.ts`, `mail-de.ts`, `mail-fr.ts`) by id, placeholders filled. */
import type { Lang } from '../model/finding.js';
import { mailDe } from './mail-de.js';
import { type MailMessageId, mailEn } from './mail-en.js';
import { mailFr } from './mail-fr.js';
import { mailNl } from './mail-nl.js';

const MAIL_TEXTS: Readonly<Record<Lang, Readonly<Record<MailMessageId, string>>>> = {
  nl: mailNl,
  en: mailEn,
  de: mailDe,
  fr: mailFr,
};

import { fillTemplate, type TemplateValue } from './template.js';

export type { MailMessageId } from './mail-en.js';

/** An e-mail text in one language with its `{{placeholders}}` filled. */
export function mailText(
  lang: Lang,
  id: MailMessageId,
  vars: Readonly<Record<string, TemplateValue>> = {},
): string {
  return fillTemplate(MAIL_TEXTS[lang][id], vars, lang);
}

/** Every e-mail text id (for catalogue tests). */
export function mailMessageIds(): MailMessageId[] {
  return Object.keys(mailEn) as MailMessageId[];
}
