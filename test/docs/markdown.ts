/**
 * Reading the documentation pages for the docs tests: the pages, their fenced blocks with the marker
 * comment in front of each, their links and their headings' anchors (as GitHub makes them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../runtime/paths.js';

/** The documentation pages, as paths from the project folder. */
export function docPages(): string[] {
  const docs = readdirSync(fromRoot('docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', 'ARCHITECTURE.md', ...docs];
}

/** A page's text. */
export const readPage = (page: string): string => readFileSync(fromRoot(page), 'utf8');

/**
 * What the comment right before a block says about it: `run: ID` (a test runs it), `not-run: REASON`
 * (it is not run, and why), `file: NAME` (a file the page's commands use).
 */
export interface Marker {
  readonly kind: 'run' | 'not-run' | 'file';
  readonly value: string;
}

/** A fenced block of a page. */
export interface Block {
  readonly page: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly body: string;
  readonly marker?: Marker;
}

/** Languages of blocks a reader types into a shell. */
export const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'zsh', 'console']);

const MARKER = /^<!--\s*(run|not-run|file):\s*(.*?)\s*-->$/;

/** The fenced blocks of a page, in order. */
export function blocks(page: string, text = readPage(page)): Block[] {
  const lines = text.split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    if (end < 0) throw new Error(`${page}:${i + 1}: a fenced block is not closed`);
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const marker = before >= 0 ? MARKER.exec(lines[before]!.trim()) : null;
    found.push({
      page,
      line: i + 1,
      lang: open[1]!,
      body: lines.slice(i + 1, end).join('\n'),
      ...(marker && { marker: { kind: marker[1] as Marker['kind'], value: marker[2]! } }),
    });
    i = end;
  }
  return found;
}

/** A page without its fenced blocks and inline code (where links and headings are not links and headings). */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchors of a page's headings, as GitHub makes them (`## Keys, scopes and limits` → `keys-scopes-and-limits`). */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = match[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link: its text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** The targets of a page's links and images outside code, in order. */
export function linkTargets(text: string): string[] {
  return [...prose(text).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
}
