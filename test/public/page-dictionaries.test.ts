/**
 * The pages' own texts (the dictionaries in public/*.js) exist in Dutch, English, German and French,
 * kept in step: every dictionary has the same keys in all four, every text the same {{placeholders}},
 * and no text is empty where the Dutch one is not. The dictionaries are read from the page sources
 * (the pages are browser modules that run on import) and evaluated on their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from '@jest/globals';

const PUBLIC = join(process.cwd(), 'public');
const LANGS = ['nl', 'en', 'de', 'fr'];
type Dict = Record<string, unknown>;

/** The top-level `const X = {…};` (or `[…];`) blocks of a page that hold texts per language. */
function dictionaryBlocks(source: string): { name: string; body: string }[] {
  const blocks: { name: string; body: string }[] = [];
  const start = /^(?:export )?const (\w+) = ([[{])$/gm;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    const end = source.indexOf(match[2] === '{' ? '\n};\n' : '\n];\n', match.index);
    const body = source.slice(match.index + match[0].length - 1, end + 2);
    if (/\bnl: /.test(body) || /\bL\(/.test(body)) blocks.push({ name: match[1] ?? '', body });
  }
  return blocks;
}

/** Evaluates a dictionary block; `L(nl, en, de, fr)` (the editor's) must get four non-empty texts. */
function evaluate(body: string, scope: Dict, calls: string[][]): Dict {
  const L = (...texts: string[]) => {
    calls.push(texts);
    return Object.fromEntries(LANGS.map((lang, i) => [lang, texts[i]]));
  };
  return runInNewContext(`(${body})`, {
    ...scope,
    L,
    same: (s: string) => L(s, s, s, s),
    pdfVersions: () => [],
  });
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

/** Every object with an `nl` key below `value`: same languages, keys, placeholders; nothing empty. */
function problemsOf(value: unknown, path: string, problems: string[]): void {
  if (!value || typeof value !== 'object') return;
  const obj = value as Dict;
  if (!('nl' in obj) || Array.isArray(obj)) {
    for (const [key, child] of Object.entries(obj)) problemsOf(child, `${path}.${key}`, problems);
    return;
  }
  const langs = Object.keys(obj).sort();
  if (langs.join() !== [...LANGS].sort().join()) problems.push(`${path}: languages ${langs.join(', ')}`);
  const compare = (nl: unknown, other: unknown, where: string) => {
    if (typeof nl !== 'string') return;
    if (typeof other !== 'string') return problems.push(`${where}: missing`);
    if (nl.trim() !== '' && other.trim() === '') problems.push(`${where}: empty`);
    if (placeholders(nl).join() !== placeholders(other).join())
      problems.push(`${where}: placeholders ${placeholders(other).join()} ≠ ${placeholders(nl).join()}`);
  };
  for (const lang of LANGS.slice(1)) {
    if (typeof obj.nl === 'string') compare(obj.nl, obj[lang], `${path}.${lang}`);
    else {
      const nl = (obj.nl ?? {}) as Dict;
      const other = (obj[lang] ?? {}) as Dict;
      const missing = Object.keys(nl).filter((k) => !(k in other));
      const extra = Object.keys(other).filter((k) => !(k in nl));
      if (missing.length) problems.push(`${path}.${lang}: missing ${missing.join(', ')}`);
      if (extra.length) problems.push(`${path}.${lang}: not in nl ${extra.join(', ')}`);
      for (const key of Object.keys(nl)) compare(nl[key], other[key], `${path}.${lang}.${key}`);
    }
  }
}

/** All pages' dictionaries, by `file:NAME`. */
function pageDictionaries(): { found: Map<string, Dict>; lCalls: string[][] } {
  const found = new Map<string, Dict>();
  const lCalls: string[][] = [];
  const session = dictionaryBlocks(readFileSync(join(PUBLIC, 'session.js'), 'utf8'));
  const SIGNIN_TEXT = evaluate(session.find((b) => b.name === 'SIGNIN_TEXT')?.body ?? '{}', {}, lCalls);
  for (const file of readdirSync(PUBLIC).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(join(PUBLIC, file), 'utf8');
    for (const block of dictionaryBlocks(source))
      found.set(`${file}:${block.name}`, evaluate(block.body, { SIGNIN_TEXT }, lCalls));
  }
  return { found, lCalls };
}

describe('the pages’ dictionaries in Dutch, English, German and French', () => {
  const { found, lCalls } = pageDictionaries();

  test('are found on every page that has texts of its own', () => {
    const files = new Set([...found.keys()].map((k) => k.split(':')[0]));
    for (const page of [
      'app.js',
      'buyer.js',
      'compare.js',
      'editor.js',
      'invite.js',
      'mail-report.js',
      'outbox.js',
      'report.js',
      'run.js',
      'session.js',
      'verify.js',
    ])
      expect(files).toContain(page);
    // The report's own texts, its field names and its verdict headlines.
    expect([...found.keys()]).toEqual(
      expect.arrayContaining([
        'report.js:TEXT',
        'report.js:FIELD_NAMES',
        'report.js:HEADLINE',
        'invite.js:T',
      ]),
    );
  });

  test('have the same keys, the same {{placeholders}} and no empty text in all four languages', () => {
    const problems: string[] = [];
    for (const [name, dict] of found) problemsOf(dict, name, problems);
    expect(problems).toEqual([]);
  });

  test('give German and French texts of their own, not copies of the English', () => {
    const copies: string[] = [];
    for (const [name, dict] of found) {
      const langs = dict as Record<string, Dict>;
      const en = langs.en;
      if (!langs.nl || typeof langs.nl !== 'object' || !en) continue;
      const texts = Object.keys(langs.nl).filter((k) => typeof en[k] === 'string');
      const same = (lang: string) =>
        texts.filter((k) => langs[lang]?.[k] === en[k] && /[a-z]{4,} [a-z]{4,}/i.test(String(en[k])));
      for (const lang of ['de', 'fr']) for (const key of same(lang)) copies.push(`${name}.${lang}.${key}`);
    }
    expect(copies).toEqual([]);
  });

  test('the profile editor’s section texts are given in all four languages', () => {
    expect(lCalls.length).toBeGreaterThan(5);
    const short = lCalls.filter(
      (texts) => texts.length !== 4 || texts.some((t) => typeof t !== 'string' || !t.trim()),
    );
    expect(short).toEqual([]);
  });

  test('have every text a page’s HTML names (data-i18n) in all four languages', () => {
    const pages: Record<string, string> = {
      'index.html': 'app.js:TEXT',
      'invite.html': 'invite.js:T',
      'buyer.html': 'buyer.js:T',
      'outbox.html': 'outbox.js:T',
      'profiles.html': 'editor.js:T',
      'run.html': 'run.js:T',
      'verify.html': 'verify.js:T',
      'compare.html': 'compare.js:T',
    };
    const missing: string[] = [];
    for (const [html, dictName] of Object.entries(pages)) {
      const keys = [...readFileSync(join(PUBLIC, html), 'utf8').matchAll(/data-i18n="([\w-]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      expect(keys.length).toBeGreaterThan(0);
      const dict = found.get(dictName) as Record<string, Dict> | undefined;
      for (const lang of LANGS)
        for (const key of keys)
          if (typeof dict?.[lang]?.[key] !== 'string') missing.push(`${html} ${lang}.${key}`);
    }
    expect(missing).toEqual([]);
  });
});
