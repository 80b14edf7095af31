/** Every relative link in README.md, ARCHITECTURE.md and docs/*.md points at a file that exists and, with a `#`, at a heading in it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { anchors, docPages, linkTargets, readPage } from './markdown.js';

describe('documentation links', () => {
  test('the anchors are the ones GitHub makes', () => {
    expect([
      ...anchors('# Set up and run\n## Keys, scopes and limits\n## `ocr.skew` (x)\n## Set up and run'),
    ]).toEqual(['set-up-and-run', 'keys-scopes-and-limits', 'ocrskew-x', 'set-up-and-run-1']);
  });

  test.each(docPages())('%s: every relative link resolves', (page) => {
    const broken: string[] = [];
    const targets = linkTargets(readPage(page)).filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
    for (const target of targets) {
      const [file, anchor] = target.split('#') as [string, string | undefined];
      const resolved =
        file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      if (resolved.startsWith('..') || !existsSync(fromRoot(resolved))) {
        broken.push(`${target}: no file ${resolved}`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith('.md') && !anchors(readPage(resolved)).has(anchor))
        broken.push(`${target}: ${resolved} has no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });

  test('finds the links it checks (images, links in tables, links to anchors)', () => {
    const targets = docPages().flatMap((page) => linkTargets(readPage(page)));
    expect(targets).toEqual(
      expect.arrayContaining([
        'screenshots/supplier-report-rejected.png',
        'docs/api.md#retention',
        'ARCHITECTURE.md',
      ]),
    );
  });
});
