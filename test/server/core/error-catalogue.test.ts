import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { placeholdersOf } from '../../../engine/i18n/template.js';
import { LANGS } from '../../../engine/model/finding.js';
import { fromRoot } from '../../../runtime/paths.js';
import { DETAIL_TEXTS, ERROR_CATALOGUE, type ErrorEntry } from '../../../server/core/error-catalogue.js';
import { HarnessError, isErrorCode, problemOf } from '../../../server/core/errors.js';
import { openApiDocument } from '../../../server/http/openapi/document.js';
import { ERROR_CODES } from '../../../server/http/openapi/error-codes.js';

const entries = Object.entries(ERROR_CATALOGUE as Record<string, ErrorEntry>);

/** Every wording in the catalogue: each code's own text and its variants. */
const wordings = entries.flatMap(([code, entry]) => [
  { name: code, text: entry },
  ...Object.entries(entry.variants ?? {}).map(([variant, text]) => ({ name: `${code}/${variant}`, text })),
]);

/** The server's TypeScript sources, by path relative to `server/`. */
const serverSources = (): Map<string, string> =>
  new Map(
    readdirSync(fromRoot('server'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(fromRoot('server', file), 'utf8')]),
  );

describe('the error catalogue', () => {
  test('has Dutch, English, German and French text for every code and variant, with the same placeholders', () => {
    expect(wordings.length).toBeGreaterThan(45);
    for (const { name, text } of wordings)
      for (const lang of LANGS) {
        expect([name, lang, text[lang].trim().length > 0]).toEqual([name, lang, true]);
        expect([name, lang, placeholdersOf(text[lang])]).toEqual([name, lang, placeholdersOf(text.en)]);
      }
    for (const [id, text] of Object.entries(DETAIL_TEXTS))
      for (const lang of LANGS)
        expect([id, lang, placeholdersOf(text[lang])]).toEqual([id, lang, placeholdersOf(text.en)]);
  });

  test('gives every code a snake_case name, an HTTP error status and a description', () => {
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });

  test('is what ERROR_CODES and the OpenAPI document list', () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
    for (const [code, entry] of entries)
      expect(ERROR_CODES[code as keyof typeof ERROR_CODES]).toEqual({
        status: entry.status,
        en: entry.description,
      });
    const doc = JSON.stringify(openApiDocument());
    for (const match of doc.matchAll(/"x-error-code":"([a-z_]+)"/g))
      expect(isErrorCode(match[1]!)).toBe(true);
  });

  test('has no code that nothing throws', () => {
    const sources = [...serverSources()]
      .filter(([file]) => !file.endsWith('error-catalogue.ts'))
      .map(([, source]) => source)
      .join('\n');
    const documented = JSON.stringify(openApiDocument());
    const unused = Object.keys(ERROR_CATALOGUE).filter(
      (code) => !sources.includes(`'${code}'`) && !documented.includes(`"x-error-code":"${code}"`),
    );
    expect(unused).toEqual([]);
  });

  test('a thrown error reads its status and text from the catalogue, placeholders filled', () => {
    const error = new HarnessError('too_many_active_runs', { vars: { limit: 3 }, extra: { limit: 3 } });
    expect(error.status).toBe(429);
    expect(error.detail).toEqual({
      nl: 'U heeft al 3 controles in de wachtrij of in behandeling, het maximum. Wacht tot er een klaar is.',
      en: 'You already have 3 runs queued or running, the limit. Wait until one has finished.',
      de: 'Sie haben bereits 3 Prüfungen in der Warteschlange oder in Arbeit, die Obergrenze. Warten Sie, bis eine abgeschlossen ist.',
      fr: 'Vous avez déjà 3 contrôles en attente ou en cours, la limite. Attendez qu’un contrôle soit terminé.',
    });
    expect(error.message).toBe(error.detail.en);
    expect(problemOf(error, 'nl')).toEqual({
      type: 'urn:proeffactuur:problem:too_many_active_runs',
      title: 'Too Many Requests',
      status: 429,
      code: 'too_many_active_runs',
      detail: error.detail.nl,
      limit: 3,
    });
  });

  test('a variant may answer with its own status; a cause is kept', () => {
    const cause = new Error('boom');
    const error = new HarnessError('profile_not_found', {
      variant: 'named_by_run',
      vars: { id: 'x', presets: 'a, b' },
      cause,
    });
    expect(error.status).toBe(400);
    expect(error.detail.en).toBe('There is no profile "x". Known presets: a, b.');
    expect(error.cause).toBe(cause);
    expect(new HarnessError('profile_not_found').status).toBe(404);
  });

  test('fills every placeholder where it is thrown: no "{{" is left in the server source texts', () => {
    // The compiler requires each wording's placeholders in `vars`; this guards the one escape hatch,
    // a template string built outside the catalogue.
    for (const [file, source] of serverSources())
      if (!file.endsWith('error-catalogue.ts')) expect([file, source.includes('{{')]).toEqual([file, false]);
  });
});

describe('server source', () => {
  test('has no inline user-facing text: messages live in the catalogue', () => {
    const inline = /\b(?:nl|en|messageNl)\s*:\s*['"`]/;
    const offenders: string[] = [];
    for (const [file, source] of serverSources()) {
      if (file.endsWith('error-catalogue.ts')) continue;
      source.split('\n').forEach((line, index) => {
        if (inline.test(line)) offenders.push(`server/${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
