import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { fromRoot } from '../../runtime/paths.js';
import {
  CHECK_TABLE_FILE,
  checkTable,
  TABLE_END,
  TABLE_START,
  withCheckTable,
} from '../../scripts/check-table.js';

describe('the check table of docs/checks.md', () => {
  test('lists every registered check once, with its default severity', () => {
    const table = checkTable();
    for (const check of registry) expect(table).toContain(`| \`${check.id}\` | ${check.defaultSeverity}`);
    expect(table.split('\n')).toHaveLength(registry.length + 2);
  });

  test('docs/checks.md holds the current table (run `npm run docs:checks` when this fails)', () => {
    const page = readFileSync(fromRoot(...CHECK_TABLE_FILE), 'utf8');
    expect(page).toContain(TABLE_START);
    expect(page).toContain(TABLE_END);
    expect(withCheckTable(page)).toBe(page);
  });

  test('a stale table is rewritten, and the text around it kept', () => {
    const page = readFileSync(fromRoot(...CHECK_TABLE_FILE), 'utf8');
    const stale = page.replace(/^\| `file\.is-pdf` .*$/m, '| `file.is-pdf` | warning | out of date |');
    expect(stale).not.toBe(page);
    expect(withCheckTable(stale)).toBe(page);
  });
});
