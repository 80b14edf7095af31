import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { fromRoot } from '../../runtime/paths.js';
import { checkTable, TABLE_END, TABLE_START, withCheckTable } from '../../scripts/check-table.js';

describe('README check table', () => {
  test('lists every registered check once, with its default severity', () => {
    const table = checkTable();
    for (const check of registry) expect(table).toContain(`| \`${check.id}\` | ${check.defaultSeverity}`);
    expect(table.split('\n')).toHaveLength(registry.length + 2);
  });

  test('README.md holds the current table (run `npm run docs:checks` when this fails)', () => {
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    expect(readme).toContain(TABLE_START);
    expect(readme).toContain(TABLE_END);
    expect(withCheckTable(readme)).toBe(readme);
  });
});
