/** The e-mail texts (`mail-nl.ts`, `mail-en.ts`) by id, placeholders filled. */
import type { Lang } from '../model/finding.js';
import { type MailMessageId, mailEn } from './mail-en.js';
import { mailNl } from './mail-nl.js';
import { fillTemplate, type TemplateValue } from './template.js';

export type { MailMessageId } from './mail-en.js';

/** An e-mail text in one language with its `{{placeholders}}` filled. */
export function mailText(
  lang: Lang,
  id: MailMessageId,
  vars: Readonly<Record<string, TemplateValue>> = {},
): string {
  return fillTemplate((lang === 'nl' ? mailNl : mailEn)[id], vars, lang);
}

/** Every e-mail text id (for catalogue tests). */
export function mailMessageIds(): MailMessageId[] {
  return Object.keys(mailEn) as MailMessageId[];
}
